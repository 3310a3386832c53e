/** src/core is pure: no Apps-Engine import, no node built-ins, no I/O, no clock, no globals. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const root = join(__dirname, '../../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe('src/core purity', () => {
  const sources = files(root);
  test('there are core files', () => expect(sources.length).toBeGreaterThan(5));
  test.each(sources.map((f) => [f.slice(root.length + 1), f]))('%s imports nothing impure', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
    for (const s of specs) {
      expect(s.startsWith('@rocket.chat/')).toBe(false);
      expect(builtins.has(s)).toBe(false);
    }
    expect(text).not.toMatch(/\bDate\.now\(|new Date\(\s*\)|Math\.random\(|\bprocess\.|globalThis|setTimeout\(|console\./);
  });
});
