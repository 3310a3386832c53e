import fc from 'fast-check';
import { GENERATED_LABELS, generateCorpus } from '../../../eval/generator';
import type { GoldMessage } from '../../../eval/generator';
import { coveredChars, errorGroups, f2, score, shape } from '../../../eval/score';
import type { Prediction } from '../../../eval/score';

const msg = (text: string, spans: GoldMessage['spans'], decoys: GoldMessage['decoys'] = []): GoldMessage => ({ id: text, lang: 'en', text, spans, category: spans.length ? 'X' : 'NEG:x', decoys });
const pred = (spans: Prediction['spans']): Prediction => ({ spans, altered: spans.length > 0 });

// "call 555-123-4567 now": the phone is [5, 17), 12 characters.
const phoneMsg = msg('call 555-123-4567 now', [{ start: 5, end: 17, type: 'PHONE' }]);

describe('score', () => {
  test('F2 weighs recall four times as much as precision', () => {
    expect(f2(1, 1)).toBe(1);
    expect(f2(0.5, 1)).toBeCloseTo(5 * 0.5 / 3);
    expect(f2(0, 0)).toBe(0);
  });

  test('coveredChars counts overlapping spans once', () => {
    expect(coveredChars(0, 10, [{ start: 2, end: 6 }, { start: 4, end: 8 }])).toBe(6);
  });

  test('an exact prediction: recall, precision and F2 are 1, nothing left', () => {
    const s = score([phoneMsg], [pred([{ start: 5, end: 17, type: 'PHONE' }])], ['PHONE']);
    const l = s.perLabel.find((x) => x.label === 'PHONE')!;
    expect([l.recall, l.recallExact, l.precision, l.f2]).toEqual([1, 1, 1, 1]);
    expect(s.phiCharsUnmasked).toBe(0);
    expect(s.nonPhiCharsMasked).toBe(0);
  });

  test('half the characters covered is found; less is missed', () => {
    const half = score([phoneMsg], [pred([{ start: 5, end: 11, type: 'PHONE' }])], ['PHONE']);
    expect(half.recall).toBe(1);
    expect(half.phiCharsUnmasked).toBe(6);
    const less = score([phoneMsg], [pred([{ start: 5, end: 10, type: 'PHONE' }])], ['PHONE']);
    expect(less.recall).toBe(0);
  });

  test('a wrong label masks (recall) but is not exact; its prediction is a false positive of its label', () => {
    const s = score([phoneMsg], [pred([{ start: 5, end: 17, type: 'FAX' }])], ['PHONE', 'FAX']);
    const phone = s.perLabel.find((x) => x.label === 'PHONE')!;
    const fax = s.perLabel.find((x) => x.label === 'FAX')!;
    expect([phone.recall, phone.recallExact]).toEqual([1, 0]);
    expect(fax.predicted).toBe(1);
    expect(fax.precision).toBe(0);
    expect(s.precisionAgnostic).toBe(1);
  });

  test('false positives: non-PHI characters masked and clean messages altered', () => {
    const clean = msg('order 12345678 please', [], [{ start: 6, end: 14, kind: 'order' }]);
    const s = score([phoneMsg, clean], [pred([{ start: 5, end: 17, type: 'PHONE' }, { start: 18, end: 21, type: 'PERSON' }]), pred([{ start: 6, end: 14, type: 'MRN' }])], ['PHONE']);
    // Non-PHI characters: 21 - 12 = 9 in the first message, 21 in the second; masked 3 + 8.
    expect(s.nonPhiChars).toBe(30);
    expect(s.nonPhiCharsMasked).toBe(11);
    expect(s.cleanMessages).toBe(1);
    expect(s.cleanAltered).toBe(1);
    expect(s.precision).toBeCloseTo(1 / 3);
    const groups = errorGroups([phoneMsg, clean], [pred([{ start: 5, end: 17, type: 'PHONE' }, { start: 18, end: 21, type: 'PERSON' }]), pred([{ start: 6, end: 14, type: 'MRN' }])]);
    expect(groups.map((g) => g.group)).toContain('MRN false positive on decoy order (en)');
  });

  test('precision and recall over several entities', () => {
    const m = msg('Ann Lee 3/4 x 555-123-4567', [{ start: 0, end: 7, type: 'PERSON' }, { start: 8, end: 11, type: 'DATE' }, { start: 14, end: 26, type: 'PHONE' }]);
    const s = score([m], [pred([{ start: 0, end: 7, type: 'PERSON' }, { start: 12, end: 13, type: 'PERSON' }, { start: 14, end: 26, type: 'PHONE' }])], ['PERSON', 'DATE', 'PHONE']);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.perLabel.find((x) => x.label === 'PERSON')!.precision).toBe(0.5);
    expect(s.perLabel.find((x) => x.label === 'DATE')!.recall).toBe(0);
    expect(s.phiCharsUnmasked).toBe(3);
  });

  test('shape groups errors by form', () => {
    expect(shape('4 de marzo')).toBe('9 de a');
    expect(shape('March 4th')).toBe('A 9th');
    expect(shape('Ana María López')).toBe('A…');
    expect(shape('the 4th of March')).toBe('the 9th of A');
  });
});

describe('score invariants on generated corpora', () => {
  test('gold spans as predictions score perfectly; no predictions score zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const corpus = generateCorpus({ n: 40, seed });
        const perfect = score(corpus, corpus.map((m) => ({ spans: m.spans, altered: m.spans.length > 0 })), GENERATED_LABELS);
        expect(perfect.recall).toBe(1);
        expect(perfect.recallExact).toBe(1);
        expect(perfect.precision === 1 || Number.isNaN(perfect.precision)).toBe(true);
        expect(perfect.phiCharsUnmasked).toBe(0);
        expect(perfect.nonPhiCharsMasked).toBe(0);
        expect(perfect.cleanAltered).toBe(0);
        const none = score(corpus, corpus.map(() => ({ spans: [], altered: false })), GENERATED_LABELS);
        expect(none.recall === 0 || Number.isNaN(none.recall)).toBe(true);
        expect(none.phiCharsUnmasked).toBe(none.phiChars);
        expect(errorGroups(corpus, corpus.map((m) => ({ spans: m.spans, altered: true })))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
