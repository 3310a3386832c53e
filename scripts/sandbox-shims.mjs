// esbuild plugin and options that make third-party code loadable inside the Apps-Engine Deno
// sandbox (DESIGN.md §2).
//
// The sandbox evaluates the bundle inside
//   (async (exports, module, require, Buffer, console, globalThis, Deno) => { <bundle> })
// with `globalThis` and `Deno` undefined, and a `require` that accepts only the bare names in
// SANDBOX_ALLOWED_MODULES. So:
//   - `node:X` specifiers of allowed modules are rewritten to the bare `X` (external);
//   - modules outside the allow-list that ssh2 / openpgp need are shimmed or polyfilled:
//       events          -> npm `events` polyfill (bundled)
//       assert          -> tiny assert (asn1 and ssh2 only call assert/ok/equal)
//       dns             -> lookup() that fails asynchronously (ssh2 only uses it with forceIPv4/6)
//       child_process   -> functions that throw (ssh2's agent code, never used by us)
//       tls             -> connect() that throws (ssh2's http-agents, never used by us)
//       readable-stream -> built-in `stream` (else: NotCapable env access "READABLE_STREAM")
//       module          -> createRequire() that routes to the sandbox require (openpgp's
//                          nodeRequire('crypto' | 'zlib' | 'buffer' | 'os')), anything else throws;
//                          its crypto turns JWK RSA keys into PEM for publicEncrypt (Deno 2.6)
//       *.node, cpu-features -> a module that throws on load, so ssh2 falls back to node:crypto
//                          (its requires of native addons are in try/catch)
//       any other builtin outside the allow-list -> a module that throws on first use
//   - ssh2's AES-GCM code calls setAutoPadding(false), which Deno 2.6 rejects for GCM ("not
//     supported for Aes128Gcm yet"); GCM is a stream mode where the call does nothing, so the two
//     GCM call sites are removed at bundle time (the build fails if ssh2's code no longer matches);
//   - `__dirname` / `__filename` are defined at build time (the wrapper has neither).
//
// Usage (scripts/build.mjs):
//   import { sandboxShimsPlugin, sandboxBuildOptions } from './sandbox-shims.mjs';
//   await esbuild.build({ ...sandboxBuildOptions, entryPoints, outfile, plugins: [sandboxShimsPlugin()] });
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { builtinModules } from 'node:module';
import { rootCertificates } from 'node:tls';

const nodeRequire = createRequire(import.meta.url);

export const SANDBOX_ALLOWED_MODULES = [
  'path', 'url', 'crypto', 'buffer', 'stream', 'net', 'http', 'https', 'zlib', 'util',
  'punycode', 'os', 'querystring', 'fs', 'uuid',
];

const NAMESPACE = 'phi-sandbox-shim';

const THROW_ON_LOAD = (name) => `
throw new Error(${JSON.stringify(`Native module ${name} is not available in the Apps-Engine sandbox`)});
`;

const THROW_ON_USE = (name) => `
const err = () => { throw new Error(${JSON.stringify(`Module ${name} is not available in the Apps-Engine sandbox`)}); };
module.exports = new Proxy({}, { get: (_t, key) => (key === '__esModule' ? false : err()) });
`;

/** Source of each shim, keyed by the bare module name it replaces. */
const SHIMS = {
  assert: `
function AssertionError(message) { const e = new Error(message || 'assertion failed'); e.name = 'AssertionError'; e.code = 'ERR_ASSERTION'; return e; }
function assert(value, message) { if (!value) throw AssertionError(message); }
assert.ok = assert;
assert.equal = (a, b, m) => { if (a != b) throw AssertionError(m || 'values are not equal'); };
assert.strictEqual = (a, b, m) => { if (a !== b) throw AssertionError(m || 'values are not strictly equal'); };
assert.notEqual = (a, b, m) => { if (a == b) throw AssertionError(m || 'values are equal'); };
assert.notStrictEqual = (a, b, m) => { if (a === b) throw AssertionError(m || 'values are strictly equal'); };
assert.fail = (m) => { throw AssertionError(m || 'failed'); };
assert.AssertionError = AssertionError;
module.exports = assert;
`,
  dns: `
function lookup(host, options, cb) {
  if (typeof options === 'function') cb = options;
  const e = new Error('dns.lookup is not available in the Apps-Engine sandbox'); e.code = 'ENOTSUP';
  setTimeout(() => cb(e), 0);
}
module.exports = { lookup, promises: { lookup: () => Promise.reject(new Error('dns is not available in the Apps-Engine sandbox')) } };
`,
  child_process: `
const no = () => { throw new Error('child_process is not available in the Apps-Engine sandbox'); };
module.exports = { spawn: no, execFile: no, exec: no, fork: no, spawnSync: no, execSync: no, execFileSync: no };
`,
  tls: `
const no = () => { throw new Error('tls is not available in the Apps-Engine sandbox; use https with an explicit ca'); };
module.exports = { connect: no, createSecureContext: no, rootCertificates: [] };
`,
  'readable-stream': `module.exports = require('stream');`,
  module: `
// Deno 2.6's node:crypto rejects JWK keys in publicEncrypt ("Invalid key type"), which openpgp
// uses for RSA encryption; Deno 2.9 accepts them. Hand it an SPKI PEM built from the JWK instead.
let wrappedCrypto;
function derLength(n) {
  if (n < 0x80) return [n];
  const bytes = [];
  while (n > 0) { bytes.unshift(n & 0xff); n >>= 8; }
  return [0x80 | bytes.length, ...bytes];
}
function der(tag, content) { return [tag, ...derLength(content.length), ...content]; }
function derInteger(bytes) {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  const v = Array.from(bytes.subarray(i));
  return der(0x02, v[0] & 0x80 ? [0, ...v] : v);
}
function rsaJwkToSpkiPem(jwk) {
  const { Buffer } = require('buffer');
  const n = Buffer.from(jwk.n, 'base64url');
  const e = Buffer.from(jwk.e, 'base64url');
  const rsaPublicKey = der(0x30, [...derInteger(n), ...derInteger(e)]);
  const algorithm = der(0x30, [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]);
  const spki = der(0x30, [...algorithm, ...der(0x03, [0, ...rsaPublicKey])]);
  const b64 = Buffer.from(spki).toString('base64').replace(/(.{64})/g, '$1\\n');
  return '-----BEGIN PUBLIC KEY-----\\n' + b64 + '\\n-----END PUBLIC KEY-----\\n';
}
function sandboxCrypto() {
  if (wrappedCrypto) return wrappedCrypto;
  const crypto = require('crypto');
  const publicEncrypt = (key, data) => {
    if (key && typeof key === 'object' && key.format === 'jwk' && key.key && key.key.kty === 'RSA') {
      return crypto.publicEncrypt({ key: rsaJwkToSpkiPem(key.key), padding: key.padding }, data);
    }
    return crypto.publicEncrypt(key, data);
  };
  wrappedCrypto = new Proxy(crypto, { get: (target, prop) => (prop === 'publicEncrypt' ? publicEncrypt : target[prop]) });
  return wrappedCrypto;
}
function createRequire() {
  return (id) => {
    switch (String(id).replace(/^node:/, '')) {
      case 'crypto': return sandboxCrypto();
      case 'zlib': return require('zlib');
      case 'buffer': return require('buffer');
      case 'os': return require('os');
      case 'util': return require('util');
      case 'stream': return require('stream');
      default: throw new Error('Module ' + id + ' is not available in the Apps-Engine sandbox');
    }
  };
}
module.exports = { createRequire };
`,
};

const NATIVE_MODULES = new Set(['cpu-features', 'nan']);

/** ssh2 1.17 lib/protocol/crypto.js: setAutoPadding(false) on the GCM cipher and decipher. */
const SSH2_GCM_PATCHES = [
  ['    cipher.setAutoPadding(false);\n\n    const lenData = packet.slice(0, 4);\n    cipher.setAAD(lenData);',
   '    const lenData = packet.slice(0, 4);\n    cipher.setAAD(lenData);'],
  ['        this._decipherInstance.setAutoPadding(false);\n        this._decipherInstance.setAAD(intToBytes(this._len));',
   '        this._decipherInstance.setAAD(intToBytes(this._len));'],
];

/** Build options the app bundle needs besides the plugin (spread them into esbuild.build). */
export const sandboxBuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  // The sandbox wrapper defines neither; ssh2's optional wasm loader and openpgp read them.
  define: {
    __dirname: '"/phi-conduit"',
    __filename: '"/phi-conduit/app.js"',
    // openpgp's node build reads process.env.NODE_ENV inside try/catch; make it a constant
    // so no env access happens at all (the sandbox denies --allow-env).
    'process.env.NODE_ENV': '"production"',
    // The HTTPS transport's default trust store (src/transports/default-ca.ts): Node's root
    // certificates, joined into ONE PEM string because Deno 2.6 uses only ca[0] of an array.
    __PHI_DEFAULT_CA_BUNDLE__: JSON.stringify(rootCertificates.join('\n')),
  },
  // `import.meta.url` in openpgp's ESM build only feeds our createRequire shim, which ignores it.
  logOverride: { 'empty-import-meta': 'silent' },
  external: ['@rocket.chat/apps-engine', '@rocket.chat/apps-engine/*'],
};

export function sandboxShimsPlugin() {
  const builtins = new Set(builtinModules.filter((m) => !m.startsWith('_')));
  return {
    name: 'phi-conduit-sandbox-shims',
    setup(build) {
      build.onResolve({ filter: /\.node$/ }, (args) => ({ path: args.path, namespace: NAMESPACE, pluginData: { native: true } }));

      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const bare = args.path.startsWith('node:') ? args.path.slice(5) : args.path;
        const top = bare.split('/')[0];
        if (bare === 'events') {
          // npm polyfill, bundled (resolved from this project's node_modules).
          return { path: nodeRequire.resolve('events/events.js') };
        }
        if (Object.hasOwn(SHIMS, bare)) return { path: bare, namespace: NAMESPACE };
        if (NATIVE_MODULES.has(top)) return { path: bare, namespace: NAMESPACE, pluginData: { native: true } };
        if (SANDBOX_ALLOWED_MODULES.includes(bare)) return { path: bare, external: true };
        if (builtins.has(bare) || args.path.startsWith('node:')) {
          // A builtin outside the allow-list (string_decoder, worker_threads, ...): fail on use,
          // not at load, so code paths we never take do not break the bundle.
          return { path: bare, namespace: NAMESPACE, pluginData: { throwing: true } };
        }
        return undefined; // ordinary npm package: let esbuild bundle it
      });

      build.onLoad({ filter: /[\\/]ssh2[\\/]lib[\\/]protocol[\\/]crypto\.js$/ }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        for (const [from, to] of SSH2_GCM_PATCHES) {
          if (!source.includes(from)) throw new Error(`sandbox-shims: ssh2 GCM patch no longer applies (${args.path}); check the ssh2 version`);
          source = source.replace(from, to);
        }
        return { contents: source, loader: 'js' };
      });

      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: args.pluginData?.native
          ? THROW_ON_LOAD(args.path)
          : args.pluginData?.throwing || !Object.hasOwn(SHIMS, args.path) ? THROW_ON_USE(args.path) : SHIMS[args.path],
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
}
