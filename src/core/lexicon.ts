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
 * lookup than hashing the few characters of a word here): SLOTS holds entry index + 1.
 */
interface Table {
  mask: number;
  slots: Int32Array;
  keys: string[];
  flags: Uint8Array;
}
let table: Table | undefined;

function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function build(): Table {
  const keys: string[] = [];
  const flagList: number[] = [];
  const seen = new Map<string, number>();
  for (const [flags, words] of NAME_LEXICON) {
    let start = 0;
    for (let i = 0; i <= words.length; i++) {
      if (i === words.length || words.charCodeAt(i) === 32) {
        if (i > start) {
          const w = words.slice(start, i);
          const at = seen.get(w);
          if (at === undefined) {
            seen.set(w, keys.length);
            keys.push(w);
            flagList.push(flags);
          } else flagList[at] = flags; // a later entry wins, as with Map.set
        }
        start = i + 1;
      }
    }
  }
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let k = 0; k < keys.length; k++) {
    let at = hashOf(keys[k] as string) & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = k + 1;
  }
  return { mask, slots, keys, flags: Uint8Array.from(flagList) };
}

/** Flags of a folded key, 0 when unknown. */
export function lexiconFlags(key: string): number {
  if (table === undefined) table = build();
  const { mask, slots, keys, flags } = table;
  for (let at = hashOf(key) & mask; ; at = (at + 1) & mask) {
    const e = slots[at] as number;
    if (e === 0) return 0;
    if (keys[e - 1] === key) return flags[e - 1] as number;
  }
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
