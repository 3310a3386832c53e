#!/usr/bin/env node
// Prepares the Apps-Engine Deno runtime so the embedded host (test/host) can run the real
// @rocket.chat/apps-engine@1.62.0 AppManager from Node (DESIGN.md §3). Runs as the package.json
// "postinstall" script, i.e. after every `npm install` / `npm ci` (which restore the pristine
// package), and is idempotent: running it twice changes nothing the second time.
//
// Steps:
//   1. node_modules/.bin/deno -> the native deno binary (npm 11 skips deno's own install script,
//      leaving a Node wrapper; the engine spawns a bare `deno`, and a wrapper breaks pids and kill).
//   2. Local shims for the three JSR modules the runtime imports (JSR is not reachable) and for the
//      one value import from `@rocket.chat/apps-engine/` (mapped by the import map to ../src/,
//      which npm does not ship).
//   3. Patch deno-runtime/deno.jsonc: the import map points at those shims, "nodeModulesDir" is
//      "none" (else Deno rewrites the project's node_modules), no lock file; delete deno.lock.
//   4. `deno install` caches the runtime's npm dependencies (from the npm registry) into
//      <apps-engine>/.deno-cache, the DENO_DIR the engine uses when it spawns the runtime.
//
// Set PHI_SETUP_HOST_SKIP=1 to skip (e.g. an install that does not need the runtime).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));
const SHIM_DIR_NAME = 'phi-shims';
const STAMP_NAME = '.phi-setup-host.json';
const SETUP_VERSION = 1;

function log(msg) {
    process.stdout.write(`[setup-host] ${msg}\n`);
}

function fail(msg) {
    process.stderr.write(`[setup-host] ERROR: ${msg}\n`);
    process.exit(1);
}

/** Writes `content` to `file` only when it differs, so a second run touches nothing. */
function writeIfChanged(file, content) {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) {
        return false;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return true;
}

function packageDir(name) {
    try {
        return path.dirname(requireFromRoot.resolve(`${name}/package.json`));
    } catch {
        return undefined;
    }
}

// ---------------------------------------------------------------------------------------------
// 1. The native deno binary behind node_modules/.bin/deno
// ---------------------------------------------------------------------------------------------
function linkNativeDeno() {
    const denoPkg = packageDir('deno');
    if (!denoPkg) {
        fail('npm package "deno" is not installed (devDependency deno@2.9.6 expected)');
    }
    // install_api.cjs copies (hard-links) the binary of the platform package @deno/<target> into
    // the deno package folder and returns its path; it is what deno's own postinstall would do.
    const api = createRequire(path.join(denoPkg, 'package.json'))('./install_api.cjs');
    const exePath = api.runInstall();
    const st = fs.statSync(exePath);
    if ((st.mode & 0o111) === 0) {
        fs.chmodSync(exePath, st.mode | 0o755);
    }
    const binDir = path.join(ROOT, 'node_modules', '.bin');
    const binDeno = path.join(binDir, 'deno');
    const wanted = path.relative(binDir, exePath);
    let current;
    try {
        current = fs.readlinkSync(binDeno);
    } catch {
        current = undefined;
    }
    if (current !== wanted) {
        fs.mkdirSync(binDir, { recursive: true });
        fs.rmSync(binDeno, { force: true });
        fs.symlinkSync(wanted, binDeno);
        log(`linked node_modules/.bin/deno -> ${wanted}`);
    }
    const version = spawnSync(binDeno, ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) {
        fail(`${binDeno} --version failed: ${version.stderr || version.error}`);
    }
    return { binDeno, version: version.stdout.split('\n')[0].trim() };
}

// ---------------------------------------------------------------------------------------------
// 2. Shims
// ---------------------------------------------------------------------------------------------
const SHIMS = {
    // jsr:@std/io writeAll(writer, data): writes every byte.
    'std_io.ts': `// Local stand-in for jsr:@std/io (writeAll only). Written by scripts/setup-host.mjs.
export async function writeAll(writer: { write(p: Uint8Array): Promise<number> }, data: Uint8Array): Promise<void> {
\tlet written = 0;
\twhile (written < data.length) {
\t\twritten += await writer.write(data.subarray(written));
\t}
}
`,
    // jsr:@std/streams toArrayBuffer(readable): concatenates every chunk.
    'std_streams.ts': `// Local stand-in for jsr:@std/streams (toArrayBuffer only). Written by scripts/setup-host.mjs.
export async function toArrayBuffer(readable: ReadableStream<Uint8Array>): Promise<ArrayBuffer> {
\tconst chunks: Uint8Array[] = [];
\tlet size = 0;
\tfor await (const chunk of readable) {
\t\tchunks.push(chunk);
\t\tsize += chunk.length;
\t}
\tconst out = new Uint8Array(size);
\tlet offset = 0;
\tfor (const chunk of chunks) {
\t\tout.set(chunk, offset);
\t\toffset += chunk.length;
\t}
\treturn out.buffer;
}
`,
    // jsr:@std/cli/parse-args: the subset the runtime uses (--key value, --key=value, --flag,
    // numeric values become numbers, positionals go to "_").
    'std_cli_parse_args.ts': `// Local stand-in for jsr:@std/cli/parse-args (the subset deno-runtime uses).
// Written by scripts/setup-host.mjs.
type Args = { _: Array<string | number>; [key: string]: unknown };

function coerce(value: string): string | number {
\treturn value !== '' && /^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[-+]?\\d+)?$/i.test(value) ? Number(value) : value;
}

export function parseArgs(argv: string[]): Args {
\tconst out: Args = { _: [] };
\tfor (let i = 0; i < argv.length; i++) {
\t\tconst arg = argv[i];
\t\tif (arg === '--') {
\t\t\tout._.push(...argv.slice(i + 1).map(coerce));
\t\t\tbreak;
\t\t}
\t\tconst m = /^--?([^=]+)(?:=(.*))?$/s.exec(arg);
\t\tif (!m) {
\t\t\tout._.push(coerce(arg));
\t\t\tcontinue;
\t\t}
\t\tconst [, key, inline] = m;
\t\tif (inline !== undefined) {
\t\t\tout[key] = coerce(inline);
\t\t} else if (i + 1 < argv.length && !argv[i + 1].startsWith('-')) {
\t\t\tout[key] = coerce(argv[++i]);
\t\t} else {
\t\t\tout[key] = true;
\t\t}
\t}
\treturn out;
}
`,
    // @rocket.chat/apps-engine/definition/exceptions/AppsEngineException.ts is a value import of
    // the runtime; npm ships only the compiled class, which is what the app code gets too (same
    // module instance, so instanceof holds).
    'AppsEngineException.ts': `// Loads the compiled AppsEngineException shipped by npm. Written by scripts/setup-host.mjs.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const mod = require('../../definition/exceptions/AppsEngineException.js');

export const AppsEngineException = mod.AppsEngineException;
`,
};

function writeShims(runtimeDir) {
    const shimDir = path.join(runtimeDir, SHIM_DIR_NAME);
    let changed = 0;
    for (const [name, content] of Object.entries(SHIMS)) {
        if (writeIfChanged(path.join(shimDir, name), content)) {
            changed++;
        }
    }
    if (changed) {
        log(`wrote ${changed} shim(s) in ${path.relative(ROOT, shimDir)}`);
    }
}

// ---------------------------------------------------------------------------------------------
// 3. deno.jsonc
// ---------------------------------------------------------------------------------------------
function parseJsonc(text) {
    try {
        return JSON.parse(text);
    } catch {
        // Remove // and /* */ comments outside strings, then trailing commas.
        let out = '';
        let inString = false;
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (inString) {
                out += c;
                if (c === '\\') {
                    out += text[++i];
                } else if (c === '"') {
                    inString = false;
                }
            } else if (c === '"') {
                inString = true;
                out += c;
            } else if (c === '/' && text[i + 1] === '/') {
                while (i < text.length && text[i] !== '\n') i++;
                out += '\n';
            } else if (c === '/' && text[i + 1] === '*') {
                i = text.indexOf('*/', i + 2);
                if (i < 0) break;
                i++;
            } else {
                out += c;
            }
        }
        return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
    }
}

function patchConfig(runtimeDir) {
    const configPath = path.join(runtimeDir, 'deno.jsonc');
    const config = parseJsonc(fs.readFileSync(configPath, 'utf8'));
    const imports = { ...(config.imports ?? {}) };
    const shimmed = ['@std/io', '@std/streams', '@std/cli', '@std/cli/parse-args', '@rocket.chat/apps-engine/definition/exceptions/AppsEngineException.ts'];
    for (const key of shimmed) {
        delete imports[key];
    }
    imports['@std/io'] = `./${SHIM_DIR_NAME}/std_io.ts`;
    imports['@std/streams'] = `./${SHIM_DIR_NAME}/std_streams.ts`;
    imports['@std/cli/parse-args'] = `./${SHIM_DIR_NAME}/std_cli_parse_args.ts`;
    imports['@rocket.chat/apps-engine/definition/exceptions/AppsEngineException.ts'] = `./${SHIM_DIR_NAME}/AppsEngineException.ts`;
    for (const [key, value] of Object.entries(imports)) {
        if (typeof value === 'string' && value.startsWith('jsr:')) {
            fail(`deno.jsonc still imports ${key} from JSR (${value}), which is not reachable; add a shim`);
        }
    }
    const patched = { ...config, imports, nodeModulesDir: 'none', lock: false };
    if (writeIfChanged(configPath, `${JSON.stringify(patched, null, '\t')}\n`)) {
        log(`patched ${path.relative(ROOT, configPath)}`);
    }
    const lockPath = path.join(runtimeDir, 'deno.lock');
    if (fs.existsSync(lockPath)) {
        fs.rmSync(lockPath);
        log(`deleted ${path.relative(ROOT, lockPath)}`);
    }
    return configPath;
}

// ---------------------------------------------------------------------------------------------
// 4. Deno cache of the runtime's npm dependencies
// ---------------------------------------------------------------------------------------------
function cacheRuntime(engineDir, runtimeDir, configPath, binDeno, denoVersion) {
    const denoDir = path.join(engineDir, '.deno-cache');
    const stampPath = path.join(engineDir, STAMP_NAME);
    const fingerprint = createHash('sha256')
        .update(String(SETUP_VERSION))
        .update(denoVersion)
        .update(fs.readFileSync(configPath))
        .digest('hex');
    const env = { ...process.env, DENO_DIR: denoDir, DENO_NO_PACKAGE_JSON: '1', DENO_NO_UPDATE_CHECK: '1' };
    // Deno fetches npm packages from NPM_CONFIG_REGISTRY; follow npm's configured registry (npm
    // exports it to lifecycle scripts as npm_config_registry) so a mirror works for both.
    if (!env.NPM_CONFIG_REGISTRY && env.npm_config_registry) {
        env.NPM_CONFIG_REGISTRY = env.npm_config_registry;
    }
    delete env.DENO_FUTURE;
    let stamp;
    try {
        stamp = JSON.parse(fs.readFileSync(stampPath, 'utf8'));
    } catch {
        stamp = undefined;
    }
    if (stamp?.fingerprint === fingerprint && fs.existsSync(denoDir)) {
        // Cheap proof that the cache is complete: resolve the whole graph offline.
        const check = spawnSync(binDeno, ['install', '--cached-only', `--config=${configPath}`, '--entrypoint', 'main.ts'], {
            cwd: runtimeDir,
            env,
            encoding: 'utf8',
        });
        if (check.status === 0) {
            log(`runtime cache up to date (${denoVersion})`);
            return;
        }
        log('runtime cache incomplete; re-caching');
    }
    const started = Date.now();
    const res = spawnSync(binDeno, ['install', `--config=${configPath}`, '--entrypoint', 'main.ts'], {
        cwd: runtimeDir,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (res.status !== 0) {
        fail(`deno install failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
    }
    fs.writeFileSync(stampPath, `${JSON.stringify({ fingerprint, denoVersion, at: new Date().toISOString() })}\n`);
    log(`cached the runtime's npm dependencies in ${path.relative(ROOT, denoDir)} (${Date.now() - started} ms)`);
}

function main() {
    if (process.env.PHI_SETUP_HOST_SKIP === '1') {
        log('skipped (PHI_SETUP_HOST_SKIP=1)');
        return;
    }
    const engineDir = packageDir('@rocket.chat/apps-engine');
    if (!engineDir) {
        fail('@rocket.chat/apps-engine is not installed');
    }
    const enginePkg = JSON.parse(fs.readFileSync(path.join(engineDir, 'package.json'), 'utf8'));
    const runtimeDir = path.join(engineDir, 'deno-runtime');
    if (!fs.existsSync(path.join(runtimeDir, 'main.ts'))) {
        fail(`@rocket.chat/apps-engine@${enginePkg.version} has no deno-runtime/ (pin exactly 1.62.0)`);
    }
    if (!packageDir('mem')) {
        fail('npm package "mem" (8.1.1) is not installed; server/ProxiedApp.js requires it');
    }
    const { binDeno, version } = linkNativeDeno();
    writeShims(runtimeDir);
    const configPath = patchConfig(runtimeDir);
    cacheRuntime(engineDir, runtimeDir, configPath, binDeno, version);
    log(`ready: apps-engine ${enginePkg.version}, ${version}`);
}

main();
