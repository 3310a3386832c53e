import { LABELS } from '../../../src/core/types';
import { GENERATED_LABELS, generateCorpus, type GoldMessage } from '../../../eval/generator';
import { HOLDOUT_TEMPLATES } from '../../../eval/holdout';
import {
  abaValid, creditCardValid, deaValid, ibanValid, imeiValid, itinValid, mbiValid, npiValid, ssnValid, stripSeparators, vinValid,
} from '../../../eval/validators';

const corpus = generateCorpus({ n: 2500, seed: 20260 });

const spanText = (m: GoldMessage, i: number): string => m.text.slice(m.spans[i]!.start, m.spans[i]!.end);
const before = (m: GoldMessage, i: number): string => m.text.slice(Math.max(0, m.spans[i]!.start - 40), m.spans[i]!.start).toLowerCase();

function spansOf(label: string): { text: string; context: string }[] {
  return corpus.flatMap((m) => m.spans.flatMap((s, i) => (s.type === label ? [{ text: spanText(m, i), context: before(m, i) }] : [])));
}

describe('generator', () => {
  test('is deterministic for a seed and differs between seeds', () => {
    expect(generateCorpus({ n: 300, seed: 7 })).toEqual(generateCorpus({ n: 300, seed: 7 }));
    expect(generateCorpus({ n: 50, seed: 8 }).map((m) => m.text)).not.toEqual(generateCorpus({ n: 50, seed: 7 }).map((m) => m.text));
  });

  test('a longer corpus starts with the shorter one', () => {
    expect(generateCorpus({ n: 100, seed: 9 })).toEqual(generateCorpus({ n: 200, seed: 9 }).slice(0, 100));
  });

  test('spans are in bounds, non-empty, trimmed, ordered, disjoint and typed with a label', () => {
    for (const m of corpus) {
      let last = 0;
      m.spans.forEach((s, i) => {
        expect(LABELS).toContain(s.type);
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(m.text.length);
        const t = spanText(m, i);
        expect(t.trim()).toBe(t);
        last = s.end;
      });
    }
  });

  test('decoys never overlap PHI spans', () => {
    for (const m of corpus) {
      for (const d of m.decoys) {
        expect(m.spans.some((s) => s.start < d.end && d.start < s.end)).toBe(false);
      }
    }
  });

  test('composition: both languages, a third without PHI, every label many times', () => {
    const en = corpus.filter((m) => m.lang === 'en').length / corpus.length;
    expect(en).toBeGreaterThan(0.55);
    expect(en).toBeLessThan(0.65);
    const clean = corpus.filter((m) => m.spans.length === 0).length / corpus.length;
    expect(clean).toBeGreaterThan(0.3);
    expect(clean).toBeLessThan(0.4);
    expect(corpus.every((m) => m.spans.length > 0 || m.category.startsWith('NEG:'))).toBe(true);
    for (const label of GENERATED_LABELS) expect(spansOf(label).length).toBeGreaterThanOrEqual(25);
  });

  test('titles and prefixes stay outside the span', () => {
    for (const { text } of spansOf('PERSON')) expect(text).not.toMatch(/^(dr|dra|doctor|nurse)\b|\bM\.?D\.?$/i);
    for (const { text } of spansOf('MRN')) expect(text).not.toMatch(/mrn|chart|expediente/i);
    for (const { text } of spansOf('AGE_OVER_89')) expect(text).toMatch(/^(9\d|10\d|[a-z -]+)$/i);
  });

  test('generated card, IBAN and NPI numbers carry valid check digits', () => {
    for (const { text } of spansOf('CREDIT_CARD')) expect(creditCardValid(text)).toBe(true);
    for (const { text } of spansOf('IBAN')) expect(ibanValid(text)).toBe(true);
    for (const { text } of spansOf('NPI')) expect(npiValid(text)).toBe(true);
  });

  test('SSNs and ITINs follow the SSA / IRS rules', () => {
    for (const { text, context } of spansOf('SSN')) expect(/itin/.test(context) ? itinValid(text) : ssnValid(text) || itinValid(text)).toBe(true);
  });

  test('DEA numbers, VINs, IMEIs, MBIs and routing numbers validate', () => {
    const dea = spansOf('LICENSE_NUMBER').filter((s) => /dea[#:]?\s*(?:number\s*)?$/.test(s.context));
    expect(dea.length).toBeGreaterThan(5);
    for (const { text } of dea) expect(deaValid(text)).toBe(true);

    const vins = spansOf('VEHICLE_ID').filter((s) => s.text.length === 17);
    expect(vins.length).toBeGreaterThan(5);
    for (const { text } of vins) expect(vinValid(text)).toBe(true);

    const imeis = spansOf('DEVICE_ID').filter((s) => /imei[#:]?\s*$/.test(s.context));
    expect(imeis.length).toBeGreaterThan(5);
    for (const { text } of imeis) expect(imeiValid(text)).toBe(true);

    const mbis = spansOf('HEALTH_PLAN_ID').filter((s) => /(?:medicare[^\n]{0,12}|mbi:?)\s*$/.test(s.context) && !/old|claim|vieja|hicn/.test(s.context.slice(-30)));
    expect(mbis.length).toBeGreaterThan(5);
    for (const { text } of mbis) expect(mbiValid(text)).toBe(true);

    const hicns = spansOf('HEALTH_PLAN_ID').filter((s) => /(?:old medicare card #|hicn|claim number|vieja de medicare)\s*$/.test(s.context));
    for (const { text } of hicns) expect(ssnValid(text.slice(0, 9))).toBe(true);

    const routing = spansOf('ACCOUNT_NUMBER').filter((s) => /(?:routing|aba|ruta)(?: #)?\s*$/.test(s.context));
    expect(routing.length).toBeGreaterThan(3);
    for (const { text } of routing) expect(abaValid(stripSeparators(text))).toBe(true);
  });

  test('ages under 90 and bare years only appear as decoys', () => {
    const ages = corpus.flatMap((m) => m.decoys.filter((d) => d.kind === 'agelow').map((d) => Number(m.text.slice(d.start, d.end))));
    expect(ages.length).toBeGreaterThan(10);
    expect(Math.max(...ages)).toBeLessThanOrEqual(89);
  });
});

describe('holdout templates', () => {
  test('produce valid, disjoint spans of every label', () => {
    const holdout = generateCorpus({ n: 1500, seed: 5, templates: HOLDOUT_TEMPLATES });
    const seen = new Set<string>();
    for (const m of holdout) {
      let last = 0;
      for (const s of m.spans) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(m.text.slice(s.start, s.end).trim()).toBe(m.text.slice(s.start, s.end));
        expect(s.end).toBeGreaterThan(s.start);
        last = s.end;
        seen.add(s.type);
      }
    }
    expect([...seen].sort()).toEqual([...GENERATED_LABELS].sort());
  });
});
