import { createScanner, countByLabel, maskText, detect } from '../../../src/core/engine';
import { DEFAULT_POLICY, parsePolicy } from '../../../src/core/policy';
import { checkCustomRegex } from '../../../src/core/regexSafety';
import { makeSsn } from './fixtures';

const SSN = makeSsn(21);

describe('parsePolicy', () => {
  test('missing keys take the defaults', () => {
    const r = parsePolicy({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.style).toBe('x');
    expect([...r.policy.maskLabels].sort()).toEqual([...DEFAULT_POLICY.maskLabels].sort());
    expect(r.policy.blockLabels.size).toBe(0);
  });

  test('labels as an array or a comma-separated string', () => {
    const a = parsePolicy({ masking_labels: ['SSN', 'PHONE'], masking_block_labels: 'credit_card, IBAN' });
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect([...a.policy.maskLabels].sort()).toEqual(['PHONE', 'SSN']);
    expect([...a.policy.blockLabels].sort()).toEqual(['CREDIT_CARD', 'IBAN']);
  });

  test.each([
    [{ masking_style: 'stars' }, 'masking_style', undefined],
    [{ masking_labels: ['SSN', 'NOPE'] }, 'masking_labels', 2],
    [{ masking_labels: 42 }, 'masking_labels', undefined],
    [{ masking_custom_patterns: 'EMP_ID: EMP\\d{6}\nCUSTOM: (a+)+$' }, 'masking_custom_patterns', 2],
    [{ masking_custom_patterns: 'SSN: [unclosed' }, 'masking_custom_patterns', 1],
    [{ masking_custom_patterns: '\n\nX: \\d*' }, 'masking_custom_patterns', 3],
    [{ masking_allow_terms: 5 }, 'masking_allow_terms', undefined],
  ])('%j is rejected naming %s (line %s)', (raw, settingId, line) => {
    const r = parsePolicy(raw as Record<string, unknown>);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.settingId).toBe(settingId);
    expect(r.errors[0]?.line).toBe(line);
    if (line !== undefined) expect(r.errors[0]?.message).toMatch(new RegExp(`(?:line|entry) ${line}\\b`));
  });

  test('error messages never echo the pattern text', () => {
    const secret = 'SSN: 123-45-6789(a+)+';
    const r = parsePolicy({ masking_custom_patterns: secret });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const e of r.errors) expect(e.message).not.toContain('123-45-6789');
  });
});

describe('admin regex safety', () => {
  test.each([
    ['EMP\\d{6}', true],
    ['[A-Z]{2}-\\d{4,8}', true],
    ['\\bCASE-\\d{1,10}\\b', true],
    ['(a+)+$', false],
    ['(\\d{1,5}[ -]?){1,6}', false],
    ['[a-z]+@[a-z]+\\.com', false],
    ['(x)\\1', false],
    ['a{1,5000}', false],
    ['a*', false],
    ['(', false],
  ])('%s → %s', (src, ok) => expect(checkCustomRegex(src).ok).toBe(ok));
});

describe('policy in the scanner', () => {
  test('custom patterns get their label (or CUSTOM) and are masked', () => {
    const r = parsePolicy({ masking_custom_patterns: 'MRN: PT-\\d{5}\nEMPLOYEE: EMP\\d{6}' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const res = createScanner(r.policy).scan('ids PT-12345 and EMP123456');
    expect(res.findings.map((f) => f.type)).toEqual(['MRN', 'CUSTOM']);
    expect(res.masked).toBe('ids XX-XXXXX and XXXXXXXXX');
  });

  test('blocked labels block the message', () => {
    const r = parsePolicy({ masking_block_labels: ['SSN'] });
    if (!r.ok) throw new Error('policy');
    const res = createScanner(r.policy).scan(`my ssn is ${SSN}`);
    expect(res.blocked).toBe(true);
    expect(res.masked).toBeNull();
    expect(res.blockedLabels).toEqual(['SSN']);
  });

  test('labels neither masked nor blocked are left as they are', () => {
    const r = parsePolicy({ masking_labels: ['SSN'] });
    if (!r.ok) throw new Error('policy');
    const res = createScanner(r.policy).scan(`Dr. Patel: ssn ${SSN}, call 212-555-0134`);
    expect(res.masked).toBe('Dr. Patel: ssn XXX-XX-XXXX, call 212-555-0134');
  });

  test('allow-listed terms are not masked (case-insensitive)', () => {
    const r = parsePolicy({ masking_allow_terms: 'Mercy Hospital\nhelpdesk@example.org' });
    if (!r.ok) throw new Error('policy');
    const res = createScanner(r.policy).scan('write to HELPDESK@example.org or jane@example.org');
    expect(res.masked).toBe('write to HELPDESK@example.org or XXXX@XXXXXXX.XXX');
  });

  test.each([
    ['x', `ssn ${SSN}`, 'ssn XXX-XX-XXXX'],
    ['token', `ssn ${SSN}`, 'ssn [SSN]'],
    ['partial', `ssn ${SSN}`, `ssn XXX-XX-${SSN.slice(-4)}`],
    ['partial', 'Dr. Patel', 'Dr. XXXXX'],
  ])('style %s', (style, text, masked) => {
    const r = parsePolicy({ masking_style: style });
    if (!r.ok) throw new Error('policy');
    expect(createScanner(r.policy).scan(text).masked).toBe(masked);
  });

  test('countByLabel counts findings per label', () => {
    const f = detect(`ssn ${SSN} and ${makeSsn(22)}, call 212-555-0134`);
    expect(countByLabel(f)).toEqual({ SSN: 2, PHONE: 1 });
  });

  test('maskText tolerates unsorted and overlapping findings', () => {
    const out = maskText('abcdef', [
      { type: 'CUSTOM', start: 3, end: 5, ruleId: 't', score: 1 },
      { type: 'CUSTOM', start: 0, end: 4, ruleId: 't', score: 1 },
    ], 'x');
    expect(out).toBe('XXXXXf');
  });
});
