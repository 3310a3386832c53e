/**
 * 64 KiB adversarial messages: the scan completes with a correct result (timing is measured by the
 * benchmark, not asserted here). Each input repeats a shape that tends to make regexes backtrack.
 */
import { createScanner } from '../../../src/core/engine';
import { parsePolicy } from '../../../src/core/policy';

const KIB64 = 64 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(KIB64 / unit.length)).slice(0, KIB64);

const scanner = createScanner();

describe('64 KiB adversarial input', () => {
  test.each<[string, string]>([
    ['digits', fill('1')],
    ['digit-dash', fill('1-')],
    ['digit-space', fill('1 ')],
    ['slashes', fill('1/')],
    ['at-dots', fill('a@a.')],
    ['url-ish', fill('www.a')],
    ['hex-colons', fill('a:')],
    ['capitalised words', fill('Ana ')],
    ['name cues', fill('my name is ')],
    ['street-ish', fill('12 Main ')],
    ['spaces', fill(' ')],
    ['dots', fill('.')],
    ['lone surrogates', fill('\uD800a')],
    ['emoji', fill('👋')],
  ])('%s', (_name, text) => {
    const r = scanner.scan(text);
    expect(r.blocked).toBe(false);
    expect(r.failed).toBeUndefined();
    expect((r.masked as string).length).toBe(text.length);
    let last = 0;
    for (const f of r.findings) {
      expect(f.start).toBeGreaterThanOrEqual(last);
      expect(f.end).toBeLessThanOrEqual(text.length);
      last = f.end;
    }
  });

  test('PHI at the end of a 64 KiB message is still found', () => {
    const text = `${fill('x ')} call 212-555-0134`;
    const r = scanner.scan(text);
    expect(r.findings.map((f) => f.type)).toContain('PHONE');
    expect((r.masked as string).endsWith('call XXX-XXX-XXXX')).toBe(true);
  });

  test('admin patterns run on 64 KiB too', () => {
    const p = parsePolicy({ masking_custom_patterns: 'CUSTOM: EMP-\\d{1,10}' });
    if (!p.ok) throw new Error('policy');
    const r = createScanner(p.policy).scan(fill('EMP-1 '));
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.masked).not.toContain('EMP-1');
  });
});
