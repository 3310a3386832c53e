/**
 * Opens the packaged zip the way Rocket.Chat's upload does and checks what the runtime will meet:
 * one code file, no `require` outside the sandbox's allow-list, every implemented interface declared,
 * no tests or sources shipped.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';

const root = path.resolve(__dirname, '../..');
const ALLOWED = new Set(['path', 'url', 'crypto', 'buffer', 'stream', 'net', 'http', 'https', 'zlib', 'util', 'punycode', 'os',
    'querystring', 'fs', 'uuid']);

function readZip(file: string): Promise<Map<string, Buffer>> {
    return new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true }, (err, zip) => {
            if (err || !zip) return reject(err);
            const out = new Map<string, Buffer>();
            zip.on('entry', (entry: yauzl.Entry) => {
                zip.openReadStream(entry, (e, stream) => {
                    if (e || !stream) return reject(e);
                    const chunks: Buffer[] = [];
                    stream.on('data', (c: Buffer) => chunks.push(c));
                    stream.on('end', () => { out.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
                });
            });
            zip.on('end', () => resolve(out));
            zip.readEntry();
        });
    });
}

let entries: Map<string, Buffer>;
let manifest: { classFile: string; implements: string[]; permissions: Array<{ name: string }>; version: string; nameSlug: string };

beforeAll(async () => {
    execFileSync('node', ['scripts/package.mjs'], { cwd: root, stdio: 'pipe' });
    const info = JSON.parse(readFileSync(path.join(root, 'app.json'), 'utf8'));
    entries = await readZip(path.join(root, 'dist', `${info.nameSlug}_${info.version}.zip`));
    manifest = JSON.parse(entries.get('app.json')!.toString('utf8'));
}, 120_000);

test('the zip holds exactly one code file, named by classFile', () => {
    const code = [...entries.keys()].filter((n) => /\.[cm]?[jt]s$/.test(n));
    expect(code).toEqual([manifest.classFile.replace(/\.ts$/, '.js')]);
});

test('no test, source map, package manifest or dotfile other than the packager stamp is shipped', () => {
    const names = [...entries.keys()];
    expect(names.filter((n) => /test|spec|\.map$|package(?:-lock)?\.json|tsconfig/.test(n))).toEqual([]);
    expect(names.filter((n) => n.startsWith('.') && n !== '.packagedby')).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['app.json', 'icon.png', 'i18n/en.json', 'i18n/es.json']));
});

test('every require in the bundle is allowed by the Deno sandbox', () => {
    const code = entries.get(manifest.classFile.replace(/\.ts$/, '.js'))!.toString('utf8');
    const required = new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    const forbidden = [...required].filter((m) => !ALLOWED.has(m.replace(/^node:/, '')) && !m.startsWith('@rocket.chat/apps-engine/'));
    expect(forbidden).toEqual([]);
    expect(required.size).toBeGreaterThan(0);
});

test('app.json declares every App interface the class implements', () => {
    const source = readFileSync(path.join(root, 'src/PhiConduitApp.ts'), 'utf8');
    const declared = /class\s+PhiConduitApp\s+extends\s+App\s+implements([^{]+)\{/.exec(source)![1]
        .split(',').map((s) => s.trim()).filter(Boolean);
    expect(declared.length).toBeGreaterThan(0);
    expect([...manifest.implements].sort()).toEqual([...declared].sort());
});

test('permissions are an explicit least-privilege list', () => {
    const names = manifest.permissions.map((p) => p.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    // Nothing this app does needs these.
    for (const unneeded of ['user.write', 'role.write', 'email.send', 'cloud.workspace-token', 'oauth-app.write']) {
        expect(names).not.toContain(unneeded);
    }
});
