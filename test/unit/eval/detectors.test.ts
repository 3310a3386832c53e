import { alignRedaction, baseline, loadRedactPii, run } from '../../../eval/detectors';
import { generateCorpus } from '../../../eval/generator';

describe('mapping a token-replacing redactor back to spans', () => {
  test('tokens stand for the characters they replaced', () => {
    const original = 'Hi David Johnson, call 555-555-5555 now';
    const spans = alignRedaction(original, 'Hi PERSON_NAME, call PHONE_NUMBER now');
    expect(spans.map((s) => [original.slice(s.start, s.end), s.token])).toEqual([['David Johnson', 'PERSON_NAME'], ['555-555-5555', 'PHONE_NUMBER']]);
  });

  test('a token word that was already in the text is not a change', () => {
    expect(alignRedaction('see URL and NAME', 'see URL and NAME')).toEqual([]);
  });

  test('adjacent tokens and a token at the end', () => {
    const original = 'x 12345 6789';
    const spans = alignRedaction(original, 'x ZIPCODE DIGITS');
    expect(spans.map((s) => original.slice(s.start, s.end))).toEqual(['12345', '6789']);
  });

  test('on generated chat, the aligned spans rebuild redact-pii output exactly', () => {
    const redactPii = loadRedactPii();
    for (const m of generateCorpus({ n: 400, seed: 3 })) {
      const redacted = redactPii.process(m.text) as string;
      let rebuilt = '';
      let last = 0;
      for (const s of alignRedaction(m.text, redacted)) {
        rebuilt += m.text.slice(last, s.start) + s.token;
        last = s.end;
      }
      expect(rebuilt + m.text.slice(last)).toBe(redacted);
    }
  });

  test('redact-pii predictions on a real call', () => {
    const p = run(loadRedactPii(), 'Hi David Johnson, call 555-555-5555');
    expect(p.altered).toBe(true);
    expect(p.spans.map((s) => s.type)).toEqual(['PERSON', 'PHONE']);
  });

  test('the baseline finds an e-mail', () => {
    const p = run(baseline, 'mail ana@x.org');
    expect(p.spans).toEqual([{ start: 5, end: 14, type: 'EMAIL' }]);
  });
});
