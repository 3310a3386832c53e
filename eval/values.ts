/**
 * Value makers for identifiers that carry a check digit or a format rule. Each returns the value
 * as a user would type it (with the chosen separators); validity is asserted in the unit tests
 * with the independent validators of ./validators.ts.
 */
import { Rng } from './prng';
import { vinCheckChar } from './validators';

/** Appends the Luhn check digit to a digit string. */
export function withLuhn(body: string): string {
  for (let c = 0; c <= 9; c++) {
    const candidate = body + String(c);
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = candidate.charCodeAt(candidate.length - 1 - i) - 48;
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** Splits a string into groups of the given sizes joined by sep. */
export function group(value: string, sizes: readonly number[], sep: string): string {
  const parts: string[] = [];
  let i = 0;
  for (const size of sizes) {
    if (i >= value.length) break;
    parts.push(value.slice(i, i + size));
    i += size;
  }
  if (i < value.length) parts.push(value.slice(i));
  return parts.join(sep);
}

export function groupsOf(value: string, size: number, sep: string): string {
  const sizes: number[] = [];
  for (let i = 0; i < value.length; i += size) sizes.push(size);
  return group(value, sizes, sep);
}

export type CardBrand = 'visa16' | 'visa13' | 'visa19' | 'mastercard' | 'mastercard2' | 'amex' | 'discover' | 'diners' | 'jcb';

export function creditCard(rng: Rng): { value: string; brand: CardBrand } {
  const brand = rng.weighted<CardBrand>([
    ['visa16', 5], ['visa13', 0.5], ['visa19', 0.5], ['mastercard', 3], ['mastercard2', 1], ['amex', 2],
    ['discover', 1.5], ['diners', 0.7], ['jcb', 0.7],
  ]);
  const spec: Record<CardBrand, [string, number]> = {
    visa16: ['4', 16], visa13: ['4', 13], visa19: ['4', 19], mastercard: [String(rng.int(51, 55)), 16],
    mastercard2: [String(rng.int(2221, 2720)), 16], amex: [rng.pick(['34', '37']), 15], discover: ['6011', 16],
    diners: [rng.pick(['36', '38']), 14], jcb: [String(rng.int(3528, 3589)), 16],
  };
  const [prefix, len] = spec[brand];
  const digits = withLuhn(prefix + rng.digits(len - prefix.length - 1));
  const sep = rng.weighted([[' ', 5], ['-', 3], ['', 3]] as const);
  let value: string;
  if (sep === '') value = digits;
  else if (brand === 'amex') value = group(digits, [4, 6, 5], sep);
  else if (brand === 'diners') value = group(digits, [4, 6, 4], sep);
  else value = groupsOf(digits, 4, sep);
  return { value, brand };
}

const IBAN_SPECS: readonly (readonly [string, string])[] = [
  // country, BBAN pattern: 9 = digit, A = upper letter, X = letter or digit
  ['DE', '999999999999999999'],
  ['ES', '99999999999999999999'],
  ['GB', 'AAAA99999999999999'],
  ['FR', '9999999999XXXXXXXXXXX99'],
  ['IT', 'A9999999999XXXXXXXXXXXX'],
  ['NL', 'AAAA9999999999'],
  ['PT', '999999999999999999999'],
  ['CH', '99999XXXXXXXXXXXX'],
  ['BE', '999999999999'],
];

function mod97(numeric: string): number {
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return rem;
}

function ibanNumeric(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    out += code >= 65 ? String(code - 55) : ch;
  }
  return out;
}

export function iban(rng: Rng, country?: string): string {
  const spec = country ? IBAN_SPECS.find(([c]) => c === country)! : rng.pick(IBAN_SPECS);
  const [cc, pattern] = spec;
  let bban = '';
  for (const p of pattern) {
    if (p === '9') bban += rng.digits(1);
    else if (p === 'A') bban += rng.letters(1);
    else bban += rng.chance(0.6) ? rng.digits(1) : rng.letters(1);
  }
  const check = 98 - mod97(ibanNumeric(bban + cc + '00'));
  const compact = cc + String(check).padStart(2, '0') + bban;
  const style = rng.weighted([['spaced', 6], ['compact', 3], ['lower', 1]] as const);
  if (style === 'spaced') return groupsOf(compact, 4, ' ');
  if (style === 'lower') return groupsOf(compact, 4, ' ').toLowerCase();
  return compact;
}

export function npi(rng: Rng): string {
  const body = rng.pick(['1', '2']) + rng.digits(8);
  // Luhn over 80840 + npi: compute the check digit on the prefixed string, then drop the prefix.
  return withLuhn('80840' + body).slice(5);
}

export function dea(rng: Rng, lastName: string): string {
  const first = rng.pick(['A', 'B', 'F', 'G', 'M']);
  const initial = (lastName.normalize('NFD').replace(/[^a-z]/gi, '')[0] ?? 'X').toUpperCase();
  const d = rng.digits(6).split('').map(Number);
  const sum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return first + initial + d.join('') + String(sum % 10);
}

const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

export function vin(rng: Rng): string {
  const wmi = rng.pick(['1HG', '1FT', '2T1', '3VW', 'JHM', 'WBA', '5YJ', '1G1', 'KNA', '4T1', 'JN1']);
  const vds = rng.letters(5, VIN_ALPHABET);
  const year = rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', '5', '7', '9']);
  const plant = rng.letters(1, VIN_ALPHABET);
  const serial = rng.digits(6);
  const draft = wmi + vds + '0' + year + plant + serial;
  return draft.slice(0, 8) + vinCheckChar(draft)! + draft.slice(9);
}

export function imei(rng: Rng): string {
  const tac = rng.pick(['35', '86', '01', '49', '99']) + rng.digits(6);
  const full = withLuhn(tac + rng.digits(6));
  const style = rng.weighted([['compact', 5], ['dashed', 2], ['spaced', 1]] as const);
  if (style === 'dashed') return group(full, [2, 6, 6, 1], '-');
  if (style === 'spaced') return group(full, [2, 6, 6, 1], ' ');
  return full;
}

const MBI_ALPHA = 'ACDEFGHJKMNPQRTUVWXY';
const MBI_ALNUM = MBI_ALPHA + '0123456789';

export function mbi(rng: Rng): string {
  const c = [
    String(rng.int(1, 9)), rng.letters(1, MBI_ALPHA), rng.letters(1, MBI_ALNUM), rng.digits(1),
    rng.letters(1, MBI_ALPHA), rng.letters(1, MBI_ALNUM), rng.digits(1),
    rng.letters(1, MBI_ALPHA), rng.letters(1, MBI_ALPHA), rng.digits(1), rng.digits(1),
  ].join('');
  const dashed = rng.chance(0.45);
  const s = dashed ? `${c.slice(0, 4)}-${c.slice(4, 7)}-${c.slice(7)}` : c;
  return rng.chance(0.2) ? s.toLowerCase() : s;
}

/** Nine digits of a valid SSN (not formatted). */
export function ssnDigits(rng: Rng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const g = rng.int(1, 99);
  const serial = rng.int(1, 9999);
  return String(area).padStart(3, '0') + String(g).padStart(2, '0') + String(serial).padStart(4, '0');
}

/** Nine digits of a valid ITIN (not formatted). */
export function itinDigits(rng: Rng): string {
  const g = rng.pick([rng.int(50, 65), rng.int(70, 88), rng.int(90, 92), rng.int(94, 99)]);
  return '9' + rng.digits(2) + String(g) + rng.digits(4);
}

export function formatSsn(d: string, sep: string): string {
  return sep === '' ? d : `${d.slice(0, 3)}${sep}${d.slice(3, 5)}${sep}${d.slice(5)}`;
}

export function aba(rng: Rng): string {
  const first8 = rng.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']) + rng.digits(6);
  const n = first8.split('').map(Number);
  const partial = 3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]!);
  const check = (10 - (partial % 10)) % 10;
  return first8 + String(check);
}

/** A US NANP number: area code and exchange start 2-9 and are not N11. */
export function nanp(rng: Rng): { area: string; exchange: string; line: string } {
  const npa = () => {
    for (;;) {
      const v = String(rng.int(2, 9)) + rng.digits(2);
      if (v.slice(1) !== '11') return v;
    }
  };
  return { area: npa(), exchange: npa(), line: rng.digits(4) };
}

export function macAddress(rng: Rng): string {
  const hex = '0123456789ABCDEF';
  const bytes: string[] = [];
  for (let i = 0; i < 6; i++) bytes.push(rng.letters(2, hex));
  const style = rng.weighted([['colon', 5], ['dash', 2], ['cisco', 1]] as const);
  const out = style === 'colon' ? bytes.join(':') : style === 'dash' ? bytes.join('-') : group(bytes.join(''), [4, 4, 4], '.');
  return rng.chance(0.4) ? out.toLowerCase() : out;
}

/** A GS1 UDI in human-readable form: (01) GTIN-14 with its check digit, then production data. */
export function udi(rng: Rng): string {
  const body = '0' + rng.digits(12);
  // GS1 check digit: weights 3,1,3,... from the right of the body.
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  const gtin = body + String((10 - (sum % 10)) % 10);
  const yy = String(rng.int(24, 30));
  const mm = String(rng.int(1, 12)).padStart(2, '0');
  let s = `(01)${gtin}(17)${yy}${mm}${rng.pick(['00', '28', '30'])}(10)${rng.letters(1)}${rng.digits(rng.int(3, 6))}`;
  if (rng.chance(0.6)) s += `(21)${rng.letters(2)}${rng.digits(rng.int(4, 7))}`;
  return s;
}

export function ipv4(rng: Rng): string {
  const first = rng.pick([10, 172, 192, rng.int(11, 223)]);
  return [first, rng.int(0, 255), rng.int(0, 255), rng.int(1, 254)].join('.');
}

export function ipv6(rng: Rng): string {
  const hex = '0123456789abcdef';
  const h = () => rng.letters(rng.int(1, 4), hex).replace(/^0+(?=.)/, '');
  const style = rng.weighted([['compressed', 4], ['full', 1], ['mapped', 2], ['linklocal', 1]] as const);
  if (style === 'mapped') return `::ffff:${ipv4(rng)}`;
  if (style === 'linklocal') return `fe80::${h()}:${h()}:${h()}:${h()}`;
  if (style === 'full') return Array.from({ length: 8 }, h).join(':');
  const left = Array.from({ length: rng.int(1, 3) }, h);
  const right = Array.from({ length: rng.int(1, 3) }, h);
  if (rng.chance(0.5)) left[0] = '2001';
  if (rng.chance(0.5) && left.length > 1) left[1] = 'db8';
  const out = `${left.join(':')}::${right.join(':')}`;
  return rng.chance(0.2) ? out.toUpperCase() : out;
}
