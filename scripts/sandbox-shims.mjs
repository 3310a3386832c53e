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
//                          nodeRequire('crypto' | 'zlib' | 'buffer' | 'os')), anything else throws
//       *.node, cpu-features -> a module that throws on load, so ssh2 falls back to node:crypto
//                          (its requires of native addons are in try/catch)
//       any other builtin outside the allow-list -> a module that throws on first use
//   - `__dirname` / `__filename` are defined at build time (the wrapper has neither).
//
// Usage (scripts/build.mjs):
//   import { sandboxShimsPlugin, sandboxBuildOptions } from './sandbox-shims.mjs';
//   await esbuild.build({ ...sandboxBuildOptions, entryPoints, outfile, plugins: [sandboxShimsPlugin()] });
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
function createRequire() {
  return (id) => {
    switch (String(id).replace(/^node:/, '')) {
      case 'crypto': return require('crypto');
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
