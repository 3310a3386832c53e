/**
 * The name lexicon, built once from the generated data module. Keys are lower case without accents.
 */
import { NAME_LEXICON } from './data/names.generated';

export const FIRST = 1;
export const SURNAME = 2;
export const OTHER_NAME = 4;
export const COMMON = 8;
/** A name that a dictionary also lists as a word, not a frequent one ("patience", "sterling"). */
export const DICTIONARY_WORD = 16;
export const NAME_ANY = FIRST | SURNAME | OTHER_NAME;

/**
 * Open-addressing hash table over the keys (a JavaScript Map of 55,000 strings costs more per
 * lookup than hashing the few characters of a word here). Each slot is four numbers side by side in
 * one array, so a probe reads one cache line: the key's hash, where the key starts in `pool` (every
 * key, one after another, in one string), its length (0: empty slot) and its info. An entry's info is
 * its lexicon flags (bits 0-7), the word-class bits added by `addWordClasses` and a word id (see
 * WORD_ID_SHIFT).
 */
interface Table {
  mask: number;
  /** Slot k: [4k] hash, [4k + 1] start in pool, [4k + 2] length, [4k + 3] info. */
  slots: Int32Array;
  pool: string;
}
let table: Table | undefined;
const wordClasses = new Map<string, number>();
const wordIds = new Map<string, number>();

/**
 * An entry's info above the lexicon flags (bits 0-7): word-class bits (`addWordClasses`, info bits
 * 8-20, i.e. class bits below WORD_ID_SHIFT) and a word id (`setWordId`, info bits 21-30, so an info
 * is never negative). `info >> 8` gives both: classes in its low bits, the id from WORD_ID_SHIFT.
 */
export const WORD_ID_SHIFT = 13;
const MAX_WORD_ID = 0x3ff;

/**
 * Word classes (bit masks) stored in the same table as the lexicon, so one lookup per word gives
 * both. Called while modules load; a table built before is dropped and built again on next use.
 */
export function addWordClasses(entries: Iterable<readonly [string, number]>): void {
  for (const [w, bits] of entries) {
    if (bits >>> WORD_ID_SHIFT !== 0) throw new Error(`word-class bits of '${w}' overlap the word ids`);
    wordClasses.set(w, (wordClasses.get(w) ?? 0) | bits);
  }
  table = undefined;
}

/**
 * A number (1 to 1023) stored with the word, for a module to index its own tables by (names.ts numbers
 * its cue words this way). Called while modules load, like addWordClasses.
 */
export function setWordId(word: string, id: number): void {
  if (!(id >= 1 && id <= MAX_WORD_ID)) throw new Error(`word id ${id} of '${word}' out of range`);
  wordIds.set(word, id);
  table = undefined;
}

/** FNV-1a; `hashStep` is one step of it, so a caller can hash a word while it reads the characters. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function hashOf(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
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
  for (const [w, id] of wordIds) put(w, id << (WORD_ID_SHIFT + 8), true);
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size * 4);
  let from = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const h = hashOf(key);
    let at = h & mask;
    while (slots[at * 4 + 2] !== 0) at = (at + 1) & mask;
    slots[at * 4] = h;
    slots[at * 4 + 1] = from;
    slots[at * 4 + 2] = key.length;
    slots[at * 4 + 3] = info[k] as number;
    from += key.length;
  }
  return { mask, slots, pool: keys.join('') };
}

/** Lexicon flags (bits 0-7) and word-class bits (from bit 8) of a folded key, 0 when unknown. */
export function wordInfo(key: string): number {
  if (table === undefined) table = build();
  const { mask, slots, pool } = table;
  const h = hashOf(key);
  const n = key.length;
  for (let at = h & mask; ; at = (at + 1) & mask) {
    const b = at * 4;
    const len = slots[b + 2] as number;
    if (len === 0) return 0;
    if (slots[b] === h && len === n && samePoolKey(pool, slots[b + 1] as number, key)) return slots[b + 3] as number;
  }
}

function samePoolKey(pool: string, from: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (pool.charCodeAt(from + i) !== key.charCodeAt(i)) return false;
  return true;
}

/**
 * The slot of the word `text[start, start + len)` read in lower case, or -1 when it is not in the
 * table. Only for ASCII words of letters, ' and - (lower case is then `c | 32` for every character);
 * `h` is the hash of that lower-case word (hashStep over `c | 32`), which the tokenizer computes while
 * it reads the word: no second pass over a lower-case copy to hash it and compare it.
 */
export function slotOfAsciiWord(text: string, start: number, len: number, h: number): number {
  if (table === undefined) table = build();
  const { mask, slots, pool } = table;
  h |= 0;
  for (let at = h & mask; ; at = (at + 1) & mask) {
    const b = at * 4;
    const n = slots[b + 2] as number;
    if (n === 0) return -1;
    if (slots[b] === h && n === len && samePoolWord(pool, slots[b + 1] as number, text, start, len)) return at;
  }
}

function samePoolWord(pool: string, from: number, text: string, start: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (pool.charCodeAt(from + i) !== (text.charCodeAt(start + i) | 32)) return false;
  return true;
}

/** Info (as wordInfo) of a slot from slotOfAsciiWord. */
export function slotInfo(slot: number): number {
  return (table as Table).slots[slot * 4 + 3] as number;
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
