/**
 * Ordinary English words the name lexicon does not know ("melt", "dizzy", "stimulator"), from the
 * Bloom filter that scripts/generate-words.mjs builds out of SUBTLEX-US. A yes can be wrong for about
 * one string in 200 (an unknown name then needs the evidence a word needs); a no is always right.
 */
import { WORD_FILTER, WORD_FILTER_BITS, WORD_FILTER_PROBES } from './data/words.generated';

let bits: Uint8Array | undefined;

/** The filter's bits, decoded from base64 on first use (no atob or Buffer: the same code in every runtime). */
function filter(): Uint8Array {
  if (bits !== undefined) return bits;
  const bytes = new Uint8Array(WORD_FILTER_BITS / 8);
  let acc = 0;
  let held = 0;
  let at = 0;
  for (let i = 0; i < WORD_FILTER.length && at < bytes.length; i++) {
    const v = BASE64.indexOf(WORD_FILTER.charAt(i));
    if (v < 0) continue; // '=' padding
    acc = (acc << 6) | v;
    held += 6;
    if (held >= 8) {
      held -= 8;
      bytes[at++] = (acc >>> held) & 0xff;
    }
  }
  bits = bytes;
  return bits;
}
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Whether `key` (lower case, no accents) is one of the filter's words. Hashing as in scripts/generate-words.mjs. */
export function isEverydayWord(key: string): boolean {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  const a = h1 >>> 0;
  const b = (h2 | 1) >>> 0;
  const f = filter();
  for (let i = 0; i < WORD_FILTER_PROBES; i++) {
    const bit = ((a + Math.imul(i, b)) >>> 0) % WORD_FILTER_BITS;
    if (((f[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
  }
  return true;
}
