/**
 * Cities from a gazetteer, after a place preposition: "any urgent care in brownsville?",
 * "estamos en Tetela de Ocampo", "we drive from san marcos". A city (any geographic subdivision
 * smaller than a state) is a Safe Harbor identifier; the residence cues of names.ts ("I live in")
 * catch unknown places, this pass catches known places after the plainest prepositions, which are
 * too common to trust without knowing the place.
 *
 * The list (data/cities.generated.ts) is GeoNames' populated places of the US and the
 * Spanish-speaking countries. A place name that is also an ordinary word ("Mentor", "Orange",
 * "Buenavista") counts only when it is capitalised in a message that uses capitals; a first name
 * after "from", "de", "to", "a" or "at" is left to the name detector ("a message from Grace").
 */
import type { Finding } from './types';
import type { Token } from './names';
import { caseOf, EPONYM_NOUNS, saintsDay, THING_NOUNS } from './names';
import { BIG_CITY_NAMES, CITY_NAMES } from './data/cities.generated';
import { addWordClasses, COMMON, FIRST, foldWord } from './lexicon';
import { REGION_WORDS } from './context';

/** Word-class bit of the place prepositions (names.ts uses the low bits). */
const W_PLACE_PREP = 1 << 12;
/** Prepositions after which a place name is read as a place. */
const LOCATIVE = ['in', 'en', 'near', 'around', 'outside', 'visiting', 'desde', 'hacia', 'cerca'];
/** Prepositions that as often precede a person: a first name after them is not taken as a place. */
const PERSONAL = ['from', 'de', 'to', 'a', 'at', 'del', 'por'];
const PERSONAL_SET = new Set(PERSONAL);
/** Words that make the "de" after them a place preposition: "cerca de", "lejos de" (not "close to": "closer to Austin" may be a person). */
const LOCATIVE_BEFORE = new Set(['cerca', 'lejos']);
addWordClasses([...LOCATIVE, ...PERSONAL].map((w) => [w, W_PLACE_PREP] as const));

/** Calendar words that are also places somewhere ("May", "Marzo", "Domingo"): never a city alone. */
const CALENDAR = new Set(
  ('january february march april may june july august september october november december ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo').split(' '),
);

interface Gazetteer {
  names: Set<string>;
  /** Token keys that start a place name: most words after a preposition fail this one lookup. */
  firstKeys: Set<string>;
  /** Places of 100,000 or more inhabitants. */
  big: Set<string>;
}
let gazetteer: Gazetteer | undefined;
function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const names = new Set(CITY_NAMES.split('|'));
  const firstKeys = new Set<string>();
  for (const n of names) firstKeys.add((n.split(' ')[0] as string).replace(/\.$/, '').replace(/'s$/, ''));
  gazetteer = { names, firstKeys, big: new Set(BIG_CITY_NAMES.split('|')) };
  return gazetteer;
}

const MAX_WORDS = 4;

/** The folded phrase of tokens k..j (inclusive), or undefined when they are not one spaced run. */
function phraseOf(text: string, toks: readonly Token[], k: number, j: number): string | undefined {
  for (let m = k + 1; m <= j; m++) {
    const gap = (toks[m] as Token).gap;
    // "st. petersburg", "san marcos", "winston salem": words one or two spaces apart, a dot allowed
    if (!/^\.?\s{1,2}$/.test(gap)) return undefined;
  }
  return foldWord(text.slice((toks[k] as Token).start, (toks[j] as Token).end)).replace(/\s+/g, ' ');
}

/** Longest city phrase starting at token k: the index of its last token, or -1. */
function longestCity(text: string, toks: readonly Token[], k: number): number {
  const { names } = load();
  for (let j = Math.min(toks.length - 1, k + MAX_WORDS - 1); j >= k; j--) {
    const p = phraseOf(text, toks, k, j);
    if (p !== undefined && names.has(p)) return j;
  }
  return -1;
}

/** Big cities whose one-word name is also an ordinary word, or a country or province: never a place without capitals. */
const ORDINARY_BIG = new Set(
  ('boulder buffalo cerro coro enterprise independence manta mobile pasto plano providence pueblo queens resistencia retiro salta ' +
    'surprise vista concord panama armenia ontario riverside').split(' '),
);

const ARTICLES = new Set(['la', 'el', 'los', 'las', 'the']);

/** Articles and particles inside place names ("la entrada", "san juan de los lagos"). */
const PARTICLES = new Set(['la', 'el', 'los', 'las', 'de', 'del', 'the', 'of', 'y']);

/**
 * Tokens k..j hold one word that is not a particle, and it is an ordinary (common) word: "la
 * entrada", "mentor". Two such words together ("mission viejo", "white plains") make a place name.
 */
function oneOrdinaryWord(toks: readonly Token[], k: number, j: number): boolean {
  let content = 0;
  for (let m = k; m <= j; m++) {
    const t = toks[m] as Token;
    if (PARTICLES.has(t.key)) continue;
    if ((t.flags & COMMON) === 0 || ++content > 1) return false;
  }
  return true;
}

/** Every word of tokens k..j that is not a particle starts with a capital. */
function capitalised(toks: readonly Token[], k: number, j: number): boolean {
  for (let m = k; m <= j; m++) {
    const t = toks[m] as Token;
    if (!PARTICLES.has(t.key) && !t.cap) return false;
  }
  return true;
}

/** "Nuevo" of "Nuevo León", "San Luis" of "San Luis Potosí": the start of a state's name. */
function partOfRegion(text: string, toks: readonly Token[], k: number, j: number): boolean {
  for (let m = j + 1; m < toks.length && m <= j + 2; m++) {
    const p = phraseOf(text, toks, k, m);
    if (p !== undefined && REGION_WORDS.has(p)) return true;
  }
  return false;
}

/** Whether `phrase` (folded: lower case, no accents, single spaces) is a known place name. */
export function isKnownCity(phrase: string): boolean {
  return load().names.has(phrase);
}

/** Sites of an institution named after their place ("the Norwalk campus", "the Troy clinic"). */
const FACILITY = new Set(['campus', 'clinic', 'office', 'location', 'branch', 'hospital', 'facility', 'site', 'center', 'centre', 'pharmacy', 'lab', 'store', 'warehouse']);

/** The last token of a known place at k that a facility word follows, or -1. */
function cityBeforeFacility(text: string, toks: readonly Token[], k: number): number {
  const first = toks[k];
  if (first === undefined || first.masked || !load().firstKeys.has(first.key) || !/^\s{1,2}$/.test(first.gap)) return -1;
  const j = longestCity(text, toks, k);
  const next = toks[j + 1];
  if (j < 0 || next === undefined || !FACILITY.has(next.key) || !/^\s{1,2}$/.test(next.gap)) return -1;
  const phrase = phraseOf(text, toks, k, j) as string;
  if (REGION_WORDS.has(phrase) || partOfRegion(text, toks, k, j) || (j === k && CALENDAR.has(first.key))) return -1;
  return j;
}

/** Words of distance or travel: "closer to Austin", "moved to Houston", "nos mudamos a Mérida", "venimos de León". */
const MOTION = new Set(
  ('closer close nearer moved move moving relocated relocate relocating drive driving drove fly flying flew travel traveling travelling commute commuting ' +
    'mudamos mude mudo mudarnos mudarme mudaron viajamos viajo viajar manejamos manejo venimos vengo vine vinieron regresamos regreso').split(' '),
);

/** Feelings of closeness: "I feel closer to Austin" is about a person. */
const FEEL = new Set(['feel', 'feels', 'felt', 'feeling', 'grew', 'grow', 'growing', 'got', 'get', 'getting', 'so', 'very']);

/** Whether the word before the preposition at token i is a distance or travel word. */
function movedBefore(toks: readonly Token[], i: number): boolean {
  const w = toks[i - 1];
  if (w === undefined || !MOTION.has(w.key as string)) return false;
  const v = toks[i - 2];
  return !(/^(?:closer|close|nearer)$/.test(w.key as string) && v !== undefined && FEEL.has(v.key as string));
}

/** Whether a distance or travel word is among the eight words before token i, in the same clause. */
function travelInClause(toks: readonly Token[], i: number): boolean {
  for (let m = i - 1; m >= 0 && m >= i - 8; m--) {
    if (MOTION.has((toks[m] as Token).key)) return true;
    if (/[,.;:!?\n]/.test((toks[m] as Token).gap)) return false;
  }
  return false;
}

export function detectGazetteerCities(text: string, toks: readonly Token[]): Finding[] {
  const out: Finding[] = [];
  // whether the message has no case information (all lower case, or shouting): worked out once, when a rule asks
  let lowerOrShouting: boolean | undefined;
  const noCase = (): boolean => {
    if (lowerOrShouting === undefined) {
      const c = caseOf(toks);
      lowerOrShouting = c.allLower || c.shouting;
    }
    return lowerOrShouting;
  };
  for (let i = 0; i + 1 < toks.length; i++) {
    const prep = toks[i] as Token;
    if (prep.key === 'the') {
      // "moved her to the Norwalk campus", "the fargo clinic": a place naming a site of an institution
      const j = cityBeforeFacility(text, toks, i + 1);
      // (an ordinary word there describes the site, however written: "the Central office", "the main campus")
      if (j < 0 || oneOrdinaryWord(toks, i + 1, j)) continue;
      out.push({ type: 'ADDRESS', start: (toks[i + 1] as Token).start, end: (toks[j] as Token).end, ruleId: 'address.gazetteer', score: 0.86 });
      i = j;
      continue;
    }
    if ((prep.cls & W_PLACE_PREP) === 0) continue;
    const k = i + 1;
    const first = toks[k] as Token;
    if (first.masked || !load().firstKeys.has(first.key) || !/^\s{1,2}$/.test(first.gap)) continue;
    const j = longestCity(text, toks, k);
    if (j < 0) continue;
    const last = toks[j] as Token;
    const phrase = phraseOf(text, toks, k, j) as string;
    if (REGION_WORDS.has(phrase) || partOfRegion(text, toks, k, j)) continue;
    // "queso de burgos", "vino de rioja", "cajeta de celaya": a food named after the place it comes from
    // ("vino" is no thing noun of the name rules: "que ana vino a consulta" is the verb)
    // ("día de San Juan": a saint's day, not the city)
    if (saintsDay(toks, k)) continue;
    // ("escala de glasgow", "signo de babinski": a scale or sign named after a place or a person)
    if (i > 0 && (THING_NOUNS.has((toks[i - 1] as Token).key) || EPONYM_NOUNS.has((toks[i - 1] as Token).key) || (toks[i - 1] as Token).key === 'vino') &&
      (prep.key === 'de' || prep.key === 'del')) continue;
    // ("cerca de", "near to": the place preposition is the first word)
    const personal = PERSONAL_SET.has(prep.key) && !(i > 0 && LOCATIVE_BEFORE.has((toks[i - 1] as Token).key));
    if (j === k && (CALENDAR.has(first.key) || (personal && (first.flags & FIRST) !== 0 && !(load().big.has(phrase) && movedBefore(toks, i))))) continue;
    // ("los angeles", "el paso": an article and a word, but a big city's name, in any case; "anaheim",
    // "portland": a big city's one-word name that chat uses often but no dictionary lists, in any case)
    const bigProper = load().big.has(phrase) && (j > k || (first.flags === COMMON && !ORDINARY_BIG.has(first.key)));
    if (oneOrdinaryWord(toks, k, j) && !bigProper) {
      // "en la entrada", "in mentor": ordinary words make a place only when written as a name
      if (noCase() || !capitalised(toks, k, j)) continue;
    }
    // "en la chamba", "de la campana de vacunación": an article and one lower-case word read as a noun
    // phrase, not a small town ("La Barca", "la paz" as a big city still count)
    if (j === k + 1 && ARTICLES.has(first.key) && !load().big.has(phrase)) {
      if (noCase() || !(toks[j] as Token).cap) continue;
    }
    // "a spry 96": "a" is also the English article, so after it a small place must be written as a name
    // (or follow a travel word in its clause: "nos mudamos a tlacotalpan", "me mudé de badalona a manresa")
    if (prep.key === 'a' && !load().big.has(phrase) && !travelInClause(toks, i)) {
      if (noCase() || !capitalised(toks, k, j)) continue;
    }
    // above a name cue's 0.82 ("originally from Palm Harbor" is a place), below strong name cues' 0.9
    out.push({ type: 'ADDRESS', start: first.start, end: last.end, ruleId: 'address.gazetteer', score: 0.86 });
    i = j;
  }
  return out;
}
