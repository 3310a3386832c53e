/**
 * The detection and masking engine: runs the recognizers, resolves overlaps deterministically,
 * applies the policy (mask / block / allow, allow-listed terms, admin patterns) and masks.
 * Pure: no I/O, no clock, no globals beyond compiled tables. `scan` never throws.
 */
import { LABELS } from './types';
import type { Finding, Label, MaskStyle } from './types';
import { DEFAULT_POLICY } from './policy';
import type { MaskingPolicy } from './policy';
import { ageAfterName, Need, OWN_LINE_ID, PATTERN_RULES, PHONE_EXTENSION, STREET_SUFFIX } from './recognizers';
import { detectGazetteerCities, isKnownCity } from './cities';
import type { PatternRule } from './recognizers';
import { detectCityCues, detectNames, namesBeforePhones, NEVER, tokenize } from './names';
import { detectKeylessIds, relabelByClause } from './fuzzyKeys';
import { COMMON, foldWord, lexiconFlags, NAME_ANY } from './lexicon';
import { US_STATE_ABBR, US_STATE_NAMES } from './context';

export interface ScanResult {
  /** Resolved findings for labels the policy masks or blocks: sorted by start, non-overlapping. */
  findings: Finding[];
  /** The masked text, or null when the message is blocked. */
  masked: string | null;
  blocked: boolean;
  blockedLabels: Label[];
  /** True when the scan could not complete; the message is then blocked (unknown is never clean). */
  failed?: boolean;
}

export interface Scanner {
  scan(text: string): ScanResult;
}

const MIN_SCORE = 0.4;

/** More specific labels win ties of equal length and score. */
const SPECIFICITY: Readonly<Record<Label, number>> = {
  CUSTOM: 20, IBAN: 19, CREDIT_CARD: 18, NPI: 17, SSN: 16, HEALTH_PLAN_ID: 15, MRN: 14, LICENSE_NUMBER: 13,
  VEHICLE_ID: 12, DEVICE_ID: 11, ACCOUNT_NUMBER: 10, EMAIL: 9, URL: 8, IP_ADDRESS: 7, FAX: 6, PHONE: 5,
  AGE_OVER_89: 4, DATE: 3, ADDRESS: 2, PERSON: 1,
};

const MONTH_TRIGGERS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'ene', 'abr', 'ago', 'dic', 'set'];

/** Triggers of the MRN rules (keyword before the value, and where the number is carried): one group for both. */
const MRN_TRIGGERS = [
  'mrn', 'm.r.n', 'mr#', 'mr #', 'm.r.', 'rec', 'chart', 'patient', 'pt', 'hosp', 'expediente', 'historia', 'registro', 'paciente', 'folio',
  'emr', 'ehr', 'wrist', 'arm band', 'armband', 'bracelet', 'sticker', 'pulsera', 'brazalete', 'del hospital',
  'bed', 'cama', 'discharge', 'de alta', 'de egreso', 'case', 'caso',
];
/** Triggers of the health-plan rules (keyword, insurer, card): one group for both. */
const PLAN_TRIGGERS = [
  'member', 'subscriber', 'polic', 'group', 'grp', 'ins', 'grupo', 'plan', 'medicaid', 'medicare', 'mbi', 'hicn', 'beneficiar', 'afiliad', 'afiliaci', 'liza', 'miembro', 'socio', 'asegurado', 'seguro', 'nss', 'imss', 'issste', 'medi-cal', 'chip',
  'mbr', 'sub id', 'sub #', 'insured', 'aseguranza', 'bcbs', 'blue', 'aetna', 'cigna', 'humana', 'uhc', 'united', 'kaiser', 'anthem', 'molina', 'ambetter', 'tricare', 'caresource', 'wellcare', 'centene', 'oscar', 'on the back', 'back of', 'on the front', 'front of', 'card', 'atras', 'atrás', 'credencial',
  'part', 'claim', 'reclamo', 'enrollee', 'inscrit', 'snap', 'wic',
];

/** Triggers of the device rules (keyword, or the device named): one group for both. */
const DEVICE_TRIGGERS = [
  'serial', 's/n', 'sn', 'device', 'imei', 'meid', 'esn', 'udi', 'serie', 'dispositivo', 'pacemaker', 'pump', 'implant', 'dexcom', 'libre', 'freestyle', 'omnipod', 'medtronic', 'tandem', 'cgm', 'meter', 'metro', 'monitor', 'sensor', 'concentra', 'pap', 'nebuliz', 'hearing aid', 'fono',
  'tablet', 'ipad', 'laptop', 'logger', 'wander', 'antifugas', 'gps', 'cuff', 'lvad', 'bomba', 'wheelchair', 'silla de ruedas', 'holter', 'vac', 'transmi', 'oxim', 'oxím', 'ventila', 'spirom', 'espir',
];

/** Triggers of the plate rules (a vehicle word before the value, or in its clause): one group for both. */
const VEHICLE_TRIGGERS = [
  'car', 'auto', 'coche', 'troca', 'truck', 'hearse', 'carroza', 'driver', 'repartidor', 'chofer', 'camioneta', 'van', 'bus', 'coach', 'shuttle', 'cami', 'suv', 'taxi', 'combi', 'furgon', 'vehic', 'vehíc', 'my tag', 'mi placa', 'ambulan', 'moto', 'pass', 'permit', 'sticker', 'tag', 'pase', 'permiso', 'tarjet',
  'plate', 'placa', 'vin', 'valet', 'parking', 'estacionamiento',
];

/**
 * Cheap prefilters per rule: the fewest digits the message must hold, and substrings (lower case;
 * any whitespace counts as a space) of which one from each group must occur. A rule whose prefilter fails cannot match, so it is skipped.
 */
const PREFILTER: Readonly<Record<string, { minDigits?: number; any?: readonly (readonly string[])[] }>> = {
  'phone.mx_es': { minDigits: 9 },
  'phone.nanp': { minDigits: 10 },
  'phone.intl': { minDigits: 8, any: [['+', '00']] },
  // phone.grouped reports only with a phone word before it (PHONE_CONTEXT): one of these substrings
  'phone.local': { minDigits: 7 },
  'phone.grouped': { minDigits: 7, any: [['ph', 'tel', 'cel', 'mobile', 'movil', 'móvil', 'call', 'text', 'txt', 'sms', 'whats', 'wa', 'contact', 'reach', 'num', 'número', 'llam', 'llám', 'marc', 'márc', 'fax', 'home', 'work', 'casa', 'trabajo', 'oficina', 'office', 'pager', 'beeper', 'emergenc', 'dial', 'ring', 'marq', 'try ', 'hmu', 'hit me', 'habl', 'hábl']] },
  'email.obfuscated': { any: [[' at ', '[at', '(at', '{at', '<at', 'arroba', '@'], [' dot ', '[dot', '(dot', '{dot', '<dot', 'punto', '.']] },
  'url.scheme': { any: [['http', 'www.', 'ftp:']] },
  'url.path': { any: [['/']] },
  'ip.v4': { minDigits: 4 },
  'ip.v6': { any: [['::', ':0', ':1', ':2', ':3', ':4', ':5', ':6', ':7', ':8', ':9', ':a', ':b', ':c', ':d', ':e', ':f']] },
  'mac.colon': { minDigits: 1, any: [[':', '-']] },
  'mac.dotted': { minDigits: 1 },
  'ssn.formatted': { minDigits: 9 },
  hicn: { minDigits: 9 },
  mbi: { minDigits: 5 },
  credit_card: { minDigits: 13 },
  iban: { minDigits: 6 },
  npi: { minDigits: 10 },
  dea: { minDigits: 7 },
  vin: { minDigits: 1 },
  imei: { minDigits: 15 },
  'aba.routing': { minDigits: 9, any: [['account', 'acct', 'routing', 'aba', 'bank', 'banco', 'cuenta', 'transit', 'wire', 'transferencia', 'dep', 'ach']] },
  'udi.gs1': { minDigits: 14 },
  'udi.hibcc': { any: [['+']] },
  'mrn.keyed': { any: [MRN_TRIGGERS] },
  'mrn.carried': { minDigits: 5, any: [MRN_TRIGGERS] },
  'mrn.patient': { minDigits: 5, any: [MRN_TRIGGERS] },
  'mrn.case': { minDigits: 5, any: [MRN_TRIGGERS] },
  'device.carried': { minDigits: 5, any: [DEVICE_TRIGGERS] },
  'health_plan.keyed': { any: [PLAN_TRIGGERS] },
  'health_plan.card': { minDigits: 5, any: [PLAN_TRIGGERS] },
  'id.carried_after': { minDigits: 5, any: [['wrist', 'band', 'bracelet', 'sticker', 'card', 'pulsera', 'brazalete', 'carnet', 'tarjeta', 'credencial']] },
  'account.keyed': { any: [['account', 'acct', 'a/c', 'billing', 'bank', 'checking', 'savings', 'routing', 'aba', 'cuenta', 'clabe', 'ruta', 'direct deposit', 'directo', 'pay', 'reimburs', 'deposit', 'refund', 'reembolso', 'depósito', 'pago', 'transferencia']] },
  'license.keyed': { any: [['lic', 'dl', 'dea', 'passport', 'pasaporte', 'dula', 'state', 'conducir', 'manejar', 'cert', 'consular', 'a-number', 'alien', 'permi', 'authoriz', 'ead card', 'extranjer', 'nie', 'dni', 'curp', 'notar']] },
  'vehicle.keyed': { any: [['plate', 'tag', 'vin', 'niv', 'vehicle', 'placa', 'matr', 'vehicular', 'regist', ' reg']] },
  'vehicle.plate': { minDigits: 2, any: [VEHICLE_TRIGGERS] },
  'vehicle.clause': { minDigits: 2, any: [VEHICLE_TRIGGERS] },
  'device.keyed': { any: [DEVICE_TRIGGERS] },
  'ssn.keyed': { minDigits: 9, any: [['ssn', 'ss#', 'social', 'soc', 'itin', 'taxpayer']] },
  'npi.keyed': { minDigits: 10, any: [['npi']] },
  'phone.keyed': { minDigits: 7, any: [['ph', 'tel', 'cel', 'mobile', 'vil', 'whats', 'pager', 'fax', 'contact', 'callback']] },
  'date.numeric': { minDigits: 4 },
  'date.iso': { minDigits: 6 },
  'date.month_day': { minDigits: 2, any: [['/']] },
  'date.month_year_numeric': { minDigits: 5 },
  'date.month_first': { any: [MONTH_TRIGGERS] },
  'date.day_first': { any: [MONTH_TRIGGERS] },
  'date.month_year': { minDigits: 4, any: [MONTH_TRIGGERS] },
  'age.years_old': { minDigits: 2, any: [['year', 'yr', 'yo', 'y.o', 'y o', 'y. o', 'y/o', 'años', 'anos', 'cumplid']] },
  'age.keyed': { minDigits: 2, any: [['age', 'edad', 'tiene', 'ten', 'cumpl', 'turn', "he's", 'he is', "i'm", 'i am']] },
  'age.words': { any: [['ninety', 'hundred', 'noventa', 'cien']] },
  // a person word before the number, or a saying after it (see age.bare)
  'age.bare': {
    any: [[
      'mom', 'mum', 'mother', 'dad', 'father', 'gran', 'nana', 'nanna', 'nonna', 'papaw', 'mamaw', 'aunt', 'uncle', 'husband', 'hubby', 'wife', 'spouse', 'brother', 'sister',
      'mam', 'madre', 'pap', 'padre', 'apá', 'amá', 'abuel', 'tia', 'tía', 'tio', 'tío', 'suegr', 'espos', 'marido', 'herman', 'viejit', 'ancian',
      'patient', 'pt', 'pacient', 'she', 'él', 'ella', 'señor', 'resid', 'a los', 'client', 'aged', 'vet', 'male', ' m,', ', m', ' f,', ', f', 'woman', 'mujer', 'hombre', 'masculino', 'femenino',
      'sharp', 'strong', 'kicking', 'lucid', 'lúcid', 'independ', 'driv', 'manej', 'fuerte', 'como si nada', 'alone', 'sola',
      'birthday', 'bday', 'b-day', 'cumple', 'someone', 'somebody', 'anyone', 'anybody', 'alguien', 'spry', 'sprightly', 'feisty', 'lively', 'frail', 'frágil', 'fragil', 'activ', 'vibrant', 'healthy', 'young', 'hardy', 'robust', 'alert', 'sana', 'sano',
      'too old', 'muy viej', 'muy grande', 'muy mayor', 'todav', 'aún', 'aun ', 'still', 'sigue',
      'at ', 'con ', 'man', 'lady', 'guy', 'nonagen', 'centenar', 'start', 'empez', 'comenz', 'push', 'admi', 'ingres', 'going on', 'hes ', 'dece', 'difunt', 'fallecid', 'tengo', 'a sus', 'de sus', 'para los', 'senora', 'senor', 'member', 'miembro', 'subscriber', 'beneficiar',
    ]],
  },
  'address.po_box': { any: [['box', 'pob', 'apartado', 'apdo', 'casilla']] },
  'address.colonia': { any: [['colonia', 'col.', 'fracc', 'barrio']] },
  'address.zip_keyed': { minDigits: 5, any: [['zip', 'postal', 'c.p', 'cp']] },
  'address.zip_place': { minDigits: 5, any: [['near', 'closest', 'close', 'around', 'in ', 'to ', 'cover', 'cerca', 'en el', 'por el', 'as far as', 'hasta', 'rumbo', ' of ', ' de', 'from', 'radius']] },
  'address.city_state_zip': { minDigits: 5 },
  'address.street_es': { any: [['calle', 'c/', 'av', 'paseo', 'camino', 'carretera', 'ctra', 'plaza', 'pza', 'callej', 'privada', 'priv', 'boulevard', 'bulevar', 'blvd', 'calz', 'ronda', 'traves', 'pasaje', 'glorieta', 'cerrada', 'andador', 'circuito', 'prol', 'diagonal', 'carrera', 'cra', 'transversal', 'jir', 'jr.']] },
};


/**
 * Tighter necessary conditions per rule, from the shape of its regex: the longest run of digits, of
 * digits with phone/id separators (whitespace . - ( ) / +), of digits with dashes, of ASCII letters and
 * digits; how many digit-separator-digit joints (`3/4`, `1.2`); a letter pair before two digits
 * (IBAN); a digit then a letter (MBI); a dot before a letter (domains); a street suffix word.
 * A rule whose gate fails cannot match, so skipping it changes no result.
 */
interface Gate {
  digitRun?: number;
  sepRun?: number;
  dashRun?: number;
  alnumRun?: number;
  joints?: number;
  letterPairDigits?: boolean;
  digitLetter?: boolean;
  dotLetter?: boolean;
  /** Dots between ASCII letters or digits ("4f3a.00b2.11c4"). */
  alnumDots?: number;
  /** ':' or '-' between hex digits ("00:1a:2b"). */
  hexJoints?: number;
  /** '/' or '-' after a digit and before 19 or 20 ("03/2024"). */
  yearJoint?: boolean;
  /** An ASCII letter right after 9+ digits of one digit-and-dash run, or after them and one whitespace or '-' (HICN). */
  hicnTail?: boolean;
  /** A run of exactly 4 digits starting 19 or 20, then '/', '.' or '-' and a digit (ISO date). */
  isoYear?: boolean;
  /** An ASCII letter right before a run of at least 7 digits (DEA). */
  letterDigits7?: boolean;
  /** A run of exactly 9 digits. */
  exact9?: boolean;
  /** Whitespace after a digit, or after a digit and one letter ("12 ", "12B "). */
  digitSpace?: boolean;
  /** Five digits after 1-2 whitespace after a letter, with an optional '.' and ',' ("IL 62704"). */
  zipAfterWord?: boolean;
  streetSuffix?: boolean;
}
const GATES: Readonly<Record<string, Gate>> = {
  'phone.mx_es': { sepRun: 9 },
  'phone.nanp': { sepRun: 10 },
  'phone.intl': { sepRun: 8 },
  'phone.grouped': { sepRun: 7 },
  'phone.local': { dashRun: 7 },
  'url.domain': { dotLetter: true },
  'url.path': { dotLetter: true },
  'ip.v4': { joints: 3 },
  'mac.colon': { hexJoints: 5 },
  'mac.dotted': { alnumDots: 2 },
  'ssn.formatted': { sepRun: 9 },
  hicn: { hicnTail: true },
  mbi: { digitLetter: true },
  credit_card: { sepRun: 13 },
  iban: { letterPairDigits: true },
  npi: { digitRun: 10 },
  dea: { letterDigits7: true },
  vin: { alnumRun: 17 },
  imei: { sepRun: 15 },
  'aba.routing': { exact9: true },
  'udi.gs1': { digitRun: 14 },
  'ssn.keyed': { sepRun: 9 },
  'npi.keyed': { digitRun: 10 },
  'date.numeric': { joints: 2 },
  'date.iso': { isoYear: true },
  'date.month_day': { joints: 1 },
  'date.month_year_numeric': { yearJoint: true },
  'age.years_old': { digitRun: 2 },
  'age.keyed': { digitRun: 2 },
  'address.street': { digitSpace: true, streetSuffix: true },
  'address.zip_keyed': { digitRun: 5 },
  'address.zip_place': { digitRun: 5 },
  'address.city_state_zip': { zipAfterWord: true },
};

/**
 * Every trigger string of PREFILTER in one Aho-Corasick automaton over a small alphabet (the
 * characters the triggers use; any whitespace reads as a space; other characters reset to the root):
 * `TRIE_NEXT[state * width + symbol]` is the next state, `TRIE_GROUPS[state]` the groups found.
 */
const SYMBOL = new Map<number, number>(); // char code -> symbol 1..width-1
/** Distinct trigger groups get one bit each; rules hold the bits they need. */
const GROUP_BITS = new Map<string, number>();
const trieWords: Array<[string, number]> = [];
for (const p of Object.values(PREFILTER)) {
  for (const g of p.any ?? []) {
    const key = g.join('\u0000');
    if (GROUP_BITS.has(key)) continue;
    const bit = 1 << GROUP_BITS.size;
    GROUP_BITS.set(key, bit);
    for (const word of g) {
      trieWords.push([word, bit]);
      for (let i = 0; i < word.length; i++) if (!SYMBOL.has(word.charCodeAt(i))) SYMBOL.set(word.charCodeAt(i), SYMBOL.size + 1);
    }
  }
}
if (GROUP_BITS.size > 31) throw new Error('too many prefilter groups for one bit mask');
const TRIE_WIDTH = SYMBOL.size + 1;
const ASCII_SYMBOL = new Uint8Array(128);
for (const [c, sym] of SYMBOL) if (c < 128) ASCII_SYMBOL[c] = sym;
for (let c = 9; c <= 13; c++) ASCII_SYMBOL[c] = ASCII_SYMBOL[32] as number;
const { TRIE_NEXT, TRIE_GROUPS } = ((): { TRIE_NEXT: Uint16Array; TRIE_GROUPS: Int32Array } => {
  const next: number[] = new Array<number>(TRIE_WIDTH).fill(0);
  const groups: number[] = [0];
  for (const [word, bit] of trieWords) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const at = node * TRIE_WIDTH + (SYMBOL.get(word.charCodeAt(i)) as number);
      if (next[at] === 0) {
        next[at] = groups.length;
        groups.push(0);
        for (let k = 0; k < TRIE_WIDTH; k++) next.push(0);
      }
      node = next[at] as number;
    }
    groups[node] = (groups[node] as number) | bit;
  }
  // Aho-Corasick: missing children follow the longest proper suffix that is in the trie, and each
  // node also reports the groups of its suffixes, so one transition per character finds every trigger
  const fail: number[] = new Array<number>(groups.length).fill(0);
  const queue: number[] = [];
  for (let sym = 1; sym < TRIE_WIDTH; sym++) if (next[sym] !== 0) queue.push(next[sym] as number);
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q] as number;
    groups[node] = (groups[node] as number) | (groups[fail[node] as number] as number);
    for (let sym = 1; sym < TRIE_WIDTH; sym++) {
      const at = node * TRIE_WIDTH + sym;
      const via = (fail[node] as number) * TRIE_WIDTH + sym;
      if (next[at] !== 0) {
        fail[next[at] as number] = next[via] as number;
        queue.push(next[at] as number);
      } else next[at] = next[via] as number;
    }
  }
  return { TRIE_NEXT: Uint16Array.from(next), TRIE_GROUPS: Int32Array.from(groups) };
})();

/** ASCII_SYMBOL of the lower-case letter, for reading ASCII text without lower-casing it first. */
const ASCII_LOWER_SYMBOL = Uint8Array.from(ASCII_SYMBOL, (_s, c) => ASCII_SYMBOL[c >= 65 && c <= 90 ? c + 32 : c] as number);

function symbolOf(c: number): number {
  if (c < 128) return ASCII_SYMBOL[c] as number;
  if (isSpace(c)) return ASCII_SYMBOL[32] as number;
  return SYMBOL.get(c) ?? 0;
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Bits of the trigger groups of which some trigger occurs in `lower`. */
function triggerGroups(lower: string): number {
  let seen = 0;
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    const sym = symbolOf(lower.charCodeAt(i));
    state = sym === 0 ? 0 : (TRIE_NEXT[state * TRIE_WIDTH + sym] as number);
    seen |= TRIE_GROUPS[state] as number;
  }
  return seen;
}

/** A word of up to 11 lower-case letters as one exact number (base 27), so a Set lookup needs no string. */
function wordCode(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = h * 27 + (word.charCodeAt(i) - 96);
  return h;
}
/** Street suffixes and their plurals, as word codes. */
const STREET_SUFFIX_CODES = new Set<number>(STREET_SUFFIX.split('|').flatMap((w) => [wordCode(w), wordCode(`${w}s`)]));

/** A word of ASCII letters after whitespace that the street rule accepts as its suffix ("St", "avenues"). */
function hasStreetSuffix(text: string): boolean {
  const n = text.length;
  for (let i = 1; i < n; i++) {
    if (!isAsciiLetter(text.charCodeAt(i)) || !isSpace(text.charCodeAt(i - 1))) continue;
    let h = 0;
    let k = i;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (!isAsciiLetter(c)) break;
      h = h * 27 + ((c | 32) - 96);
    }
    const next = k < n ? text.charCodeAt(k) : 32;
    if (k - i <= 11 && !(next >= 48 && next <= 57) && !(next >= 0xc0 && next <= 0x24f) && STREET_SUFFIX_CODES.has(h)) return true;
    i = k;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What one pass over the text tells the gates: slots of an array of numbers (booleans as 0/1). */
const enum F {
  Needs, Digits, DigitRun, SepRun, DashRun, AlnumRun, Joints, LetterPairDigits, DigitLetter, DotLetter, AlnumDots,
  HexJoints, YearJoint, LetterDigits7, Exact9, DigitSpace, ZipAfterWord, HicnTail, IsoYear,
  /** Most digits in one run of ASCII letters, digits and '-' (an id-like word, "E1407-22"). */
  IdRunDigits,
  /** Bits of the trigger groups found (see triggerGroups). */
  Triggers,
  Count,
}

/** Which slot each Gate key reads. */
const GATE_SLOT: Readonly<Record<Exclude<keyof Gate, 'streetSuffix'>, F>> = {
  digitRun: F.DigitRun, sepRun: F.SepRun, dashRun: F.DashRun, alnumRun: F.AlnumRun, joints: F.Joints,
  letterPairDigits: F.LetterPairDigits, digitLetter: F.DigitLetter, dotLetter: F.DotLetter, alnumDots: F.AlnumDots,
  hexJoints: F.HexJoints, yearJoint: F.YearJoint, letterDigits7: F.LetterDigits7, exact9: F.Exact9,
  digitSpace: F.DigitSpace, zipAfterWord: F.ZipAfterWord, hicnTail: F.HicnTail, isoYear: F.IsoYear,
};

/** One pass over the text: which characters it has (Need bits), digit counts and runs, joints. */
export function textFacts(text: string): readonly number[] {
  let needs = 0;
  let digits = 0;
  let digitRun = 0;
  let sepRun = 0;
  let dashRun = 0;
  let alnumRun = 0;
  let joints = 0;
  let letterPairDigits = false;
  let digitLetter = false;
  let dotLetter = false;
  let alnumDots = 0;
  let hexJoints = 0;
  let yearJoint = false;
  let letterDigits7 = false;
  let exact9 = false;
  let digitSpace = false;
  let zipAfterWord = false;
  let hicnTail = false;
  let isoYear = false;
  let dashBefore = 0; // curDash just before the last reset by a character other than '-'
  let runPrev = -1; // the code before the current digit run
  let curDigit = 0;
  let curSep = 0;
  let curDash = 0;
  let curAlnum = 0;
  let idRunDigits = 0;
  let curId = 0;
  let p1 = -1; // previous code
  let p2 = -1;
  let p3 = -1;
  let state = 0; // trigger automaton, fed while the text is ASCII (lower case by table)
  let seen = 0;
  let ascii = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const sym = ASCII_LOWER_SYMBOL[c] as number;
      state = sym === 0 ? 0 : (TRIE_NEXT[state * TRIE_WIDTH + sym] as number);
      seen |= TRIE_GROUPS[state] as number;
    } else ascii = false;
    if (c >= 48 && c <= 57) {
      digits++;
      curDigit++;
      curSep++;
      curDash++;
      curAlnum++;
      if (curDigit > digitRun) digitRun = curDigit;
      if (curSep > sepRun) sepRun = curSep;
      if (curDash > dashRun) dashRun = curDash;
      if (curAlnum > alnumRun) alnumRun = curAlnum;
      curId++;
      if (curId > idRunDigits) idRunDigits = curId;
      if (curDigit === 1) runPrev = p1;
      else if (curDigit === 7 && isAsciiLetter(runPrev)) letterDigits7 = true;
      else if (curDigit === 5 && !zipAfterWord) zipAfterWord = wordBeforeZip(text, i - 5);
      if (isDigit(p1) && isAsciiLetter(p2) && isAsciiLetter(p3)) letterPairDigits = true;
      if ((p1 === 47 || p1 === 46 || p1 === 45) && isDigit(p2)) {
        joints++;
        if (p1 !== 46) {
          const d = text.charCodeAt(i + 1);
          if ((c === 49 && d === 57) || (c === 50 && d === 48)) yearJoint = true;
        }
      }
      if (p1 === 46 && isAsciiAlnum(p2)) alnumDots++;
      if ((p1 === 58 || p1 === 45) && isHex(p2)) hexJoints++;
    } else {
      if (curDigit === 9) exact9 = true;
      else if (curDigit === 4 && (c === 47 || c === 46 || c === 45) && !isoYear) {
        const y0 = text.charCodeAt(i - 4);
        const y1 = text.charCodeAt(i - 3);
        isoYear = ((y0 === 49 && y1 === 57) || (y0 === 50 && y1 === 48)) && isDigit(text.charCodeAt(i + 1));
      }
      curDigit = 0;
      if (isAsciiLetter(c)) {
        curAlnum++;
        if (curAlnum > alnumRun) alnumRun = curAlnum;
        // inside a word (letter after letter) nothing else changes: the runs were reset at its first letter
        if (!isAsciiLetter(p1)) {
          if (!hicnTail && (((isDigit(p1) || (p1 === 45 && isDigit(p2))) && curDash >= 9) || (isDigit(p2) && isSpace(p1) && dashBefore >= 9))) hicnTail = true;
          if (p1 === 46 && isAsciiAlnum(p2)) alnumDots++;
          if ((p1 === 58 || p1 === 45) && isHex(p2) && isHex(c)) hexJoints++;
          curSep = 0;
          curDash = 0;
          if (isDigit(p1)) digitLetter = true;
          if (p1 === 46 && (isDigit(p2) || isAsciiLetter(p2) || p2 === 45 || (p2 >= 0xc0 && p2 <= 0x24f))) dotLetter = true;
        }
      } else {
        curAlnum = 0;
        if (c !== 45) curId = 0;
        // '-' continues both separator runs; whitespace . ( ) / + only the phone/id one
        if (c !== 45) {
          dashBefore = curDash;
          curDash = 0;
          if (isSpace(c)) {
            if (isDigit(p1) || (isAsciiLetter(p1) && isDigit(p2))) digitSpace = true;
          } else if (!(c === 46 || c === 40 || c === 41 || c === 47 || c === 43)) curSep = 0;
        }
        if (c === 64) needs |= Need.At;
        else if (c === 46) needs |= Need.Dot;
        else if (c === 58) needs |= Need.Colon;
      }
    }
    p3 = p2;
    p2 = p1;
    p1 = c;
  }
  if (curDigit === 9) exact9 = true;
  if (digits > 0) needs |= Need.Digit;
  // a plain array in slot order: allocating a typed array per message costs more than this whole pass
  return [
    needs, digits, digitRun, sepRun, dashRun, alnumRun, joints, letterPairDigits ? 1 : 0, digitLetter ? 1 : 0,
    dotLetter ? 1 : 0, alnumDots, hexJoints, yearJoint ? 1 : 0, letterDigits7 ? 1 : 0, exact9 ? 1 : 0,
    digitSpace ? 1 : 0, zipAfterWord ? 1 : 0, hicnTail ? 1 : 0, isoYear ? 1 : 0, idRunDigits, ascii ? seen : triggerGroups(text.toLowerCase()),
  ];
}

/** Before index `k` + 1 (the digit run's start): 1-2 whitespace, an optional ',' and '.', then an ASCII letter. */
function wordBeforeZip(text: string, k: number): boolean {
  let spaces = 0;
  while (k >= 0 && spaces < 2 && isSpace(text.charCodeAt(k))) {
    k--;
    spaces++;
  }
  if (spaces === 0) return false;
  if (text.charCodeAt(k) === 44) k--;
  if (text.charCodeAt(k) === 46) k--;
  return k >= 0 && isAsciiLetter(text.charCodeAt(k));
}

/** A rule's prefilter and gate, compiled once, in PATTERN_RULES order. */
interface CompiledGate {
  rule: PatternRule;
  needs: number;
  minDigits: number;
  groups: number;
  /** The facts slot the gate reads and the least value it needs (slot Needs and 0: no gate). */
  slot: F;
  min: number;
  streetSuffix: boolean;
}
const COMPILED: readonly CompiledGate[] = PATTERN_RULES.map((rule) => {
  const p = PREFILTER[rule.id];
  let groups = 0;
  for (const g of p?.any ?? []) groups |= GROUP_BITS.get(g.join('\u0000')) as number;
  const gate = GATES[rule.id] ?? {};
  let slot = F.Needs;
  let min = 0;
  for (const [k, v] of Object.entries(gate)) {
    if (k === 'streetSuffix') continue;
    if (min !== 0) throw new Error(`gate of ${rule.id}: one condition only`);
    slot = GATE_SLOT[k as keyof typeof GATE_SLOT];
    min = Number(v);
  }
  return { rule, needs: rule.needs, minDigits: p?.minDigits ?? 0, groups, slot, min, streetSuffix: gate.streetSuffix === true };
});

export function runRule(rule: PatternRule, text: string, out: Finding[]): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = start + m[0].length;
    if (rule.keyed) {
      const prefix = m[1] ?? '';
      const value = m[2];
      if (value === undefined) continue;
      start = m.index + prefix.length;
      end = start + value.length;
    }
    let label = rule.label;
    let score = rule.score;
    if (rule.check) {
      const r = rule.check(text.slice(start, end), text, start, end);
      if (typeof r === 'number') score = r;
      else {
        label = r.label;
        score = r.score;
        if (r.start !== undefined) start = r.start;
        if (r.end !== undefined) end = r.end;
      }
    }
    const accepted = score >= MIN_SCORE && end > start;
    if (accepted) out.push({ type: label, start, end, ruleId: rule.id, score });
    // a keyed value may have been trimmed: resume right after what was kept (another key may follow);
    // a rejected match may hide a valid one that starts inside it ("1 4111 1111 1111 1111")
    if (rule.keyed) re.lastIndex = Math.max(m.index + 1, accepted ? end : start);
    else if (!accepted) re.lastIndex = m.index + 1;
    else if (end < m.index + m[0].length) re.lastIndex = Math.max(m.index + 1, end);
  }
}

const STATE_ALT = `${US_STATE_ABBR}|${US_STATE_NAMES}`;
const TAIL_UNIT = /,?\s{0,2}(?:apt|apartment|suite|ste|unit|room|rm|fl|floor|bldg|building|#|apto|depto|dpto|departamento|piso|int|interior)\.?\s{0,2}#?\s{0,2}[A-Z0-9][A-Z0-9-]{0,6}(?![\p{L}\p{N}])/iuy;
const TAIL_COLONIA = /,?\s{0,2}(?:col\.|colonia|fracc\.|fraccionamiento|barrio|urb\.|urbanizaci[oó]n|sector)\s{0,2}(?:[\p{L}\p{N}][\p{L}\p{N}'.-]{0,24}(?:\s(?=[\p{L}\p{N}]))?){1,5}/iuy;
const TAIL_ZIP = /,?\s{0,2}(?:(?:c\.\s?p\.|cp|zip)\s{0,2}:?\s{0,2})?\d{5}(?:-\d{4})?(?!\p{N})/iuy;
const TAIL_STATE = new RegExp(`,?\\s{0,2}(?:${STATE_ALT})\\.?(?![\\p{L}\\p{N}])`, 'iuy');
const TAIL_WORD = /\p{L}[\p{L}'\-]{0,30}(?=[\s,;:!?)\]]|\.(?![\p{L}\p{N}])|$)/uy;
const ZIP_AHEAD = /,?\s{1,2}\d{5}(?!\p{N})/uy;
const STATE_ZIP_AHEAD = new RegExp(`,?\\s{1,2}(?:${STATE_ALT})\\.?,?\\s{1,2}\\d{5}(?![\\p{N}])`, 'iuy');
const CITY_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'of', 'the', 'st', 'san', 'santa', 'sta', 'ft', 'mt', 'y']);
/**
 * Words that end a city after a street: connectives and time words, and the people a message names
 * next ("..., carson, aide Blanca", "..., Toledo, OH 43604, mom Ana").
 */
const CITY_STOP = new Set(['aide', 'caregiver', 'nurse', 'cuidadora', 'cuidador', 'enfermera', 'enfermero', 'driver', 'chofer', 'mom',
  'dad', 'son', 'daughter', 'wife', 'husband', 'hijo', 'hija', 'esposo', 'esposa', 'patient', 'paciente', 'pt', 'attn', 'contact', 'please', 'thanks', 'thank', 'thx', 'gracias', 'now', 'ahora', 'since', 'desde', 'for', 'para', 'at', 'a', 'en', 'is', 'es', 'and', 'y', 'or', 'o', 'but', 'pero', 'then', 'luego', 'also', 'tambien', 'por', 'with', 'con', 'to', 'in', 'on', 'my', 'mi', 'btw', 'asap', 'today', 'hoy', 'tomorrow', 'manana', 'ok']);

const VEHICLE_NOUN = new Set(['van', 'minivan', 'car', 'truck', 'bus', 'coach', 'carro', 'coche', 'auto', 'camion', 'camioneta', 'troca']);
const PLATE_AHEAD = /\s{1,2}[a-z]{2,4}[ -]?\d{2,4}(?:[ -][a-z0-9]{1,3})?(?![a-z0-9])/iy;

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The word at `pos` of an address tail, without a trailing dot ("St." -> "St"), or undefined. */
function tailWordAt(text: string, pos: number): string | undefined {
  const w = stickyAt(TAIL_WORD, text, pos);
  return w ? w[0].replace(/\.$/, '') : undefined;
}

/** Where the next word starts when one space and a letter follow `end`, or -1. */
function nextWordAt(text: string, end: number): number {
  return text[end] === ' ' && /\p{L}/u.test(text[end + 1] ?? '') ? end + 1 : -1;
}

/** City words after an address part: ", springfield", " 20710 Córdoba". Returns the new end or `end`. */
function cityTail(text: string, end: number, afterZip: boolean): number {
  const sep = /,?\s{1,2}|,/y;
  const m = stickyAt(sep, text, end);
  if (!m) return end;
  const hadComma = m[0].includes(',');
  const first = end + m[0].length;
  let pos = first;
  let lastContent = -1;
  for (let words = 0; words < 5; words++) {
    const raw = tailWordAt(text, pos);
    if (raw === undefined) break;
    const key = foldWord(raw);
    // "..., van YTR 2400, pay ...": a vehicle word before a plate ends the place ("Van Nuys 91405" stays)
    if (VEHICLE_NOUN.has(key) && stickyAt(PLATE_AHEAD, text, pos + raw.length)) break;
    const particle = CITY_PARTICLES.has(key);
    if (!particle && (CITY_STOP.has(key) || NEVER.has(key))) break;
    const flags = lexiconFlags(key);
    const cap = raw[0] !== (raw[0] as string).toLowerCase();
    if (!particle && !cap && flags & COMMON && (!(flags & NAME_ANY) || !hadComma)) break;
    const lastEnd = pos + raw.length;
    if (!particle) lastContent = lastEnd;
    // an abbreviated particle keeps its dot: "Port St. Lucie", "st. george"
    pos = nextWordAt(text, particle && text[lastEnd] === '.' ? lastEnd + 1 : lastEnd);
    if (pos < 0) break;
  }
  if (!afterZip) {
    // "13907 cormier light fort worth nj 96430", ", la mirada, md 54563": ordinary words still make the
    // city when a state and ZIP (or a ZIP) follow them within four words
    const ahead = cityBeforeStateZip(text, first);
    if (ahead > lastContent) return ahead;
    // "742 Evergreen Terrace Springfield": a known place right after the street
    const known = knownCityAt(text, first);
    if (known > 0 && known >= lastContent) return known;
  }
  if (lastContent < 0) return end;
  // without a comma, city words count only when a state + ZIP or a ZIP follows them
  if (!hadComma && !afterZip) {
    if (!stickyAt(STATE_ZIP_AHEAD, text, lastContent) && !stickyAt(ZIP_AHEAD, text, lastContent)) return end;
  }
  return lastContent;
}

/** The end of the longest known place name (one to three words) at `pos`, or -1. */
function knownCityAt(text: string, pos: number): number {
  let best = -1;
  let p = pos;
  let phrase = '';
  for (let words = 0; words < 3; words++) {
    const raw = tailWordAt(text, p);
    if (raw === undefined) break;
    phrase = phrase ? `${phrase} ${foldWord(raw)}` : foldWord(raw);
    const wordEnd = p + raw.length;
    if (!CITY_STOP.has(phrase) && !NEVER.has(phrase) && isKnownCity(phrase)) best = wordEnd;
    p = nextWordAt(text, wordEnd);
    if (p < 0) break;
  }
  return best;
}

/** The end of up to four words at `pos` that a state + ZIP or a ZIP follows, or -1. */
function cityBeforeStateZip(text: string, pos: number): number {
  let p = pos;
  for (let words = 0; words < 4; words++) {
    const raw = tailWordAt(text, p);
    if (raw === undefined) return -1;
    const key = foldWord(raw);
    if (CITY_STOP.has(key) || NEVER.has(key)) return -1;
    const wordEnd = p + raw.length;
    if (words > 0 || raw.length > 1) {
      if (stickyAt(STATE_ZIP_AHEAD, text, wordEnd) || stickyAt(ZIP_AHEAD, text, wordEnd)) return wordEnd;
    }
    p = nextWordAt(text, wordEnd);
    if (p < 0) return -1;
  }
  return -1;
}

/** Grow street-line / PO-box findings over a following unit, colonia, city, state and ZIP. */
function extendAddresses(text: string, findings: Finding[]): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (f.type !== 'ADDRESS' || !(f.ruleId.startsWith('address.street') || f.ruleId.startsWith('address.po_box'))) continue;
    let end = f.end;
    let afterZip = false;
    for (let round = 0; round < 8; round++) {
      let next = end;
      let m = stickyAt(TAIL_UNIT, text, end) ?? stickyAt(TAIL_COLONIA, text, end);
      let zip = false;
      if (!m) {
        m = stickyAt(TAIL_ZIP, text, end);
        zip = m !== null;
      }
      if (!m) {
        const st = stickyAt(TAIL_STATE, text, end);
        if (st) {
          const word = st[0].replace(/^[,\s]+/, '').replace(/\.$/, '');
          const lowerAbbr = word.length === 2 && word !== word.toUpperCase();
          if (!lowerAbbr || stickyAt(ZIP_AHEAD, text, end + st[0].length)) m = st;
        }
      }
      if (m && m[0].length > 0) next = end + m[0].trimEnd().length;
      else next = cityTail(text, end, afterZip);
      if (next <= end) break;
      afterZip = zip;
      end = next;
    }
    if (end > f.end) findings[i] = { ...f, end };
  }
}

/** Deterministic overlap resolution: longest first, then highest score, then most specific label. */
export function resolveFindings(findings: readonly Finding[], textLength: number): Finding[] {
  const cands = findings.filter((f) => f.start >= 0 && f.end <= textLength && f.end > f.start);
  if (cands.length <= 1) return cands;
  cands.sort((a, b) => {
    const la = a.end - a.start;
    const lb = b.end - b.start;
    if (la !== lb) return lb - la;
    if (a.score !== b.score) return b.score - a.score;
    const sa = SPECIFICITY[a.type];
    const sb = SPECIFICITY[b.type];
    if (sa !== sb) return sb - sa;
    if (a.start !== b.start) return a.start - b.start;
    return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
  });
  const taken: Finding[] = [];
  if (cands.length <= 32) {
    // few findings: compare with the taken ranges instead of marking characters
    for (const f of cands) {
      let free = true;
      for (const t of taken) {
        if (t.start < f.end && f.start < t.end) {
          free = false;
          break;
        }
      }
      if (free) taken.push(f);
    }
    taken.sort((a, b) => a.start - b.start);
    return mergeAdjacentAddresses(taken);
  }
  const occupied = new Uint8Array(textLength);
  for (const f of cands) {
    let free = true;
    for (let i = f.start; i < f.end; i++) {
      if (occupied[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    occupied.fill(1, f.start, f.end);
    taken.push(f);
  }
  taken.sort((a, b) => a.start - b.start);
  return mergeAdjacentAddresses(taken);
}

function mergeAdjacentAddresses(sorted: Finding[]): Finding[] {
  return sorted;
}

function mergeAddressRuns(text: string, sorted: Finding[]): Finding[] {
  if (!hasAddressPair(sorted)) return sorted; // nothing to merge: no copy
  const out: Finding[] = [];
  for (const f of sorted) {
    const prev = out.length > 0 ? out[out.length - 1] : undefined; // no read at index -1 (a slow property lookup in V8)
    if (prev && prev.type === 'ADDRESS' && f.type === 'ADDRESS' && /^[\s,]{0,3}$/.test(text.slice(prev.end, f.start))) {
      out[out.length - 1] = { ...prev, end: f.end, score: Math.max(prev.score, f.score) };
    } else out.push(f);
  }
  return out;
}

/** Whether two ADDRESS findings follow each other (the only case mergeAddressRuns changes). */
function hasAddressPair(sorted: readonly Finding[]): boolean {
  for (let k = 1; k < sorted.length; k++) if ((sorted[k - 1] as Finding).type === 'ADDRESS' && (sorted[k] as Finding).type === 'ADDRESS') return true;
  return false;
}

const TOKEN_MASK = new RegExp(`\\[(?:${LABELS.join('|')})\\]`, 'g');

/**
 * Token-style output ("[SSN]") must not act as context on a second scan (masking is idempotent):
 * detection runs on a copy where such tokens are blanked with a neutral character of equal length.
 */
function neutralize(text: string): string {
  if (text.indexOf('[') < 0) return text;
  return text.replace(TOKEN_MASK, (m) => '\u00b7'.repeat(m.length));
}

/**
 * Whether some run of ASCII letters, digits and '-' with 5 or more digits is not inside one finding
 * of score 0.7 or more. A fuzzy-keyword candidate lies inside such a run (it starts where the run
 * starts and holds 5 digits), and detectKeylessIds skips candidates inside such a finding, so when
 * every run is covered it can report nothing.
 */
function uncoveredIdRun(text: string, found: readonly Finding[]): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isIdChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isIdChar(c)) break;
      if (c >= 48 && c <= 57) digits++;
    }
    if (digits >= 5 && !found.some((f) => f.start <= start && f.end >= i && f.score >= 0.7)) return true;
  }
  return false;
}

function isIdChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 45;
}

function rawFindings(original: string): Finding[] {
  const text = neutralize(original);
  const facts = textFacts(text);
  const needs = facts[F.Needs] as number;
  const digits = facts[F.Digits] as number;
  const out: Finding[] = [];
  const seen = facts[F.Triggers] as number;
  let street = -1; // street suffix present: unknown until a rule asks
  for (let r = 0; r < COMPILED.length; r++) {
    const c = COMPILED[r] as CompiledGate;
    if ((c.needs & needs) !== c.needs || digits < c.minDigits || (seen & c.groups) !== c.groups || (facts[c.slot] as number) < c.min) continue;
    if (c.streetSuffix) {
      if (street < 0) street = hasStreetSuffix(text) ? 1 : 0;
      if (street === 0) continue;
    }
    runRule(c.rule, text, out);
  }
  // an id alone on its line: only a message with a line break, or a short one, can hold one
  if (digits >= 6 && (text.length <= 32 || text.indexOf('\n') >= 0)) runRule(OWN_LINE_ID, text, out);
  extendAddresses(text, out);
  offerPhonesWithoutExtension(text, out);
  // a misspelt keyword's id has 5 or more digits in one id-like word, not already found with confidence
  // (and with 6 or more, one that nothing explains is masked too)
  if ((facts[F.IdRunDigits] as number) >= 5 && uncoveredIdRun(text, out)) {
    for (const f of detectKeylessIds(text, out, (facts[F.IdRunDigits] as number) >= 6)) out.push(f);
  }
  const tokens = tokenize(text);
  for (const f of detectNames(text, tokens)) {
    out.push(f);
    // "hospice admit: Ana Ruiz, 96, 12 Oak St": an age set off right after a person's name
    if (f.type === 'PERSON') {
      const age = ageAfterName(text, f.end);
      if (age) out.push(age);
    }
  }
  for (const f of namesBeforePhones(text, tokens, out)) out.push(f);
  for (const f of detectCityCues(text, tokens, isKnownCity)) out.push(f);
  for (const f of detectGazetteerCities(text, tokens)) out.push(f);
  relabelByClause(text, out);
  return out;
}

/** A phone number's extension at the end of its span ("x 742", "ext. 12"): the phone rules' own pattern. */
const TRAILING_EXTENSION = new RegExp(`${PHONE_EXTENSION}$`, 'i');

/**
 * A phone or fax found with an extension is offered without it too, a little weaker: when the
 * extension's digits are the start of something else ("212-555-0134 x 742 Evergreen Terrace" is a
 * phone and an address), resolution keeps the number instead of dropping it with its extension.
 */
function offerPhonesWithoutExtension(text: string, out: Finding[]): void {
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const f = out[k] as Finding;
    if (f.type !== 'PHONE' && f.type !== 'FAX') continue;
    const m = TRAILING_EXTENSION.exec(text.slice(f.start, f.end));
    if (m !== null && m.index > 0) out.push({ ...f, end: f.start + m.index, score: f.score - 0.01 });
  }
}

/** Default recognizers, all labels, resolved. */
export function detect(text: string): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return mergeAddressRuns(text, resolveFindings(rawFindings(text), text.length));
}

const PARTIAL_LABELS = new Set<Label>([
  'SSN', 'CREDIT_CARD', 'PHONE', 'FAX', 'ACCOUNT_NUMBER', 'MRN', 'HEALTH_PLAN_ID', 'LICENSE_NUMBER', 'NPI', 'IBAN',
  'VEHICLE_ID', 'DEVICE_ID', 'CUSTOM',
]);

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** `x` style for one span: every letter, digit or mark becomes X; length and separators are kept. */
function xOut(s: string, keepLastDigits = 0): string {
  let keepFrom = s.length;
  if (keepLastDigits > 0) {
    let seen = 0;
    for (let i = s.length - 1; i >= 0; i--) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        seen++;
        if (seen === keepLastDigits) {
          keepFrom = i;
          break;
        }
      }
    }
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i >= keepFrom && c >= 48 && c <= 57) {
      out += s[i];
      continue;
    }
    if (isAlnumCode(c)) {
      out += 'X';
    } else if (c < 128) {
      out += s[i];
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const pair = s.slice(i, i + 2);
      out += LETTER_OR_DIGIT.test(pair) ? 'XX' : pair;
      i++;
    } else {
      out += LETTER_OR_DIGIT.test(s[i] as string) ? 'X' : s[i];
    }
  }
  return out;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** Whether findings are already in maskText's order (by start, then longest first): then no sorted copy is needed. */
function inMaskOrder(findings: readonly Finding[]): boolean {
  for (let k = 1; k < findings.length; k++) {
    const a = findings[k - 1] as Finding;
    const b = findings[k] as Finding;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

/** Applies the style to the findings (sorted or not; overlapping ones after the first are skipped). */
export function maskText(text: string, findings: readonly Finding[], style: MaskStyle): string {
  if (findings.length === 0) return text;
  // resolved findings come sorted; a stable sort would leave them as they are
  const sorted = inMaskOrder(findings) ? findings : [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let pos = 0;
  for (const f of sorted) {
    const start = Math.max(f.start, pos);
    const end = Math.min(f.end, text.length);
    if (end <= start) continue;
    out += text.slice(pos, start);
    const span = text.slice(start, end);
    if (style === 'token') out += `[${f.type}]`;
    else if (style === 'partial' && PARTIAL_LABELS.has(f.type) && countDigits(span) >= 7) out += xOut(span, 4);
    else out += xOut(span);
    pos = end;
  }
  return out + text.slice(pos);
}

export function countByLabel(findings: readonly Finding[]): Partial<Record<Label, number>> {
  const out: Partial<Record<Label, number>> = {};
  for (const f of findings) out[f.type] = (out[f.type] ?? 0) + 1;
  return out;
}

function allowedRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0) return [];
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  const out: Array<[number, number]> = [];
  for (const t of terms) {
    if (t.length === 0) continue;
    let from = 0;
    for (let guard = 0; guard < 10000; guard++) {
      const i = lower.indexOf(t, from);
      if (i < 0) break;
      out.push([i, i + t.length]);
      from = i + 1;
    }
  }
  return out;
}

function runCustom(policy: MaskingPolicy, text: string, out: Finding[]): void {
  for (const p of policy.customPatterns) {
    const re = new RegExp(p.regex.source, p.regex.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ type: p.label, start: m.index, end: m.index + m[0].length, ruleId: `custom.line${p.line}`, score: 0.99 });
    }
  }
}

function failedResult(): ScanResult {
  return { findings: [], masked: null, blocked: true, blockedLabels: [], failed: true };
}

export function createScanner(policy: MaskingPolicy = DEFAULT_POLICY): Scanner {
  lexiconFlags('a'); // build the name lexicon now, not on the first message
  const acted = new Set<Label>();
  for (const l of LABELS) if (policy.maskLabels.has(l) || policy.blockLabels.has(l)) acted.add(l);
  const allowTerms = policy.allowTerms.map((t) => t.toLowerCase());
  const style = policy.style;
  const actsOnAll = acted.size === LABELS.length;
  const masksAll = LABELS.every((l) => policy.maskLabels.has(l));
  return {
    scan(text: string): ScanResult {
      try {
        if (typeof text !== 'string') return failedResult();
        if (text.length === 0) return { findings: [], masked: text, blocked: false, blockedLabels: [] };
        const raw = actsOnAll ? rawFindings(text) : rawFindings(text).filter((f) => acted.has(f.type));
        if (policy.customPatterns.length > 0) {
          const custom: Finding[] = [];
          runCustom(policy, text, custom);
          for (const f of custom) if (acted.has(f.type)) raw.push(f);
        }
        let findings = mergeAddressRuns(text, resolveFindings(raw, text.length));
        const allowed = allowedRanges(text, allowTerms);
        if (allowed.length > 0) {
          findings = findings.filter((f) => !allowed.some(([s, e]) => f.start >= s && f.end <= e));
        }
        if (policy.blockLabels.size > 0) {
          const blockedSet = new Set<Label>();
          for (const f of findings) if (policy.blockLabels.has(f.type)) blockedSet.add(f.type);
          if (blockedSet.size > 0) {
            const blockedLabels = LABELS.filter((l) => blockedSet.has(l));
            return { findings, masked: null, blocked: true, blockedLabels };
          }
        }
        const toMask = masksAll ? findings : findings.filter((f) => policy.maskLabels.has(f.type));
        return { findings, masked: maskText(text, toMask, style), blocked: false, blockedLabels: [] };
      } catch {
        return failedResult();
      }
    },
  };
}
