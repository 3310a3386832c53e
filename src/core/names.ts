/**
 * PERSON (and city-cue ADDRESS) detection over word tokens. Evidence combines:
 *  - cue phrases before a name ("my name is", "patient", "Dr.", "me llamo", "mi hija", "hi", ...),
 *  - sign-offs ("thanks, Ana"),
 *  - the census / people-names lexicon (first names followed by surnames, in any case),
 *  - capitalisation (a capitalised lexicon name that is not also a common word).
 * Names that are also common words ("Will", "Hope", "paz") need a cue or an adjacent name.
 */
import type { Finding } from './types';
import { COMMON, FIRST, foldWord, lexiconFlags, NAME_ANY, OTHER_NAME, SURNAME } from './lexicon';
import { REGION_WORDS } from './context';

interface Token {
  start: number;
  end: number;
  key: string; // folded lower case
  cap: boolean; // first letter upper case
  upper: boolean; // all letters upper case (and length > 1)
  flags: number;
  /** Characters between the previous token and this one. */
  gap: string;
}

const WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+){0,3}\.?/gu;

/** Words that never start or continue a name, whatever their case. */
const NEVER = new Set(
  `i me my mine you your he him his she her hers we us our they them their it its this that these those there here
  what who whom whose which when where why how yes no not ok okay hi hello hey dear thanks thank please sorry
  sir madam maam team everyone all doctor dr doc nurse patient pt mr mrs ms miss mx md do rn np pa phd dds dmd lpn
  cna mph facp jr sr ii iii iv esq the a an and or but if so to of in on at by for with from as is are was were be
  been am has have had will would can could should may might must shall do does did done just also very really
  today tomorrow yesterday tonight now then later soon morning afternoon evening night week month year day
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august
  september october november december
  lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto
  septiembre octubre noviembre diciembre hoy manana ayer noche tarde dia semana mes ano
  yo tu usted el ella nosotros ellos ellas mi su sus nuestro hola gracias por favor si no que quien como cuando
  donde porque para con sin de del la las los lo le les un una unos unas y o pero muy mas ya aqui alli esta este
  esto eso estoy estas estamos soy eres es somos son fue era ser estar hay doctora dra enfermera enfermero
  paciente senor senora senorita sra srta don dona usted ustedes
  hospital clinic clinica pharmacy farmacia insurance seguro medicare medicaid emergency urgent urgencias er icu
  covid flu tylenol advil ibuprofen aspirin insulin metformin lisinopril`.split(/\s+/).filter(Boolean),
);

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'st', 'st.', 'mac', 'bin', 'al', 'el']);

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let raw = m[0];
    let end = m.index + raw.length;
    if (raw.endsWith('.') && raw.length > 2) {
      // keep the dot only for initials and short titles ("J.", "Dr.")
      raw = raw.slice(0, -1);
      end -= 1;
    }
    const first = raw[0] as string;
    const cap = first !== first.toLowerCase();
    const upper = raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    const key = foldWord(raw.endsWith('.') ? raw.slice(0, -1) : raw).replace(/['’]s$/, '');
    const tok: Token = {
      start: m.index,
      end,
      key,
      cap,
      upper,
      flags: lexiconFlags(key),
      gap: text.slice(prevEnd, m.index),
    };
    out.push(tok);
    prevEnd = end;
    if (out.length > 20000) break;
  }
  return out;
}

/** Cue phrases, as sequences of folded keys; the name follows the last word. */
interface Cue {
  words: string[];
  /** strong: the next word is a name even if it is lower case and unknown. */
  strength: 'strong' | 'relation' | 'title' | 'greeting';
}
const CUES: Cue[] = [];
function cue(strength: Cue['strength'], ...phrases: string[]): void {
  for (const p of phrases) CUES.push({ words: p.split(' '), strength });
}
cue('strong', 'my name is', 'name is', "name's", 'names', 'me llamo', 'mi nombre es', 'nombre es', 'se llama',
  'se llamaba', 'llamado', 'llamada', 'name', 'nombre', 'full name', 'nombre completo', 'patient name', 'patients name',
  'nombre del paciente', 'i am', "i'm", 'im', 'this is', 'soy', 'it is', "it's", 'called', 'goes by', 'known as',
  'signed', 'firmado', 'atentamente', 'sincerely', 'regards', 'best regards', 'kind regards', 'saludos', 'cordialmente', 'atte');
cue('relation', 'patient', 'pt', 'paciente', 'son', 'daughter', 'wife', 'husband', 'mother', 'mom', 'mum', 'father',
  'dad', 'brother', 'sister', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa',
  'caregiver', 'partner', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'aunt', 'uncle', 'nephew', 'niece',
  'cousin', 'child', 'baby', 'guardian', 'spouse', 'roommate', 'neighbor', 'friend', 'stepson', 'stepdaughter',
  'hijo', 'hija', 'esposo', 'esposa', 'marido', 'madre', 'padre', 'mama', 'papa', 'hermano', 'hermana', 'abuela',
  'abuelo', 'nieto', 'nieta', 'tio', 'tia', 'sobrino', 'sobrina', 'primo', 'prima', 'bebe', 'novio', 'novia',
  'pareja', 'cuidador', 'cuidadora', 'suegra', 'suegro', 'amigo', 'amiga', 'vecino', 'vecina',
  'spoke with', 'spoke to', 'talked to', 'talked with', 'speak with', 'speak to', 'ask for', 'asked for',
  'referred by', 'seen by', 'seeing', 'assigned to', 'attn', 'cc', 'contact', 'hable con', 'hablar con',
  'pregunte por', 'preguntar por', 'atendido por', 'atendida por', 'referido por', 'provider', 'physician',
  'therapist', 'surgeon', 'pcp', 'cardiologist', 'specialist', 'pharmacist', 'medico', 'cirujano', 'terapeuta',
  'member', 'subscriber', 'beneficiary', 'insured', 'policyholder', 'afiliado', 'asegurado', 'titular', 'from',
  'de parte de', 'on behalf of', 'en nombre de', 'for', 'para', 'with', 'con', 'visit with', 'appointment with',
  'cita con', 'consulta con');
cue('title', 'dr', 'dr.', 'dra', 'dra.', 'doctor', 'doctora', 'doc', 'nurse', 'enfermera', 'enfermero', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'sr', 'sr.', 'sra', 'sra.', 'srta', 'srta.', 'senor', 'senora',
  'senorita', 'don', 'dona', 'prof', 'professor', 'rev', 'lic', 'lic.', 'ing', 'np', 'pa', 'rn');
cue('greeting', 'hi', 'hello', 'hey', 'dear', 'hola', 'buenos dias', 'buenas tardes', 'buenas noches', 'buen dia',
  'estimado', 'estimada', 'querido', 'querida', 'good morning', 'good afternoon', 'good evening', 'thanks',
  'thank you', 'thx', 'ty', 'gracias', 'muchas gracias', 'bye', 'adios', 'welcome', 'bienvenido', 'bienvenida',
  'cheers', 'best', 'take care', 'cuidate', 'ok', 'okay', 'sure', 'yes', 'no', 'si');

const CUE_FIRST = new Map<string, Cue[]>();
for (const c of CUES) {
  const k = c.words[0] as string;
  const list = CUE_FIRST.get(k) ?? [];
  list.push(c);
  list.sort((a, b) => b.words.length - a.words.length);
  CUE_FIRST.set(k, list);
}

const CITY_CUES = ['live in', 'lives in', 'living in', 'lived in', 'reside in', 'resides in', 'residing in', 'moved to',
  'located in', 'based in', 'i am from', "i'm from", 'im from', 'is from', 'born in', 'vivo en', 'vive en',
  'vivimos en', 'viven en', 'resido en', 'reside en', 'me mude a', 'se mudo a', 'ubicado en', 'ubicada en',
  'soy de', 'es de', 'somos de', 'naci en', 'nacio en', 'city', 'ciudad', 'town', 'pueblo', 'municipio', 'colonia',
  'col', 'county', 'condado', 'neighborhood', 'barrio'];
const CITY_CUE_FIRST = new Map<string, string[][]>();
for (const p of CITY_CUES) {
  const w = p.split(' ');
  const list = CITY_CUE_FIRST.get(w[0] as string) ?? [];
  list.push(w);
  list.sort((a, b) => b.length - a.length);
  CITY_CUE_FIRST.set(w[0] as string, list);
}

function matchPhrase(toks: Token[], i: number, words: string[]): boolean {
  for (let j = 0; j < words.length; j++) {
    const t = toks[i + j];
    if (t === undefined) return false;
    if (j > 0 && !/^[\s,.:]{0,3}$/.test(t.gap)) return false;
    if (t.key !== words[j] && t.key.replace(/\.$/, '') !== (words[j] as string).replace(/\.$/, '')) return false;
  }
  return true;
}

/** Gap between two tokens of one name: spaces, or a middle initial's dot. */
function nameGap(gap: string): boolean {
  return gap.length >= 1 && gap.length <= 2 && /^ {1,2}$|^\. ?$/.test(gap);
}

function isInitial(t: Token, text: string): boolean {
  return t.cap && t.end - t.start === 1 && text[t.end] === '.';
}

/** How name-like a token is on its own: 3 strong, 2 plausible, 1 weak (needs a cue), 0 never. */
function nameLike(t: Token, allLower: boolean): number {
  if (t.key.length < 2 || NEVER.has(t.key)) return 0;
  if (/\d/.test(t.key)) return 0;
  const name = t.flags & NAME_ANY;
  const common = (t.flags & COMMON) !== 0;
  if (t.cap && !t.upper) {
    if (name && !common) return 3;
    if (name) return 2;
    return common ? 1 : 2;
  }
  // lower case or ALL CAPS: case tells little
  if (name && !common) return t.upper || allLower ? 2 : 2;
  if (name) return 1;
  return common ? 0 : 1;
}

export function detectNames(text: string): Finding[] {
  const toks = tokenize(text);
  const n = toks.length;
  if (n === 0) return [];
  let letters = 0;
  let uppers = 0;
  for (const t of toks) {
    letters++;
    if (t.cap) uppers++;
  }
  const allLower = uppers === 0 && letters > 0;
  const shouting = toks.filter((t) => t.upper).length > n * 0.6;
  const findings: Finding[] = [];
  const used = new Uint8Array(n);

  const sentenceStart = (i: number): boolean => {
    if (i === 0) return true;
    const gap = (toks[i] as Token).gap;
    return /[.!?:\n;]\s*$|^\s*[-–—•*>"(]\s*$/.test(gap) || /\n/.test(gap);
  };

  /** Extend a name from token i, returns index after the last name token (or i). */
  const extend = (i: number, minFirst: number, maxLen = 4): number => {
    let j = i;
    let count = 0;
    while (j < n && count < maxLen) {
      const t = toks[j] as Token;
      if (j > i && !nameGap(t.gap) && !(isInitial(toks[j - 1] as Token, text) && /^\.\s{1,2}$/.test(t.gap))) break;
      let score = nameLike(t, allLower || shouting);
      if (isInitial(t, text) && j > i) score = 3;
      if (j > i && PARTICLES.has(t.key) && j + 1 < n && nameGap((toks[j + 1] as Token).gap)) {
        const nx = toks[j + 1] as Token;
        if (nameLike(nx, allLower || shouting) >= 2 && (nx.cap || nx.flags & NAME_ANY)) {
          j += 1;
          continue;
        }
        break;
      }
      const need = j === i ? minFirst : 2;
      if (score < need) break;
      // a following lower-case word in mixed-case text is a name only if the lexicon says so
      if (j > i && !t.cap && !allLower && !shouting && !(t.flags & NAME_ANY)) break;
      if (j > i && REGION_WORDS.has(t.key)) break;
      j++;
      count++;
    }
    return j;
  };

  const emit = (i: number, j: number, ruleId: string, score: number): void => {
    // trim trailing particles
    while (j > i && PARTICLES.has((toks[j - 1] as Token).key)) j--;
    if (j <= i) return;
    for (let k = i; k < j; k++) used[k] = 1;
    const last = toks[j - 1] as Token;
    let end = last.end;
    if (text[end] === '.' && last.end - last.start === 1) end += 1; // "John Q." keep the initial dot
    findings.push({ type: 'PERSON', start: (toks[i] as Token).start, end, ruleId, score });
  };

  // 1. cue phrases
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    const cues = CUE_FIRST.get(t.key) ?? CUE_FIRST.get(t.key.replace(/\.$/, ''));
    if (cues === undefined) continue;
    for (const c of cues) {
      if (!matchPhrase(toks, i, c.words)) continue;
      const k = i + c.words.length;
      if (k >= n) break;
      const nt = toks[k] as Token;
      const gap = nt.gap;
      if (!/^[\s,:.\-–—]{1,4}$/.test(gap) || /\n.*\n/.test(gap)) break;
      let minFirst: number;
      if (c.strength === 'strong') {
        const weakCue = ['i am', "i'm", 'im', 'this is', 'soy', 'it is', "it's", 'called', 'name', 'nombre'].includes(c.words.join(' '));
        minFirst = weakCue ? 2 : 1;
        if (weakCue && !nt.cap && !(nt.flags & NAME_ANY)) break;
        if (weakCue && !nt.cap && nt.flags & COMMON) break;
      } else if (c.strength === 'title') {
        minFirst = 1;
        if (!nt.cap && !(nt.flags & NAME_ANY)) break;
      } else if (c.strength === 'greeting') {
        // "thanks, Ana", "hola María": a capitalised word, or a lexicon name in lower-case chat
        if (!((nt.cap && !nt.upper) || ((allLower || shouting) && nt.flags & NAME_ANY && !(nt.flags & COMMON)))) break;
        minFirst = 2;
      } else {
        // relation: "my son Tom", "patient john smith"
        if (!nt.cap && !(nt.flags & NAME_ANY)) break;
        if (!nt.cap && nt.flags & COMMON && !(nt.flags & (FIRST | SURNAME))) break;
        minFirst = nt.cap ? 2 : 2;
        if (!nt.cap && nt.flags & COMMON) {
          // lower-case common word after a relation ("my son has") needs a surname after it
          const nn = toks[k + 1];
          if (!(nn && nameGap(nn.gap) && nn.flags & (SURNAME | OTHER_NAME) && !(nn.flags & COMMON))) break;
        }
      }
      const j = extend(k, minFirst);
      if (j > k) {
        // a single common-word name after a weak cue stays out ("hi all", "thanks team")
        const single = j - k === 1;
        if (single && c.strength !== 'strong' && c.strength !== 'title' && toks[k]!.flags & COMMON && !(toks[k]!.cap && toks[k]!.flags & NAME_ANY)) break;
        emit(k, j, `person.cue.${c.strength}`, c.strength === 'strong' || c.strength === 'title' ? 0.9 : 0.8);
        i = j - 1;
      }
      break;
    }
  }

  // 2. lexicon sequences without a cue
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = toks[i] as Token;
    const s = nameLike(t, allLower || shouting);
    if (s < 2) continue;
    const j = extend(i, 2, 4);
    const len = j - i;
    if (len >= 2) {
      let firsts = 0;
      let lasts = 0;
      let commons = 0;
      let caps = 0;
      for (let k = i; k < j; k++) {
        const tk = toks[k] as Token;
        if (tk.flags & FIRST) firsts++;
        if (tk.flags & (SURNAME | OTHER_NAME)) lasts++;
        if (tk.flags & COMMON) commons++;
        if (tk.cap) caps++;
      }
      const firstTok = t;
      const anyName = firsts + lasts > 0;
      let ok = false;
      if (caps === len && !shouting) {
        // "Kaylee Bergstrom", "Ana María López": a lexicon name plus capitalised words
        ok = anyName && commons < len && (firstTok.flags & NAME_ANY) !== 0 && !(sentenceStart(i) && commons > 0 && len === 2 && !(firstTok.flags & FIRST));
        if (ok && sentenceStart(i) && (firstTok.flags & COMMON) && !(firstTok.flags & FIRST)) ok = false;
      } else {
        // lower case: first name then surname, not both common words
        ok = (firstTok.flags & FIRST) !== 0 && ((toks[j - 1] as Token).flags & (SURNAME | OTHER_NAME)) !== 0 && commons === 0;
        if (!ok && commons <= 1 && firsts >= 1 && lasts >= 1 && !(firstTok.flags & COMMON) && (firstTok.flags & FIRST)) ok = true;
      }
      if (ok) {
        emit(i, j, 'person.lexicon.full', 0.75);
        i = j - 1;
        continue;
      }
    }
    // single capitalised first name or surname, not a common word, not a region
    if (t.cap && !t.upper && !shouting && (t.flags & NAME_ANY) && !(t.flags & COMMON) && !REGION_WORDS.has(t.key)) {
      const ss = sentenceStart(i);
      if (!ss || t.flags & FIRST) {
        emit(i, i + 1, 'person.lexicon.single', ss ? 0.55 : 0.6);
      }
    }
  }
  return findings;
}

/** Cities after a residence cue ("I live in Springfield", "vivo en Guadalajara"). */
export function detectCityCues(text: string): Finding[] {
  const toks = tokenize(text);
  const out: Finding[] = [];
  for (let i = 0; i < toks.length; i++) {
    const list = CITY_CUE_FIRST.get((toks[i] as Token).key);
    if (!list) continue;
    for (const words of list) {
      if (!matchPhrase(toks, i, words)) continue;
      let k = i + words.length;
      if (k < toks.length && ['the', 'el', 'la', 'de', 'of'].includes((toks[k] as Token).key) && words.length > 1) k++;
      let j = k;
      while (j < toks.length && j - k < 4) {
        const t = toks[j] as Token;
        if (j > k && !nameGap(t.gap)) break;
        if (j === k && !/^[\s:,]{1,3}$/.test(t.gap)) break;
        if (PARTICLES.has(t.key) && j > k && j + 1 < toks.length && (toks[j + 1] as Token).cap) {
          j++;
          continue;
        }
        if (!t.cap || NEVER.has(t.key)) break;
        j++;
      }
      if (j > k) {
        const phrase = toks.slice(k, j).map((t) => t.key).join(' ');
        const single = toks[k] as Token;
        if (!REGION_WORDS.has(phrase) && !(j - k === 1 && single.flags & COMMON && !(single.flags & NAME_ANY))) {
          out.push({ type: 'ADDRESS', start: single.start, end: (toks[j - 1] as Token).end, ruleId: 'address.city_cue', score: 0.7 });
        }
      }
      break;
    }
  }
  return out;
}
