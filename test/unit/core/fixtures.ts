/**
 * Synthetic identifiers for tests: generated to pass validation, never real records.
 * Phone numbers use the 555-01xx fiction range, e-mails example.org / example.com.
 */
import { Rng } from '../../../eval/prng';
import { luhnValid } from '../../../src/core/validators';

/** Deterministic small PRNG: the evaluation's mulberry32. */
export function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A valid SSN (area 001-665/667-899, group 01-99, serial 0001-9999). */
export function makeSsn(seed: number, sep = '-'): string {
  const r = rng(seed);
  let area = 1 + Math.floor(r() * 898);
  if (area === 666) area = 667;
  const group = 1 + Math.floor(r() * 99);
  const serial = 1 + Math.floor(r() * 9999);
  return [pad(area, 3), pad(group, 2), pad(serial, 4)].join(sep);
}

/** Appends a Luhn check digit. */
export function withLuhn(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

/** A Luhn-valid Visa-like number of 16 digits. */
export function makeCard(seed: number): string {
  const r = rng(seed);
  let body = '4';
  while (body.length < 15) body += Math.floor(r() * 10);
  return withLuhn(body);
}

/** A valid NPI (Luhn over 80840 + the number). */
export function makeNpi(seed: number): string {
  const r = rng(seed);
  let body = '1';
  while (body.length < 9) body += Math.floor(r() * 10);
  for (let d = 0; d <= 9; d++) if (luhnValid('80840' + body + d)) return body + d;
  throw new Error('unreachable');
}

export function group4(s: string, sep = ' '): string {
  return s.replace(/(.{4})(?=.)/g, `$1${sep}`);
}
