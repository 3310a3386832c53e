/**
 * The name lexicon, built once from the generated data module. Keys are lower case without accents.
 */
import { NAME_LEXICON } from './data/names.generated';

export const FIRST = 1;
export const SURNAME = 2;
export const OTHER_NAME = 4;
export const COMMON = 8;
export const NAME_ANY = FIRST | SURNAME | OTHER_NAME;

let table: Map<string, number> | undefined;

function build(): Map<string, number> {
  const m = new Map<string, number>();
  for (const [flags, words] of NAME_LEXICON) {
    let start = 0;
    for (let i = 0; i <= words.length; i++) {
      if (i === words.length || words.charCodeAt(i) === 32) {
        if (i > start) m.set(words.slice(start, i), flags);
        start = i + 1;
      }
    }
  }
  return m;
}

/** Flags of a folded key, 0 when unknown. */
export function lexiconFlags(key: string): number {
  if (table === undefined) table = build();
  return table.get(key) ?? 0;
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
