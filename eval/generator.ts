/**
 * Seeded generator of labelled synthetic chat for the independent evaluation.
 *
 * A message is assembled from pieces: literal context text, PHI entities (with their label) and
 * decoys (look-alikes that are NOT PHI, kept for error analysis). Offsets are tracked while the
 * pieces are appended, so every gold span is exact by construction; nothing is found by searching.
 *
 * Labelling rules (DESIGN.md §4; the reasons are in docs/evaluation.md):
 * - Context words and prefixes stay OUTSIDE the span: `MRN: `, `member id `, `DOB `, `fax `, `Dr. `,
 *   `, MD`, `the` in "the 4th of March", `el` in "el 4 de marzo", a weekday before a date.
 * - A contiguous address is ONE span (street, unit, colonia, C.P., city, state, ZIP together); a
 *   city alone and a ZIP alone (in context) are spans; a state alone is not.
 * - AGE_OVER_89: only the number (digits or words) of an age ≥ 90.
 * - Phone extensions are inside the PHONE/FAX span; `+1`, `+34`, `+52` too.
 * - An obfuscated e-mail ("ana at gmail dot com") is one EMAIL span.
 * - Everything in a decoy (order numbers, NDC, CPT, ICD-10, prices, doses, lab values, blood pressure,
 *   times, weekdays, durations, bare years, ages ≤ 89, versions, plan names, ratios, states, common
 *   words that are also names) is not PHI.
 */
import { fakerEN_US, fakerES, fakerES_MX, type Faker } from '@faker-js/faker';
import type { Label } from '../src/core/types';
import { Rng } from './prng';
import * as V from './values';

export type Lang = 'en' | 'es';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: Label;
}

/** A look-alike that is not PHI, recorded for error analysis only. */
export interface Decoy {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

export interface GoldMessage {
  readonly id: string;
  readonly lang: Lang;
  readonly text: string;
  readonly spans: readonly GoldSpan[];
  /** A PHI label for single-label messages, `MIXED`, or `NEG:<kind>` for messages without PHI. */
  readonly category: string;
  readonly decoys: readonly Decoy[];
}

/** The labels the generator produces (CUSTOM needs admin patterns, so it is not generated). */
export const GENERATED_LABELS: readonly Label[] = [
  'PERSON', 'DATE', 'AGE_OVER_89', 'ADDRESS', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'HEALTH_PLAN_ID',
  'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'NPI', 'VEHICLE_ID', 'DEVICE_ID', 'URL', 'IP_ADDRESS', 'CREDIT_CARD',
  'IBAN',
];

// ---------------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------------

interface Piece {
  readonly text: string;
  readonly type?: Label;
  readonly decoy?: string;
  /** Literal template text: may receive typos. */
  readonly literal?: boolean;
}

const lit = (text: string): Piece => ({ text });
const ent = (type: Label, text: string): Piece => ({ text, type });
const dec = (kind: string, text: string): Piece => ({ text, decoy: kind });

interface Ctx {
  readonly rng: Rng;
  readonly lang: Lang;
  /** Faker for names and places in the message language. */
  readonly f: Faker;
}

type Filler = (c: Ctx) => Piece[];

const pick = <T>(c: Ctx, items: readonly T[]): T => c.rng.pick(items);
const byLang = <T>(c: Ctx, en: T, es: T): T => (c.lang === 'en' ? en : es);

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// PERSON
// ---------------------------------------------------------------------------------------------

/** First names that are also ordinary words: used as names here and as words in the negatives. */
const WORD_NAMES_EN = ['Will', 'Hope', 'Grace', 'May', 'Mark', 'Bill', 'April', 'June', 'Faith', 'Joy', 'Rose', 'Sky'];
const WORD_NAMES_ES = ['Rosa', 'Luz', 'Dolores', 'Pilar', 'Mercedes', 'Sol', 'Consuelo', 'Esperanza', 'Amparo', 'Paz'];

function firstName(c: Ctx): string {
  if (c.rng.chance(0.06)) return pick(c, byLang(c, WORD_NAMES_EN, WORD_NAMES_ES));
  return c.f.person.firstName();
}

function lastName(c: Ctx): string {
  return c.f.person.lastName();
}

/** Full name; Spanish names often carry two surnames. */
function fullName(c: Ctx): string {
  const first = firstName(c);
  let last = lastName(c);
  if (c.lang === 'es' && !last.includes(' ') && c.rng.chance(0.55)) last += ' ' + lastName(c);
  if (c.lang === 'en' && c.rng.chance(0.1)) return `${first} ${c.rng.letters(1)}. ${last}`;
  return `${first} ${last}`;
}

/** Chat users often type names in lower case. */
function chatCase(c: Ctx, name: string): string {
  const r = c.rng.next();
  if (r < 0.18) return name.toLowerCase();
  if (r < 0.21) return name.toUpperCase();
  return name;
}

const nameFull: Filler = (c) => [ent('PERSON', chatCase(c, fullName(c)))];

/** A courtesy title (outside the span) and a surname. */
const titled: Filler = (c) => [
  lit(byLang(c, pick(c, ['Mr. ', 'Mrs. ', 'Ms. ', 'Miss ', 'mr ', 'mrs ']), pick(c, ['Sr. ', 'Sra. ', 'Srta. ', 'don ', 'doña ', 'señora ']))),
  ent('PERSON', chatCase(c, lastName(c))),
];
const nameFirst: Filler = (c) => [ent('PERSON', chatCase(c, firstName(c)))];

/** A provider: the title stays outside the span. */
const provider: Filler = (c) => {
  const last = lastName(c);
  const r = c.rng.next();
  if (r < 0.55) {
    const title = byLang(c, pick(c, ['Dr. ', 'Dr ', 'dr. ', 'dr ', 'Doctor ', 'doc ']), pick(c, ['Dr. ', 'Dra. ', 'dr ', 'dra ', 'el doctor ', 'la doctora ', 'doctora ']));
    return [lit(title), ent('PERSON', chatCase(c, c.rng.chance(0.3) ? `${firstName(c)} ${last}` : last))];
  }
  if (r < 0.8) {
    return [ent('PERSON', chatCase(c, `${firstName(c)} ${last}`)), lit(pick(c, [', MD', ' MD', ', M.D.', ', NP', ', DO', ' PA-C', ', RN']))];
  }
  return [lit(byLang(c, pick(c, ['nurse ', 'my nurse ', 'the nurse ', 'therapist ', 'PT ']), pick(c, ['la enfermera ', 'el enfermero ', 'la terapeuta ', 'enfermera ']))), ent('PERSON', chatCase(c, firstName(c)))];
};

/** A relative: the relation word stays outside the span. */
const relative: Filler = (c) => {
  const rel = byLang(
    c,
    pick(c, ['my mom ', 'my mother ', 'my dad ', 'my husband ', 'my wife ', 'my son ', 'my daughter ', 'my grandma ', 'my brother ', 'my sister ']),
    pick(c, ['mi mamá ', 'mi madre ', 'mi papá ', 'mi esposo ', 'mi esposa ', 'mi hijo ', 'mi hija ', 'mi abuela ', 'mi hermano ', 'mi hermana ']),
  );
  return [lit(rel), ent('PERSON', chatCase(c, c.rng.chance(0.5) ? fullName(c) : firstName(c)))];
};

// ---------------------------------------------------------------------------------------------
// DATE
// ---------------------------------------------------------------------------------------------

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_EN_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_ES_ABBR = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_ES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];

function ordinalEn(d: number): string {
  if (d % 10 === 1 && d !== 11) return `${d}st`;
  if (d % 10 === 2 && d !== 12) return `${d}nd`;
  if (d % 10 === 3 && d !== 13) return `${d}rd`;
  return `${d}th`;
}

interface Ymd { y: number; m: number; d: number }

function randomDate(c: Ctx, birth: boolean): Ymd {
  const y = birth ? c.rng.int(1926, 2024) : c.rng.int(2015, 2027);
  const m = c.rng.int(1, 12);
  const d = c.rng.int(1, 28);
  return { y, m, d };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The date text (all of it is the span) in one of many chat forms. */
function dateText(c: Ctx, birth: boolean): string {
  const { y, m, d } = randomDate(c, birth);
  const yy = pad2(y % 100);
  const sep = pick(c, ['/', '/', '-', '.']);
  if (c.lang === 'en') {
    const month = MONTHS_EN[m - 1]!;
    const abbr = MONTHS_EN_ABBR[m - 1]!;
    const forms: (() => string)[] = [
      () => `${m}/${d}`,
      () => `${m}/${d}/${yy}`,
      () => `${m}${sep}${d}${sep}${y}`,
      () => `${pad2(m)}${sep}${pad2(d)}${sep}${y}`,
      () => `${pad2(d)}.${pad2(m)}.${yy}`,
      () => `${y}-${pad2(m)}-${pad2(d)}`,
      () => `${month} ${ordinalEn(d)}`,
      () => `${month} ${d}`,
      () => `${abbr} ${d}`,
      () => `${abbr}. ${d}, ${y}`,
      () => `${month} ${ordinalEn(d)}, ${y}`,
      () => `${month} ${d} ${y}`,
      () => `${d} ${month} ${y}`,
      () => `${ordinalEn(d)} of ${month}`,
      () => `${ordinalEn(d)} of ${month} ${y}`,
      () => `${month.toLowerCase()} ${y}`,
      () => `${abbr} ${y}`,
      () => `${month} ${y}`,
      () => `${d}-${abbr}-${y}`,
    ];
    return c.rng.pick(forms)();
  }
  const month = MONTHS_ES[m - 1]!;
  const abbr = MONTHS_ES_ABBR[m - 1]!;
  const forms: (() => string)[] = [
    () => `${d} de ${month}`,
    () => `${d} de ${month} de ${y}`,
    () => `${d} de ${month} del ${y}`,
    () => `${d} ${month} ${y}`,
    () => `${month} ${y}`,
    () => `${month} de ${y}`,
    () => `${d}/${m}`,
    () => `${pad2(d)}/${pad2(m)}/${y}`,
    () => `${d}${sep}${m}${sep}${yy}`,
    () => `${pad2(d)}-${pad2(m)}-${y}`,
    () => `${pad2(d)}.${pad2(m)}.${y}`,
    () => `${d}-${abbr}-${y}`,
    () => `${d} ${abbr} ${y}`,
    () => `1ro de ${month}`,
    () => `${month.charAt(0).toUpperCase() + month.slice(1)} ${d}, ${y}`,
  ];
  return c.rng.pick(forms)();
}

/** A date, possibly with an article or weekday before it (both outside the span). */
const date: Filler = (c) => {
  const out: Piece[] = [];
  const text = dateText(c, false);
  if (c.lang === 'en') {
    if (text.includes(' of ')) out.push(lit('the '));
    else if (c.rng.chance(0.15)) out.push(dec('weekday', pick(c, WEEKDAYS_EN)), lit(pick(c, [', ', ' '])));
  } else if (c.rng.chance(0.2)) {
    out.push(dec('weekday', pick(c, WEEKDAYS_ES)), lit(' '));
  }
  out.push(ent('DATE', text));
  return out;
};

const DOB_PREFIX_EN = ['DOB: ', 'dob ', 'DOB ', 'D.O.B. ', 'date of birth: ', 'date of birth is ', 'date of brith ', 'birthdate ', 'born on ', 'my birthday is ', 'bday ', 'b-day: ', 'dob is '];
const DOB_PREFIX_ES = ['fecha de nacimiento: ', 'fecha de nacimiento ', 'fecha de nacimento ', 'f. nac. ', 'fecha nac: ', 'nací el ', 'naci el ', 'nació el ', 'mi cumpleaños es el ', 'FN: '];

const dob: Filler = (c) => [lit(byLang(c, pick(c, DOB_PREFIX_EN), pick(c, DOB_PREFIX_ES))), ent('DATE', dateText(c, true))];

// ---------------------------------------------------------------------------------------------
// AGE_OVER_89
// ---------------------------------------------------------------------------------------------

const ONES_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ONES_ES = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];

function ageWords(c: Ctx, n: number): string {
  if (n >= 100) return byLang(c, n === 100 ? 'one hundred' : `one hundred ${ONES_EN[n - 100]}`, n === 100 ? 'cien' : `ciento ${ONES_ES[n - 100]}`);
  const one = n - 90;
  if (c.lang === 'en') return one === 0 ? 'ninety' : `ninety${pick(c, ['-', ' '])}${ONES_EN[one]}`;
  return one === 0 ? 'noventa' : `noventa y ${ONES_ES[one]}`;
}

/** An age of 90 or more: only the number is the span. */
const age90: Filler = (c) => {
  const n = c.rng.weighted([[c.rng.int(90, 99), 9], [c.rng.int(100, 104), 1]] as const);
  const words = c.rng.chance(0.2);
  const num = words ? ageWords(c, n) : String(n);
  if (c.lang === 'en') {
    const form = c.rng.int(0, 6);
    if (form === 0) return [ent('AGE_OVER_89', num), lit(' years old')];
    if (form === 1) return [ent('AGE_OVER_89', num), lit(pick(c, [' yo', 'yo', ' y/o', ' y.o.', ' yrs old']))];
    if (form === 2) return [lit(pick(c, ['age ', 'age: ', 'aged '])), ent('AGE_OVER_89', num)];
    if (form === 3) return [lit('turned '), ent('AGE_OVER_89', num)];
    if (form === 4) return [lit('a '), ent('AGE_OVER_89', num), lit('-year-old')];
    if (form === 5) return [lit('is '), ent('AGE_OVER_89', num), lit(' yrs')];
    return [ent('AGE_OVER_89', num), lit(' years of age')];
  }
  const form = c.rng.int(0, 4);
  if (form === 0) return [ent('AGE_OVER_89', num), lit(' años')];
  if (form === 1) return [lit(pick(c, ['edad ', 'edad: ', 'Edad: '])), ent('AGE_OVER_89', num)];
  if (form === 2) return [lit('tiene '), ent('AGE_OVER_89', num), lit(' años')];
  if (form === 3) return [lit('cumplió '), ent('AGE_OVER_89', num)];
  return [lit('de '), ent('AGE_OVER_89', num), lit(' años')];
};

// ---------------------------------------------------------------------------------------------
// ADDRESS
// ---------------------------------------------------------------------------------------------

const STREET_ABBR: Record<string, string> = { Street: 'St', Avenue: 'Ave', Road: 'Rd', Drive: 'Dr', Boulevard: 'Blvd', Lane: 'Ln', Court: 'Ct', Place: 'Pl' };

function enStreetLine(c: Ctx): string {
  let street = c.f.location.street();
  if (c.rng.chance(0.4)) {
    for (const [long, short] of Object.entries(STREET_ABBR)) street = street.replace(new RegExp(`\\b${long}\\b`), c.rng.chance(0.5) ? short : short + '.');
  }
  let line = `${c.rng.int(1, 29999)} ${street}`;
  if (c.rng.chance(0.35)) line += `${pick(c, [', ', ' '])}${pick(c, ['Apt ', 'apt ', 'Apt. ', '#', 'Unit ', 'Suite ', 'Ste '])}${c.rng.int(1, 999)}${c.rng.chance(0.2) ? c.rng.letters(1) : ''}`;
  return line;
}

/** Real US city names (faker's list); a few invented towns inside full addresses only. */
function enCity(c: Ctx, inAddress = true): string {
  const real = c.f.definitions.location?.city_name as readonly string[] | undefined;
  if (real && real.length > 0 && (!inAddress || c.rng.chance(0.85))) return c.rng.pick(real);
  return c.f.location.city();
}

function enZip(c: Ctx): string {
  return c.rng.chance(0.15) ? `${c.rng.digits(5)}-${c.rng.digits(4)}` : c.rng.digits(5);
}

function esStreetLine(c: Ctx): string {
  const name = c.rng.chance(0.5) ? `${c.f.person.firstName()} ${c.f.person.lastName()}` : c.f.person.lastName();
  const n = c.rng.int(1, 2500);
  const r = c.rng.int(0, 5);
  if (r === 0) return `Calle ${name} ${n}`;
  if (r === 1) return `calle ${name} número ${n}`;
  if (r === 2) return `Av. ${name} #${n}`;
  if (r === 3) return `avenida ${name} ${n}${c.rng.chance(0.5) ? ` int. ${c.rng.int(1, 30)}` : ''}`;
  if (r === 4) return `C/ ${name}, ${n}, ${c.rng.int(1, 9)}º ${c.rng.letters(1, 'ABCD')}`;
  return `Calle ${name} No. ${n}`;
}

/** A whole contiguous address: one ADDRESS span. */
function fullAddress(c: Ctx): string {
  if (c.lang === 'en') {
    const kind = c.rng.int(0, 5);
    const state = c.rng.chance(0.85) ? c.f.location.state({ abbreviated: true }) : c.f.location.state();
    if (kind === 0) return `${enStreetLine(c)}, ${enCity(c)}, ${state} ${enZip(c)}`;
    if (kind === 1) return `${enStreetLine(c)} ${enCity(c)} ${state} ${enZip(c)}`;
    if (kind === 2) return `${enStreetLine(c)}, ${enCity(c)}`;
    if (kind === 3) return enStreetLine(c);
    if (kind === 4) return `${pick(c, ['PO Box', 'P.O. Box', 'po box', 'P O Box'])} ${c.rng.int(1, 99999)}, ${enCity(c)}, ${state} ${enZip(c)}`;
    return `${enStreetLine(c)}, ${enCity(c)} ${enZip(c)}`;
  }
  const kind = c.rng.int(0, 4);
  const zip = c.rng.digits(5);
  if (kind === 0) return `${esStreetLine(c)}, Col. ${c.f.person.lastName()}, C.P. ${zip}, ${c.f.location.city()}`;
  if (kind === 1) return `${esStreetLine(c)}, ${zip} ${c.f.location.city()}`;
  if (kind === 2) return `${esStreetLine(c)}, ${c.f.location.city()}`;
  if (kind === 3) return esStreetLine(c);
  return `${pick(c, ['Apartado postal', 'Apdo.'])} ${c.rng.int(1, 9999)}, ${c.f.location.city()}`;
}

const address: Filler = (c) => [ent('ADDRESS', chatCase(c, fullAddress(c)))];
const city: Filler = (c) => [ent('ADDRESS', chatCase(c, c.lang === 'en' ? enCity(c, false) : c.f.location.city()))];
const zipAlone: Filler = (c) => [
  lit(byLang(c, pick(c, ['zip ', 'zip code ', 'zipcode: ', 'my zip is ', 'ZIP ']), pick(c, ['C.P. ', 'código postal ', 'codigo postal ', 'cp ', 'mi código postal es ']))),
  ent('ADDRESS', c.lang === 'en' ? enZip(c) : c.rng.digits(5)),
];

// ---------------------------------------------------------------------------------------------
// PHONE / FAX
// ---------------------------------------------------------------------------------------------

function usPhone(c: Ctx): string {
  const { area, exchange, line } = V.nanp(c.rng);
  const f = c.rng.int(0, 9);
  const forms = [
    `(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `${area}.${exchange}.${line}`, `${area}${exchange}${line}`,
    `${area} ${exchange} ${line}`, `+1 ${area} ${exchange} ${line}`, `+1-${area}-${exchange}-${line}`, `1-${area}-${exchange}-${line}`,
    `+1 (${area}) ${exchange}-${line}`, `(${area})${exchange}-${line}`,
  ];
  return forms[f]!;
}

function intlPhone(c: Ctx): string {
  const r = c.rng.int(0, 6);
  if (r === 0) return `+34 6${c.rng.digits(2)} ${c.rng.digits(3)} ${c.rng.digits(3)}`;
  if (r === 1) return `+34 ${pick(c, ['6', '7', '9'])}${c.rng.digits(2)} ${c.rng.digits(2)} ${c.rng.digits(2)} ${c.rng.digits(2)}`;
  if (r === 2) return `6${c.rng.digits(2)} ${c.rng.digits(3)} ${c.rng.digits(3)}`;
  if (r === 3) return `+52 ${pick(c, ['55', '33', '81'])} ${c.rng.digits(4)} ${c.rng.digits(4)}`;
  if (r === 4) return `+52 1 ${pick(c, ['55', '33', '81'])} ${c.rng.digits(4)} ${c.rng.digits(4)}`;
  if (r === 5) return `(${pick(c, ['55', '33', '81'])}) ${c.rng.digits(4)}-${c.rng.digits(4)}`;
  return `${pick(c, ['55', '33', '81'])}-${c.rng.digits(4)}-${c.rng.digits(4)}`;
}

function phoneNumber(c: Ctx): string {
  let num = c.lang === 'en' ? (c.rng.chance(0.9) ? usPhone(c) : intlPhone(c)) : c.rng.chance(0.75) ? intlPhone(c) : usPhone(c);
  if (c.rng.chance(0.15)) num += byLang(c, pick(c, [' ext. ', ' ext ', ' x', ' extension ', ' Ext. ']), pick(c, [' ext. ', ' ext ', ' extensión '])) + String(c.rng.int(1, 9999));
  return num;
}

const phone: Filler = (c) => {
  if (c.lang === 'en' && c.rng.chance(0.05)) return [lit(pick(c, ['call me at ', 'my home number is ', 'home phone '])), ent('PHONE', `${V.nanp(c.rng).exchange}-${c.rng.digits(4)}`)];
  const prefix = c.rng.chance(0.5) ? byLang(c, pick(c, ['call me at ', 'my cell is ', 'cell: ', 'tel: ', 'ph# ', 'phone ', 'my number is ', 'text me at ', 'reach me at ']), pick(c, ['mi cel es ', 'márcame al ', 'marcame al ', 'tel. ', 'teléfono: ', 'whatsapp ', 'mi número es ', 'cel '])) : '';
  return [lit(prefix), ent('PHONE', phoneNumber(c))];
};

const fax: Filler = (c) => [
  lit(byLang(c, pick(c, ['fax: ', 'fax # ', 'fax number ', 'fax it to ', 'FAX ', 'fax no. ', 'our fax is ']), pick(c, ['fax: ', 'fax al ', 'número de fax ', 'numero de fax ', 'FAX ', 'envíen el fax al ']))),
  ent('FAX', phoneNumber(c)),
];

// ---------------------------------------------------------------------------------------------
// EMAIL / URL / IP
// ---------------------------------------------------------------------------------------------

function asciiLower(s: string): string {
  return stripAccents(s).toLowerCase().replace(/[^a-z]/g, '');
}

const MAIL_DOMAINS_EN = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'icloud.com', 'aol.com', 'comcast.net'];
const MAIL_DOMAINS_ES = ['gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.com.mx', 'prodigy.net.mx', 'outlook.es', 'live.com.mx'];

const email: Filler = (c) => {
  const first = asciiLower(c.f.person.firstName());
  const last = asciiLower(lastName(c));
  const local = pick(c, [`${first}.${last}`, `${first}${last}${c.rng.int(1, 99)}`, `${first[0]}${last}`, `${first}_${last}`, `${last}.${first}${c.rng.int(60, 99)}`]);
  const tagged = c.rng.chance(0.15) ? `${local}+${pick(c, ['rx', 'billing', 'clinic', 'med', 'portal'])}` : local;
  const domain = c.rng.chance(0.15) ? fakerEN_US.internet.domainName() : pick(c, byLang(c, MAIL_DOMAINS_EN, MAIL_DOMAINS_ES));
  if (c.rng.chance(0.15)) {
    const [host, ...rest] = domain.split('.');
    const obf = byLang(
      c,
      pick(c, [`${tagged} at ${host} dot ${rest.join(' dot ')}`, `${tagged} [at] ${host} [dot] ${rest.join(' [dot] ')}`, `${tagged}(at)${domain}`]),
      pick(c, [`${tagged} arroba ${host} punto ${rest.join(' punto ')}`, `${tagged} [at] ${host} [dot] ${rest.join(' [dot] ')}`]),
    );
    return [ent('EMAIL', obf)];
  }
  return [ent('EMAIL', `${tagged}@${domain}`)];
};

const url: Filler = (c) => {
  const domain = fakerEN_US.internet.domainName();
  const user = asciiLower(c.f.person.firstName()) + '.' + asciiLower(lastName(c));
  return [ent('URL', pick(c, [
    `https://${domain}/patients/${c.rng.digits(6)}`,
    `https://mychart.${domain}/MyChart/Visit?id=${c.rng.digits(8)}`,
    `http://portal.${domain}/login`,
    `www.facebook.com/${user}.${c.rng.int(1, 99)}`,
    `https://www.instagram.com/${user}/`,
    `${domain}/u/${user}`,
    `https://${domain}/records?pid=${c.rng.digits(7)}&view=full`,
    `www.${domain}`,
    `https://drive.google.com/file/d/${c.rng.letters(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}/view`,
  ]))];
};

const ip: Filler = (c) => [ent('IP_ADDRESS', c.rng.chance(0.6) ? V.ipv4(c.rng) : V.ipv6(c.rng))];

// ---------------------------------------------------------------------------------------------
// Numeric identifiers (context prefix outside the span)
// ---------------------------------------------------------------------------------------------

const ssn: Filler = (c) => {
  const itin = c.rng.chance(0.15);
  const digits = itin ? V.itinDigits(c.rng) : V.ssnDigits(c.rng);
  const sep = c.rng.weighted([['-', 6], [' ', 2], ['', 2], ['.', 0.5]] as const);
  const prefix = itin
    ? byLang(c, pick(c, ['ITIN ', 'my itin is ', 'ITIN: ', 'tax id (itin) ']), pick(c, ['ITIN ', 'mi ITIN es ', 'número ITIN: ']))
    : byLang(c, pick(c, ['SSN ', 'ssn: ', 'my ssn is ', 'social is ', 'social security # ', 'SS# ', 'soc sec ', 'last i checked my social was ', 'social security number: ', 'ssn# ']), pick(c, ['mi seguro social es ', 'número de seguro social: ', 'SSN ', 'mi social es ', 'seguro social ', 'numero de seguro socal ']));
  return [lit(sep === '-' && c.rng.chance(0.2) ? '' : prefix), ent('SSN', V.formatSsn(digits, sep))];
};

const mrn: Filler = (c) => {
  const value = c.rng.weighted([
    [c.rng.digits(c.rng.int(6, 10)), 5], [`${c.rng.letters(1)}${c.rng.digits(7)}`, 2], [`00${c.rng.digits(6)}`, 2], [`${c.rng.digits(3)}-${c.rng.digits(3)}-${c.rng.digits(3)}`, 1],
  ] as const);
  const prefix = byLang(
    c,
    pick(c, ['MRN: ', 'MRN ', 'mrn# ', 'MRN#', 'medical record number ', 'medical record # ', 'chart # ', 'chart no. ', 'patient id ', 'pt id: ', 'Patient ID: ', 'med rec num ']),
    pick(c, ['expediente ', 'expediente: ', 'no. de expediente ', 'número de expediente ', 'historia clínica ', 'historia clinica # ', 'MRN ', 'número de paciente ', 'expedinete ']),
  );
  return [lit(prefix), ent('MRN', value)];
};

const healthPlan: Filler = (c) => {
  const kind = c.rng.int(0, 5);
  if (kind === 0 || kind === 1) {
    return [lit(byLang(c, pick(c, ['medicare # ', 'MBI ', 'medicare id ', 'my medicare number is ', 'Medicare: ']), pick(c, ['medicare ', 'número de medicare ', 'MBI: ']))), ent('HEALTH_PLAN_ID', V.mbi(c.rng))];
  }
  if (kind === 2) {
    return [lit(byLang(c, pick(c, ['old medicare card # ', 'HICN ', 'medicare claim number ']), pick(c, ['tarjeta vieja de medicare ', 'HICN ']))), ent('HEALTH_PLAN_ID', V.ssnDigits(c.rng) + pick(c, ['A', 'B', 'C1', 'D', 'T']))];
  }
  if (kind === 3) {
    return [lit(byLang(c, pick(c, ['medicaid id ', 'Medi-Cal # ', 'medicaid # ']), pick(c, ['medicaid ', 'número de medicaid ', 'Medi-Cal ']))), ent('HEALTH_PLAN_ID', c.rng.chance(0.5) ? c.rng.digits(8) + c.rng.letters(1) : c.rng.digits(c.rng.int(9, 12)))];
  }
  const value = c.rng.weighted([
    [`${c.rng.letters(3)}${c.rng.digits(9)}`, 3], [`${c.rng.letters(1)}${c.rng.digits(9)}`, 2], [`${c.rng.letters(3)}${c.rng.digits(3)}-${c.rng.digits(3)}-${c.rng.digits(3)}`, 1],
    [c.rng.digits(c.rng.int(9, 12)), 2], [`${c.rng.letters(2)}${c.rng.digits(7)}-${c.rng.digits(2)}`, 1],
  ] as const);
  const prefix = byLang(
    c,
    pick(c, ['member id ', 'member ID: ', 'membr id ', 'member # ', 'subscriber id ', 'subscriber #', 'policy number ', 'policy # ', 'policy no ', 'group # ', 'group number ', 'insurance id ', 'ins id: ', 'Member ID#']),
    pick(c, ['número de afiliado ', 'numero de afiliado ', 'póliza ', 'poliza # ', 'número de póliza ', 'id de miembro ', 'member id ', 'número de asegurado ', 'grupo ']),
  );
  return [lit(prefix), ent('HEALTH_PLAN_ID', value)];
};

const account: Filler = (c) => {
  const kind = c.rng.int(0, 4);
  if (kind === 0) {
    return [
      lit(byLang(c, pick(c, ['routing ', 'routing # ', 'ABA ']), pick(c, ['ruta ', 'número de ruta ', 'routing ']))), ent('ACCOUNT_NUMBER', V.aba(c.rng)),
      lit(byLang(c, pick(c, [' and account ', ', acct ', ' account # ']), pick(c, [' y cuenta ', ', cuenta ']))), ent('ACCOUNT_NUMBER', c.rng.digits(c.rng.int(8, 12))),
    ];
  }
  if (kind === 1 && c.lang === 'es') return [lit(pick(c, ['CLABE ', 'clabe: ', 'mi clabe es '])), ent('ACCOUNT_NUMBER', c.rng.digits(18))];
  const value = c.rng.weighted([[c.rng.digits(c.rng.int(8, 12)), 5], [`${c.rng.digits(2)}-${c.rng.digits(6)}`, 1], [`00${c.rng.digits(10)}`, 1]] as const);
  const prefix = byLang(
    c,
    pick(c, ['account number ', 'acct # ', 'acct ', 'account # ', 'billing account ', 'billing acct no. ', 'bank account ', 'checking account ', 'guarantor account ']),
    pick(c, ['número de cuenta ', 'cuenta ', 'cuenta # ', 'no. de cuenta ', 'cuenta de facturación ', 'numero de cuenta ']),
  );
  return [lit(prefix), ent('ACCOUNT_NUMBER', value)];
};

const license: Filler = (c) => {
  const kind = c.rng.int(0, 5);
  if (kind === 0) {
    const st = c.rng.int(0, 4);
    const value = [
      `${c.rng.letters(1)}${c.rng.digits(7)}`, c.rng.digits(8), c.rng.digits(9),
      `${c.rng.letters(1)}${c.rng.digits(3)}-${c.rng.digits(3)}-${c.rng.digits(2)}-${c.rng.digits(3)}-${c.rng.digits(1)}`,
      `${c.rng.letters(1)}${c.rng.digits(3)}-${c.rng.digits(4)}-${c.rng.digits(4)}`,
    ][st]!;
    return [lit(byLang(c, pick(c, ["driver's license ", 'drivers license # ', 'DL ', 'DL# ', 'license no. ', 'drivers lic ']), pick(c, ['licencia de conducir ', 'licencia ', 'licencia de manejo ']))), ent('LICENSE_NUMBER', value)];
  }
  if (kind === 1) return [lit(pick(c, ['DEA ', 'DEA# ', 'DEA number ', 'dea: '])), ent('LICENSE_NUMBER', V.dea(c.rng, lastName(c)))];
  if (kind === 2) {
    return [lit(byLang(c, pick(c, ['RN license ', 'nursing license # ', 'medical license ', 'license # ', 'state license ']), pick(c, ['cédula profesional ', 'cedula profesional ', 'licencia médica ']))), ent('LICENSE_NUMBER', c.rng.chance(0.5) ? c.rng.digits(c.rng.int(6, 8)) : `${c.rng.letters(c.rng.int(1, 2))}${c.rng.digits(c.rng.int(5, 7))}`)];
  }
  if (kind === 3) return [lit(byLang(c, pick(c, ['passport ', 'passport # ', 'passport number ']), pick(c, ['pasaporte ', 'número de pasaporte ', 'pasaporte # ']))), ent('LICENSE_NUMBER', c.rng.chance(0.5) ? c.rng.digits(9) : `${c.rng.letters(1)}${c.rng.digits(8)}`)];
  if (kind === 4) return [lit(byLang(c, 'DEA ', 'DEA ')), ent('LICENSE_NUMBER', V.dea(c.rng, lastName(c)).toLowerCase())];
  return [lit(byLang(c, pick(c, ['my license is ', 'lic# ']), pick(c, ['mi licencia es ', 'licencia # ']))), ent('LICENSE_NUMBER', `${c.rng.letters(1)}${c.rng.digits(7)}`)];
};

const npi: Filler = (c) => [lit(pick(c, ['NPI ', 'NPI: ', 'npi# ', 'NPI number ', 'npi '])), ent('NPI', V.npi(c.rng))];

const vehicle: Filler = (c) => {
  if (c.rng.chance(0.55)) {
    const vin = V.vin(c.rng);
    return [lit(byLang(c, pick(c, ['VIN ', 'vin: ', 'VIN# ', 'vehicle id ']), pick(c, ['VIN ', 'número de serie del carro ', 'NIV ']))), ent('VEHICLE_ID', c.rng.chance(0.15) ? vin.toLowerCase() : vin)];
  }
  const plate = byLang(
    c,
    pick(c, [`${c.rng.int(1, 9)}${c.rng.letters(3)}${c.rng.digits(3)}`, `${c.rng.letters(3)}-${c.rng.digits(4)}`, `${c.rng.letters(3)} ${c.rng.digits(4)}`]),
    pick(c, [`${c.rng.digits(4)} ${c.rng.letters(3, 'BCDFGHJKLMNPRSTVWXYZ')}`, `${c.rng.letters(3)}-${c.rng.digits(3)}-${c.rng.letters(1)}`, `${c.rng.letters(3)}-${c.rng.digits(2)}-${c.rng.digits(2)}`]),
  );
  return [lit(byLang(c, pick(c, ['plate ', 'license plate ', 'plate # ', 'tag number ']), pick(c, ['placas ', 'matrícula ', 'placa ']))), ent('VEHICLE_ID', plate)];
};

const device: Filler = (c) => {
  const kind = c.rng.int(0, 3);
  if (kind === 0) return [lit(byLang(c, pick(c, ['MAC ', 'mac address ', 'MAC: ']), pick(c, ['MAC ', 'dirección MAC ']))), ent('DEVICE_ID', V.macAddress(c.rng))];
  if (kind === 1) return [lit(pick(c, ['IMEI ', 'imei: ', 'IMEI# '])), ent('DEVICE_ID', V.imei(c.rng))];
  if (kind === 2) return [lit(byLang(c, pick(c, ['UDI ', 'the UDI on the box is ', 'udi: ']), pick(c, ['UDI ', 'el UDI es ']))), ent('DEVICE_ID', V.udi(c.rng))];
  const serial = pick(c, [`${c.rng.letters(2)}${c.rng.digits(6)}`, `${c.rng.letters(1)}${c.rng.digits(2)}${c.rng.letters(2)}${c.rng.digits(5)}`, `${c.rng.letters(3)}-${c.rng.digits(5)}-${c.rng.letters(1)}`, c.rng.digits(10)]);
  return [
    lit(byLang(c, pick(c, ['pump serial number ', 'serial # ', 'SN: ', 'S/N ', 'cgm serial ', 'serial no. ', 'the meter serial is ']), pick(c, ['número de serie ', 'numero de serie de la bomba ', 'serie: ', 'S/N ', 'no. de serie ']))),
    ent('DEVICE_ID', serial),
  ];
};

const card: Filler = (c) => {
  const prefix = byLang(c, pick(c, ['card ', 'cc ', 'my card number is ', 'visa ', 'card #: ', '']), pick(c, ['tarjeta ', 'mi tarjeta es ', 'número de tarjeta ', 'tarjeta de crédito ', '']));
  return [lit(prefix), ent('CREDIT_CARD', V.creditCard(c.rng).value)];
};

const iban: Filler = (c) => [lit(pick(c, ['IBAN ', 'iban: ', 'IBAN: ', byLang(c, 'my iban is ', 'mi IBAN es '), byLang(c, 'bank account (IBAN) ', 'cuenta (IBAN) '), ''])), ent('IBAN', V.iban(c.rng))];

// ---------------------------------------------------------------------------------------------
// Decoys: look-alikes that are not PHI
// ---------------------------------------------------------------------------------------------

const DECOYS: Record<string, Filler> = {
  order: (c) => [lit(byLang(c, pick(c, ['order #', 'order ', 'order number ']), pick(c, ['pedido ', 'pedido #', 'orden ']))), dec('order', pick(c, [`${c.rng.digits(3)}-${c.rng.digits(7)}-${c.rng.digits(7)}`, `A${c.rng.digits(8)}`, c.rng.digits(8), `W${c.rng.digits(9)}`]))],
  ticket: (c) => [lit(byLang(c, pick(c, ['ticket ', 'ticket #', 'case ref ']), pick(c, ['ticket ', 'folio ', 'reporte #']))), dec('ticket', pick(c, [`INC${c.rng.digits(7)}`, c.rng.digits(6), `TCK-${c.rng.digits(5)}`, `#${c.rng.digits(5)}`]))],
  tracking: (c) => [lit(byLang(c, pick(c, ['tracking ', 'tracking # ', 'tracking number ']), pick(c, ['guía ', 'número de guía ', 'rastreo ']))), dec('tracking', pick(c, [`1Z${c.rng.letters(6, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}${c.rng.digits(10)}`, `9400 ${c.rng.digits(4)} ${c.rng.digits(4)} ${c.rng.digits(4)} ${c.rng.digits(4)} ${c.rng.digits(2)}`, c.rng.digits(12)]))],
  invoice: (c) => [lit(byLang(c, pick(c, ['invoice ', 'invoice #', 'inv ']), pick(c, ['factura ', 'factura #']))), dec('invoice', pick(c, [`INV-${c.rng.int(2019, 2026)}-${c.rng.digits(5)}`, c.rng.digits(7), `F${c.rng.digits(6)}`]))],
  confirmation: (c) => [lit(byLang(c, pick(c, ['confirmation code ', 'confirmation # ']), pick(c, ['código de confirmación ', 'confirmación ']))), dec('confirmation', c.rng.letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))],
  ndc: (c) => [lit(pick(c, ['NDC ', 'ndc ', ''])), dec('ndc', pick(c, [`${c.rng.digits(4)}-${c.rng.digits(4)}-${c.rng.digits(2)}`, `${c.rng.digits(5)}-${c.rng.digits(3)}-${c.rng.digits(2)}`, `${c.rng.digits(5)}-${c.rng.digits(4)}-${c.rng.digits(1)}`, '0002-1433-80']))],
  cpt: (c) => [lit(pick(c, ['CPT ', 'code ', 'cpt '])), dec('cpt', pick(c, ['99213', '99214', '80053', '36415', '93000', '90471', String(c.rng.int(10021, 99499))]))],
  icd: (c) => [lit(pick(c, ['ICD-10 ', 'dx ', 'diagnosis code ', 'código '])), dec('icd', pick(c, ['E11.9', 'J45.909', 'I10', 'Z00.00', 'M54.5', 'F41.1', 'E78.5', 'K21.9', 'N39.0', 'R51']))],
  price: (c) => [dec('price', byLang(c, pick(c, [`$${c.rng.int(1, 9)},${c.rng.digits(3)}.${c.rng.digits(2)}`, `$${c.rng.int(5, 999)}`, `$${c.rng.int(5, 500)}.${c.rng.digits(2)}`, `${c.rng.int(5, 400)}.${c.rng.digits(2)} USD`]), pick(c, [`$${c.rng.int(100, 9999)} pesos`, `${c.rng.int(5, 900)},${c.rng.digits(2)} €`, `$${c.rng.int(1, 9)},${c.rng.digits(3)}.${c.rng.digits(2)} MXN`, `${c.rng.int(1, 9)}.${c.rng.digits(3)},${c.rng.digits(2)} €`])))],
  dose: (c) => [dec('dose', pick(c, [`${pick(c, [5, 10, 20, 25, 50, 100, 250, 500, 850, 1000])} mg`, `${pick(c, [5, 10, 20])}mg`, '1/2 tab', '1/2 tablet', byLang(c, '2 puffs', '2 disparos'), `${c.rng.int(2, 40)} units`, `${pick(c, [2.5, 5, 10])} ml`, '0.5mg', byLang(c, '3/4 of a tablet', '3/4 de tableta'), '1-2 tabs']))],
  lab: (c) => [dec('lab', pick(c, [`A1c ${c.rng.int(5, 11)}.${c.rng.int(0, 9)}`, `${byLang(c, 'glucose', 'glucosa')} ${c.rng.int(70, 300)} mg/dL`, `LDL ${c.rng.int(60, 220)}`, `TSH ${c.rng.int(0, 9)}.${c.rng.int(0, 9)}`, `INR ${c.rng.int(1, 4)}.${c.rng.int(0, 9)}`, `hemoglobin ${c.rng.int(8, 17)}.${c.rng.int(0, 9)}`, `creatinine 1.${c.rng.digits(1)}`]))],
  bp: (c) => [lit(pick(c, ['bp ', 'BP ', byLang(c, 'blood pressure ', 'presión '), byLang(c, 'blood pressure was ', 'la presión salió ')])), dec('bp', `${c.rng.int(95, 180)}/${c.rng.int(55, 110)}`)],
  time: (c) => [dec('time', byLang(c, pick(c, [`${c.rng.int(1, 12)}:${pick(c, ['00', '15', '30', '45'])} ${pick(c, ['pm', 'am', 'PM', 'AM'])}`, `${c.rng.int(7, 20)}:${pick(c, ['00', '30'])}`, `${c.rng.int(1, 12)}${pick(c, ['am', 'pm'])}`]), pick(c, [`${c.rng.int(7, 20)}:${pick(c, ['00', '30'])}`, `${c.rng.int(1, 12)}:${pick(c, ['00', '15', '30'])} hrs`, `${c.rng.int(1, 12)} de la tarde`])))],
  weekday: (c) => [dec('weekday', pick(c, byLang(c, WEEKDAYS_EN, WEEKDAYS_ES)))],
  duration: (c) => [dec('duration', byLang(c, pick(c, [`${c.rng.int(2, 12)} days`, `${c.rng.int(2, 8)} weeks`, `${c.rng.int(2, 11)} months`, `${c.rng.int(2, 10)} years`, '48 hours']), pick(c, [`${c.rng.int(2, 12)} días`, `${c.rng.int(2, 8)} semanas`, `${c.rng.int(2, 11)} meses`, `${c.rng.int(2, 10)} años`])))],
  year: (c) => [dec('year', String(c.rng.int(1990, 2026)))],
  agelow: (c) => [dec('agelow', String(c.rng.int(1, 89)))],
  version: (c) => [dec('version', pick(c, [`v${c.rng.int(1, 9)}.${c.rng.int(0, 20)}.${c.rng.int(0, 9)}`, `${c.rng.int(1, 17)}.${c.rng.int(0, 9)}.${c.rng.int(0, 9)}`, `iOS ${c.rng.int(14, 18)}.${c.rng.int(0, 6)}`, `Android ${c.rng.int(10, 15)}`, `build ${c.rng.digits(5)}`]))],
  planname: (c) => [dec('planname', byLang(c, `${pick(c, ['Gold', 'Silver', 'Bronze', 'Platinum'])} ${pick(c, ['PPO', 'HMO', 'EPO'])} ${pick(c, [500, 1500, 2500, 4000, 6000])}`, `plan ${pick(c, ['Oro', 'Plata', 'Bronce'])} ${pick(c, [1500, 2500, 3000])}`))],
  ratio: (c) => [dec('ratio', pick(c, ['50/50', '1:1', '2:1', byLang(c, '3 out of 4', '3 de cada 4'), '60/40']))],
  pain: (c) => [lit(byLang(c, pick(c, ['pain ', 'pain is ', 'pain level ']), pick(c, ['dolor ', 'el dolor es de ']))), dec('pain', `${c.rng.int(1, 10)}/10`)],
  state: (c) => [dec('state', byLang(c, pick(c, ['Texas', 'California', 'CA', 'NY', 'Florida', 'FL', 'Ohio', 'TX']), pick(c, ['Jalisco', 'Nuevo León', 'Oaxaca', 'Texas', 'California', 'Chihuahua'])))],
  count: (c) => [dec('count', String(c.rng.int(2, 20000)))],
};

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

/** The same filler without its leading context words, for templates that write their own. */
const raw = (filler: Filler): Filler => (c) => {
  const pieces = filler(c);
  const first = pieces.findIndex((p) => p.type !== undefined);
  return first < 0 ? pieces : pieces.slice(first);
};

/**
 * Slots a template may use: `{name}` etc. fill in an entity (often with its context words);
 * `{ssnRaw}` and the other `…Raw` slots give the bare entity, for templates with their own context.
 */
const SLOTS: Record<string, Filler> = {
  name: nameFull, first: nameFirst, titled, provider, relative, date, dob, age90, address, city, zip: zipAlone,
  phone, fax, email, url, ip, ssn, mrn, plan: healthPlan, acct: account, lic: license, npi, vehicle,
  device, card, iban, ...DECOYS,
  dobRaw: raw(dob), zipRaw: raw(zipAlone), phoneRaw: raw(phone), faxRaw: raw(fax), ssnRaw: raw(ssn), mrnRaw: raw(mrn),
  planRaw: raw(healthPlan), acctRaw: raw(account), licRaw: raw(license), npiRaw: raw(npi), vehicleRaw: raw(vehicle),
  deviceRaw: raw(device), cardRaw: raw(card), ibanRaw: raw(iban), ageRaw: raw(age90),
};

/** Frames for identifiers whose filler already carries its context words. */
const ID_FRAMES: Record<Lang, readonly string[]> = {
  en: [
    '{X}', 'here it is {X}', 'hi, {X} thanks', 'ok so {X}, can u check?', 'I already gave you {X} twice 😤', 'pls verify {X}',
    'sorry typo, its {X}', '{X} - is that what you have on file?', 'Hello, I need help. {X}', 'the form keeps rejecting {X} idk why',
    'For the prior auth: {X}.', 'can you update my file with {X} please', '{X} thx', 'they asked for {X} on the phone, is that right??',
  ],
  es: [
    '{X}', 'hola, {X} gracias', 'ya les di {X} dos veces 😤', 'me pueden verificar {X}?', 'perdón, es {X}', '{X} es lo que tienen registrado?',
    'buenas tardes, necesito ayuda. {X}', 'el formulario no acepta {X} no se por que', 'para la autorización: {X}.', 'pueden actualizar mi expediente con {X} por favor',
    '{X} grax', 'me pidieron {X} por teléfono, está bien??',
  ],
};

const TEMPLATES: Record<string, Record<Lang, readonly string[]>> = {
  PERSON: {
    en: [
      'hi my name is {name}', 'this is {name}, I had an appt last week', 'Hello, {name} here. I need a refill', 'patient name: {name}',
      "I'm calling for {relative}, she can't use the app", 'can {provider} call me back?', 'I saw {provider} on monday and she said to message here',
      'please send the results to {relative}', 'ask for {first} at the front desk', '{name} needs to reschedule', 'i am {relative} caretaker',
      'who is {provider}? never met them', 'my name is {first} and {relative} is also a patient', 'Is {provider} in today?', 'thanks {first}!! 🙏',
      'appointment for {name} please', 'sign it {name}', 'the pharmacist {first} said it was ready',
      "is {first}'s appointment still on?", '{titled} needs a wheelchair at the entrance', 'can {titled} pick up the prescription for me',
    ],
    es: [
      'hola me llamo {name}', 'soy {name}, tuve cita la semana pasada', 'buenas, habla {name}. necesito una receta', 'nombre del paciente: {name}',
      'escribo por {relative}, no sabe usar la app', '¿{provider} me puede llamar?', 'vi a {provider} el lunes y me dijo que escribiera aquí',
      'manden los resultados a {relative}', 'pregunte por {first} en recepción', '{name} necesita cambiar su cita', 'la cita es para {name}',
      'quién es {provider}? no la conozco', 'gracias {first}!! 🙏', 'soy {relative} y quiero saber como sigue', 'a nombre de {name} por favor',
      '{titled} necesita silla de ruedas en la entrada', 'puede {titled} recoger la receta por mí?',
    ],
  },
  DATE: {
    en: [
      'my appt was on {date}', 'can I come in {date}?', 'I got the shot {date}', '{dob}', 'verifying: {dob}', 'the surgery is scheduled for {date}',
      'started the new meds on {date} and feel dizzy', 'last period was {date}', 'my {dob} and I need my records', 'is {date} still open for a visit',
      'labs were drawn {date} still no results', 'reschedule to {date} pls', 'he was admitted {date}', 'the bill is from {date}',
    ],
    es: [
      'mi cita fue el {date}', '¿puedo ir el {date}?', 'me vacunaron el {date}', '{dob}', 'verificando: {dob}', 'la cirugía es el {date}',
      'empecé la medicina el {date} y me siento mareada', 'mi última regla fue el {date}', 'mi {dob} y necesito mis estudios', 'hay lugar para el {date}?',
      'me sacaron sangre el {date} y nada', 'cambien la cita al {date} porfa', 'lo internaron el {date}', 'la factura es del {date}',
    ],
  },
  AGE_OVER_89: {
    en: [
      'my grandmother is {age90} and lives alone', 'patient is {age90}, very frail', 'he is {age90} now!', 'she is {age90} can she still get the vaccine',
      'my dad, {age90}, fell yesterday', 'patient {age90}, is that dose ok?', '{age90} and still driving lol',
    ],
    es: [
      'mi abuela {age90} y vive sola', 'el paciente {age90}, muy débil', 'mi papá {age90} y se cayó ayer', 'mi mamá, {age90}, necesita la vacuna',
      'mi tío ya {age90}', 'una señora {age90} puede tomar eso?',
    ],
  },
  ADDRESS: {
    en: [
      'my new address is {address}', 'send it to {address}', 'I moved to {address} last month', 'ship to {address} please', 'we live in {city} now',
      'is there a clinic near {city}?', 'mailing address: {address}', 'can you mail the card to {address}', 'im in {city}, is that in network?', '{zip}',
      'what pharmacy is close to {zip}', 'please update address to {address} thx',
    ],
    es: [
      'mi nueva dirección es {address}', 'envíenlo a {address}', 'me cambié a {address}', 'vivo en {city}', 'hay clínica cerca de {city}?',
      'dirección: {address}', 'manden la tarjeta a {address}', 'estoy en {city}, me cubre el seguro?', '{zip}', 'que farmacia queda cerca, {zip}',
      'actualicen mi domicilio: {address}',
    ],
  },
  PHONE: {
    en: ['{phone}', 'you can call me at {phone}', 'best number is {phone} after 5', 'my new cell {phone}', 'pls call {phone} asap', 'text {phone} instead', 'wrong number on file, use {phone}', 'home {phone}, cell {phone}'],
    es: ['{phone}', 'me pueden llamar al {phone}', 'mi número nuevo {phone}', 'llámenme al {phone} después de las 5', 'mándenme whatsapp al {phone}', 'el número está mal, es {phone}', 'casa {phone} y cel {phone}'],
  },
  FAX: {
    en: ['{fax}', 'can you send the forms to {fax}', 'our office {fax} attn billing', 'please {fax}', 'the referral should go to {fax}'],
    es: ['{fax}', 'manden los papeles al {fax}', 'la oficina tiene {fax}', 'por favor {fax}'],
  },
  EMAIL: {
    en: ['my email is {email}', 'send it to {email}', 'email: {email}', 'can u email the results to {email}?', 'new email {email} pls update', 'i never got the link at {email}'],
    es: ['mi correo es {email}', 'mándenlo a {email}', 'correo: {email}', 'me mandan los resultados a {email}?', 'mi nuevo correo {email}', 'no me llegó nada a {email}'],
  },
  URL: {
    en: ['the link is {url}', 'I tried {url} but it crashes', 'see {url}', 'my profile {url}', 'uploaded here {url}'],
    es: ['el link es {url}', 'entré a {url} y no carga', 'vean {url}', 'lo subí aquí {url}'],
  },
  IP_ADDRESS: {
    en: ['my ip is {ip}', 'the portal blocked {ip}', 'logged in from {ip} but it says error', 'whitelist {ip} pls', 'getting 403 from {ip}'],
    es: ['mi ip es {ip}', 'el portal bloqueó {ip}', 'entré desde {ip} y marca error', 'me sale error 403 desde {ip}'],
  },
  SSN: {
    en: ['the pharmacy wants {ssn} to run my insurance??', 'why do you need {ssn} for a refill', 'for the financial aid form, {ssn}', 'my husband is the guarantor, {ssn}'],
    es: ['la farmacia pide {ssn} para el seguro??', 'para la ayuda financiera, {ssn}', 'mi esposo es el responsable, {ssn}'],
  },
  MRN: {
    en: ['the lab slip says {mrn} is that me?', 'found it on my wristband {mrn}', 'my visit summary has {mrn} at the top', 'records request for {mrn}'],
    es: ['en la hoja del laboratorio dice {mrn}', 'en mi pulsera dice {mrn}', 'solicito mis estudios, {mrn}'],
  },
  HEALTH_PLAN_ID: {
    en: ['my insurance card says {plan}', 'new card came, {plan} starting next month', 'pharmacy says {plan} is inactive??', 'can u check eligibility for {plan}'],
    es: ['mi tarjeta del seguro dice {plan}', 'la farmacia dice que {plan} no está activo', 'pueden checar la cobertura de {plan}?'],
  },
  ACCOUNT_NUMBER: {
    en: ['I want autopay from {acct}', 'the refund should go to {acct}', 'statement shows {acct}, is that mine?', 'set up the payment plan on {acct}'],
    es: ['quiero pago automático de {acct}', 'el reembolso va a {acct}', 'en el estado de cuenta sale {acct}'],
  },
  LICENSE_NUMBER: {
    en: ['for the controlled rx the pharmacy needs {lic}', 'ID verification: {lic}', 'front desk asked for {lic}', 'prescriber {lic}'],
    es: ['para la receta controlada piden {lic}', 'verificación de identidad: {lic}', 'en recepción me pidieron {lic}'],
  },
  NPI: {
    en: ['referring provider {npi}', 'the referral is missing {npi}', 'ordering doc {npi} pls add to the claim'],
    es: ['médico que refiere {npi}', 'a la referencia le falta {npi}'],
  },
  VEHICLE_ID: {
    en: ['parking validation for {vehicle}', 'my car got towed from your lot, {vehicle}', 'handicap permit is for {vehicle}'],
    es: ['validación de estacionamiento para {vehicle}', 'se llevaron mi carro del estacionamiento, {vehicle}'],
  },
  DEVICE_ID: {
    en: ['my insulin pump keeps alarming, {device}', 'the monitor you sent me is {device}', 'replacement request for {device}', 'cgm lost signal, {device}'],
    es: ['mi bomba de insulina suena, {device}', 'el monitor que me mandaron es {device}', 'necesito reemplazo de {device}'],
  },
  CREDIT_CARD: {
    en: ['pls charge my copay to {card}', 'the payment failed on {card} 😤', 'use {card} for the balance', 'can i pay the bill with {card}?'],
    es: ['cóbrenme el copago a {card}', 'no pasó el pago con {card} 😤', 'usen {card} para el saldo'],
  },
  IBAN: {
    en: ['please refund to {iban}', 'I live abroad, can I pay from {iban}?', 'the reimbursement should go to {iban}'],
    es: ['el reembolso a {iban} por favor', 'vivo fuera, puedo pagar desde {iban}?', 'depositen a {iban}'],
  },
};

const ID_LABEL_SLOT: Record<string, string> = {
  SSN: 'ssn', MRN: 'mrn', HEALTH_PLAN_ID: 'plan', ACCOUNT_NUMBER: 'acct', LICENSE_NUMBER: 'lic', NPI: 'npi', VEHICLE_ID: 'vehicle',
  DEVICE_ID: 'device', CREDIT_CARD: 'card', IBAN: 'iban', PHONE: 'phone', FAX: 'fax', EMAIL: 'email', IP_ADDRESS: 'ip', URL: 'url',
};

const MIXED: Record<Lang, readonly string[]> = {
  en: [
    'hi this is {name}, {dob}, calling about my bill', 'Patient {name} {dob} {mrn}', '{name}\n{address}\n{phone}', 'name {name} phone {phone} email {email}',
    'for {relative} - {dob}, {plan}', '{name} ({age90}) needs a home visit at {address}', 'pay with {card} for {name}', '{provider} {npi} {fax}',
    'hi, {name} here, {ssn}, {dob}', 'my {plan} and {dob}', 'i moved to {city}, new phone {phone}', 'refund to {iban} for {name}',
    '{name} {mrn} was seen by {provider} on {date}', 'update: {email} / {phone}', 'car {vehicle} registered to {name}',
  ],
  es: [
    'hola soy {name}, {dob}, es sobre mi cuenta', 'paciente {name} {dob} {mrn}', '{name}\n{address}\n{phone}', 'nombre {name} tel {phone} correo {email}',
    'para {relative} - {dob}, {plan}', '{name} ({age90}) necesita visita en {address}', 'pago con {card} a nombre de {name}', 'hola, soy {name}, {ssn}, {dob}',
    'me mudé a {city}, nuevo cel {phone}', 'reembolso a {iban} para {name}', '{name} {mrn} lo vio {provider} el {date}', 'actualizo: {email} / {phone}',
    'hola, my name is {name}, mi {dob}', 'soy {name} and my phone is {phone} ok?',
  ],
};

/** Messages without PHI. Each names its main decoy kind in the category. */
const NEGATIVES: Record<Lang, readonly (readonly [string, string])[]> = {
  en: [
    ['order', 'where is my {order}?? its been {duration}'], ['ticket', 'any update on {ticket}'], ['tracking', 'it says delivered, {tracking} but nothing here'],
    ['invoice', 'I paid {invoice} already, {price}'], ['confirmation', 'your {confirmation} is what?'], ['ndc', 'pharmacy says {ndc} is out of stock'],
    ['cpt', 'was I billed {cpt} or 99214?'], ['icd', 'the claim has {icd} on it, is that right'], ['price', 'why is my copay {price} now'],
    ['dose', 'should I take {dose} or {dose} at night'], ['dose', 'I take {dose} twice a day'], ['lab', 'my {lab} is that bad?'], ['lab', 'last {lab} and {lab}'],
    ['bp', 'my {bp} this morning'], ['time', 'can I come at {time}?'], ['time', 'office opens at {time} right'], ['weekday', 'are you open {weekday}?'],
    ['duration', 'I have had a cough for {duration}'], ['year', 'I had the same surgery in {year}'], ['year', 'been a patient since {year}'], ['agelow', "I'm {agelow} and still get migraines"],
    ['agelow', 'my son is {agelow} can he get the vaccine'], ['version', 'the app {version} keeps crashing on {version}'], ['planname', 'does {planname} cover this?'], ['ratio', 'is the cost split {ratio}?'], ['pain', '{pain} today, worse at night'],
    ['state', 'do you accept patients from {state}?'], ['word', 'I will call back tomorrow, hope that is ok'], ['word', 'may I ask about my bill please'], ['word', 'please mark it as urgent, thanks'],
    ['word', 'is there a grace period for payment?'], ['word', 'we hope the refill is ready by {weekday}'], ['word', 'the bill says I owe {price}'], ['count', 'I walked {count} steps today lol'],
    ['word', 'ok thanks!'], ['word', 'hello? anyone there'], ['word', 'how do I reset my password'], ['word', 'can i get a refill of my inhaler'], ['word', 'is the clinic closed for the holiday'],
    ['dose', 'doctor said {dose} for {duration} then stop'], ['lab', 'is {lab} normal for someone {agelow} yrs'], ['time', 'appt moved from {time} to {time}?'],
  ],
  es: [
    ['order', 'dónde está mi {order}?? ya pasaron {duration}'], ['ticket', 'alguna novedad del {ticket}'], ['tracking', 'la {tracking} dice entregado pero no llegó'],
    ['invoice', 'ya pagué la {invoice}, {price}'], ['ndc', 'la farmacia dice que {ndc} está agotado'], ['cpt', 'me cobraron {cpt}?'], ['icd', 'el reclamo dice {icd}, está bien?'],
    ['price', 'por qué el copago es {price}'], ['dose', 'tomo {dose} o {dose} en la noche?'], ['dose', 'me tomo {dose} dos veces al día'], ['lab', 'mi {lab} está mal?'],
    ['bp', 'mi {bp} hoy en la mañana'], ['time', 'puedo ir a las {time}?'], ['weekday', 'abren el {weekday}?'], ['duration', 'tengo tos desde hace {duration}'],
    ['year', 'me operaron en {year}'], ['agelow', 'tengo {agelow} años y me duele la cabeza'], ['agelow', 'mi hijo tiene {agelow} años, le toca vacuna?'], ['version', 'la app {version} se cierra'],
    ['planname', 'el {planname} cubre esto?'], ['state', 'aceptan pacientes de {state}?'], ['word', 'tengo dolores de cabeza muy fuertes'], ['word', 'se fue la luz y se echó a perder la insulina'],
    ['word', 'la pastilla es color rosa, es normal?'], ['word', 'espero que sí, gracias'], ['word', 'hola? hay alguien'], ['word', 'cómo cambio mi contraseña'], ['word', 'ok gracias!!'],
    ['ratio', 'el costo se divide {ratio}?'], ['pain', '{pain} hoy, peor en la noche'], ['count', 'caminé {count} pasos hoy'], ['dose', 'el doctor dijo {dose} por {duration}'], ['time', 'la cita cambió de {time} a {time}?'],
  ],
};

/** Extra clauses with look-alikes appended to some PHI messages. */
const TAILS: Record<Lang, readonly string[]> = {
  en: [' also {order} never came', ', copay was {price}', '. I take {dose} daily', ', my {lab}', ' - {bp} today', ' at {time}?', ' btw app {version} is buggy', ' (plan {planname})', ' for {duration} now', ' since {year}', '. it was {icd}'],
  es: [' y el {order} no llegó', ', el copago fue {price}', '. tomo {dose} diario', ', mi {lab}', ' - {bp} hoy', ' a las {time}?', ' la app {version} falla', ' desde hace {duration}', ' desde {year}', '. era {icd}'],
};

const GREETINGS: Record<Lang, readonly string[]> = {
  en: ['hi ', 'Hi, ', 'hello ', 'Good morning! ', 'hey ', 'hi there, ', 'Hello. '],
  es: ['hola ', 'Hola, ', 'buenas tardes ', 'Buenos días! ', 'buen día, ', 'hola buenas, '],
};

const EMOJI = [' 🙏', ' 😊', ' 😤', ' 👍', ' 🙂', ' !!', ' ??', ' 😢'];

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

function parseTemplate(template: string, c: Ctx, slotOverride?: Record<string, Filler>): Piece[] {
  const out: Piece[] = [];
  for (const part of template.split(/(\{[a-z0-9]+\})/i)) {
    if (part === '') continue;
    const m = /^\{([a-z0-9]+)\}$/i.exec(part);
    if (!m) {
      out.push({ text: part, literal: true });
      continue;
    }
    const filler = slotOverride?.[m[1]!] ?? SLOTS[m[1]!];
    if (!filler) throw new Error(`unknown slot ${m[1]} in template "${template}"`);
    out.push(...filler(c));
  }
  return out;
}

/** One typo in a literal word of four letters or more (swap two letters or drop one). */
function typo(rng: Rng, text: string): string {
  const words = [...text.matchAll(/[a-záéíóúñ]{4,}/gi)];
  if (words.length === 0) return text;
  const w = rng.pick(words);
  const word = w[0];
  const i = rng.int(1, word.length - 2);
  const changed = rng.chance(0.5) ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
  return text.slice(0, w.index) + changed + text.slice(w.index! + word.length);
}

type CaseMode = 'as-is' | 'lower' | 'upper';

function assemble(pieces: readonly Piece[], rng: Rng, lang: Lang, caseMode: CaseMode, noAccents: boolean): { text: string; spans: GoldSpan[]; decoys: Decoy[] } {
  const typoAt = rng.chance(0.2) ? rng.int(0, pieces.length - 1) : -1;
  let text = '';
  const spans: GoldSpan[] = [];
  const decoys: Decoy[] = [];
  pieces.forEach((piece, index) => {
    let t = piece.text;
    if (piece.literal && index === typoAt) t = typo(rng, t);
    if (caseMode === 'lower') t = t.toLowerCase();
    if (caseMode === 'upper') t = t.toUpperCase();
    if (noAccents && lang === 'es') t = stripAccents(t);
    const start = text.length;
    text += t;
    if (piece.type) spans.push({ start, end: text.length, type: piece.type });
    if (piece.decoy) decoys.push({ start, end: text.length, kind: piece.decoy });
  });
  return { text, spans, decoys };
}

export interface GenerateOptions {
  readonly n: number;
  readonly seed: number;
  /** Share of messages without PHI (default 0.35). */
  readonly negativeShare?: number;
  /** Share of messages mixing several entities (default 0.15). */
  readonly mixedShare?: number;
  /** Phrasings (default DEFAULT_TEMPLATES; eval/holdout.ts has a second, independent set). */
  readonly templates?: TemplateSet;
}

const LABEL_WEIGHTS: readonly (readonly [Label, number])[] = [
  ['PERSON', 3], ['DATE', 3], ['AGE_OVER_89', 1], ['ADDRESS', 2.5], ['PHONE', 2], ['FAX', 0.8], ['EMAIL', 1.2], ['SSN', 1.2], ['MRN', 1.2],
  ['HEALTH_PLAN_ID', 1.5], ['ACCOUNT_NUMBER', 1], ['LICENSE_NUMBER', 1.2], ['NPI', 0.8], ['VEHICLE_ID', 0.8], ['DEVICE_ID', 1], ['URL', 0.8],
  ['IP_ADDRESS', 0.8], ['CREDIT_CARD', 1.2], ['IBAN', 1],
];

function fakerFor(rng: Rng, lang: Lang): Faker {
  const f = lang === 'en' ? fakerEN_US : rng.chance(0.6) ? fakerES_MX : fakerES;
  f.seed(rng.uint32());
  fakerEN_US.seed(rng.uint32()); // used for domains in every language
  return f;
}

/** The phrasings a corpus is drawn from; the values and their forms come from the slot fillers. */
export interface TemplateSet {
  /** Templates centred on one label. */
  readonly labelled: Readonly<Record<string, Record<Lang, readonly string[]>>>;
  /** Frames with `{X}` for identifier labels (X = the label's filler, with its context words). */
  readonly idFrames: Record<Lang, readonly string[]>;
  readonly mixed: Record<Lang, readonly string[]>;
  /** [decoy kind, template] for messages without PHI. */
  readonly negatives: Record<Lang, readonly (readonly [string, string])[]>;
  readonly tails: Record<Lang, readonly string[]>;
  readonly greetings: Record<Lang, readonly string[]>;
}

export const DEFAULT_TEMPLATES: TemplateSet = { labelled: TEMPLATES, idFrames: ID_FRAMES, mixed: MIXED, negatives: NEGATIVES, tails: TAILS, greetings: GREETINGS };

interface MessageOptions { readonly negativeShare: number; readonly mixedShare: number; readonly templates: TemplateSet }

/** One message, fully determined by rng's state. */
export function generateMessage(rng: Rng, id: string, opts: MessageOptions): GoldMessage {
  const T = opts.templates;
  const lang: Lang = rng.chance(0.6) ? 'en' : 'es';
  const c: Ctx = { rng, lang, f: fakerFor(rng, lang) };
  const r = rng.next();
  let category: string;
  let pieces: Piece[];
  if (r < opts.negativeShare) {
    const [kind, template] = rng.pick(T.negatives[lang]);
    category = `NEG:${kind}`;
    pieces = parseTemplate(template, c);
  } else if (r < opts.negativeShare + opts.mixedShare) {
    category = 'MIXED';
    pieces = parseTemplate(rng.pick(T.mixed[lang]), c);
  } else {
    const label = rng.weighted(LABEL_WEIGHTS);
    category = label;
    const specific = T.labelled[label]?.[lang];
    const slot = ID_LABEL_SLOT[label];
    if (specific && (!slot || rng.chance(0.6))) pieces = parseTemplate(rng.pick(specific), c);
    else pieces = parseTemplate(rng.pick(T.idFrames[lang]), c, { X: SLOTS[slot!]! });
  }
  if (!category.startsWith('NEG:') && rng.chance(0.3)) pieces.push(...parseTemplate(rng.pick(T.tails[lang]), c));
  if (rng.chance(0.3)) pieces.unshift({ text: rng.pick(T.greetings[lang]), literal: true });
  if (rng.chance(0.12)) pieces.push({ text: rng.pick(EMOJI), literal: true });
  const caseMode = rng.weighted<CaseMode>([['as-is', 0.72], ['lower', 0.24], ['upper', 0.04]]);
  const { text, spans, decoys } = assemble(pieces, rng, lang, caseMode, rng.chance(0.3));
  return { id, lang, text, spans, category, decoys };
}

/** The corpus for a seed: the same seed always gives the same messages. */
export function generateCorpus(options: GenerateOptions): GoldMessage[] {
  const rng = new Rng(options.seed);
  const opts = { negativeShare: options.negativeShare ?? 0.35, mixedShare: options.mixedShare ?? 0.15, templates: options.templates ?? DEFAULT_TEMPLATES };
  const out: GoldMessage[] = [];
  for (let i = 0; i < options.n; i++) out.push(generateMessage(rng, `${options.seed}-${i}`, opts));
  return out;
}
