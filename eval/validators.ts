/**
 * Independent validators for generated identifiers (the evaluation's own, written from the public
 * specifications, not shared with the engine). Every function takes the value as written in chat
 * and ignores spaces, dashes and dots where the format allows them.
 */

const SEPARATORS = /[\s.-]/g;

export function stripSeparators(value: string): string {
  return value.replace(SEPARATORS, '');
}

/** Luhn (mod 10) over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Payment card: 13–19 digits, Luhn. */
export function creditCardValid(value: string): boolean {
  const d = stripSeparators(value);
  return d.length >= 13 && d.length <= 19 && luhnValid(d);
}

/** IBAN: ISO 13616 mod-97 = 1 after moving the first four characters to the end. */
export function ibanValid(value: string): boolean {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const part = code >= 65 ? String(code - 55) : ch;
    for (const p of part) rem = (rem * 10 + (p.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/** NPI: 10 digits, Luhn over the digits prefixed with 80840. */
export function npiValid(value: string): boolean {
  const d = stripSeparators(value);
  return /^[12]\d{9}$/.test(d) && luhnValid('80840' + d);
}

/** DEA registration number: 2 letters + 7 digits; (d1+d3+d5) + 2(d2+d4+d6) ends in d7. */
export function deaValid(value: string): boolean {
  const s = value.toUpperCase();
  const m = /^[A-Z][A-Z9](\d{7})$/.exec(s);
  if (!m) return false;
  const d = m[1]!.split('').map(Number);
  const sum = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return sum % 10 === d[6];
}

const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check character (position 9) a VIN must carry, or null when a character is not allowed. */
export function vinCheckChar(vin: string): string | null {
  const s = vin.toUpperCase();
  if (s.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = s[i]!;
    const v = /\d/.test(ch) ? Number(ch) : VIN_VALUES[ch];
    if (v === undefined) return null;
    sum += v * VIN_WEIGHTS[i]!;
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** VIN: 17 characters without I, O, Q and a valid check character at position 9. */
export function vinValid(value: string): boolean {
  const s = value.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(s)) return false;
  return vinCheckChar(s) === s[8];
}

/** IMEI: 15 digits, Luhn. */
export function imeiValid(value: string): boolean {
  const d = stripSeparators(value);
  return d.length === 15 && luhnValid(d);
}

/** Medicare Beneficiary Identifier (CMS format): 11 characters, positional rules, no S L O I B Z. */
export function mbiValid(value: string): boolean {
  const s = value.replace(/-/g, '').toUpperCase();
  const A = '[AC-HJKMNP-RT-Y]';
  const AN = '[AC-HJKMNP-RT-Y0-9]';
  const re = new RegExp(`^[1-9]${A}${AN}\\d${A}${AN}\\d${A}${A}\\d\\d$`);
  return re.test(s);
}

/** SSN: area not 000, 666 or 900–999; group not 00; serial not 0000. */
export function ssnValid(value: string): boolean {
  const d = stripSeparators(value);
  if (!/^\d{9}$/.test(d)) return false;
  const area = Number(d.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

/** ITIN: 9xx-GG-xxxx with group 50–65, 70–88, 90–92 or 94–99. */
export function itinValid(value: string): boolean {
  const d = stripSeparators(value);
  if (!/^9\d{8}$/.test(d)) return false;
  const g = Number(d.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/** ABA routing number: 9 digits, 3-7-1 weighted sum divisible by 10. */
export function abaValid(value: string): boolean {
  const d = stripSeparators(value);
  if (!/^\d{9}$/.test(d)) return false;
  const n = d.split('').map(Number);
  const sum = 3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!);
  return sum % 10 === 0;
}
