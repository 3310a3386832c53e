/**
 * An approximation of the Apps-Engine sandbox for smoke tests: the harness is bundled with the
 * app's esbuild settings (scripts/sandbox-shims.mjs), then evaluated exactly the way
 * deno-runtime/handlers/app/construct.ts does it — inside
 *   (async (exports, module, require, Buffer, console, globalThis, Deno) => { ... })
 * with globalThis and Deno undefined and a `require` limited to the allow-list — under
 * `deno run --allow-net` only (no read, write, env or sys permission).
 */
import { spawn } from 'child_process';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { removeDir, run, tempDir } from './proc';

const ROOT = resolve(__dirname, '../../..');

export const DENO_BIN = join(ROOT, 'node_modules/.bin/deno');

/**
 * Bundles `entry` with the app's esbuild settings. Runs in a child node process because
 * scripts/sandbox-shims.mjs is ESM, which jest's CommonJS runtime cannot import.
 */
export async function bundleForSandbox(entry: string): Promise<string> {
  const dir = tempDir('phi-bundle');
  const out = join(dir, 'bundle.js');
  const script = `
    import * as esbuild from ${JSON.stringify(join(ROOT, 'node_modules/esbuild/lib/main.js'))};
    import { sandboxShimsPlugin, sandboxBuildOptions } from ${JSON.stringify(join(ROOT, 'scripts/sandbox-shims.mjs'))};
    await esbuild.build({ ...sandboxBuildOptions, absWorkingDir: ${JSON.stringify(ROOT)}, entryPoints: [${JSON.stringify(entry)}],
      outfile: ${JSON.stringify(out)}, minify: true, plugins: [sandboxShimsPlugin()], logLevel: 'error' });
  `;
  try {
    run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
    return readFileSync(out, 'utf8');
  } finally {
    removeDir(dir);
  }
}

const ALLOWED = ['path', 'url', 'crypto', 'buffer', 'stream', 'net', 'http', 'https', 'zlib', 'util', 'punycode', 'os', 'querystring', 'fs'];

function runnerSource(bundle: string): string {
  return `import { createRequire } from 'node:module';
const _require = createRequire(import.meta.url);
const ALLOWED = ${JSON.stringify(ALLOWED)};
const sandboxRequire = (m) => {
  const n = m.replace('node:', '');
  if (ALLOWED.includes(n)) return _require('node:' + n);
  throw new Error('Module ' + m + ' is not allowed');
};
const code = ${JSON.stringify(bundle)};
const wrapped = new Function('require', \`
  const { Buffer } = require('buffer');
  const exports = {};
  const module = { exports };
  const _error = console.error.bind(console);
  const _console = { log: _error, error: _error, debug: _error, info: _error, warn: _error };
  const result = (async (exports,module,require,Buffer,console,globalThis,Deno) => {
    \${code};
  })(exports,module,require,Buffer,_console,undefined,undefined);
  return result.then(() => module.exports);\`);
const input = JSON.parse(Deno.args[0]);
try {
  const exported = await wrapped(sandboxRequire);
  const output = await exported.run(input);
  console.log('SMOKE-RESULT ' + JSON.stringify(output));
} catch (e) {
  console.log('SMOKE-ERROR ' + JSON.stringify({ name: e && e.name, code: e && e.code, message: String(e && e.message) }));
}
`;
}

export interface SandboxRun {
  readonly result?: Record<string, unknown>;
  readonly error?: { name?: string; code?: string; message: string };
  readonly stderr: string;
  readonly exitCode: number | null;
}

/** Runs `exports.run(input)` of the bundle in deno with --allow-net only. */
export async function runInSandbox(bundle: string, input: unknown, options: { denoBin?: string; timeoutMs?: number } = {}): Promise<SandboxRun> {
  const dir = tempDir('phi-deno');
  const runner = join(dir, 'runner.mjs');
  writeFileSync(runner, runnerSource(bundle));
  const denoBin = options.denoBin ?? DENO_BIN;
  if (!existsSync(denoBin)) throw new Error(`deno not found at ${denoBin}`);
  try {
    return await new Promise<SandboxRun>((resolvePromise, reject) => {
      const child = spawn(denoBin, ['run', '--no-config', '--allow-net', runner, JSON.stringify(input)], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', HOME: dir, DENO_DIR: join(dir, 'deno-dir'), DENO_NO_PACKAGE_JSON: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
      child.on('error', reject);
      child.on('exit', (code) => {
        clearTimeout(timer);
        const line = stdout.split('\n').find((l) => l.startsWith('SMOKE-RESULT ') || l.startsWith('SMOKE-ERROR '));
        if (line?.startsWith('SMOKE-RESULT ')) resolvePromise({ result: JSON.parse(line.slice(13)), stderr, exitCode: code });
        else if (line) resolvePromise({ error: JSON.parse(line.slice(12)), stderr, exitCode: code });
        else resolvePromise({ error: { message: `no result (exit ${code})` }, stderr, exitCode: code });
      });
    });
  } finally {
    removeDir(dir);
  }
}
