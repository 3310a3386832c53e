/**
 * The name lexicon, built once from the generated data module. Keys are lower case without accents.
 */
import { NAME_LEXICON } from './data/names.generated';

export const FIRST = 1;
export const SURNAME = 2;
export const OTHER_NAME = 4;
export const COMMON = 8;
export const NAME_ANY = FIRST | SURNAME | OTHER_NAME;

/**
 * Open-addressing hash table over the keys (a JavaScript Map of 55,000 strings costs more per
 * lookup than hashing the few characters of a word here). `slots` holds entry index + 1 and
 * `slotHash` the key's hash, so a probe compares strings only when the hashes agree. An entry's
 * info is its lexicon flags (bits 0-7) and the word-class bits added by `addWordClasses` (from 8).
 */
interface Table {
  mask: number;
  slots: Int32Array;
  slotHash: Int32Array;
  /** Every key, one after another, in one string; entry k is pool[start[k], start[k + 1]). */
  pool: string;
  start: Int32Array;
  info: Int32Array;
}
let table: Table | undefined;
const wordClasses = new Map<string, number>();

/**
 * Word classes (bit masks) stored in the same table as the lexicon, so one lookup per word gives
 * both. Called while modules load; a table built before is dropped and built again on next use.
 */
export function addWordClasses(entries: Iterable<readonly [string, number]>): void {
  for (const [w, bits] of entries) wordClasses.set(w, (wordClasses.get(w) ?? 0) | bits);
  table = undefined;
}

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

function build(): Table {
  const keys: string[] = [];
  const info: number[] = [];
  const seen = new Map<string, number>();
  const put = (w: string, value: number, merge: boolean): void => {
    const at = seen.get(w);
    if (at === undefined) {
      seen.set(w, keys.length);
      keys.push(w);
      info.push(value);
    } else info[at] = merge ? (info[at] as number) | value : value; // a later lexicon entry wins, as with Map.set
  };
  for (const [flags, words] of NAME_LEXICON) {
    let start = 0;
    for (let i = 0; i <= words.length; i++) {
      if (i === words.length || words.charCodeAt(i) === 32) {
        if (i > start) put(words.slice(start, i), flags, false);
        start = i + 1;
      }
    }
  }
  for (const [w, bits] of wordClasses) put(w, bits << 8, true);
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const slotHash = new Int32Array(size);
  for (let k = 0; k < keys.length; k++) {
    const h = hashOf(keys[k] as string);
    let at = h & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = k + 1;
    slotHash[at] = h;
  }
  const start = new Int32Array(keys.length + 1);
  for (let k = 0; k < keys.length; k++) start[k + 1] = (start[k] as number) + (keys[k] as string).length;
  return { mask, slots, slotHash, pool: keys.join(''), start, info: Int32Array.from(info) };
}

/** Lexicon flags (bits 0-7) and word-class bits (from bit 8) of a folded key, 0 when unknown. */
export function wordInfo(key: string): number {
  if (table === undefined) table = build();
  const { mask, slots, slotHash, pool, start, info } = table;
  const h = hashOf(key);
  for (let at = h & mask; ; at = (at + 1) & mask) {
    const e = slots[at] as number;
    if (e === 0) return 0;
    if (slotHash[at] === h && samePoolKey(pool, start[e - 1] as number, start[e] as number, key)) return info[e - 1] as number;
  }
}

function samePoolKey(pool: string, from: number, to: number, key: string): boolean {
  if (to - from !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (pool.charCodeAt(from + i) !== key.charCodeAt(i)) return false;
  return true;
}

/** Flags of a folded key, 0 when unknown. */
export function lexiconFlags(key: string): number {
  return wordInfo(key) & 0xff;
}

const ACCENTS: Readonly<Record<string, string>> = {
  á: 'a', à: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ì: 'i', î: 'i',
  ï: 'i', ó: 'o', ò: 'o', ô: 'o', ö: 'o', õ: 'o', ú: 'u', ù: 'u', û: 'u', ü: 'u', ñ: 'n', ç: 'c', ý: 'y',
  ÿ: 'y', '’': "'",
};

/** Lower case, accents removed (Latin-1 range), same length as the input for those characters. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return lower;
  let out = '';
  for (const ch of lower) out += ACCENTS[ch] ?? ch;
  return out;
}
