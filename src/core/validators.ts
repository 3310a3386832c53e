/**
 * Checksum and format validators for identifiers. Pure functions over strings; they never throw.
 * Each takes the raw matched value (separators allowed) and answers whether it is well formed.
 */

export function digitsOf(value: string): string {
  // runs of digits are copied with one slice each, and a value of only digits is returned as it is
  let out = '';
  let run = -1; // start of the current run of digits
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += value.slice(run, i);
      run = -1;
    }
  }
  if (run === 0) return value;
  return run > 0 ? out + value.slice(run) : out;
}

/** Luhn (mod 10) over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Payment card: 13–19 digits, Luhn, and an issuer prefix that exists. */
const CARD_ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|2)|35|5[06-9]|6[37]|8[1-9])/;

/** Whether a string of two or more digits repeats one digit (what /^(\d)\1+$/ tests). */
function oneDigitRepeated(d: string): boolean {
  const first = d.charCodeAt(0);
  for (let i = 1; i < d.length; i++) if (d.charCodeAt(i) !== first) return false;
  return d.length >= 2;
}

export function creditCardValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length < 13 || d.length > 19) return false;
  if (oneDigitRepeated(d)) return false;
  return CARD_ISSUER.test(d) && cardLengthOk(d) && luhnValid(d);
}

/**
 * Lengths the big issuers use: Visa 13, 16 or 19 digits, Mastercard 16, Amex 15. Fifteen digits with
 * a Luhn check and no Amex (or Maestro, any length) prefix are an IMEI, not a card.
 */
function cardLengthOk(d: string): boolean {
  const n = d.length;
  if (d[0] === '4') return n === 13 || n === 16 || n === 19;
  if (/^(?:5[1-5]|2[2-7])/.test(d)) return n === 16;
  if (/^3[47]/.test(d)) return n === 15;
  return n !== 15 || /^(?:5[06-9]|6[37])/.test(d);
}

const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24,
  TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** IBAN: known country, its length, and mod-97 == 1. */
export function ibanValid(value: string): boolean {
  const s = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(s)) return false;
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (len === undefined || len !== s.length) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  return rem === 1;
}

/** NPI: 10 digits, first 1 or 2, Luhn over "80840" + the number. */
export function npiValid(value: string): boolean {
  const d = digitsOf(value);
  return d.length === 10 && (d[0] === '1' || d[0] === '2') && luhnValid('80840' + d);
}

/** DEA registration number: 2 letters + 7 digits with check digit. */
export function deaValid(value: string): boolean {
  const s = value.toUpperCase();
  if (!/^[A-HJ-MPR-UX][A-Z9]\d{7}$/.test(s)) return false;
  const n = (i: number): number => s.charCodeAt(2 + i) - 48;
  const check = (n(0) + n(2) + n(4) + 2 * (n(1) + n(3) + n(5))) % 10;
  return check === n(6);
}

const VIN_VALUES: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** VIN: 17 characters without I, O, Q. `checkDigit` tells whether position 9 is right. */
export function vinShape(value: string): boolean {
  const s = value.toUpperCase();
  return /^[A-HJ-NPR-Z0-9]{17}$/.test(s) && /\d/.test(s) && /[A-Z]/.test(s);
}
export function vinCheckDigitValid(value: string): boolean {
  const s = value.toUpperCase();
  if (!vinShape(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = s[i] as string;
    const v = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : VIN_VALUES[ch];
    if (v === undefined) return false;
    sum += v * (VIN_WEIGHTS[i] as number);
  }
  const r = sum % 11;
  return s[8] === (r === 10 ? 'X' : String(r));
}

/** US SSN or ITIN (area/group/serial rules). Returns 'ssn', 'itin' or null. */
export function ssnKind(value: string): 'ssn' | 'itin' | null {
  const d = digitsOf(value);
  if (d.length !== 9) return null;
  const area = Number(d.slice(0, 3));
  const group = Number(d.slice(3, 5));
  const serial = Number(d.slice(5));
  if (serial === 0 || group === 0) return null;
  if (area === 0 || area === 666) return null;
  if (area >= 900) {
    // ITIN: 9XX-[50-65|70-88|90-92|94-99]-XXXX
    if ((group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94) return 'itin';
    return null;
  }
  if (oneDigitRepeated(d)) return null; // d has 9 digits: /^(\d)\1{8}$/
  return 'ssn';
}

/** Medicare Beneficiary Identifier (MBI), 11 characters, dashes allowed. */
export function mbiValid(value: string): boolean {
  const s = value.replace(/-/g, '').toUpperCase();
  return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(s);
}

/** ABA routing number: 9 digits, weights 3-7-1. */
export function abaValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 9) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (w[i] as number);
  const prefix = Number(d.slice(0, 2));
  const prefixOk = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  return sum % 10 === 0 && prefixOk;
}

/** IMEI: 15 digits with Luhn. */
export function imeiValid(value: string): boolean {
  const d = digitsOf(value);
  return d.length === 15 && luhnValid(d);
}

/** IPv4 dotted quad, octets 0-255, no leading zeros beyond one digit "0". */
export function ipv4Valid(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (p.length === 0 || p.length > 3 || (p.length > 1 && p[0] === '0')) return false;
    if (Number(p) > 255) return false;
  }
  return true;
}

/** IPv6, full, compressed, or with an embedded IPv4 tail. */
export function ipv6Valid(value: string): boolean {
  let s = value;
  let groupsNeeded = 8;
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.') >= 0) {
    if (!ipv4Valid(s.slice(lastColon + 1))) return false;
    s = s.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = s.indexOf('::');
  if (dbl !== s.lastIndexOf('::')) return false;
  const hex = /^[0-9a-f]{1,4}$/i;
  if (dbl >= 0) {
    const left = s.slice(0, dbl);
    const right = s.slice(dbl + 2);
    const l = left === '' ? [] : left.split(':');
    const r = right === '' ? [] : right.split(':');
    if (l.length + r.length > groupsNeeded - 1) return false;
    return [...l, ...r].every((g) => hex.test(g));
  }
  const groups = s.split(':');
  groupsNeeded = 8;
  return groups.length === groupsNeeded && groups.every((g) => hex.test(g));
}

/** Dates: month 1-12, day valid for the month (leap years allowed loosely). */
export function dayMonthValid(month: number, day: number): boolean {
  if (!(month >= 1 && month <= 12) || !(day >= 1)) return false;
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= max;
}
