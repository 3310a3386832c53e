/**
 * Pattern recognizers as data: each rule is a bounded regex, the label it reports, what the message
 * must contain for it to run at all (a cheap prefilter), and a check that validates the value and
 * weighs the context around it. Every regex here is linear: bounded quantifiers, no nested
 * ambiguous repetition, anchored by look-behind so a match can only start at a token start.
 */
import type { Finding, Label } from './types';
import {
  after, before, faxBefore, NEGATIVE_BEFORE, PHONE_CONTEXT, PUBLIC_PLAN_ID, UNIT_AFTER, US_STATE_ABBR, US_STATE_NAMES,
} from './context';
import { COMMON, foldWord, lexiconFlags, NAME_ANY } from './lexicon';
import { clauseIdLabel, nearKey } from './fuzzyKeys';
import { isMedication } from './medications';
import {
  abaValid, creditCardValid, dayMonthValid, deaValid, digitsOf, ibanValid, imeiValid, ipv4Valid, ipv6Valid,
  mbiValid, npiValid, ssnKind, vinCheckDigitValid, vinShape,
} from './validators';

/** What a message must contain for a rule to be tried. */
export const enum Need {
  None = 0,
  Digit = 1,
  At = 2,
  Dot = 4,
  Colon = 8,
}

export interface Hit {
  label: Label;
  score: number;
  /** Optional narrowed range (absolute offsets), e.g. to drop a trailing word. */
  start?: number;
  end?: number;
}

export interface PatternRule {
  readonly id: string;
  readonly label: Label;
  /** Global regex. When `keyed`, group 1 is the prefix (kept outside the span) and group 2 the value. */
  readonly pattern: RegExp;
  readonly keyed?: boolean;
  readonly needs: number;
  /** Score when there is no check. */
  readonly score: number;
  /**
   * Validates a match: returns a score (0 rejects) or a Hit to relabel or narrow.
   * `value` is the span text, `start`/`end` its absolute offsets in `text`.
   */
  readonly check?: (value: string, text: string, start: number, end: number) => number | Hit;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const NB = '(?<![A-Za-z\\u00C0-\\u024F0-9])'; // token start
const NA = '(?![A-Za-z\\u00C0-\\u024F0-9])'; // token end
/**
 * Words between a keyword and its value: "is", "number", "#", and whose or what for it is, one to
 * three words after an article ("de mi mamá", "del seguro dental", "for the medical tourism trip",
 * "pa el viaje médico"). A phrase word ends where letters (accented ones too) end.
 */
const CONNECT_WORD = '[A-Za-z\\u00C0-\\u024F]{2,15}(?![A-Za-z\\u00C0-\\u024F])';
/** A further word of such a phrase: not a preposition or verb that starts a new clause ("mi cuenta de la farmacia desde 192..."). */
const CONNECT_MORE = `(?!(?:desde|from|since|at|en|in|to|is|es|was|fue|por|by|with|con|until|hasta|and|y|or|o|que|that)(?![A-Za-z\\u00C0-\\u024F]))${CONNECT_WORD}`;
/** Where an id is printed: "la licencia del podólogo en el recibo ...", "policy # on the letter ...". */
const WHERE_PRINTED =
  '(?:receipt|recibo|form|forma|formulario|letter|carta|bill|label|etiqueta|document|documento|paperwork|papeles|sheet|hoja|screen|pantalla|statement|notice|aviso)(?![A-Za-z\\u00C0-\\u024F])';
const CONNECT =
  `(?:\\s{0,3}(?:[:#=]|-|\\bis\\b|\\bes\\b|\\bwas\\b|\\bnumber\\b|\\bnum\\b|\\bno\\b\\.?|\\bnr\\b|\\bnro\\b|\\bn[uú]m(?:ero)?\\b|\\bn[º°o]\\b|\\bid\\b|\\b(?:(?:de|of|on|for|para|pa|from)\\s(?:la|el|los|las|the|my|mi|mis|su|his|her|your|our)|del|al)\\s${CONNECT_WORD}(?:\\s${CONNECT_MORE}){0,2}?|\\b(?:on|in|en|from|off)\\s(?:the|el|la|my|mi|su|your|this|este|esta)\\s${WHERE_PRINTED}|\\bde\\b|\\bdel\\b|\\bof\\b|\\bmy\\b|\\bmi\\b|\\bthe\\b|\\bsu\\b|\\bfor\\b|\\bpara\\b)){0,4}\\s{0,3}`;
const ID_VALUE =
  '(?=[A-Za-z0-9./-]{0,24}[0-9])[A-Za-z0-9](?:[A-Za-z0-9]|[-./ ](?=[A-Za-z0-9])){2,29}';

function re(source: string, flags = 'giu'): RegExp {
  // without Unicode property escapes the pattern needs no 'u' flag, and V8 runs it faster without
  return new RegExp(source, source.includes('\\p{') ? flags : flags.replace('u', ''));
}

function negativeBefore(text: string, start: number): boolean {
  return NEGATIVE_BEFORE.test(before(text, start, 40));
}

function quantityAfter(text: string, end: number): boolean {
  return UNIT_AFTER.test(after(text, end, 16));
}

/** Keyed identifier rule: a keyword phrase, connectors, then an id containing a digit. */
function keyed(id: string, label: Label, keywords: string, check?: PatternRule['check'], score = 0.92, value = ID_VALUE): PatternRule {
  return {
    id,
    label,
    keyed: true,
    needs: Need.Digit,
    score,
    // (a comma may set the value off: "pide mi licencia federal, m06998", "my cdl, b6054822")
    pattern: re(`${NB}((?:${keywords})\\.?(?![A-Za-z\\u00C0-\\u024F])(?:,(?=\\s{1,2}[A-Za-z0-9]{0,4}[0-9]))?${CONNECT})(${value})(?![A-Za-z0-9])`),
    check: check ?? commaSetOff((v, text, s, e) => trimIdValue(v, text, s, e, label, score)),
  };
}

/**
 * After "keyword, " the value must look like an id: five digits at least ("member, 2024 was great" is
 * no id); and the keyword is a looser cue, so a well-formed number of another kind wins ("disputa con
 * el seguro, 841-69-3648" is an SSN).
 */
function commaSetOff(check: NonNullable<PatternRule['check']>): NonNullable<PatternRule['check']> {
  return (v, text, s, e) => {
    const r = check(v, text, s, e);
    if (r === 0 || !/,\s{1,2}$/.test(before(text, s, 4))) return r;
    if (digitsOf(v.split(' ')[0] as string).length < 5) return 0;
    return typeof r === 'number' ? Math.min(r, 0.8) : { ...r, score: Math.min(r.score, 0.8) };
  };
}

/** A plate's letter group: upper case, or lower case without vowels ("gpy", "rdl"; not "por", "pls"). */
function isPlateLetters(p: string): boolean {
  return /^[A-Z]{2,4}$/.test(p) || (/^[b-df-hj-np-tv-z]{2,4}$/.test(p) && !NOT_PLATE_LETTERS.has(p));
}
const NOT_PLATE_LETTERS = new Set(['pls', 'plz', 'thx', 'ty', 'pm', 'hrs', 'km', 'mph', 'dr', 'mr', 'mrs', 'st', 'nd', 'rd', 'th', 'cc', 'ml', 'mg', 'tx']);

/** A lot or batch of the thing the keyword names: "lote de sensor", "lot of the pump", "batch". */
const LOT_BEFORE = /(?<![a-z\u00C0-\u024F])(?:lot|lote|batch)\s(?:(?:de|del|of)\s)?(?:(?:the|el|la)\s)?[a-z\u00C0-\u024F]{2,14}(?:\s[a-z\u00C0-\u024F]{2,14})?\s{0,2}[:#]?\s{0,2}$/iu;

/** Ids may swallow a trailing space-separated word; keep only tokens that contain a digit or are short codes. */
function trimIdValue(v: string, text: string, s: number, _e: number, label: Label, score: number): number | Hit {
  // "el seguro del trabajo paga 50/50": a split or a fraction, not an id; "pump is 292.69 USD": an amount
  if (/^\d{1,3}\/\d{1,3}(?:\s|$)|^\d{1,6}[.,]\d{1,2}(?:\s|$)/.test(v)) return 0;
  // "tablet 172.42.169.214": an IP address is the IP rule's; "(lote de sensor 5294817)": a lot number
  if (/^\d{1,3}(?:\.\d{1,3}){3}(?:\s|$)/.test(v) || LOT_BEFORE.test(before(text, s, 40))) return 0;
  // "member is 96-year-old": an age, not an id
  if (/^\d{1,3}-(?:years?|yrs?|a[nñ]os?)(?:-old)?(?:\s|$)/i.test(v)) return 0;
  // a plan's public number, not a person's: Medicare contract-plan ("plan code S5884-123"), marketplace
  // (HIOS) plan id ("el plan 12345TX0010001-04")
  if (PUBLIC_PLAN_ID.test(v)) return 0;
  const parts = v.split(' ');
  if (parts.length === 1) return v.length >= 4 || /\d{3}/.test(v) ? score : 0;
  let keep = parts[0] as string;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as string;
    // plates are written "ABC 1234" / "1234 ABC": keep a short letter group next to digits
    const plateGroup = label === 'VEHICLE_ID' && isPlateLetters(p) && /^\d{3,5}$/.test(keep) && i === 1;
    if ((/\d/.test(p) && !/^\d{1,2}$/.test(p)) || plateGroup) keep += ' ' + p;
    else break;
  }
  if (!/\d/.test(keep)) {
    if (label === 'VEHICLE_ID' && parts.length >= 2 && /^[A-Z]{2,4}$/i.test(parts[0] as string) && /^\d{3,5}$/.test(parts[1] as string)) {
      keep = `${parts[0]} ${parts[1]}`;
    } else return 0;
  }
  if (keep.length < 3) return 0;
  return { label, score, start: s, end: s + keep.length };
}

// ---------------------------------------------------------------------------------------------
// Phone, fax
// ---------------------------------------------------------------------------------------------

/** A phone number's extension ("x 742", "ext. 12", "extensión 3"); engine.ts also reads it off a found phone. */
export const PHONE_EXTENSION = '\\s{0,2},?\\s{0,2}(?:x|ext\\.?|extension|ext:|extensi[oó]n|ext\\.:)\\s{0,2}\\d{1,6}';
const EXT = `(?:${PHONE_EXTENSION})?`;

function stripExtension(v: string): string {
  const m = /\s{0,2},?\s{0,2}(?:x|ext)/i.exec(v);
  return m ? v.slice(0, m.index) : v;
}

function phoneCheck(baseScore: number, needContext: boolean) {
  return (v: string, text: string, s: number, _e?: number): number | Hit => {
    const d = digitsOf(stripExtension(v));
    if (d.length < 7 || d.length > 16) return 0;
    const ctx = before(text, s, 40);
    const hasCtx = PHONE_CONTEXT.test(ctx);
    if (needContext && !hasCtx) return 0;
    // right after a not-PHI word ("order number 4455667788") even though "number" is a phone word
    if (negativeBefore(text, s)) return 0;
    const label: Label = faxBefore(text, s) ? 'FAX' : 'PHONE';
    return { label, score: hasCtx ? Math.max(baseScore, 0.85) : baseScore };
  };
}

const PHONE_RULES: PatternRule[] = [
  {
    // Mexico: (55) 1234-5678, 55-1234-5678, 81 1234 5678; Spain mobiles/landlines 612 345 678
    id: 'phone.mx_es',
    label: 'PHONE',
    needs: Need.Digit,
    score: 0.7,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9+\\-./])(?:\\(\\d{2,3}\\)\\s?\\d{3,4}[\\s.-]\\d{4}|\\d{2}([\\s.-])\\d{4}\\1\\d{4}|[6-9]\\d{2}([\\s.])\\d{3}\\2\\d{3}|[6-9]\\d{2}\\s\\d{2}\\s\\d{2}\\s\\d{2})${EXT}(?![0-9]|[-/.]\\d)`),
    check: (v, text, s, e) => phoneCheck(0.7, false)(v, text, s, e),
  },
  {
    id: 'phone.nanp',
    label: 'PHONE',
    needs: Need.Digit,
    score: 0.8,
    pattern: re(
      `(?<![A-Za-z\\u00C0-\\u024F0-9+\\-./])(?:\\+?1[\\s.-]?)?(?:\\([2-9]\\d{2}\\)\\s?|[2-9]\\d{2}[\\s.-]?)[2-9]\\d{2}[\\s.-]?\\d{4}${EXT}(?![0-9]|[-/.]\\d)`,
    ),
    check: (v, text, s, e) => {
      // (eleven digits with the country code and no separator are as bare)
      const bare = /^1?\d{10}$/.test(v);
      return phoneCheck(bare ? 0.5 : 0.8, false)(v, text, s, e);
    },
  },
  {
    id: 'phone.intl',
    label: 'PHONE',
    needs: Need.Digit,
    score: 0.8,
    pattern: re(
      `(?<![A-Za-z\\u00C0-\\u024F0-9+])(?:\\+|00)\\d{1,3}(?:\\d{6,12}|(?:[\\s.-]?\\(\\d{1,4}\\)|[\\s.-]\\d{1,5}){1,6})${EXT}(?![0-9])`,
    ),
    check: (v, text, s, e) => {
      const d = digitsOf(stripExtension(v));
      if (d.length < 8 || d.length > 17 || NDC_SHAPE.test(v)) return 0;
      return phoneCheck(0.8, v.startsWith('00'))(v, text, s, e);
    },
  },
  {
    id: 'phone.local',
    label: 'PHONE',
    needs: Need.Digit,
    score: 0.7,
    pattern: re('(?<![A-Za-z0-9+\\-./$])[2-9][0-9]{2}-[0-9]{4}(?![A-Za-z0-9]|[-/.][0-9])'),
    check: (v, text, s, e) => {
      if (!localNumber(v, text, s, e)) return 0;
      return { label: faxBefore(text, s) ? 'FAX' : 'PHONE', score: 0.7 };
    },
  },
  {
    id: 'phone.grouped',
    label: 'PHONE',
    needs: Need.Digit,
    score: 0.75,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9+\\-./])\\(?\\d{2,4}\\)?(?:[\\s.-]\\d{2,4}){1,4}${EXT}(?![0-9]|[-/.]\\d)`),
    check: (v, text, s, e) => {
      const d = digitsOf(stripExtension(v));
      if (d.length < 7 || d.length > 13) return 0;
      // the tail of a longer run of digit groups ("tracking number 9400 6830 4671 9596 7270 71"):
      // the whole run was too long for a phone, so a piece of it is not one either
      if (/\d[\s.-]$/.test(before(text, s, 2))) return 0;
      if (NDC_SHAPE.test(v)) return 0;
      return phoneCheck(0.75, true)(v, text, s, e);
    },
  },
];

/** A National Drug Code's shape (4-4-2, 5-3-2, 5-4-1 with dashes) is never a phone: "(0002-1433-80)". */
const NDC_SHAPE = /^\(?(?:\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d)\)?$/;

/**
 * A seven-digit local number written NXX-XXXX ("Lucile Armstrong ... 961-6950") is a phone without a
 * phone word too: few other things in chat take that shape. Not after not-PHI words, amounts or
 * time words ("open 830-1130"), not before a unit.
 */
function localNumber(v: string, text: string, s: number, e: number): boolean {
  if (!/^[2-9]\d{2}-\d{4}$/.test(v)) return false;
  if (negativeBefore(text, s) || quantityAfter(text, e) || AMOUNT_NEAR.test(before(text, s, 24))) return false;
  return !/\b(?:open|hours|hrs|from|between|de|desde|entre|horario)\s{0,2}$/i.test(before(text, s, 16));
}

// ---------------------------------------------------------------------------------------------
// Email, URL, IP, MAC
// ---------------------------------------------------------------------------------------------

const TLD =
  'com|org|net|edu|gov|mil|int|io|co|us|uk|mx|es|ar|cl|pe|ve|ec|info|biz|health|care|clinic|med|app|dev|me|ly|link|site|online|email|mail|ca|de|fr|it|br|au|in|nl|eu|name|pro|xyz|store|tech|ai|tv|cc|page|blog|shop|club|live|life|news|world|space|website|cloud|us.com';

const TLD_RE = new RegExp(`^(?:${TLD})$`, 'i');

/** Length of `v` without trailing punctuation (a URL at the end of a sentence). */
function withoutTrailingPunct(v: string): number {
  let len = v.length;
  while (len > 0 && '.,;:!?)]}\'"'.includes(v[len - 1] as string)) len--;
  return len;
}

const NET_RULES: PatternRule[] = [
  {
    id: 'email.plain',
    label: 'EMAIL',
    needs: Need.At,
    score: 0.95,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9._%+\\-])[A-Za-z\\u00C0-\\u024F0-9_%+\\-](?:[A-Za-z\\u00C0-\\u024F0-9._%+\\-]{0,63})@[A-Za-z\\u00C0-\\u024F0-9\\-]{1,63}(?:\\.[A-Za-z\\u00C0-\\u024F0-9\\-]{1,63}){1,6}`),
    check: (v) => (/\.\p{L}{2,}$/u.test(v) ? 0.95 : 0),
  },
  {
    id: 'email.obfuscated',
    label: 'EMAIL',
    needs: Need.None,
    score: 0.85,
    pattern: re(
      `(?<![A-Za-z\\u00C0-\\u024F0-9._+\\-])[A-Za-z\\u00C0-\\u024F0-9_+\\-][A-Za-z\\u00C0-\\u024F0-9._+\\-]{0,63}\\s{0,2}(?:\\[at\\]|\\(at\\)|\\{at\\}|<at>|\\[arroba\\]|\\(arroba\\)|\\sat\\s|\\sarroba\\s|@)\\s{0,2}[A-Za-z\\u00C0-\\u024F0-9\\-]{1,63}(?:\\s{0,2}(?:\\[dot\\]|\\(dot\\)|\\{dot\\}|<dot>|\\[punto\\]|\\(punto\\)|\\sdot\\s|\\spunto\\s|\\.)\\s{0,2}[A-Za-z\\u00C0-\\u024F0-9\\-]{1,63}){1,4}`,
    ),
    check: (v) => {
      if (!/[[({<\s](?:at|arroba|dot|punto)[\])}>\s]/i.test(v)) return 0;
      // "photos at www.site.com": a web address after the word "at", not a mailbox
      if (/\sat\s{1,2}www\./i.test(v)) return 0;
      const last = v.split(/[^\p{L}\p{N}-]/u).pop() ?? '';
      if (!TLD_RE.test(last)) return 0;
      return 0.85;
    },
  },
  {
    id: 'url.scheme',
    label: 'URL',
    needs: Need.Dot,
    score: 0.9,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9@])(?:https?:\\/\\/|ftp:\\/\\/|www\\.)[^\\s<>"'\`]{2,2048}`),
    check: (v, _t, s) => {
      const len = withoutTrailingPunct(v);
      if (len < 6) return 0;
      return { label: 'URL', score: 0.9, start: s, end: s + len };
    },
  },
  {
    id: 'url.domain',
    label: 'URL',
    needs: Need.Dot,
    score: 0.7,
    pattern: re(
      `(?<![A-Za-z\\u00C0-\\u024F0-9@.\\/\\-_])(?:[A-Za-z\\u00C0-\\u024F0-9][A-Za-z\\u00C0-\\u024F0-9\\-]{0,62}\\.){1,5}(?:${TLD})(?![A-Za-z\\u00C0-\\u024F0-9@\\-_])(?:\\/[^\\s<>"'\`]{0,2048})?`,
    ),
    check: (v, _t, s) => {
      const len = withoutTrailingPunct(v);
      return { label: 'URL', score: 0.7, start: s, end: s + len };
    },
  },
  {
    // any host name followed by a path: "stingy-meal.name/u/ana"
    id: 'url.path',
    label: 'URL',
    needs: Need.Dot,
    score: 0.7,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9@.\\/\\-_])(?:[A-Za-z\\u00C0-\\u024F0-9][A-Za-z\\u00C0-\\u024F0-9\\-]{0,62}\\.){1,5}[a-z]{2,12}\\/[^\\s<>"'\`]{1,2048}`, 'giu'),
    check: (v, _t, s) => {
      const len = withoutTrailingPunct(v);
      if (/^\d+\.\d+/.test(v)) return 0;
      return { label: 'URL', score: 0.7, start: s, end: s + len };
    },
  },
  {
    id: 'ip.v4',
    label: 'IP_ADDRESS',
    needs: Need.Dot | Need.Digit,
    score: 0.85,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9.])\\d{1,3}(?:\\.\\d{1,3}){3}(?![0-9]|\\.\\d)`),
    check: (v, text, s) => (ipv4Valid(v) && !/\b(?:ver|v|versi[oó]n|build)\s{0,2}$/i.test(before(text, s, 12)) ? 0.85 : 0),
  },
  {
    id: 'ip.v6',
    label: 'IP_ADDRESS',
    needs: Need.Colon,
    score: 0.85,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\\.\\d{1,3}){0,3}(?![A-Za-z\\u00C0-\\u024F0-9:])`, 'giu'),
    check: (v) => {
      if (!ipv6Valid(v)) return 0;
      const groups = v.split(':').filter((g) => g.length > 0);
      return groups.length >= 2 || /\./.test(v) ? 0.85 : 0;
    },
  },
  {
    id: 'mac.colon',
    label: 'DEVICE_ID',
    needs: Need.None,
    score: 0.9,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9:\\-])[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\\1[0-9a-f]{2}){4}(?![A-Za-z\\u00C0-\\u024F0-9:\\-])`, 'giu'),
  },
  {
    id: 'mac.dotted',
    label: 'DEVICE_ID',
    needs: Need.Dot,
    score: 0.85,
    pattern: re(`${NB}[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}${NA}`, 'giu'),
    check: (v) => (/\d/.test(v) && /[a-f]/i.test(v) ? 0.85 : 0),
  },
];

// ---------------------------------------------------------------------------------------------
// Government, health-plan, payment identifiers (checksums and formats)
// ---------------------------------------------------------------------------------------------

const SSN_CONTEXT = /\b(?:ssn|ss#|social|soc\.? sec|security|seguro social|itin|tin|taxpayer|tax id|nss)\b/i;
const NPI_CONTEXT = /\bnpi\b/i;
/** A phone or fax word after the last "npi" in the window. */
const LINE_AFTER_NPI = /\bnpi\b(?:(?!\bnpi\b)[\s\S]){1,38}?\b(?:fax|fx|phone|ph|tel|cell?|mobile|call|tel[eé]fono|celular)\b/i;
const MEDICARE_CONTEXT = /\b(?:medicare|hicn|mbi|beneficiary|beneficiario|claim)\b/i;
const VIN_CONTEXT = /\b(?:vin|niv|vehicle|car|auto|truck|hearse|van|veh[ií]culo|coche|carro|camioneta|chasis)\b/i;
const IMEI_CONTEXT = /\b(?:imei|meid|phone|device|dispositivo|tel[eé]fono|celular)\b/i;
const ACCOUNT_CONTEXT = /\b(?:account|acct|routing|aba|bank|banco|cuenta|transit|wire|transferencia|deposit|dep[oó]sito|ach)\b/i;
const CARD_CONTEXT = /\b(?:card|credit|debit|visa|mastercard|amex|discover|tarjeta|cr[eé]dito|d[eé]bito|cc|pay|pago)\b/i;

/** Whether the nearest id word before `start` is an SSN word, or none is (only the window's SSN word). */
function ssnNearest(text: string, start: number): boolean {
  const label = clauseIdLabel(text, start);
  return label === undefined || label === 'SSN' || label === 'PHONE';
}

const ID_RULES: PatternRule[] = [
  {
    id: 'ssn.formatted',
    label: 'SSN',
    needs: Need.Digit,
    score: 0.85,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9\\-./])\\d{3}([\\s.\\-]?)\\d{2}\\1\\d{4}(?![0-9]|[-/.]\\d)`),
    check: (v, text, s, e) => {
      if (ssnKind(v) === null) return 0;
      // glued to a letter ("416732839a") it is part of a longer id, not a Social Security number
      if (/^[a-z]/i.test(after(text, e, 1))) return 0;
      // "social security number: 308957118, passport # 383450332": a nearer keyword of another id owns the value
      const ctx = SSN_CONTEXT.test(before(text, s, 40)) && ssnNearest(text, s);
      const separated = /\D/.test(v);
      if (!ctx && negativeBefore(text, s)) return 0;
      if (!ctx && quantityAfter(text, e)) return 0;
      if (ctx) return 0.95;
      return separated ? 0.85 : 0.45;
    },
  },
  {
    id: 'hicn',
    label: 'HEALTH_PLAN_ID',
    needs: Need.Digit,
    score: 0.8,
    pattern: re(`${NB}\\d{3}-?\\d{2}-?\\d{4}(\\s?|-)[A-Za-z][0-9A-Za-z]?${NA}`, 'gu'),
    check: (v, text, s) => {
      const ctx = MEDICARE_CONTEXT.test(before(text, s, 50));
      if (/[\s-][A-Z][0-9A-Z]?$/i.test(v) && !ctx) return 0;
      if (/[a-z]/.test(v) && !ctx) return 0;
      const digits = /^[\d-]+/.exec(v)?.[0] ?? '';
      return ssnKind(digits) !== null || ctx ? 0.85 : 0;
    },
  },
  {
    id: 'mbi',
    label: 'HEALTH_PLAN_ID',
    needs: Need.Digit,
    score: 0.9,
    pattern: re(`${NB}[1-9][a-z][a-z0-9]\\d-?[a-z][a-z0-9]\\d-?[a-z]{2}\\d{2}${NA}`),
    check: (v) => (mbiValid(v) ? 0.93 : 0),
  },
  {
    id: 'credit_card',
    label: 'CREDIT_CARD',
    needs: Need.Digit,
    score: 0.9,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9\\-.])\\d(?:[ \\-]?\\d){12,18}(?![0-9]|[-.]\\d)`),
    check: (v0, text, s) => {
      let v = v0;
      for (let k = 0; k < 3 && !creditCardValid(v); k++) {
        const sp = Math.max(v.lastIndexOf(' '), v.lastIndexOf('-'));
        if (sp < 0) break;
        v = v.slice(0, sp);
      }
      if (!creditCardValid(v)) return 0;
      // a piece of a longer run of digit groups ("guia 9400 7921 4980 8864 8338 75" is a tracking number)
      // (digits just before make it part of a longer run, unless they end a number of their own: a dashed
      // one, a date, or nine digits and more without a break, "564-01-5274 4732...", "03/04/1985 4732...",
      // "4732586437172484 4732...")
      if (/\d{3}[ -]$/.test(before(text, s, 4)) && !/(?:-\d{4}|[/.]\d{2,4}|\d{9}) $/.test(before(text, s, 11))) return 0;
      const narrow = (score: number): Hit => ({ label: 'CREDIT_CARD', score, start: s, end: s + v.length });
      // (19-digit Visa numbers are grouped 4-4-4-4-3)
      if (/^\d+$/.test(v) || /^\d{4}([ -])\d{4}\1\d{4}\1(?:\d{1,7}|\d{4}\1\d{3})$|^\d{4}([ -])\d{6}\2\d{4,5}$/.test(v)) {
        return narrow(CARD_CONTEXT.test(before(text, s, 40)) ? 0.96 : 0.9);
      }
      return CARD_CONTEXT.test(before(text, s, 40)) ? narrow(0.9) : 0;
    },
  },
  {
    id: 'iban',
    label: 'IBAN',
    needs: Need.Digit,
    score: 0.95,
    pattern: re(`${NB}[a-z]{2}\\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?${NA}`),
    check: (v, _t, s) => {
      // the chunk loop may run into a following word ("... 0115 para"): drop trailing groups
      let cur = v;
      for (let k = 0; k < 4; k++) {
        if (ibanValid(cur)) return { label: 'IBAN', score: 0.97, start: s, end: s + cur.length };
        const sp = cur.lastIndexOf(' ');
        if (sp < 0) break;
        cur = cur.slice(0, sp);
      }
      return 0;
    },
  },
  {
    id: 'npi',
    label: 'NPI',
    needs: Need.Digit,
    score: 0.6,
    pattern: re(`${NB}[12]\\d{9}${NA}`),
    check: (v, text, s) => {
      // "npi 2336326535 fax # 2253219123": a phone or fax word after "npi" claims the later number
      const ctx = NPI_CONTEXT.test(before(text, s, 40)) && !LINE_AFTER_NPI.test(before(text, s, 40));
      if (ctx) return 0.97;
      if (!npiValid(v) || negativeBefore(text, s)) return 0;
      return 0.55;
    },
  },
  {
    id: 'dea',
    label: 'LICENSE_NUMBER',
    needs: Need.Digit,
    score: 0.85,
    pattern: re(`${NB}[a-z][a-z9]\\d{7}${NA}`),
    check: (v, text, s) => {
      if (/\bdea\b/i.test(before(text, s, 30))) return 0.9;
      return deaValid(v) && !negativeBefore(text, s) ? 0.88 : 0;
    },
  },
  {
    id: 'vin',
    label: 'VEHICLE_ID',
    needs: Need.Digit,
    score: 0.8,
    pattern: re(`${NB}[a-hj-npr-z0-9]{17}${NA}`),
    check: (v, text, s) => {
      if (!vinShape(v)) return 0;
      if (negativeBefore(text, s)) return 0;
      if (vinCheckDigitValid(v)) return 0.92;
      if (VIN_CONTEXT.test(before(text, s, 40))) return 0.9;
      return /^[A-Z0-9]+$/.test(v) ? 0.6 : 0;
    },
  },
  {
    id: 'imei',
    label: 'DEVICE_ID',
    needs: Need.Digit,
    score: 0.8,
    pattern: re(`${NB}\\d{2}([\\s\\-]?)\\d{6}\\1\\d{6}\\1\\d${NA}`),
    check: (v, text, s) => {
      if (IMEI_CONTEXT.test(before(text, s, 40))) return 0.97;
      return imeiValid(v) && !negativeBefore(text, s) ? 0.7 : 0;
    },
  },
  {
    id: 'aba.routing',
    label: 'ACCOUNT_NUMBER',
    needs: Need.Digit,
    score: 0.85,
    pattern: re(`${NB}\\d{9}${NA}`),
    check: (v, text, s) => (abaValid(v) && ACCOUNT_CONTEXT.test(before(text, s, 50)) ? 0.9 : 0),
  },
  {
    id: 'udi.gs1',
    label: 'DEVICE_ID',
    needs: Need.Digit,
    score: 0.9,
    pattern: re(`(?:\\(01\\)|\\b01)\\d{14}(?:\\(\\d{2,4}\\)[A-Za-z0-9\\-]{1,20}){0,6}`),
    check: (v) => (v.startsWith('(') || v.length > 16 ? 0.9 : 0),
  },
  {
    id: 'udi.hibcc',
    label: 'DEVICE_ID',
    needs: Need.Digit,
    score: 0.85,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9])\\+[A-Z][A-Z0-9]{3}[A-Z0-9]{1,18}(?:\\/[A-Z0-9$+%]{1,30})?${NA}`, 'gu'),
    check: (v) => (/\d/.test(v) && v.length >= 8 ? 0.85 : 0),
  },
];

/** One to three groups of letters and digits: "OVS-4992", "hcf-712-n", "5ZUN172", "ABC 1234". */
const PLATE_VALUE = '(?=[A-Za-z0-9 -]{0,10}[0-9])(?:[A-Za-z0-9]{1,4}(?:[ -][A-Za-z0-9]{1,4}){0,2}|[A-Za-z0-9]{5,8})';

/**
 * A value after a plain vehicle word is a plate only when it is shaped like one: 5 to 8 letters and
 * digits with at least one letter and two digits, and a letter group set apart by a space is a
 * code (upper case or without vowels: "ABC 1234", "5073 gpy"), not a word ("a 2015 honda").
 */
function plateCheck(v0: string, text: string, s: number): number | Hit {
  // a trailing word is not part of the plate ("my truck XCZ-5735 is in the lot"): drop it and check the rest
  const parts = v0.split(' ');
  while (parts.length > 1 && /^[a-z]+$/.test(parts[parts.length - 1] as string) && (lexiconFlags(parts[parts.length - 1] as string) & COMMON) !== 0) parts.pop();
  const v = parts.join(' ');
  const e = s + v.length;
  const alnum = v.replace(/[ -]/g, '');
  const digits = digitsOf(alnum).length;
  if (alnum.length < 5 || alnum.length > 8 || digits < 2 || digits === alnum.length) return 0;
  for (const part of v.split(' ')) {
    // (a lower-case letter group that is no word and no name: "truck akq 8477", not "truck has 1234")
    if (/^[a-z]+$/i.test(part) && !(/^[A-Z]{2,4}$/.test(part) || /^[b-df-hj-np-tv-z]{2,4}$/i.test(part) || (/^[a-z]{3}$/.test(part) && (lexiconFlags(part) & (COMMON | NAME_ANY)) === 0))) return 0;
  }
  if (quantityAfter(text, e)) return 0;
  return v === v0 ? 0.85 : { label: 'VEHICLE_ID', score: 0.85, start: s, end: e };
}

// ---------------------------------------------------------------------------------------------
// Context-driven identifiers ("MRN: 123", "member id is ABC123")
// ---------------------------------------------------------------------------------------------

/** Things a patient carries that show the medical record number. */
const MRN_CARRIER =
  '(?:hospital |patient |id )?(?:wrist ?band|arm ?band|bracelet)|(?:hospital |patient )?bed ?(?:tag|card|label)|(?:etiqueta|tarjeta|letrero) de la cama|discharge (?:sheet|paper(?:work|s)?|summary|form)|(?:hoja|papeles|resumen) de (?:alta|egreso)|(?:hospital |patient )?sticker|(?:hospital|patient)(?: id)? card|pulsera|brazalete|(?:carnet|tarjeta|credencial|etiqueta) del hospital';
/** Health insurers people name instead of saying "member id". */
const INSURER =
  'bcbs|blue ?cross(?: blue ?shield)?|aetna|cigna|humana|uhc|united ?health ?care|kaiser(?: permanente)?|anthem|molina|ambetter|tricare|caresource|wellcare|centene|oscar health';
const CARD_KIND = '(?:insurance|member|medical|health|ins|medicaid|medicare|id) ';
/** Cards that carry a health-plan id, after "on my ...", "en mi ...". */
const PLAN_CARRIER =
  `(?:${CARD_KIND})?card|(?:tarjeta|credencial|carnet)(?: del seguro(?: m[eé]dico)?| de la aseguranza| de seguro| del plan| de medicaid| de medicare)?`;

/** A keyed value after a loose keyword: five digits at least, and not a quantity. */
function carriedIdCheck(label: Label): NonNullable<PatternRule['check']> {
  return (v, text, s, e) => {
    const r = trimIdValue(v, text, s, e, label, 0.9);
    if (r === 0) return 0;
    const end = typeof r === 'number' ? e : (r.end ?? e);
    if (digitsOf(text.slice(s, end)).length < 5 || quantityAfter(text, end)) return 0;
    return r;
  };
}

/** " on my wristband": the carrier after the value is one of the MRN ones. */
const MRN_CARRIER_AFTER = new RegExp(`^\\s{1,2}\\S{2,4}\\s{1,2}\\S{2,4}\\s{1,2}(?:${MRN_CARRIER})`, 'i');

/** Money before a number ("paid 12000 on my card", "$12000 on my card") makes it an amount. */
const MONEY_BEFORE = /(?:[$€£]|\b(?:paid|pay|charged?|spent|put|owe|pagu[eé]|pag[oó]|cobr\p{L}*|gast\p{L}*|debo))\s{0,2}$/iu;

/** Money or an amount a little before a number: "paid 12000.50 to 15000", "from $900 to 12000". */
const AMOUNT_NEAR = /[$€£]|\d[.,]\d{2}\b|\b(?:paid|pay|cost|costs|price|dollars?|pesos?|usd|balance|owe|from \d+)\b/i;

/**
 * An identifier alone on its line ("Ana Ruiz⏎03/04/1950⏎00447852", or a reply that is only the
 * number asked for): the question that named it is in another message, so no keyword is in sight.
 * Six or more digits (five alone read as a ZIP), at most a short letter prefix/suffix; not after a
 * not-PHI word (order, tracking ...). A weak finding: any rule that knows the number better wins.
 */
export const OWN_LINE_ID: PatternRule = {
  id: 'id.own_line',
  label: 'MRN',
  keyed: true,
  needs: Need.Digit,
  score: 0.6,
  pattern: re('(?<![^\\n])([^\\S\\n]{0,3}(?:#[^\\S\\n]?)?)((?=[A-Za-z0-9-]{0,16}[0-9]{6})[A-Za-z]{0,3}[0-9][0-9-]{5,15}[A-Za-z]{0,2})(?=[^\\S\\n]{0,3}(?:\\n|$))', 'g'),
  check: (v, text, s) => {
    const d = digitsOf(v);
    if (d.length < 6 || d.length > 15 || /^(\d)\1+$/.test(d) || negativeBefore(text, s)) return 0;
    // ten digits shaped like a US number on their own line are a phone number
    if (/^[2-9]\d{2}[2-9]\d{6}$/.test(d) && !/[a-z]/i.test(v)) return { label: 'PHONE', score: 0.6 };
    return 0.6;
  },
};

/**
 * A plate-shaped value in a clause about a car, however far the vehicle word is ("the valet has my
 * keys, OJS-4820", "parking permit is for 1AZL126", "carro gris JPT-58-57"): the nearest id word of
 * the clause must be a vehicle word, and the value shaped like a plate (plateCheck) with three digits at least.
 */
export const VEHICLE_CLAUSE: PatternRule = {
  id: 'vehicle.clause',
  label: 'VEHICLE_ID',
  needs: Need.Digit,
  score: 0.8,
  pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9$€£#.,/:-])${PLATE_VALUE}(?![A-Za-z0-9]|[-/.]\\d)`),
  check: (v, text, s) => {
    const r = plateCheck(v, text, s);
    // (three digits at least: "(AHI 32 btw)" near a parking word is a lab value)
    if (r === 0 || digitsOf(typeof r === 'number' ? v : text.slice(s, r.end)).length < 3 || clauseIdLabel(text, s) !== 'VEHICLE_ID') return 0;
    return typeof r === 'number' ? 0.8 : { ...r, score: 0.8 };
  },
};

const KEYED_RULES: PatternRule[] = [
  keyed(
    'mrn.keyed',
    'MRN',
    'mrn|m\\.r\\.n\\.?|mr ?#|m\\.r\\.\\s?#|medical record(?:s)?(?: number| no| #)?|med(?:ical)? rec(?:ord)?|record(?: number| no| #)|chart(?: number| no| id| #)?|patient(?: id| number| no| #)|pt(?: id| no| #)|hospital (?:number|id|no)|(?:n[uú]mero de )?expediente(?: cl[ií]nico| m[eé]dico)?|historia cl[ií]nica|n[uú]mero de historia(?: cl[ií]nica)?|registro(?: m[eé]dico)?|(?:id|n[uú]mero|no\\.?|num\\.?|n[º°]) del? paciente|folio del paciente|hosp\\.? ?(?:no\\.?|#|num\\.?|number|id)|(?:emr|ehr)(?: ?#| no\\.?| number| id)?',
  ),
  // where the number is carried (wristband, sticker, hospital card) rather than what it is called:
  // looser words, so the value must hold five digits and not be a quantity ("the sticker says 500 mg")
  keyed(
    'mrn.carried',
    'MRN',
    `(?:${MRN_CARRIER})(?: (?:says|reads|shows|has|dice|sale|pone|tiene))?,?`,
    carriedIdCheck('MRN'),
    0.9,
  ),
  // the patient named by the word alone ("DME order for patient 00399902", "para el paciente
  // L8671587"): five digits at least, so "patient 2 of 3" or "paciente de 95" stay
  keyed('mrn.patient', 'MRN', '(?:for|of|para|del|de)(?: (?:the|el|la|this|este|esta))? (?:patient|pt|paciente)', carriedIdCheck('MRN'), 0.88),
  // a case number the hospital gave ("case # 278560 from the hospital social worker", "número de caso
  // del hospital 3109285"); other case numbers are tickets
  keyed(
    'mrn.case',
    'MRN',
    '(?:hospital|patient|social work(?:er)?|medical|fmla|disability|workers\'? comp) case(?: number| no| #| id)?|case(?: number| no| #| id)|(?:n[uú]mero de )?caso (?:del (?:hospital|paciente)|cl[ií]nico|de trabajo social|(?:de )?(?:fmla|incapacidad|baja m[eé]dica))',
    (v, text, s, e) => {
      const r = carriedIdCheck('MRN')(v, text, s, e);
      if (r === 0) return 0;
      const end = typeof r === 'number' ? e : (r.end ?? e);
      // (a medical-leave or disability case is about the patient's health too: "FMLA case", "caso de incapacidad")
      const named = /(?<![a-z])(?:hospital|patient|paciente|social|medical|cl[ií]nico|fmla|disability|comp|incapacidad|baja|eap|counseling|consejer[ií]a)(?![a-z])[^\n]{0,24}$/i.test(before(text, s, 40));
      return named || /^\s{1,2}(?:from|at|with|by|del?|en|con)\s(?:the\s|el\s|la\s)?(?:hospital|clinic|cl[ií]nica|social\sworker|trabajadora?\ssocial|er|urgencias)(?![a-z])/i.test(after(text, end, 40)) ? r : 0;
    },
    0.88,
  ),
  keyed(
    'health_plan.keyed',
    'HEALTH_PLAN_ID',
    "member(?:ship)?(?: id| number| no| #)?|subscriber(?: id| number| no| #)?|sub(?: id| #| no\\.?)|insured(?: id| number| no| #)|policy(?:holder)?(?: id| number| no| #)?|group(?: id| number| no| #)|grp(?: #| no)?|insurance(?: id| number| no| #| card)?|ins(?: id| no| #|\\.)?|grupo|plan(?: id| number| no| #)|(?:medicaid|medi-cal|chip|snap|wic) case(?: id| number| no| #)?|medicaid(?: id| number| no| #)?|enrollee(?: id| number| no| #)?|(?:n[uú]mero de )?inscrit[oa]|medicare(?: id| number| no| #| card)?|mbi|hicn|beneficiary(?: id| number| no)?|health plan(?: id| number)?|(?:n[uú]mero de )?afiliad[oa]|afiliaci[oó]n|(?:n[uú]mero de )?p[oó]liza|(?:n[uú]mero|id|credencial) de (?:miembro|socio|asegurado|seguro)(?! social)|seguro(?: m[eé]dico)?(?! social)|nss|imss|issste|medi-cal|chip|mbr(?: id| #| no| number)?|aseguranza|part [a-d](?: member)?(?: id| number| no| #)|(?:id|n[uú]mero|credencial) de (?:la )?parte [a-d]|(?:(?:wc|workers'? comp(?:ensation)?|insurance) )?claim(?: id| number| no| #)|n[uú]mero de(?:l)? reclamo",
  ),
  // the insurance card named by where the number is ("the number on the back", "la credencial") or by
  // the insurer ("my bcbs id"): looser words, so the value must hold five digits and not be a quantity
  keyed(
    'health_plan.card',
    'HEALTH_PLAN_ID',
    `(?:${INSURER})(?: member)?(?: id| #| no| number| card)?|(?:number|#|no\\.?|id) on the (?:back|front)(?: of (?:my|the|your) (?:${CARD_KIND})?card|(?! of))|(?:number|#|no\\.?|id) on (?:my|the|your) (?:${CARD_KIND})?card|(?:from|off) (?:my|the|your) (?:${CARD_KIND})?card|(?:back|front) of (?:my|the|your) (?:${CARD_KIND})?card(?: (?:says|reads|shows|has))?|n[uú]mero de atr[aá]s(?: de (?:la|mi) (?:credencial|tarjeta)|(?! de))|(?:credencial|tarjeta|carnet)(?: del seguro(?: m[eé]dico)?| de la aseguranza| del plan| de seguro)(?: (?:dice|sale|pone|tiene))?|credencial(?: (?:dice|sale|pone|tiene))?`,
    carriedIdCheck('HEALTH_PLAN_ID'),
    0.9,
  ),
  keyed(
    'account.keyed',
    'ACCOUNT_NUMBER',
    'account(?: number| no| #| id)?|acct(?: number| no| #)?|a\\/c|billing(?: account| id| number)?|bank account|checking(?: account)?|savings(?: account)?|routing(?: number| no| #)?|aba|(?:n[uú]mero de )?cuenta(?: bancaria| de banco| de facturaci[oó]n| corriente| de ahorros| de cheques| de cr[eé]dito| de d[eé]bito| de n[oó]mina)?|clabe|(?:n[uú]mero de )?ruta(?: bancaria)?|aba routing|direct deposit(?: to| into)?|dep[oó]sito directo(?: a)?|(?:travel |mileage )?(?:pay|payment|reimbursement|deposit|refund) (?:to|into)|(?:reembolso|dep[oó]sito|pago|transferencia) (?:a|en) (?:la )?(?:cuenta)?',
  ),
  keyed(
    'license.keyed',
    'LICENSE_NUMBER',
    "(?:driver'?s?|drivers|driving|nursing|medical|rn|lpn|np|professional|state|pharmacy|dental|physician|commercial|federal)? ?licen[cs]e(?: number| no| #| id)?|(?:driver'?s?|drivers) lic|lic(?:\\.|#| no| number)?|dl|dln|dea(?: number| no| #| registration)?|passport(?: number| no| #)?|licencia(?: de conducir| de manejo| de chofer| m[eé]dica| profesional| federal| estatal| comercial)?(?: n[uú]mero)?|(?:commercial |federal )?cdl|pasaporte|c[eé]dula(?: profesional)?|state(?:[- ]issued)? id(?: card)?(?: number| no| #)?|(?:carnet|permiso|licencia) de (?:conducir|manejar)|(?:(?:interpreter|professional|board|nursing) )?cert(?:ification)?(?: number| no| #| id)|(?:n[uú]mero de )?certificaci[oó]n(?: profesional)?" +
      // identity documents: consular ids, immigration papers, national ids, a notary's commission
      "|matr[ií]cula consular|consular id(?: card)?|a-number|alien (?:registration )?(?:number|no|#)|(?:work|employment) (?:permit|authorization)(?: card)?|ead card|permiso de trabajo|(?:n[uú]mero|tarjeta|tarjeta de identidad) de extranjer[oa]|nie|dni|curp|notary(?: public)? commission|(?:comisi[oó]n|n[uú]mero) (?:de|del) notario",
  ),
  keyed(
    'vehicle.keyed',
    'VEHICLE_ID',
    '(?:license |licence )?plates?(?: number| no| #)?|tag(?: number| no| #)|(?:vehicle|car|truck|auto|carro|coche) (?:tag|registration|reg)(?: number| no| #)?|vin|niv|vehicle (?:id|number|identification number)|placas?(?: del (?:auto|carro|coche|veh[ií]culo))?|matr[ií]cula|n[uú]mero de placa|(?:n[uú]mero de )?identificaci[oó]n vehicular',
    undefined,
    0.92,
    `${ID_VALUE}|[A-Za-z]{2,4}[ -]?[0-9]{2,5}(?:[ -]?[A-Za-z]{1,3})?`,
  ),
  // plates after a plain vehicle word ("car: OVS-4992", "la troca ABI-99-06"): only plate-shaped values
  // (an ambulance's unit, a parking or visitor pass "for" a car are plates too: "visitor pass for TVU 4523")
  keyed(
    'vehicle.plate',
    'VEHICLE_ID',
    '(?:car|auto|carro|coche|troca|truck|camioneta|(?:mini)?van|bus|autob[uú]s|coach|shuttle|suv|taxi|combi|furgoneta|cami[oó]n|veh[ií]culo|vehicle|ambulance|ambulancia|motorcycle|moto|motocicleta|hearse|carroza)(?: info| reg| registration| unit| plates?)?,?|my tag|mi placa|(?:parking|visitor|guest) (?:pass|permit|sticker|tag) for|(?:pase|permiso|tarjet[oó]n) de (?:estacionamiento|visita) (?:para|del?)',
    plateCheck,
    0.85,
    PLATE_VALUE,
  ),
  keyed(
    'device.keyed',
    'DEVICE_ID',
    'serial(?: number| no| #)?|s\\/n|sn|device(?: id| serial| number)|imei|meid|esn|udi|(?:n[uú]mero de )?serie|id del dispositivo|pacemaker(?: serial| id)?|pump(?: serial| id)?|implant(?: serial| id)|(?:dexcom|libre|freestyle|omnipod|medtronic|tandem|cgm|insulin pump|glucose meter|meter|gluc[oó]metro|monitor|sensor|concentrador|concentrator|cpap|bipap|nebulizer|nebulizador|hearing aid|aud[ií]fono|wander(?: guard)? bracelet|pulsera antifugas|gps (?:watch|tracker)|reloj gps|(?:bp|blood pressure) cuff|lvad(?: controller)?|controlador del lvad)(?: serial| id| #| no\\.?| number)?',
  ),
  // a device named by what it is rather than "serial" ("the telehealth tablet L93NA27537", "cpap from the
  // DME co, device RD770649", "el cpap que me dieron BF241909"): five digits at least, not a quantity
  // ("tablet 10000 units")
  keyed(
    'device.carried',
    'DEVICE_ID',
    '(?:device|dispositivo|tablet|tableta|ipad|laptop|logger|data logger|cpap|bipap|concentrator|concentrador|nebulizer|nebulizador|hearing aid|aud[ií]fono|insulin pump|pump|bomba de insulina|monitor|meter|gluc[oó]metro|wheelchair|silla de ruedas|holter|wound vac|vac|transmitter|transmisor|oximeter|ox[ií]metro|ventilator|ventilador|spirometer|espir[oó]metro)(?: (?:que (?:me|le|nos|les) (?:dieron|dio|prestaron|prest[oó]|mandaron|mand[oó]|pusieron|puso|entregaron|entreg[oó])|(?:they|you|he|she|we) (?:gave|sent|lent|loaned|issued) (?:me|us|her|him|them|my \\w{2,8})))?',
    carriedIdCheck('DEVICE_ID'),
    0.88,
  ),
  keyed(
    'ssn.keyed',
    'SSN',
    'ssn|ss#|social security(?: number| no| #)?|soc\\.? sec\\.?(?: no| #)?|(?:n[uú]mero de )?seguro social|itin|taxpayer id(?:entification)?(?: number)?',
    (v, _text, s) => {
      // the value may run into the next words ("497242142 and they coded icd-10"): its number counts
      const first = (/^[\d .-]{9,11}(?!\d)|^\S+/.exec(v)?.[0] ?? v).trim();
      return digitsOf(first).length === 9 && !/[a-z]/i.test(first) ? { label: 'SSN', score: 0.96, start: s, end: s + first.length } : 0;
    },
    0.96,
  ),
  keyed('npi.keyed', 'NPI', 'npi(?: number| no| #)?', (v) => (/^\d{10}$/.test(v) ? 0.98 : 0), 0.98),
  keyed(
    'phone.keyed',
    'PHONE',
    'phone|ph|tel|telephone|tel[eé]fono|cel|cell|celular|mobile|m[oó]vil|whats\\s?app|pager|fax|contact number|callback number',
    (v, text, s) => {
      const d = digitsOf(v);
      // (a dotted quad ending in 1-3 digits is an IP address, never a phone: "on the phone: 155.89.5.95")
      if (d.length < 7 || d.length > 15 || /[a-wyz]/i.test(v) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(v)) return 0;
      // the keyword may sit before a long connector ("el fax de la clínica es"): look at the whole window
      return { label: faxBefore(text, s) ? 'FAX' : 'PHONE', score: 0.9 };
    },
    0.9,
  ),
  {
    // the keyword after the value: "its B7800523 on my wristband", "es 44807566 en mi credencial"
    id: 'id.carried_after',
    label: 'MRN',
    needs: Need.Digit,
    score: 0.88,
    pattern: re(
      `(?<![A-Za-z\\u00C0-\\u024F0-9$€£#.,/-])[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){4,19}(?=\\s{1,2}(?:on|in|en)\\s{1,2}(?:my|the|his|her|your|mi|la|el|su|tu)\\s{1,2}(?:${MRN_CARRIER}|${PLAN_CARRIER})(?![A-Za-z\\u00C0-\\u024F]))`,
    ),
    check: (v, text, s, e) => {
      if (digitsOf(v).length < 5 || MONEY_BEFORE.test(before(text, s, 12))) return 0;
      return { label: MRN_CARRIER_AFTER.test(after(text, e, 40)) ? 'MRN' : 'HEALTH_PLAN_ID', score: 0.88 };
    },
  },
  VEHICLE_CLAUSE,
];

// ---------------------------------------------------------------------------------------------
// Dates and ages
// ---------------------------------------------------------------------------------------------

const MONTHS_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const MONTHS_ES =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|abr|ago|dic';
const MONTH = `(?:${MONTHS_EN}|${MONTHS_ES})`;
const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, ene: 1, feb: 2, mar: 3, apr: 4, abr: 4, may: 5, jun: 6, jul: 7, aug: 8, ago: 8, sep: 9, set: 9,
  oct: 10, nov: 11, dec: 12, dic: 12,
};
function monthNumber(word: string): number {
  return MONTH_INDEX[word.slice(0, 3).toLowerCase()] ?? 0;
}
const YEAR = "(?:'\\d{2}|\\d{4})";
const ORD = '(?:st|nd|rd|th|º|°|ª|er|ro|do|o)?';

/** The word right before a value, across spaces and an opening bracket ("suboxone (8/2)"). */
const WORD_JUST_BEFORE = /(?<![\p{L}-])(\p{L}[\p{L}-]{0,30})\s{0,2}\(?\s?$/u;
const NOT_DATE_BEFORE =
  /\b(?:bp|b\/p|blood pressure|presi[oó]n(?: arterial)?|ta|pa|ratio|score|rate|grade|grado|pain|dolor|nivel|level|scale|escala|apgar|gcs|visual acuity|visi[oó]n|fio2|ie|i:e|rated|puntuaci[oó]n|size|talla|tama[nñ]o)\s{0,3}(?:(?:is|es|of|de|was|fue|est[aá]|at|en|[a:=])\s{0,3}){0,3}$/i;
const NOT_DATE_AFTER =
  /^\s{0,2}(?:tabs?|tablets?|pills?|caps?|capsules?|cups?|doses?|dosis|mg|mcg|ml|cc|of|de|del|times|[x%]|units?|puffs?|pastillas?|tabletas?|c[aá]psulas?|veces|tazas?|cucharadas?|strength|concentraci[oó]n|mmhg|pulse|bpm|hrs?|hours?|horas?|days?|d[ií]as?|weeks?|semanas?|months?|meses|years?|a[nñ]os|lbs?|kg|oz|in|inch|ft|cm|mm|m)(?!\p{L})/iu;

function yearOk(y: string): boolean {
  if (y.startsWith("'")) return true;
  if (y.length === 2) return true;
  const n = Number(y);
  return n >= 1900 && n <= 2099;
}

const DATE_RULES: PatternRule[] = [
  {
    // 3/4/1985, 04.03.85, 4-3-2020
    id: 'date.numeric',
    label: 'DATE',
    needs: Need.Digit,
    score: 0.9,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9./\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![0-9]|[/\\-]\\d|\\.\\d)`),
    check: (v, text, s) => {
      const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(v);
      if (!m) return 0;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (!yearOk(m[3] as string) || !(dayMonthValid(a, b) || dayMonthValid(b, a))) return 0;
      if (negativeBefore(text, s)) return 0;
      if (v.includes('.') && /\b(?:ver|v|versi[oó]n)\s{0,2}$/i.test(before(text, s, 12))) return 0;
      return 0.92;
    },
  },
  {
    // 1985-03-04, 2020/3/4
    id: 'date.iso',
    label: 'DATE',
    needs: Need.Digit,
    score: 0.92,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9./\\-])(?:19|20)\\d{2}([/.\\-])\\d{1,2}\\1\\d{1,2}(?![0-9]|[/\\-]\\d|\\.\\d)`),
    check: (v) => {
      const m = /^\d{4}[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(v);
      return m && dayMonthValid(Number(m[1]), Number(m[2])) ? 0.93 : 0;
    },
  },
  {
    // 3/4 (no year): a date unless it is a fraction of a dose or a ratio
    id: 'date.month_day',
    label: 'DATE',
    needs: Need.Digit,
    score: 0.7,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9./\\-$])(\\d{1,2})\\/(\\d{1,2})(?![0-9]|[/\\-]\\d|\\.\\d|%)`),
    check: (v, text, s, e) => {
      const [a, b] = v.split('/').map(Number) as [number, number];
      if (!(dayMonthValid(a, b) || dayMonthValid(b, a))) return 0;
      if (v === '24/7' || v === '1/2' || v === '1/3' || v === '1/4' || v === '2/3') {
        // (only right after a date word: "on 24/7", "dob: 1/2"; "keep it on me 24/7" is always)
        if (!/\b(?:on|el|date|fecha|dob|since|desde|until|hasta|born|naci[oó]?)\b[\s:]{0,3}$/i.test(before(text, s, 16))) return 0;
      }
      if (NOT_DATE_BEFORE.test(before(text, s, 30)) || NOT_DATE_AFTER.test(after(text, e, 16))) return 0;
      // "suboxone 8/2", "(sbuoxone 8/2 btw)": a strength right after a medicine
      const medicine = WORD_JUST_BEFORE.exec(before(text, s, 24));
      if (medicine !== null && isMedication(medicine[1] as string)) return 0;
      // "pain is about 6/10", "nivel de dolor 7/10": a score out of 10
      if (b === 10 && a <= 10 && /\b(?:pain|dolor|score|scale|escala|rate|rating|nivel|level|hurts?|duele)\b/i.test(before(text, s, 40))) return 0;
      if (negativeBefore(text, s)) return 0;
      return 0.75;
    },
  },
  {
    // 03/2024 (month/year)
    id: 'date.month_year_numeric',
    label: 'DATE',
    needs: Need.Digit,
    score: 0.8,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9./\\-])(?:0?[1-9]|1[0-2])[/\\-](?:19|20)\\d{2}(?![0-9]|[/\\-]\\d)`),
    check: (_v, text, s, e) => (negativeBefore(text, s) || NOT_DATE_AFTER.test(after(text, e, 12)) ? 0 : 0.8),
  },
  {
    // March 4, March 4th, 1985, Mar. 4 '85, marzo 4
    id: 'date.month_first',
    label: 'DATE',
    needs: Need.Digit,
    score: 0.9,
    pattern: re(`${NB}${MONTH}\\.?,?[\\s\\-]{1,2}(?:the\\s)?(?:0?[1-9]|[12]\\d|3[01])${ORD}(?:(?:,\\s{0,2}|\\s{1,2}|-|\\s(?:de|del|of)\\s)${YEAR})?(?![A-Za-z\\u00C0-\\u024F0-9]|:\\d)`),
    check: (v, text, s, e) => {
      const word = /^\p{L}+/u.exec(v)?.[0] ?? '';
      if (monthNumber(word) === 0) return 0;
      // "may 2 times", "mar 3 mg" are not dates
      if (NOT_DATE_AFTER.test(after(text, e, 16)) && !/\d{4}$/.test(v)) return 0;
      if (/^(?:may|mar)$/i.test(word) && !/\d{2,4}$|st|nd|rd|th/i.test(v) && !/^[A-Z]/.test(word)) {
        if (!/\b(?:on|el|date|fecha|dob|born|naci[oó]?|since|desde|until|hasta|the)\s{0,2}$/i.test(before(text, s, 12))) return 0;
      }
      return 0.92;
    },
  },
  {
    // 4 March 1985, 4th of March, 4 de marzo de 1985, 04-Mar-1985
    id: 'date.day_first',
    label: 'DATE',
    needs: Need.Digit,
    score: 0.9,
    pattern: re(`${NB}(?:0?[1-9]|[12]\\d|3[01])${ORD}(?:\\s{1,2}of\\s{1,2}|\\s{1,2}de\\s{1,2}|[\\s\\-/.]{1,2})${MONTH}\\.?(?:(?:,\\s{0,2}|\\s{1,2}|-|\\/|\\s(?:de|del|of)\\s)${YEAR})?(?![A-Za-z\\u00C0-\\u024F0-9])`),
    check: (v, text, s) => {
      const word = /\p{L}{3,}/u.exec(v.replace(/^\d+\p{L}{0,2}/u, ''))?.[0] ?? '';
      if (monthNumber(word) === 0 && !/^(?:de|of)$/i.test(word)) return 0;
      if (/^\d+\s(?:may|mar)$/i.test(v)) {
        if (!/\b(?:on|el|date|fecha|dob|born|naci[oó]?|since|desde|until|hasta|the)\s{0,2}$/i.test(before(text, s, 12))) return 0;
      }
      if (negativeBefore(text, s)) return 0;
      return 0.92;
    },
  },
  {
    // March 2024, marzo de 2024
    id: 'date.month_year',
    label: 'DATE',
    needs: Need.Digit,
    score: 0.85,
    pattern: re(`${NB}${MONTH}\\.?,?\\s{1,2}(?:(?:de|del|of)\\s{1,2})?(?:19|20)\\d{2}${NA}`),
    check: (v) => (monthNumber(/^\p{L}+/u.exec(v)?.[0] ?? '') ? 0.85 : 0),
  },
];

const AGE_WORDS_EN =
  '(?:ninety(?:[\\s\\-](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:\\s(?:and\\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?|a hundred(?:\\s(?:and\\s)?(?:one|two|three|four|five))?)';
const AGE_WORDS_ES =
  '(?:noventa(?:\\sy\\s(?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento\\s(?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez))';

function ageOk(v: string): number {
  const n = Number(v);
  return n >= 90 && n <= 125 ? 0.9 : 0;
}

/** Family words: a bare number right after one ("dad 93 with dementia", "mi abuela, 97,") is an age. */
const FAMILY =
  '(?:mother|father|brother|sister)[- ]in[- ]law|' +
  'mom|mommy|mum|mother|dad|daddy|father|grandma|grandmother|grandpa|grandfather|granny|grandad|granddad|nana|nanna|nonna|papaw|mamaw|aunt|auntie|uncle|husband|hubby|wife|spouse|brother|sister|' +
  '(?:my|our|your|his|her)\\sgran|grams|gramma|grandmama|granma|grandmom|grampa|granpa|gramps|meemaw|memaw|great[- ]grand(?:ma|mother|pa|father)|' +
  'mam[aá]|mami|madre|pap[aá]|papi|padre|apá|amá|abuel[ao]|abuelit[ao]|bisabuel[ao]|t[ií][ao]|suegr[ao]|espos[ao]|marido|herman[ao]|señora|viejit[ao]|ancian[ao]';
/** Who may be the subject of "is 98", "just hit 98": family, the patient, a pronoun. */
const PERSON_SUBJECT = `${FAMILY}|someone|somebody|anyone|anybody|alguien|patient|pt|paciente|client|cliente|member|miembro|subscriber|beneficiary|beneficiari[oa]|he|she|hes|shes|[ée]l|ella|señor|man|woman|lady|gentleman|guy|hombre|mujer|resident|residente|veteran|veterano|veterana|decedent|deceased|difunt[oa]|fallecid[oa]`;
/** "(96)" in brackets after a person named with a family word or "patient" somewhere before, no digits between. */
const AGE_BRACKET_BEFORE = new RegExp(`(?<![a-z\\u00C0-\\u024F])(?:${FAMILY}|patient|paciente|pt|resident|residente|admit|admission|ingreso)(?![a-z\\u00C0-\\u024F])(?:[^()\\d]{0,60}[a-z\\u00C0-\\u024F.])?\\s?\\(\\s?$`, 'iu');
/** The same between commas: "residente Sofia Kanzaki de Almanza, 98, su hija ...", "resident steve littel, 90, room 12". */
const AGE_COMMA_BEFORE = new RegExp(`(?<![a-z\\u00C0-\\u024F])(?:${FAMILY}|patient|paciente|pt|resident|residente|residnt|residnet|vet|veteran|veterano|veterana)(?![a-z\\u00C0-\\u024F])(?:[^,()\\d]{0,60}[a-z\\u00C0-\\u024F.])?\\s?,\\s?$`, 'iu');
/** A verb after a person subject: "mom is", "nana just hit", "my uncle who is", "mom's", "she'll be". */
const AGE_VERB_BEFORE = new RegExp(
  `(?<![a-z\\u00C0-\\u024F])(?:${PERSON_SUBJECT})(?:'s|’s|(?:'ll|’ll)\\sbe|,?\\swho(?:'s|’s)|(?:,?\\s(?:who|que|which))?\\s(?:is|was|es|just\\shit|hit|just\\sturned|will\\sbe|(?:is\\s)?(?:gonna|going\\sto)\\sbe|(?:is\\s)?pushing|(?:is\\s)?going\\son|va\\sa\\scumplir|ya\\stiene|ya\\scumpli[oó]))\\s(?:now\\s|already\\s|like\\s|almost\\s|nearly\\s|ya\\s|casi\\s|the\\sbig\\s)?$`,
  'iu',
);
/** A family word right before ("dad 93", "abuela, 97", "mi abuela de 97"). */
const AGE_FAMILY_BEFORE = new RegExp(`(?<![a-z\\u00C0-\\u024F])(?:great[- ]?)?(?:${FAMILY})\\s?,?\\s(?:de\\s)?$`, 'iu');
/** Sayings about the very old after the number: "103 and sharp as a tack", "96 y sigue lúcida". */
const AGE_SAYING_AFTER =
  /^\s(?:(?:is|was|es|era)\s)?(?:too|muy|demasiado)\s(?:old|viej[oa]|grande|mayor)(?![a-z])|^\s(?:todav[ií]a|a[uú]n|still|sigue)\s(?:maneja|manejando|drives|works|trabaja|vive|lives|camina|walks|[a-z]{3,12}ing|[a-z\u00E1\u00E9\u00ED\u00F3\u00FA]{2,10}(?:ando|iendo))(?![a-z])|^\s(?:the\s|la\s|el\s|su\s|no\s(?:sube|cambia|baja)\sla\s)?(?:premium|prima|rate|copay|copago)(?![a-z])|^\s(?:and|&|y)\s(?:just\s|apenas\s)?(?:starting|started|empezando|comenzando|empez[oó]|comenz[oó])\s(?!(?:on\s|at\s|a\slas\s)?\d)|^\s(?:and|&|y)\s(?:still\s|sigue\s|aún\s|aun\s|todav[ií]a\s)?(?:sharp|going\sstrong|kicking|lucid|l[uú]cid[oa]|independent|independiente|drives|driving|maneja|manejando|fuerte|como\si\snada|lives\salone|vive\ssol[oa])(?![a-z])/iu;
/** A word for a person of 90+ a few words before: "nonagenarian here, 94", "centenaria con 101". */
const AGE_CLASS_BEFORE = /(?<![a-z\u00C0-\u024F])(?:nonagenarian|centenarian|supercentenarian|nonagenari[oa]|centenari[oa])s?(?![a-z\u00C0-\u024F])[^\d\n]{0,24}$/iu;
/** What makes a number after an age word a measurement, not an age ("tiene 95 de azúcar", "is 98.6", "95/60"). */
const MEASURE_AFTER =
  /^\s{0,2}(?:[%°/]|[.,]\d|-\s?\d|percent|por\sciento|degrees|grados|lbs?|kg|kilos?|pounds?|libras|bucks|miles?|millas|km|mph|grams?|gramos|gr|over|sobre|fever|fiebre|temp\p{L}*|sats?|o2|spo2|bpm|pulse|pulso|bp|hr|heart|glucose|sugar|az[uú]car|on\s(?:room\sair|ra|o2|oxygen)|en\s(?:aire|ox[ií]geno)|de\s(?:az[uú]car|glucosa|presi[oó]n|saturaci[oó]n|ox[ií]geno|oxigenaci[oó]n|fiebre|temperatura|pulso|peso))(?![a-z])/iu;
/**
 * After a bare number also "on", "at": "mom hit 95 on the pulse ox", "patient was 92 at rest" (not "at
 * the time of": "she will be 98 at the time of surgery" is an age).
 */
const NOT_AGE_AFTER = /^\s(?:on|at(?!\sthe\stime\b)|en|a\slas)\s/i;
/** A treatment or procedure right before "at 97?": the question is whether to do it at that age. */
const PROCEDURE_BEFORE =
  /(?<![a-z\u00C0-\u024F])(?:shots?|vaccines?|vacunas?|injections?|inyecciones|chemo|chmeo|quimio|quimioterapia|surgery|knee|hip|cirug[ií]a|operation|operaci[oó]n|operate|operar(?:la|lo|se)?|transplant|trasplante|dialysis|di[aá]lisis|treatment|tratamiento|radiation|radioterapia|anesthesia|anestesia|replacement|reemplazo|biopsy|biopsia|colonoscopy|colonoscop[ií]a)\s(?:at|con|a\slos)\s$/iu;
/** An article and an adjective said of a person's age or health: "a spry 93", "a sharp 101", "una lúcida 95". */
const AGE_ADJECTIVE_BEFORE =
  /(?<![a-z\u00C0-\u024F])(?:a|an|una?)\s(?:spry|sprightly|feisty|lively|frail|sharp|active|independent|vibrant|healthy|young|youthful|hardy|robust|lucid|alert|l[uú]cid[ao]|activ[ao]|fuerte|sana|sano|independiente|fr[aá]gil)\s$/iu;
/** A birthday word up to ten characters before the number: "for her birthday, 96!", "su cumple 92". */
const AGE_BIRTHDAY_BEFORE = /(?<![a-z])(?:birthday|b-?day|cumple(?:a[nñ]os)?)(?![a-z])[^\d.!?\n]{0,10}$/i;
/** A person word, then "tiene"/"cumple"/"turned" misspelt ("el abuelo teine 104"). */
const AGE_VERB_TYPO = /(?<![a-z\u00C0-\u024F])([a-z\u00C0-\u024F]{2,14})\s([a-z\u00C0-\u024F]{4,8})\s$/iu;
const AGE_VERBS = ['tiene', 'tenia', 'cumple', 'cumplio', 'turned', 'turns'];
const AGE_SUBJECT_WORD = new RegExp(`^(?:${FAMILY}|patient|paciente|pt)$`, 'iu');
function ageVerbTypo(pre: string): boolean {
  const m = AGE_VERB_TYPO.exec(pre);
  if (!m) return false;
  const verb = foldWord(m[2] as string);
  if (nearKey(verb, AGE_VERBS) < 0) return false;
  const subject = foldWord(m[1] as string);
  return AGE_SUBJECT_WORD.test(subject) || nearKey(subject, PERSON_WORDS_FUZZY, true) >= 0;
}

/**
 * Person words of five letters or more that chat misspells ("my granpda (103)", "resdente con 91"):
 * a word one edit away (two for long ones, same first letter) counts as the word.
 */
const PERSON_WORDS_FUZZY = [
  'grandpa', 'grandma', 'grandmother', 'grandfather', 'granny', 'mother', 'father', 'husband', 'spouse', 'brother', 'sister', 'auntie', 'uncle',
  'patient', 'resident', 'client', 'veteran', 'abuela', 'abuelo', 'abuelita', 'abuelito', 'bisabuela', 'bisabuelo', 'madre', 'padre', 'suegra',
  'suegro', 'esposa', 'esposo', 'marido', 'hermana', 'hermano', 'paciente', 'residente', 'viejita', 'viejito', 'anciana', 'anciano',
];
/** The word before "(", ",", or "con"/"de"/"with"/"of" at the end of `pre`. */
const WORD_BEFORE_AGE = /(?<![a-z\u00C0-\u024F])([a-z\u00C0-\u024F]{5,14})\s?(?:[(,]|\s(?:con|de|with|of))?\s?$/iu;
function fuzzyPersonBefore(pre: string): boolean {
  const w = WORD_BEFORE_AGE.exec(pre)?.[1];
  if (w === undefined) return false;
  return nearKey(foldWord(w), PERSON_WORDS_FUZZY, true) >= 0;
}
/** "at 94 she should go to the ER", "con 94 mejor al hospital": a clause about the person follows the age. */
const AGE_CLAUSE_AFTER =
  /^\s(?:(?:she|he|they|you|i)\s(?:should|shouldn'?t|can|can'?t|cannot|could|must|needs?|has|is|was|will|won'?t|still|deserves|might)|(?:[ée]l|ella)\s(?:ya|no|debe|deber[ií]a|puede|tiene|sigue)|ya|mejor|todav[ií]a|a[uú]n|sigue)(?![a-z\u00C0-\u024F])/iu;
/** A vital sign or a measure named a little before ("sats at 92 she looked blue"). */
const VITAL_BEFORE = /(?<![a-z])(?:sats?|o2|spo2|oxygen|ox[ií]geno|saturaci[oó]n|bp|pressure|presi[oó]n|pulse|pulso|hr|heart|temp|fever|fiebre|glucose|glucosa|sugar|az[uú]car|weight|peso|speed|mph|score|level|nivel|pain|dolor)(?![a-z])[^\n]{0,20}$/iu;

/** An age in words or digits, 90 to 120; 0 when it is not one. */
function bareAgeValue(v: string): number {
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    return n >= 90 && n <= 120 ? n : 0;
  }
  return 90;
}

/** An event an age is given at: "age at admit 97", "edad al ingreso 95", "age at diagnosis: 91". */
const AGE_EVENT =
  'admit|admission|intake|enrollment|referral|diagnosis|dx|death|onset|surgery|transfer|discharge|ingreso|diagn[oó]stico|fallecimiento|muerte|inicio|cirug[ií]a|traslado|alta';
const AGE_AT_EVENT = new RegExp(`(?:age|edad)\\s(?:at|on|al|en\\sel|a\\sla)\\s(?:time\\sof\\s)?(?:${AGE_EVENT})\\s{0,2}[:=]?\\s{0,2}(?:is\\s|es\\s|of\\s|de\\s)?$`, 'iu');

const AGE_RULES: PatternRule[] = [
  {
    id: 'age.years_old',
    label: 'AGE_OVER_89',
    needs: Need.Digit,
    score: 0.9,
    pattern: re(`${NB}\\d{2,3}(?=\\s{0,2}[\\-\\s]?\\s{0,2}(?:years?|yrs?|y\\.?\\s?o\\.?|yo|y\\/o|year-old|yr-old|a[nñ]os|anos|yoa|cumplid[oa]s)(?![A-Za-z\\u00C0-\\u024F]))`),
    check: (v) => ageOk(v),
  },
  {
    id: 'age.keyed',
    label: 'AGE_OVER_89',
    keyed: true,
    needs: Need.Digit,
    score: 0.9,
    // (an approximate age too: "pt age ~101", "edad aprox. 95")
    pattern: re(`${NB}((?:(?:age|edad)\\s(?:at|on|al|en\\sel|a\\sla)\\s(?:time\\sof\\s)?(?:${AGE_EVENT})|age|aged|edad|tiene|tenía|tenia|cumple|cumplió|cumplio|cumplir[aá]|turned|turning|turns|he's|she's|he is|she is|i'm|i am)\\s{0,2}[:=]?\\s{0,2}(?:is\\s|es\\s|of\\s|de\\s)?(?:~\\s?|approx\\.?\\s|aprox\\.?\\s|about\\s|around\\s)?)(\\d{2,3})${NA}`),
    check: (v, text, s, e) => {
      if (ageOk(v) === 0 || MEASURE_AFTER.test(after(text, e, 24))) return 0;
      const pre = before(text, s, 20);
      const strong = AGE_AT_EVENT.test(pre) || /(?:age|aged|edad|turned|turning|turns|cumpl\p{L}*|tiene|ten[ií]a)\s{0,2}[:=]?\s{0,2}(?:is\s|es\s|of\s|de\s)?(?:~\s?|approx\.?\s|aprox\.?\s|about\s|around\s)?$/iu.test(pre);
      if (strong) return 0.9;
      // "she is 92", "tiene 93": only when no unit follows (92 mg, 93 kg)
      if (UNIT_AFTER.test(after(text, e, 12)) || /^\s{0,2}(?:[%f°]|percent|por ciento|degrees|grados|lbs?|kg|pounds|libras)/i.test(after(text, e, 12))) return 0;
      return /\b(?:he's|she's|he is|she is|i'm|i am|tiene|tenía|tenia)\s{0,2}$/i.test(pre) ? 0.7 : 0;
    },
  },
  {
    id: 'age.words',
    label: 'AGE_OVER_89',
    needs: Need.None,
    score: 0.85,
    // (also glued to "yo": "a ninety eightyo man")
    pattern: re(`${NB}(?:${AGE_WORDS_EN}|${AGE_WORDS_ES})(?:${NA}|(?=(?:yo|y\\/o|yrs?)${NA}))`),
    check: (_v, text, s, e) => {
      const pre = before(text, s, 24);
      const post = after(text, e, 20);
      if (/^\s{0,2}[\-\s]?(?:years?|yrs?|a[nñ]os|y\.?\s?o\b|y\/o)/i.test(post)) return 0.9;
      if (/(?:age|aged|edad|turned|turning|turns|cumpl\p{L}*|he's|she's|he is|she is|i'm|i am|tiene|ten[ií]a|is|es)\s{0,2}[:=]?\s{0,2}$/iu.test(pre)) {
        return /^\s{0,2}(?:percent|por ciento|%|dollars|d[oó]lares|pesos|mg|minutes|minutos|days|d[ií]as|times|veces)/i.test(post) ? 0 : 0.85;
      }
      return 0;
    },
  },
  {
    // an age with no "years" and no "age": "mom is 98", "nana just hit 98", "dad 93 with dementia",
    // "Jules Larson (96)" after "my mom", "(noventa y ocho)", "103 and sharp as a tack". Only 90 to
    // 120, only after a person word, never followed by a unit, '%', '/', a decimal or "on room air"
    // (o2 sats, blood pressure, weights and prices share the range)
    id: 'age.bare',
    label: 'AGE_OVER_89',
    needs: Need.None,
    score: 0.85,
    pattern: re(`(?<![A-Za-z\\u00C0-\\u024F0-9$€£#.,/:-])(?:\\d{2,3}|${AGE_WORDS_EN}|${AGE_WORDS_ES})${NA}`),
    check: (v, text, s, e) => {
      if (bareAgeValue(v) === 0) return 0;
      const post = after(text, e, 24);
      if (MEASURE_AFTER.test(post) || UNIT_AFTER.test(post)) return 0;
      const pre = before(text, s, 90);
      // "a spry 93 at the PT gym", "una lúcida 95": an article and an adjective said of old people
      if (AGE_ADJECTIVE_BEFORE.test(pre)) return 0.8;
      // "cake for her birthday, 96!", "su cumple 92": the age a birthday brings
      if (AGE_BIRTHDAY_BEFORE.test(pre)) return 0.8;
      if (NOT_AGE_AFTER.test(post)) return 0;
      if (/\(\s?$/.test(pre)) return (AGE_BRACKET_BEFORE.test(pre) || fuzzyPersonBefore(pre)) && /^\s?\)/.test(post) ? 0.85 : 0;
      if (/,\s?$/.test(pre) && /^\s?,/.test(post) && (AGE_COMMA_BEFORE.test(pre) || fuzzyPersonBefore(pre))) return 0.85;
      // "at 94 she should go", "con 94 mejor al hospital", "resdente con 91, cómo sigue?"
      if (/(?<![a-z\u00C0-\u024F])(?:at|con)\s$/iu.test(pre) && !VITAL_BEFORE.test(pre) && (AGE_CLAUSE_AFTER.test(post) || fuzzyPersonBefore(pre))) return 0.8;
      // "chemo at 97?", "¿cirugía con 94?", "cataract surgery at 102, will she be awake": whether to treat at that age
      if (/(?<![a-z\u00C0-\u024F])(?:at|con|a\slos)\s$/iu.test(pre) && /^\s?(?:[?,!]|$)/.test(post) && PROCEDURE_BEFORE.test(pre) && !VITAL_BEFORE.test(pre)) return 0.8;
      if (ageVerbTypo(pre)) return 0.8;
      // "nonagenarian here, 94 exactly", "centenaria, 101": the word says the number is an age
      if (AGE_CLASS_BEFORE.test(pre)) return 0.8;
      // "a los 91 ya no quiere operarse", "a sus 91", "con sus 102 sigue", "ya va para los 93", "tengo 97", "paciente de 96",
      // "una señora de 92"; "96, female, fall at home" (a triage line)
      if (/(?<![a-z\u00C0-\u024F])(?:a\slos|a\ssus|con\ssus|de\ssus|va\spara\slos|pa\slos|paciente\sde|residente\sde|se[nñ]ora\sde|se[nñ]or\sde|patient\saged|aged|tengo)\s$/iu.test(pre) || /^\s?,?\s(?:female|male|woman|man|f|m|mujer|hombre|masculino|femenino)(?![a-z])/i.test(post)) return 0.8;
      if (AGE_VERB_BEFORE.test(pre) || AGE_FAMILY_BEFORE.test(pre)) return 0.85;
      return AGE_SAYING_AFTER.test(post) && !VITAL_BEFORE.test(pre) ? 0.8 : 0;
    },
  },
];

/** An age of 90 to 120 set off after a name: ", 96," / ", ninety-two, " / " (96)" / ", 96 yo"; then the end, a closing mark or a sex. */
const AGE_AFTER_NAME = re(
  `^(?:\\s?,\\s?|\\s\\(\\s?)(\\d{2,3}|${AGE_WORDS_EN}|${AGE_WORDS_ES})(?=\\s?[,;)]|\\s?$|\\s(?:f|m|female|male|woman|man|mujer|hombre|years?|yrs?|yo|a[nñ]os)(?![a-z\\u00C0-\\u024F]))`,
  'iu',
);

/**
 * "hospice admit: Ana Ruiz, 96, 12 Oak St", "ingreso: Rosa Díaz Gil, 98, calle ...", "Jules Larson (96)":
 * a number of 90 to 120 set off by commas or brackets right after a person's name is their age
 * (apposition). Not a list of numbers ("Ana, 95, 96 and 97"), not a measure after it.
 */
export function ageAfterName(text: string, end: number): Finding | null {
  const m = AGE_AFTER_NAME.exec(after(text, end, 40));
  if (!m) return null;
  const v = m[1] as string;
  if (bareAgeValue(v) === 0) return null;
  const start = end + m[0].length - v.length;
  const post = after(text, start + v.length, 24);
  if (MEASURE_AFTER.test(post) || /^\s?,\s?\d{1,3}(?![\d./:-]|,\d)(?:\s?,|\s(?:and|y|or|o)\s)/i.test(post)) return null;
  return { type: 'AGE_OVER_89', start, end: start + v.length, ruleId: 'age.after_name', score: 0.8 };
}

// ---------------------------------------------------------------------------------------------
// Addresses (street lines, PO boxes, ZIP with context, city-state-ZIP)
// ---------------------------------------------------------------------------------------------

/** Street suffixes (USPS abbreviations and words, and British ones: 'Croft', 'Paddock', 'Hillside'); the engine also gates the street rule on them. */
export const STREET_SUFFIX =
  'broadway|expressway|throughway|trafficway|boulevard|crossroad|extension|stravenue|underpass|causeway|crescent|crossing|junction|motorway|mountain|overpass|turnpike|freeway|gateway|heights|highway|landing|mission|orchard|parkway|passage|prairie|station|terrace|trailer|viaduct|village|arcade|avenue|bottom|branch|bridge|bypass|canyon|center|circle|common|corner|course|divide|estate|forest|garden|harbor|hollow|island|meadow|radial|skyway|spring|square|stream|street|summit|tunnel|valley|allee|alley|annex|bayou|beach|bluff|brook|cliff|court|creek|crest|curve|drive|falls|ferry|field|forge|green|grove|haven|inlet|knoll|lodge|manor|mount|place|plain|plaza|point|ranch|rapid|ridge|river|route|shoal|shore|trace|track|trail|ville|vista|bend|blvd|burg|camp|cape|club|cove|cres|crse|crst|cswy|curv|dale|expy|fall|flat|ford|fork|fort|frst|glen|gtwy|hill|holw|inlt|isle|lake|lane|lndg|loop|mews|mill|mtwy|neck|opas|orch|oval|park|path|pike|pine|pkwy|port|psge|radl|ramp|rnch|road|skwy|spur|stra|strm|tpke|trak|trce|trfy|trlr|trwy|tunl|upas|view|walk|well|xing|key|pass|loaf|light|lock|mall|union|rest|main|wall|fairway|grange|croft|paddock|spinney|copse|glebe|maltings|sidings|hillside|woodside|brookside|parkside|waterside|riverside|oaklands|woodlands|laurels|willows|beeches|poplars|hawthorns|coppice|ridings|greenway|ridgeway|kingsway|westgate|aly|anx|arc|ave|bch|blf|bnd|brg|brk|btm|byp|byu|cir|clb|clf|cmn|cor|cpe|crk|ctr|cyn|dam|ext|fld|fls|flt|frd|frg|frk|fry|fwy|gdn|gln|grn|grv|hbr|hts|hvn|hwy|jct|knl|lck|ldg|lgt|mdw|mnr|mtn|nck|pln|plz|pne|prt|rdg|riv|row|rpd|rst|rte|rue|run|shl|shr|smt|spg|sta|ter|trl|via|vis|vlg|vly|way|xrd|av|bg|ct|cv|dr|hl|lk|ln|pl|pt|rd|sq|st|wy';
const ABBR_SUFFIX = new Set('st ave av rd blvd ln dr ct wy pl ter cir pkwy hwy fwy expy tpke trl sq plz aly xing pt rdg ctr cres gdns grv hts jct lndg mnr spgs sta smt vly vis vlg crk hbr byp cyn cswy cor mtn rte ext'.split(' '));
const UNIT =
  "(?:,?\\s{0,2}(?:apt|apartment|suite|ste|unit|room|rm|fl|floor|bldg|building|lot|space|spc|trlr|#|apto|depto|dpto|departamento|piso|int|interior|oficina|ofna|local|casa|mz|manzana|lt)\\.?\\s{0,2}#?\\s{0,2}[A-Za-z0-9][A-Za-z0-9\\-]{0,6}(?![A-Za-z\\u00C0-\\u024F0-9]))?";
const STREET_STOP = new Set(
  'lo le les vio dijo fue era son hay pero desde hace hasta tengo tiene the a an to of and or in on at for my your his her our their this that down up per by from with into over near past about around block blocks times pills tabs tablets mg ml days hours weeks minutes years months miles feet steps floors nurse nurses nursing bus train gas police fire charging is are was were will be been take took have has had i we you he she they it me us them el la los las un una de del en y o con por para mi su tu que es son'.split(' '),
);

/** Words that end a neighbourhood's name: articles after it, verbs and question words of the next clause. */
const COLONIA_STOP = new Set(
  'de del la las los el y o que cual cuales donde como cuando pero porque por para con sin en a al me mi mis tu su se es son esta estan hay vive vivo vivimos viven tengo tiene tenemos queda cerca ya no si'.split(' '),
);

/** Stop words that are never part of a street name, however they are written. */
const STREET_FUNCTION = new Set(
  'the a an to of and or in on at for my your his her our their this that by from with into over near past about around is are was were be been it me us el la los las un una de del en y o con por para mi su tu que es son'.split(' '),
);
const STREET_SUFFIX_SET = new Set(STREET_SUFFIX.split('|'));

function isStreetSuffix(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return STREET_SUFFIX_SET.has(w) || (w.endsWith('s') && STREET_SUFFIX_SET.has(w.slice(0, -1)));
}

/**
 * The street line of a street-rule match, or undefined. A stop word inside ("ship to 18469 tromp
 * pike signed by dr.") ends the line at the last street suffix before it, if any; a stop word that
 * is an ordinary noun or a name, written with a capital like the rest of the line, belongs to it
 * ("302 Will Square", "22563 Block Corners").
 */
function streetLine(v: string): string | undefined {
  const toks = [...v.matchAll(/\S+/g)];
  const upper = v === v.toUpperCase();
  const last = toks[toks.length - 1]?.[0] ?? '';
  const titled = !upper && /^[A-Z]/.test(last);
  for (let k = 1; k < toks.length - 1; k++) {
    const raw = (toks[k] as RegExpMatchArray)[0];
    const w = raw.toLowerCase().replace(/[.,]$/, '');
    if (!STREET_STOP.has(w)) continue;
    if (titled && /^[A-Z]/.test(raw) && !STREET_FUNCTION.has(w)) continue;
    for (let j = k - 1; j >= 2; j--) {
      const t = toks[j] as RegExpMatchArray;
      if (isStreetSuffix(t[0])) return v.slice(0, (t.index as number) + t[0].length);
    }
    return undefined;
  }
  return v;
}

const STREET_STOP_ES = new Set('el la los las lunes martes miercoles miércoles jueves viernes sabado sábado domingo hoy ayer que para con por es the and to is en mi su tu me te se lo le al y o pero desde hace hasta tengo tiene a'.split(' '));
const SP_STREET =
  'calle|c\\/|avenida|av\\.|avda\\.?|paseo|camino|carretera|ctra\\.?|plaza|pza\\.?|callej[oó]n|privada|priv\\.|boulevard|bulevar|blvd\\.?|calzada|calz\\.?|ronda|traves[ií]a|pasaje|glorieta|cerrada|andador|circuito|prolongaci[oó]n|prol\\.|diagonal|carrera|cra\\.?|transversal|jir[oó]n|jr\\.';

/** Forms and their parts, near a box or section number. */
const FORM_WORD = /(?<![a-z\u00C0-\u024F])(?:forma|formulario|formato|form|hoja|solicitud|planilla|documento|apelaci[oó]n|secci[oó]n|p[aá]gina|pregunta|rengl[oó]n|l[ií]nea|marque|marca|marcar|checkbox|casillas)(?![a-z\u00C0-\u024F])/iu;

const ADDRESS_RULES: PatternRule[] = [
  {
    id: 'address.street',
    label: 'ADDRESS',
    needs: Need.Digit,
    score: 0.85,
    pattern: re(
      `(?<![A-Za-z\\u00C0-\\u024F0-9\\-./#:,])\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s{1,2}(?:(?:[A-Za-z\\u00C0-\\u024F][A-Za-z\\u00C0-\\u024F'.\\-]{0,24}|\\d{1,3}(?:st|nd|rd|th|º|ª))\\s{1,2}){1,4}(?:${STREET_SUFFIX})s?\\.?(?![A-Za-z\\u00C0-\\u024F0-9])(?:\\s{1,2}(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\\.?(?![A-Za-z\\u00C0-\\u024F0-9]))?${UNIT}`,
    ),
    check: (v0, text, s, e0) => {
      const v = streetLine(v0);
      if (v === undefined) return 0;
      // a word of masked text is no street name ("0 XXX-XX-XXXX Dr.": a masked SSN before a title)
      if (/\sX+(?:-X+)*\s/.test(v)) return 0;
      const e = s + v.length;
      const stripped = v.replace(/,?\s{0,2}(?:apt|apartment|suite|ste|unit|room|rm|fl|floor|bldg|building|lot|space|spc|trlr|#|apto|depto|dpto|departamento|piso|int|interior|oficina|ofna|local|casa|mz|manzana|lt)\.?\s{0,2}#?\s{0,2}[a-z0-9][a-z0-9-]{0,6}$/i, '').trimEnd().replace(/\.$/, '');
      const suffix = stripped.slice(stripped.lastIndexOf(' ') + 1).toLowerCase();
      if (suffix.endsWith('s') && ABBR_SUFFIX.has(suffix.slice(0, -1))) return 0;
      if (/ext(?:ension)?s?\.?$/i.test(v) && /^\s{0,2}#?\d/.test(after(text, e, 4))) return 0;
      if (quantityAfter(text, s + (/^\d+/.exec(v)?.[0].length ?? 0))) return 0;
      // the last group of a digit-group run is not a house number ("fax +1 831 405 0177 attention dr"); a
      // line break ends a run ("6/2⏎28327 donnelly plain": a date line, then the street line)
      if (/\d[^\S\n]$/.test(before(text, s, 2))) return 0;
      if (negativeBefore(text, s)) return 0;
      // "unit 4B nurse station", "room 12 west wing": the number belongs to a unit word, not a house
      if (/\b(?:unit|room|rm|floor|fl|bed|suite|ste|ward|wing|piso|cuarto|habitaci[oó]n|cama)\.?\s{0,2}#?\s{0,2}$/i.test(before(text, s, 12))) return 0;
      return e === e0 ? 0.88 : { label: 'ADDRESS', score: 0.88, start: s, end: e };
    },
  },
  {
    id: 'address.street_es',
    label: 'ADDRESS',
    needs: Need.Digit,
    score: 0.85,
    pattern: re(
      `${NB}(?:${SP_STREET})(?:(?<=[./])|(?![A-Za-z\\u00C0-\\u024F]))\\s{0,2}(?:[A-Za-z\\u00C0-\\u024F0-9][A-Za-z\\u00C0-\\u024F0-9'.ºª°\\-]{0,24}(?:\\s{1,2}|,\\s{0,2})){0,8}?(?:#\\s?|n[uú]m(?:ero)?\\.?\\s?|no\\.?\\s?|n[º°]\\s?)?\\d{1,5}[A-Za-z]?(?![0-9])(?:\\s?-\\s?\\d{1,4})?(?:,?\\s{0,2}(?:\\d{1,2}\\s?[º°ª]\\s?[A-Za-z0-9]?|[º°ª]))?${UNIT}`,
    ),
    check: (v, text, _s, e) => {
      // the street name words must not run into an unrelated sentence
      // (an article after "de" is part of the name: "Calle María de los Ángeles 12", "Av. de la Paz 5")
      const inner = v.split(/[\s,]+/).slice(1, -1).map((w) => w.toLowerCase());
      const bad = inner.filter((w, k) => STREET_STOP_ES.has(w) && !(k > 0 && inner[k - 1] === 'de' && /^(?:la|las|los|el)$/.test(w)));
      if (bad.length || quantityAfter(text, e)) return 0;
      return 0.88;
    },
  },
  {
    // a neighbourhood named alone: "vivo en la colonia La Paz, ¿cuál clínica me corresponde?",
    // "col. san juan bautista"; one to four words, not a following clause ("colonia de bacterias" is none)
    id: 'address.colonia',
    label: 'ADDRESS',
    keyed: true,
    needs: Need.None,
    score: 0.85,
    pattern: re(`${NB}((?:colonia|col\\.|fraccionamiento|fracc\\.|barrio)\\s{1,2})(\\p{L}[\\p{L}'-]{1,24}(?: \\p{L}[\\p{L}'-]{0,24}){0,4})(?![\\p{L}\\p{N}])`, 'giu'),
    check: (v, text, s) => {
      // "agua de colonia" is cologne, not a neighbourhood
      if (/(?<!\p{L})agua\s(?:de\s)?colonia\s{1,2}$/iu.test(before(text, s, 24))) return 0;
      const words = v.split(/[ -]/);
      let n = words.length;
      while (n > 0 && COLONIA_STOP.has(foldWord(words[n - 1] as string))) n--;
      // (an article may open the name: "La Paz", "las águilas")
      const first = foldWord(words[0] as string);
      if (n === 0 || (COLONIA_STOP.has(first) && !(/^(?:la|las|los|el)$/.test(first) && n >= 2))) return 0;
      // cut at the first word that starts a clause
      for (let k = 1; k < n; k++) {
        if (COLONIA_STOP.has(foldWord(words[k] as string)) && !/^(?:de|del|la|las|los|el|y)$/i.test(words[k] as string)) {
          n = k;
          break;
        }
      }
      while (n > 0 && /^(?:de|del|la|las|los|el|y)$/i.test(words[n - 1] as string)) n--;
      if (n === 0) return 0;
      const len = words.slice(0, n).join(' ').length;
      return { label: 'ADDRESS', score: 0.85, start: s, end: s + len };
    },
  },
  {
    id: 'address.po_box',
    label: 'ADDRESS',
    needs: Need.Digit,
    score: 0.92,
    pattern: re(
      `${NB}(?:p\\.?\\s?o\\.?\\s?box|post\\s?office\\s?box|pob|apartado(?:\\s(?:postal|de correos))?|apdo\\.?|casilla(?:\\s(?:postal|de correo))?)\\s{0,2}(?:no\\.?|n[º°]|#)?\\s{0,2}\\d{1,8}${NA}`,
    ),
    // a bare "casilla" / "apartado" with a small number on a form is a box or a section of it
    // ("la forma de apelación, casilla 4", "apartado 3 del formulario"), not a PO box
    check: (v, text, s, e) =>
      /^(?:casilla|apartado|apdo)\.?\s{0,2}(?:no\.?|n[º°]|#)?\s{0,2}\d{1,2}$/i.test(v) && (FORM_WORD.test(before(text, s, 40)) || FORM_WORD.test(after(text, e, 30))) ? 0 : 0.92,
  },
  {
    id: 'address.zip_keyed',
    label: 'ADDRESS',
    keyed: true,
    needs: Need.Digit,
    score: 0.9,
    pattern: re(`${NB}((?:zip|zip\\s?code|zipcode|postal code|post code|c[oó]digo postal|zona postal|c\\.\\s?p\\.|cp)\\s{0,3}(?:is\\s|es\\s|:|#)?\\s{0,3})(\\d{5}(?:-\\d{4})?)${NA}`),
  },
  {
    // "closest lab to 69986?", "anything near 90210", "cerca del 06700": a ZIP where a place goes
    id: 'address.zip_place',
    label: 'ADDRESS',
    keyed: true,
    needs: Need.Digit,
    score: 0.75,
    // (how far something reaches: "deliver as far as 33756", "¿entregan hasta el 46103?")
    pattern: re(`${NB}((?:near|nearest|closest|close to|around|in|to|covers?|as far as|out to|cerca del?|en el|por el|hasta el|hasta la zona|rumbo al?|(?:miles?|mi|km|kil[oó]metros|millas|minutes|minutos) (?:of|from|de|del)|radius of)\\s{1,2})(\\d{5}(?:-\\d{4})?)${NA}`),
    // not a count: "up to 10000 steps", "in 12345 ways" (a plural noun after it, not a verb: "near 93668 takes my
    // plan"), "12000.50"
    check: (_v, text, s, e) =>
      quantityAfter(text, e) || negativeBefore(text, s) || /^\s?[.,:/]\d|^\s(?!(?:takes|has|is|was|accepts|covers|does|gets|needs|offers|sees|treats|goes)\b)[a-z]{2,20}s\b/i.test(after(text, e, 24)) || AMOUNT_NEAR.test(before(text, s, 24)) ? 0 : 0.75,
  },
  {
    id: 'address.city_state_zip',
    label: 'ADDRESS',
    needs: Need.Digit,
    score: 0.85,
    pattern: re(
      `${NB}(?:[A-Z\\u00C0-\\u00DE][A-Za-z\\u00C0-\\u024F'.\\-]{1,24}\\s{1,2}){0,3}[A-Z\\u00C0-\\u00DE][A-Za-z\\u00C0-\\u024F'.\\-]{1,24},?\\s{1,2}(?:${US_STATE_ABBR}|${US_STATE_NAMES.replace(/(^|\|)(\w)/g, (_m, p: string, c: string) => `${p}[${c.toUpperCase()}${c}]`)})\\.?,?\\s{1,2}\\d{5}(?:-\\d{4})?${NA}`,
      'gu',
    ),
  },
];

export const PATTERN_RULES: readonly PatternRule[] = [
  ...PHONE_RULES,
  ...NET_RULES,
  ...ID_RULES,
  ...KEYED_RULES,
  ...DATE_RULES,
  ...AGE_RULES,
  ...ADDRESS_RULES,
];
