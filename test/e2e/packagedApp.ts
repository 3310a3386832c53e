import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
const info = JSON.parse(readFileSync(path.join(ROOT, 'app.json'), 'utf8')) as { id: string; nameSlug: string; version: string };
export const APP_ID = info.id;

/** The zip `npm run package` writes; packaged here when a test file runs alone. */
export function packagedZip(): string {
    const zip = path.join(ROOT, 'dist', `${info.nameSlug}_${info.version}.zip`);
    if (!existsSync(zip) || newestSource() > statSync(zip).mtimeMs) {
        execFileSync('node', ['scripts/package.mjs'], { cwd: ROOT, stdio: 'pipe' });
    }
    return zip;
}

/** The newest modification time under src/, app.json and i18n/ (what the zip is built from). */
function newestSource(): number {
    const walk = (p: string): number => {
        const st = statSync(p);
        return st.isDirectory() ? Math.max(0, ...readdirSync(p).map((n) => walk(path.join(p, n)))) : st.mtimeMs;
    };
    return Math.max(walk(path.join(ROOT, 'src')), walk(path.join(ROOT, 'i18n')), walk(path.join(ROOT, 'app.json')));
}
