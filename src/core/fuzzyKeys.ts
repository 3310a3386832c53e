/**
 * Identifiers no keyed rule found. Those whose keyword is misspelt ("expedinete 123456", "membr id
 * E1407"): an id-like token with digits, preceded within a few words by a word one or two edits away
 * from an id keyword (exact keywords are the keyed rules' job). And any other identifying number
 * that nothing explains, as a weak MRN.
 */
import type { Finding, Label } from './types';
import { NEGATIVE_BEFORE, PUBLIC_PLAN_ID, UNIT_AFTER } from './context';
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
const KEY_WORDS = KEYS.map(([k]) => k);

/**
 * Words that qualify a keyword ("chart number", "expediente clínico"): misspelt ("chart numbre",
 * "hospital numer", "expediente clníico") they hide an exact keyword from the keyed rules, so an
 * exact keyword before a misspelt qualifier counts here.
 */
const QUALIFIERS = ['number', 'numero', 'clinico', 'medico', 'identification', 'identificacion'];

function misspeltQualifier(word: string): boolean {
  return word.length >= 5 && nearKey(word, QUALIFIERS) >= 0;
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

/** Edits between `word` and `key` when they share their first letter and are at most `cap` edits apart; -1 otherwise. */
function editsUpTo(word: string, key: string, cap: number): number {
  if (word[0] !== key[0] || Math.abs(word.length - key.length) > cap) return -1;
  const d = editDistance(word, key, cap);
  return d <= cap ? d : -1;
}

/** Edits between `word` and the keyword `key` when they are close: one edit, two for keywords of 8+ letters; -1 otherwise. */
function editsFrom(word: string, key: string): number {
  return editsUpTo(word, key, key.length >= 8 ? 2 : 1);
}

/** Whether `word` is `key` or one edit from it (a letter changed, added, left out, or two swapped), same first letter. */
export function withinOneEdit(word: string, key: string): boolean {
  return editsUpTo(word, key, 1) >= 0;
}

/**
 * Where in `keys` the first keyword is that `word` misspells (editsFrom: one edit, two for long
 * keywords), or equals when `exact`; -1 when none. Every typo check over a word list goes through here.
 */
export function nearKey(word: string, keys: readonly string[], exact = false): number {
  // only keywords with the word's first letter can be near it: try those, in list order
  for (const i of bucketsOf(keys).get(word.charCodeAt(0)) ?? NONE) {
    const d = editsFrom(word, keys[i] as string);
    if (d > 0 || (exact && d === 0)) return i;
  }
  return -1;
}

const NONE: readonly number[] = [];
/** Each word list's positions by first letter, made on first use. */
const BUCKETS = new WeakMap<readonly string[], Map<number, number[]>>();
function bucketsOf(keys: readonly string[]): Map<number, number[]> {
  let b = BUCKETS.get(keys);
  if (b === undefined) {
    b = new Map();
    keys.forEach((k, i) => {
      const list = (b as Map<number, number[]>).get(k.charCodeAt(0)) ?? [];
      list.push(i);
      (b as Map<number, number[]>).set(k.charCodeAt(0), list);
    });
    BUCKETS.set(keys, b);
  }
  return b;
}

/** Whether `word` misspells an id keyword ("acount", "membr", "pateint"): no name, whatever the name rules make of it. */
export function misspeltIdKeyword(word: string): boolean {
  return word.length >= 4 && nearKey(word, KEY_WORDS) >= 0;
}

/** The label of the keyword `word` is one or two edits away from (or equal to, when `exact`). */
function keyLabel(word: string, exact: boolean): Label | undefined {
  if (word.length < 4) return undefined;
  return KEYS[nearKey(word, KEY_WORDS, exact)]?.[1];
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
const NOT_ID_NEAR = /\b(?:order|orden|pedido|ticket|rma|return authorization|devoluci[oó]n|tracking|rastreo|gu[ií]a|invoice|inv|factura|ref|reference|referencia|reporte|report|confirmation|confirmaci[oó]n|conf|case|caso|incident|incidente|ndc|cpt|icd|hcpcs|lot|lote|batch|sku|versi[oó]n|model|modelo|item|product|producto|part|promo|coupon|cup[oó]n|receipt|recibo|transaction|transacci[oó]n|shipment|env[ií]o|package|paquete|generic|gen[eé]rico|taxonomy|taxonom[ií]a|bin|pcn|rxbin|rxpcn)(?:\W{1,3}\p{L}{1,12}){0,2}\W{0,4}$/iu;
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
    // an exact kind word nearer than a misspelt keyword names the number ("matrícla consular X" is consular)
    // (itself close to another keyword, it keeps its own kind: "medicaid" is not a typo of "medicare")
    const exact = qualifierTypo ? undefined : CLAUSE_LABEL.get(w);
    if (exact !== undefined) return exact !== 'PHONE' && keyLabel(w, false) !== undefined ? exact : undefined;
    const label = keyLabel(w, qualifierTypo);
    if (label) return label;
    if (seen >= 2) break;
  }
  return undefined;
}

/**
 * Not-PHI words chat misspells ("ride confimation 7731946", "trackign 9400..."): one or two edits away
 * (nouns only, no word a verb form is one edit from: not "factura", which "facturan" is).
 */
const NOT_ID_WORDS = [
  'confirmation', 'confirmacion', 'tracking', 'invoice', 'reference', 'referencia', 'transaction', 'transaccion', 'incident',
  'incidente', 'shipment', 'receipt',
];

/** Whether one of the three words before a number is a misspelt not-PHI word. */
function misspeltNotId(pre: string): boolean {
  const words = foldWord(pre).match(WORDS_BEFORE) ?? [];
  for (let k = words.length - 1; k >= 0 && k >= words.length - 3; k--) {
    const w = words[k] as string;
    if (w.length >= 5 && nearKey(w, NOT_ID_WORDS) >= 0) return true;
  }
  return false;
}

/**
 * Any other unique identifying number (Safe Harbor item 18): an id-like word with 6 to 18 digits
 * that no rule explained and nothing marks as not PHI (order, ticket, tracking, codes, amounts,
 * units).
 */
function unexplainedId(text: string, v: string, cs: number, ce: number, digits: number, found: readonly Finding[]): boolean {
  if (digits < 6 || digits > 18 || v.length > 20) return false;
  if (found.some((f) => f.start < ce && f.end > cs)) return false;
  // (a ClinicalTrials.gov study number, "NCT05512345", names a study, not a person; so does a plan's public
  // number, "H5216-312")
  if (/^(\d)\1+$/.test(v) || /^nct\d{8}$/i.test(v) || PUBLIC_PLAN_ID.test(v)) return false;
  const pre = text.slice(Math.max(0, cs - 40), cs);
  if (NOT_ID_SHAPE.test(v) || NEGATIVE_BEFORE.test(pre) || NOT_ID_NEAR.test(pre) || CODE_BEFORE.test(pre) || MONEY_NEAR.test(pre) || misspeltNotId(pre)) return false;
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

/**
 * Words that say what kind of identifier a nearby number is, when no keyword rule named it: the
 * vocabulary of its clause ("the collections letter says 51909200747", "COBRA continuation id
 * 27835387063", "escanearon mi identificación, W24413913", "sound processor t33ap76161"). Phone
 * words are here too, so a phone word nearer than any of these keeps a number a phone number.
 */
const CLAUSE_WORDS: ReadonlyArray<readonly [Label | 'PHONE', string]> = [
  ['HEALTH_PLAN_ID',
    'insurance insurer insured seguro aseguradora asegurado asegurada aseguranza member membership subscriber policy poliza medicaid medicare ' +
    'cobra continuation continuacion benefit benefits beneficio beneficios beneficiary beneficiario beneficiaria rider coverage cobertura ' +
    'secondary secundario secundaria carrier claim claims claimant reclamo reclamante afiliado afiliada afiliacion auth authorization preauth autorizacion billed ' +
    'covered cubre cubierto cubierta'],
  ['ACCOUNT_NUMBER',
    'account acct bank banco bancaria bancario checking savings routing deposit deposito autodraft autopay collections collection cobranza ' +
    'transfer transferencia wire cuenta clabe ach stipend payout reimbursement reembolso refund payroll nomina'],
  // identity documents besides licences and passports: consular ids, immigration papers, national ids,
  // a notary's commission ("matrícula consular", "A-number", "número de extranjero", "notary commission")
  ['LICENSE_NUMBER',
    'license licence licencia lic passport pasaporte cdl dl dea cedula consular consulado alien a-number uscis extranjero extranjera ' +
    'extranjeria notary notario notaria visa dni nie ine curp'],
  ['DEVICE_ID',
    'device dispositivo serial serie scale bascula attachment processor procesador monitor pump bomba sensor meter implant implante ' +
    'glucometer glucometro cpap bipap concentrator concentrador holter transmitter transmisor oximeter oximetro ventilator ventilador ' +
    'spirometer espirometro tablet tableta'],
  ['VEHICLE_ID', 'vehicle vehiculo car cars carro coche auto truck hearse carroza towed driver repartidor chofer troca camioneta van minivan bus autobus coach shuttle suv taxi combi furgoneta camion moto motorcycle plate plates placa placas vin valet parking estacionamiento'],
  // (who an institution numbers: inmates, bookings, research participants and their samples)
  ['MRN', 'mrn chart record expediente patient paciente donor donante waitlist employee empleado badge gafete folio ' +
    'inmate interno recluso booking sample muestra biobank biobanco participant participante student estudiante alumno alumna ' +
    'band wristband pulsera brazalete admission caseworker caseload'],
  ['SSN', 'social ssn itin taxpayer'],
  ['PHONE', 'phone telephone tel telefono cel cell celular mobile movil call llamar llama llame llamen text whatsapp fax contact contacto pager reach'],
];
const CLAUSE_LABEL = new Map<string, Label | 'PHONE'>();
for (const [label, words] of CLAUSE_WORDS) for (const w of words.split(' ')) CLAUSE_LABEL.set(w, label);
/** The clause words of five letters or more: a misspelling of one names its kind. */
const CLAUSE_FUZZY = [...CLAUSE_LABEL.keys()].filter((w) => w.length >= 5);
/** Words that make a following "id" a photo id (a licence or passport): "scanned my ID", "mi identificación". */
const ID_OWNER = new Set(['my', 'mi', 'his', 'her', 'your', 'su', 'tu', 'photo', 'state', 'government']);
const ID_WORD = new Set(['id', 'identificacion', 'identification', 'identidad']);
const SOCIAL_WORKER = new Set(['worker', 'work', 'workers', 'trabajadora', 'trabajador', 'trabajo', 'services', 'servicios']);
const SCHOOL_ID = new Set(['matricula', 'numero', 'id', 'credencial', 'carnet', 'expediente', 'registro']);
const WORK_WORD = new Set(['work', 'employment', 'trabajo']);
const CLAUSE_TOKEN = /[\p{L}\p{N}#'-]+/gu;
const NUMBER_WORD = new Set(['number', 'numero', 'num', 'no', 'nro', 'id', '#']);
/** Where a phone line is, besides the phone words: "home number", "número de casa". */
const LINE_PLACE = new Set(['home', 'casa', 'work', 'trabajo', 'office', 'oficina']);

/**
 * The kind of identifier the words just before `start` name (up to six words in the same clause, not
 * past another value): the nearest word of CLAUSE_WORDS (a misspelling of a long one counts), or
 * "id" right after a possessive. Undefined when none does.
 */
export function clauseIdLabel(text: string, start: number): Label | 'PHONE' | undefined {
  let from = Math.max(0, start - 72);
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || c === 59) {
      from = i + 1;
      break;
    }
  }
  const toks = text.slice(from, start).match(CLAUSE_TOKEN);
  if (!toks) return undefined;
  let owner: Label | 'PHONE' | undefined;
  for (let k = toks.length - 1, seen = 0; k >= 0 && seen < 8; k--, seen++) {
    const w = foldWord((toks[k] as string).replaceAll('#', ''));
    if (/\d/.test(w)) break;
    if (w.length < 2) continue;
    const prev = k > 0 ? foldWord(toks[k - 1] as string) : '';
    let label: Label | 'PHONE' | undefined = CLAUSE_LABEL.get(w);
    // "social worker", "trabajadora social": a case with the social worker is the patient's (MRN), not an SSN
    if (label === 'SSN' && w === 'social' && (SOCIAL_WORKER.has(prev) || SOCIAL_WORKER.has(foldWord(toks[k + 1] ?? '')))) label = 'MRN';
    // "my number is", "mi número es": someone's own number is their phone
    // (unless a kind word just before names whose number it is: "el notario puso su número")
    if (label === undefined && NUMBER_WORD.has(w) && w !== 'id' && ID_OWNER.has(prev)) label = holderKind(toks, k - 2) ?? 'PHONE';
    if (label === undefined && ID_WORD.has(w) && ID_OWNER.has(prev)) label = 'LICENSE_NUMBER';
    // a school's number for a student ("matrícula escolar", "credencial escolar"); not "autobús escolar"
    if (label === undefined && w === 'escolar' && SCHOOL_ID.has(prev)) label = 'MRN';
    // a work permit ("work permit card number", "permiso de trabajo"); other permits are parking ones
    if (label === undefined && ((w === 'permit' && WORK_WORD.has(prev)) || (WORK_WORD.has(w) && prev === 'de' && k > 1 && foldWord(toks[k - 2] as string) === 'permiso'))) label = 'LICENSE_NUMBER';
    if (label === undefined && w.length >= 5 && /^[a-z]+$/.test(w)) {
      const near = nearKey(w, CLAUSE_FUZZY);
      if (near >= 0) label = CLAUSE_LABEL.get(CLAUSE_FUZZY[near] as string);
    }
    if (label === undefined) continue;
    // "el social del beneficiario", "ss# of the subscriber": a word after "of"/"de" names whose it is;
    // a kind named before it wins
    if (owner === undefined && ownerBefore(toks, k)) {
      owner = label;
      continue;
    }
    return label;
  }
  return owner;
}

/** The kind word (not a phone word) among the three tokens ending at k: who holds "su número". */
function holderKind(toks: readonly string[], k: number): Label | undefined {
  for (let j = k; j >= 0 && j > k - 3; j--) {
    const l = CLAUSE_LABEL.get(foldWord(toks[j] as string));
    if (l !== undefined) return l === 'PHONE' ? undefined : l;
  }
  return undefined;
}

const OWNER_PREP = new Set(['de', 'del', 'of', 'for', 'para']);
const OWNER_ARTICLE = new Set(['la', 'el', 'los', 'las', 'the', 'my', 'mi', 'mis', 'su', 'his', 'her', 'your', 'tu']);

/** Whether token k follows "de", "del", "of the", "de mi" ...: it says whose the id is. */
function ownerBefore(toks: readonly string[], k: number): boolean {
  let j = k - 1;
  if (j >= 0 && OWNER_ARTICLE.has(foldWord(toks[j] as string))) j--;
  return j >= 0 && OWNER_PREP.has(foldWord(toks[j] as string));
}

/** Findings that guessed their label from the shape alone (no keyword): their clause may name the kind. */
function weakGuess(f: Finding): boolean {
  return f.ruleId === 'id.unexplained' || f.ruleId === 'id.own_line' || (f.ruleId === 'ssn.formatted' && f.score < 0.5) || (f.ruleId === 'phone.nanp' && f.score <= 0.5);
}

/**
 * A number labelled by its shape alone (a bare nine digits read as an SSN, ten as a phone, any other
 * as the catch-all MRN): when the words of its clause name another kind of identifier, it is that
 * kind. A phone number whose only phone word is "number" is another kind's when that word names it
 * ("número de empleado 307-708-763", "donor number 3698844769"; not "el número de mi hijo").
 * Runs only over such findings; the rest are left as they are.
 */
export function relabelByClause(text: string, findings: Finding[]): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    let label: Label | 'PHONE' | undefined;
    if (weakGuess(f)) label = clauseIdLabel(text, f.start);
    else if (f.type === 'PHONE' && f.ruleId !== 'phone.keyed') label = numberOfKind(text, f.start);
    else continue;
    if (label === undefined || label === 'PHONE' || label === f.type) continue;
    findings[i] = { ...f, type: label };
  }
}

/**
 * The kind a "number" word right before `start` names: a kind word just before it ("donor number")
 * or one to three words after it ("número de empleado", "numero de paciente de fertilidad"); undefined
 * when a phone word or a line place ("home", "casa") is in the 40 characters before.
 */
function numberOfKind(text: string, start: number): Label | 'PHONE' | undefined {
  const toks = text.slice(Math.max(0, start - 40), start).match(CLAUSE_TOKEN);
  if (toks === null) return undefined;
  let n = -1;
  for (let k = 0; k < toks.length; k++) {
    const w = foldWord(toks[k] as string);
    if (CLAUSE_LABEL.get(w) === 'PHONE' || LINE_PLACE.has(w)) return undefined;
    if (/\d/.test(w)) n = -1;
    else if (NUMBER_WORD.has(w) && w !== 'id') n = k;
  }
  if (n < 0) return undefined;
  for (const k of [n - 1, n + 1, n + 2, n + 3]) {
    if (k < 0 || k >= toks.length) continue;
    const label = CLAUSE_LABEL.get(foldWord(toks[k] as string));
    if (label !== undefined) return label;
  }
  return undefined;
}
