/**
 * Identifiers no keyed rule found. Those whose keyword is misspelt ("expedinete 123456", "membr id
 * E1407"): an id-like token with digits, preceded within a few words by a word one or two edits away
 * from an id keyword (exact keywords are the keyed rules' job). And any other identifying number
 * that nothing explains, as a weak MRN.
 */
import type { Finding, Label } from './types';
import { NEGATIVE_BEFORE, UNIT_AFTER } from './context';
import { foldWord } from './lexicon';

const KEYS: ReadonlyArray<readonly [string, Label]> = [
  ['expediente', 'MRN'], ['medical', 'MRN'], ['record', 'MRN'], ['chart', 'MRN'], ['patient', 'MRN'],
  ['paciente', 'MRN'], ['historia', 'MRN'], ['registro', 'MRN'], ['hospital', 'MRN'], ['member', 'HEALTH_PLAN_ID'], ['subscriber', 'HEALTH_PLAN_ID'],
  ['policy', 'HEALTH_PLAN_ID'], ['poliza', 'HEALTH_PLAN_ID'], ['afiliado', 'HEALTH_PLAN_ID'],
  ['medicare', 'HEALTH_PLAN_ID'], ['medicaid', 'HEALTH_PLAN_ID'], ['insurance', 'HEALTH_PLAN_ID'],
  ['beneficiary', 'HEALTH_PLAN_ID'], ['account', 'ACCOUNT_NUMBER'], ['cuenta', 'ACCOUNT_NUMBER'],
  ['routing', 'ACCOUNT_NUMBER'], ['billing', 'ACCOUNT_NUMBER'], ['license', 'LICENSE_NUMBER'], ['licence', 'LICENSE_NUMBER'],
  ['licencia', 'LICENSE_NUMBER'], ['passport', 'LICENSE_NUMBER'], ['pasaporte', 'LICENSE_NUMBER'],
  ['serial', 'DEVICE_ID'], ['plate', 'VEHICLE_ID'], ['placa', 'VEHICLE_ID'], ['matricula', 'VEHICLE_ID'],
  ['social', 'SSN'], ['security', 'SSN'], ['seguro', 'SSN'],
];

/**
 * Words that qualify a keyword ("chart number", "expediente clínico"): misspelt ("chart numbre",
 * "hospital numer", "expediente clníico") they hide an exact keyword from the keyed rules, so an
 * exact keyword before a misspelt qualifier counts here.
 */
const QUALIFIERS = ['number', 'numero', 'clinico', 'medico', 'identification', 'identificacion'];

function misspeltQualifier(word: string): boolean {
  if (word.length < 5) return false;
  for (const q of QUALIFIERS) {
    const d = editsFrom(word, q);
    if (d > 0) return true;
  }
  return false;
}

const CONNECTORS = new Set(['no', 'nr', 'num', 'number', 'numero', 'de', 'del', 'is', 'es', 'id', 'my', 'mi', 'the', 'el', 'la', 'su', 'card', 'tarjeta']);

/** Optimal string alignment distance, capped: returns cap + 1 when larger. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = a.length;
  const m = b.length;
  // rows as packed arrays built in order (new Array(k).fill(0) makes holey ones), characters as codes
  let prev2: number[] = [];
  let prev: number[] = [];
  for (let j = 0; j <= m; j++) {
    prev2.push(0);
    prev.push(j);
  }
  for (let i = 1; i <= n; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m] as number;
}

/**
 * Edits between `word` and the keyword `key` when they are close: same first letter and at most one
 * edit (two for keywords of 8+ letters); -1 otherwise.
 */
export function editsFrom(word: string, key: string): number {
  const cap = key.length >= 8 ? 2 : 1;
  if (word[0] !== key[0] || Math.abs(word.length - key.length) > cap) return -1;
  const d = editDistance(word, key, cap);
  return d <= cap ? d : -1;
}

/** The label of the keyword `word` is one or two edits away from (or equal to, when `exact`). */
function keyLabel(word: string, exact: boolean): Label | undefined {
  if (word.length < 4) return undefined;
  for (const [k, label] of KEYS) {
    const d = editsFrom(word, k);
    if (d > 0 || (exact && d === 0)) return label;
  }
  return undefined;
}

function digitCount(v: string): number {
  let digits = 0;
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) digits++;
  return digits;
}

const CANDIDATE = /(?<![\p{L}\p{N}\-./])(?=[A-Za-z0-9-]{0,24}\d)[A-Za-z0-9][A-Za-z0-9-]{4,24}(?![\p{L}\p{N}]|[-./]\d)/gu;
const WORDS_BEFORE = /\p{L}+/gu;

/** Words before a number that make it a code, not an identifier of a person ("your code is 483920"). */
const CODE_BEFORE = /\b(?:code|c[oó]digo|pin|otp|bottle|frasco|passcode|verification|verificaci[oó]n|room|cuarto|habitaci[oó]n|bed|cama|ext|extension|extensi[oó]n|step|steps|pasos|x)\W{0,3}(?:is|es|:|#)?\W{0,3}$/i;
/** Not-PHI words a few words before a number ("invoice inv 8226986", "ref reporte #INC6124424"). */
const NOT_ID_NEAR = /\b(?:order|orden|pedido|ticket|tracking|rastreo|gu[ií]a|invoice|inv|factura|ref|reference|referencia|reporte|report|confirmation|confirmaci[oó]n|conf|case|caso|incident|incidente|ndc|cpt|icd|hcpcs|lot|lote|batch|sku|versi[oó]n|model|modelo|item|product|producto|part|promo|coupon|cup[oó]n|receipt|recibo|transaction|transacci[oó]n|shipment|env[ií]o|package|paquete|generic|gen[eé]rico)(?:\W{1,3}\p{L}{1,12}){0,2}\W{0,4}$/iu;
/**
 * Shapes that are not identifiers: National Drug Codes (4-4-2, 5-3-2, 5-4-1), ranges ("830-1130",
 * "100-2000") and date-like groups ("12024-03-05") that the date rules did not accept.
 */
const NOT_ID_SHAPE = /^(?:\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2}|\d{1,4}-\d{1,4}|\d{1,5}-\d{1,2}-\d{1,4})$/;

/** Money or an amount just before a number. */
const MONEY_NEAR = /[$€£]\s?$|\d[.,]\d{2}\s*$|\b(?:paid|pay|cost|costs|price|balance|owe|pagu[eé]|pago|debo)\b[^\n]{0,12}$/i;

/**
 * The label a misspelt keyword before the id-like word `v` (at cs..ce) gives it, or undefined.
 * `found`: findings already made; a word inside a confident one needs no typo check.
 */
function misspeltKeyLabel(text: string, cs: number, ce: number, found: readonly Finding[]): Label | undefined {
  if (found.some((f) => f.start <= cs && f.end >= ce && f.score >= 0.7)) return undefined;
  const pre = text.slice(Math.max(0, cs - 40), cs);
  if (NEGATIVE_BEFORE.test(pre) || NOT_ID_NEAR.test(pre) || UNIT_AFTER.test(text.slice(ce, ce + 16))) return undefined; // "paid 45000 dollars"
  const words = foldWord(pre).match(WORDS_BEFORE) ?? [];
  let qualifierTypo = false;
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const w = words[k] as string;
    if (CONNECTORS.has(w)) continue;
    if (misspeltQualifier(w)) {
      qualifierTypo = true;
      continue;
    }
    const label = keyLabel(w, qualifierTypo);
    if (label) return label;
    if (seen >= 2) break;
  }
  return undefined;
}

/**
 * Any other unique identifying number (Safe Harbor item 18): an id-like word with 6 to 18 digits
 * that no rule explained and nothing marks as not PHI (order, ticket, tracking, codes, amounts,
 * units).
 */
function unexplainedId(text: string, v: string, cs: number, ce: number, digits: number, found: readonly Finding[]): boolean {
  if (digits < 6 || digits > 18 || v.length > 20) return false;
  if (found.some((f) => f.start < ce && f.end > cs)) return false;
  if (/^(\d)\1+$/.test(v)) return false;
  const pre = text.slice(Math.max(0, cs - 40), cs);
  if (NOT_ID_SHAPE.test(v) || NEGATIVE_BEFORE.test(pre) || NOT_ID_NEAR.test(pre) || CODE_BEFORE.test(pre) || MONEY_NEAR.test(pre)) return false;
  return !(UNIT_AFTER.test(text.slice(ce, ce + 16)) || /^[.,]\d/.test(text.slice(ce, ce + 2)));
}

/**
 * Ids no keyed rule found, in one pass over the id-like words with 5+ digits: a misspelt keyword
 * before one ("expedinete 123456") labels it; otherwise, when `unexplained`, an id nothing explains
 * is a weak MRN, the weakest finding there is (any rule that knows the number wins over it).
 */
export function detectKeylessIds(text: string, found: readonly Finding[], unexplained: boolean): Finding[] {
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const v = m[0];
    const digits = digitCount(v);
    if (digits < 5) continue;
    const cs = m.index;
    const ce = cs + v.length;
    const label = misspeltKeyLabel(text, cs, ce, found);
    if (label) out.push({ type: label, start: cs, end: ce, ruleId: 'fuzzy.keyed', score: 0.7 });
    else if (unexplained && unexplainedId(text, v, cs, ce, digits, found)) out.push({ type: 'MRN', start: cs, end: ce, ruleId: 'id.unexplained', score: 0.5 });
  }
  return out;
}
