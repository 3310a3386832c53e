/** The scan command's contract (DESIGN §4), run as a process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
function scan(input: string, args: string[] = []) {
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/scan.ts'), ...args], {
    input, encoding: 'utf8', cwd: root,
  });
}

describe('scan CLI', () => {
  test('one output line per input line, in order, with error records', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'call 212-555-0134' }),
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: '' }),
    ].join('\n') + '\n';
    const r = scan(input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: 'a', spans: [{ start: 5, end: 17, type: 'PHONE' }], masked: 'call XXX-XXX-XXXX' },
      { id: null, line: 2, error: expect.any(String) },
      { id: 'b', line: 3, error: expect.any(String) },
      { id: 'c', spans: [], masked: '' },
    ]);
    expect(r.stderr).toContain('line 2');
  });

  test('--policy blocks and restyles; a bad policy exits 2 naming the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ masking_style: 'token', masking_block_labels: ['EMAIL'] }));
    const r = scan(JSON.stringify({ id: 1, text: 'ssn 219-09-9999' }) + '\n' + JSON.stringify({ id: 2, text: 'a@example.org' }) + '\n', ['--policy', good]);
    const [one, two] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(one.masked).toBe('ssn [SSN]');
    expect(two).toEqual({ id: 2, spans: [{ start: 0, end: 13, type: 'EMAIL' }], masked: null, blocked: true });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ masking_custom_patterns: 'X: (a+)+$' }));
    const b = scan('', ['--policy', bad]);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('masking_custom_patterns');
    expect(b.stderr).toContain('line 1');
  });
});
