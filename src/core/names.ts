/**
 * PERSON (and city-cue ADDRESS) detection over word tokens. Evidence combines:
 *  - cue phrases before a name ("my name is", "patient", "Dr.", "me llamo", "mi hija", "hi", ...),
 *  - sign-offs ("thanks, Ana"),
 *  - the census / people-names lexicon (first names followed by surnames, in any case),
 *  - capitalisation (a capitalised lexicon name that is not also a common word).
 * Names that are also common words ("Will", "Hope", "paz") need a cue or an adjacent name.
 */
import type { Finding } from './types';
import { addWordClasses, COMMON, DICTIONARY_WORD, FIRST, foldWord, HASH_SEED, hashStep, lexiconFlags, NAME_ANY, OTHER_NAME, setWordId, SURNAME, slotInfo, slotOfAsciiWord, WORD_ID_SHIFT, wordInfo } from './lexicon';
import { REGION_WORDS, US_STATE_ABBR } from './context';
import { MEDICATIONS } from './medications';
import { misspeltIdKeyword, withinOneEdit } from './fuzzyKeys';
import { isEverydayWord } from './words';

/** Two-letter state abbreviations, lower case: "i live in TX" names a state, not a city. */
const STATE_ABBR = new Set(US_STATE_ABBR.toLowerCase().split('|'));

/**
 * A word token. Its key and gap are strings made on first use: most tokens are known words whose
 * lexicon flags and word classes come from the table, and no pass ever reads their key or gap.
 */
export class Token {
  /** nameLike under the options of the message, set by detectNames. */
  like = 0;
  /** An unknown word that is a common word with two letters swapped ("neesd"): see typoOfCommonWord. */
  typo = false;
  /** The key once made (a non-ASCII word's key is made at once: folding it is how it is looked up). */
  private k: string | undefined;
  private g: string | undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    /** Length of the key (the word without a possessive 's, folded). */
    readonly klen: number,
    /** ASCII word with a capital letter: its key is text[start, start + klen) in lower case. */
    private readonly lowerKey: boolean,
    /** Where the gap before this token starts (the previous token's end). */
    private readonly gapStart: number,
    key: string | undefined,
    /** First letter upper case. */
    readonly cap: boolean,
    /** All letters upper case (and length > 1). */
    readonly upper: boolean,
    /** Lexicon flags; an unknown word of everyday English becomes COMMON before the name rules run (everydayWords). */
    public flags: number,
    /** Closed word classes of the key (W_* bits; a cue word's id from WORD_ID_SHIFT): one lookup instead of one per set. */
    readonly cls: number,
    /** The gap holds a line feed. */
    readonly nl: boolean,
    /** A dot follows immediately ("J.", "Dr."). */
    readonly dot: boolean,
    /** The word ends with an accented vowel ("cumplió", "subí"): a verb form, not a name. */
    readonly accentEnd: boolean,
    /** Only X's: text already masked; neutral for casing and never a name. */
    readonly masked: boolean,
  ) {
    this.k = key;
  }

  /** Folded lower case, without a possessive 's. */
  get key(): string {
    if (this.k === undefined) {
      const raw = this.text.slice(this.start, this.start + this.klen);
      this.k = this.lowerKey ? raw.toLowerCase() : raw;
    }
    return this.k;
  }

  /** Characters between the previous token and this one. */
  get gap(): string {
    if (this.g === undefined) this.g = this.text.slice(this.gapStart, this.start);
    return this.g;
  }

  /** Whether the gap is `s`, read from the text (no gap string). */
  gapIs(s: string): boolean {
    const n = this.start - this.gapStart;
    if (n !== s.length) return false;
    for (let i = 0; i < n; i++) if (this.text.charCodeAt(this.gapStart + i) !== s.charCodeAt(i)) return false;
    return true;
  }

  /**
   * Whether the gap has `min` to `max` characters, each whitespace, ',', '.' or ':', or with `dashes`
   * also '-', '–' or '—': /^[\s,.:]{0,3}$/ and /^[\s,:.\-–—]{1,4}$/ without a regex call per token.
   */
  gapOf(min: number, max: number, dashes: boolean): boolean {
    const n = this.start - this.gapStart;
    if (n < min || n > max) return false;
    for (let i = this.gapStart; i < this.start; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 44 || c === 46 || c === 58 || isSpace(c)) continue;
      if (dashes && (c === 45 || c === 0x2013 || c === 0x2014)) continue;
      return false;
    }
    return true;
  }
}

/**
 * Words that never start or continue a name, whatever their case; among them greetings, the "dot" of a
 * spelt-out address (and of TB DOT), Latin ("per diem") and languages ("an interpreter for Dari").
 */
export const NEVER = new Set(
  `i me my mine you your he him his she her hers we us our they them their it its this that these those there here
  what who whom whose which when where why how yes no not ok okay hi hello hey howdy greetings xoxo dear thanks thank please sorry
  sir madam maam team everyone all doctor dr doc nurse patient pt mr mrs ms miss mx md do rn np pa phd dds dmd lpn
  cna mph facp jr sr ii iii iv esq the a an and or but if so to of in on at by for with from as is are was were be
  been am has have had would can could should might must shall do does did done just also very really
  today tomorrow yesterday tonight now then later soon morning afternoon evening night week month year day
  monday tuesday wednesday thursday friday saturday sunday january february march july
  september october november december
  lunes martes miercoles jueves viernes sabado domingo enero febrero marzo junio
  septiembre octubre noviembre diciembre hoy manana ayer noche tarde dia semana mes ano
  yo tu usted el ella nosotros ellos ellas mi su sus nuestro hola gracias por favor si no que quien como cuando
  donde porque para con sin de del la las los lo le les un una unos unas y o pero muy mas ya aqui alli esta este
  esto eso estoy estas estamos soy eres es somos son fue era ser estar hay doctora dra enfermera enfermero tal pa pal
  poa proxy apoderado apoderada tutor tutora guardian practicante nomas
  jamon mole queso caldo sopa arroz pollo salsa tortilla tamal tamales pozole omelet omelette folks papas
  paciente senor senora senorita sra srta don dona usted ustedes
  therapist physician surgeon specialist pharmacist dentist provider cardiologist pcp practitioner caretaker caregiver
  terapeuta medico cirujano especialista farmaceutico dentista proveedor cuidador cuidadora recepcionista receptionist
  staff front desk billing office oficina receta refill copay copago deductible deducible appointment cita
  hospital clinic clinica pharmacy farmacia insurance seguro medicare medicaid emergency urgent urgencias er icu
  covid flu tylenol advil ibuprofen aspirin insulin metformin lisinopril re fwd
  ldl hdl tsh inr a1c hba1c bmp cmp cbc psa bun egfr alt ast ekg ecg mri
  lady guy man woman girl boy person someone somebody anyone muchacha muchacho senorita chica chico
  easter christmas thanksgiving halloween hanukkah ramadan navidad pascua virgen
  born nacido nacida nacio said says told asked dijo pay mon tue tues wed thu thur thurs fri sat lun mie jue vie sab dom
  grandma grandpa granny nana mom mum dad mama papa abuela abuelo baby bebe room rom unit bed
  bili fwiw imo tbh smh idk lmk ttyl nvm jst klk guarantor yall ta vet veteran veterano veterana mwf tts tth chair sillon silla
  ige igg igm iga crp esr bnp ldh ptt hgb hct plt wbc rbc mcv bmi spo2 fev1
  min mins hr hrs sec secs lbs kg mg mcg ml
  walgreens cvs walmart costco kroger safeway publix heb riteaid humana aetna cigna anthem optum
  ambetter centene wellcare tricare medi-cal mychart teladoc goodrx
  mija mijo mijita mijito amor corazon carino cielo sweetie darling
  hiya hii holi helol hoal eyy dot diem annum capita http https www ftp
  dari pashto farsi persian arabic somali tigrinya amharic oromo swahili kinyarwanda kirundi creole kreyol haitian vietnamese
  tagalog ilocano cantonese mandarin hmong burmese nepali russian ukrainian polish portuguese mixteco mixtec zapoteco zapotec
  kiche quiche qanjobal nahuatl quechua korean japanese hindi urdu punjabi bengali marshallese chuukese samoan tongan italian
  hebrew turkish armenian albanian serbian croatian bosnian romanian chinese spanish espanol portugues arabe ruso coreano japones
  vietnamita asl triqui chuj akateko tzotzil tzeltal garifuna khmer tamil telugu gujarati marathi dinka wolof yoruba igbo hausa
  pulaar lingala ingles
  ${MEDICATIONS}`.split(/\s+/).filter(Boolean),
);

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'st', 'st.', 'mac', 'bin', 'al', 'el']);

/** A word inside an e-mail address, URL or handle ("jane" in jane.doe@example.org). */
function embedded(text: string, start: number, end: number): boolean {
  const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (prev === 64 || prev === 46 || prev === 47 || prev === 95 || prev === 58 || (prev >= 48 && prev <= 57)) return true; // @ . / _ : digit
  const next = end < text.length ? text.charCodeAt(end) : 32;
  if (next === 64 || next === 95 || (next >= 48 && next <= 57)) return true;
  if ((next === 46 || next === 47) && end + 1 < text.length) {
    const after = text.charCodeAt(end + 1);
    if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122) || (after >= 48 && after <= 57)) return true;
  }
  return false;
}

/** Code unit length of a letter or mark at `i` (1, or 2 for a surrogate pair), 0 when there is none. */
const LETTER_AT = /[\p{L}\p{M}]/uy;
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c !== c) return 0; // past the end
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text) ? LETTER_AT.lastIndex - i : 0;
}

/**
 * Word tokens: runs of letters and marks, joined by up to three apostrophes or hyphens, with a dot
 * right after the word noted (the same words as /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+){0,3}\.?/u).
 * One pass over the characters; ASCII words take a path without regexes or case mapping.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const len = text.length;
  let prevEnd = 0;
  let nl = false; // a line feed since the previous token
  let i = 0;
  while (i < len) {
    const c0 = text.charCodeAt(i);
    if (c0 < 128 ? !((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90)) : letterAt(text, i) === 0) {
      if (c0 === 10) nl = true;
      if (c0 >= 0xd800 && c0 <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      } else i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let lower = 0; // a-z seen
    let upperN = 0; // A-Z seen
    let xs = 0; // 'X' seen
    // hash of the lower-case word so far (ASCII words), and of the part before the last separator
    let h = HASH_SEED;
    let hBeforeSep = h;
    let lastSep = -1;
    let hyphen = false;
    let j = i;
    for (let parts = 0; ; parts++) {
      // letters and marks; each character is read once, ASCII letters without a call
      for (;;) {
        const c = text.charCodeAt(j);
        if (c >= 97 && c <= 122) {
          lower++;
          h = hashStep(h, c);
          j++;
        } else if (c >= 65 && c <= 90) {
          upperN++;
          if (c === 88) xs++;
          h = hashStep(h, c | 32);
          j++;
        } else if (c < 128 || c !== c) break; // another ASCII character, or the end (NaN)
        else {
          const l = letterAt(text, j);
          if (l === 0) break;
          ascii = false;
          j += l;
        }
      }
      if (parts === 3) break;
      const sep = text.charCodeAt(j);
      if (sep !== 39 && sep !== 0x2019 && sep !== 45) break;
      if (letterAt(text, j + 1) === 0) break;
      if (sep === 0x2019) ascii = false;
      if (sep === 45) hyphen = true;
      hBeforeSep = h;
      lastSep = j;
      h = hashStep(h, sep);
      j += 1;
    }
    const end = j;
    const dot = text.charCodeAt(j) === 46;
    i = dot ? j + 1 : j;
    let cap: boolean;
    let upper: boolean;
    let key: string | undefined; // made here for non-ASCII words only
    let klen: number;
    let info: number;
    let accentEnd = false;
    if (ascii) {
      const f = text.charCodeAt(start);
      cap = f >= 65 && f <= 90;
      upper = end - start > 1 && lower === 0 && upperN > 0;
      // the key drops a possessive 's ("Lee's" -> "lee"): then its hash is the one before the '
      klen = end - start;
      if (lastSep === end - 2 && text.charCodeAt(lastSep) === 39 && (text.charCodeAt(end - 1) | 32) === 115) {
        klen -= 2;
        h = hBeforeSep;
      }
      const slot = slotOfAsciiWord(text, start, klen, h);
      info = slot >= 0 ? slotInfo(slot) : 0;
    } else {
      const raw = text.slice(start, end);
      const first = raw[0] as string;
      cap = first !== first.toLowerCase();
      upper = raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      key = foldWord(raw).replace(/['’]s$/, '');
      klen = key.length;
      accentEnd = /[áéíóú]$/i.test(raw) && raw.length >= 4;
      info = wordInfo(key);
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    // an ASCII word of only 'X' (or only A-Z) has as many of them as characters
    // (a masked value keeps its separators: "XXX-XX-XXXX" is masked text too)
    const masked = (ascii && (xs === end - start || (xs > 1 && /^X[X'’-]*$/.test(text.slice(start, end))))) || embedded(text, start, end) || ((before === 91 || before === 95) && ascii && upperN === end - start);
    let flags = info & 0xff;
    if (flags === 0 && hyphen) {
      // hyphenated names not in the lexicon ("ritchie-reinger", "boehm-johns"): flags from their parts
      if (key === undefined) key = upperN > 0 ? text.slice(start, start + klen).toLowerCase() : text.slice(start, start + klen);
      flags = partFlags(key);
    }
    out.push(new Token(text, start, end, klen, ascii && upperN > 0, prevEnd, key, cap, upper, flags, info >> 8, nl, dot, accentEnd, masked));
    prevEnd = end;
    nl = false;
  }
  return out;
}

/**
 * Name flags of the parts of a hyphenated key, or else their common-word flag; a key made only of
 * common words is a common word too ("on-call", "follow-up"), whatever names its parts also are.
 */
function partFlags(key: string): number {
  let any = 0;
  let common = 0;
  let allCommon = true;
  for (const part of key.split('-')) {
    const f = lexiconFlags(part);
    any |= f & NAME_ANY;
    common |= f & COMMON;
    if ((f & COMMON) === 0) allCommon = false;
  }
  if (allCommon) return any | common;
  return any ? any : common;
}

/** Cue phrases, as sequences of folded keys; the name follows the last word. */
interface Cue {
  words: string[];
  phrase: string;
  /** strong: the next word is a name even if it is lower case and unknown. */
  strength: 'strong' | 'relation' | 'title' | 'greeting';
}
const CUES: Cue[] = [];
function cue(strength: Cue['strength'], ...phrases: string[]): void {
  for (const p of phrases) CUES.push({ words: p.split(' '), phrase: p, strength });
}
cue('strong', 'my name is', 'name is', "name's", 'names', 'me llamo', 'mi nombre es', 'nombre es', 'se llama',
  'se llamaba', 'llamado', 'llamada', 'name', 'nombre', 'full name', 'nombre completo', 'patient name', 'patients name',
  'nombre del paciente', 'i am', "i'm", 'im', 'this is', 'is this', 'its', 'it', 'soy', 'called', 'goes by', 'known as',
  'signed', 'firmado', 'atentamente', 'sincerely', 'regards', 'best regards', 'kind regards', 'cordialmente', 'atte',
  'a nombre de', 'nombre de', 'go by', 'i go by', 'me dicen', 'name on file to', 'change the name to', 'change my name to',
  'cambien el nombre a', 'cambiar el nombre a', 'nme is', 'nmae is', 'my nme is', 'my nmae is', 'habla', 'le habla', 'te habla', 'les habla', 'registered to', 'registrado a', 'registrada a', 'a nombre del paciente', 'under the name', 'under the name of', 'bajo el nombre de', 'nmae', 'nme', 'name:');
cue('relation', 'patient', 'pt', 'paciente', 'son', 'daughter', 'wife', 'husband', 'mother', 'mom', 'mum', 'father',
  'dad', 'brother', 'sister', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa',
  'caregiver', 'partner', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'aunt', 'uncle', 'nephew', 'niece',
  'cousin', 'child', 'baby', 'guardian', 'spouse', 'roommate', 'neighbor', 'friend', 'stepson', 'stepdaughter',
  'hijo', 'hija', 'esposo', 'esposa', 'marido', 'madre', 'padre', 'mama', 'papa', 'hermano', 'hermana', 'abuela',
  'abuelo', 'nieto', 'nieta', 'tio', 'tia', 'sobrino', 'sobrina', 'primo', 'prima', 'bebe', 'novio', 'novia',
  'pareja', 'cuidador', 'cuidadora', 'suegra', 'suegro', 'amigo', 'amiga', 'vecino', 'vecina',
  'spoke with', 'spoke to', 'talked to', 'talked with', 'speak with', 'speak to', 'ask for', 'asked for',
  'referred by', 'seen by', 'seeing', 'assigned to', 'attn', 'cc', 'contact', 'hable con', 'hablar con',
  'pregunte por', 'preguntar por', 'marque a', 'marquen a', 'marcarle a', 'llame a', 'llamen a', 'llamar a', 'atendido por', 'atendida por', 'referido por', 'provider', 'physician',
  'therapist', 'surgeon', 'pcp', 'cardiologist', 'specialist', 'pharmacist', 'medico', 'cirujano', 'terapeuta',
  'member', 'subscriber', 'beneficiary', 'insured', 'policyholder', 'afiliado', 'asegurado', 'titular', 'from',
  'de parte de', 'on behalf of', 'en nombre de', 'for', 'para', 'with', 'con', 'visit with', 'appointment with',
  'cita con', 'consulta con', 'seen by', 'visto por', 'lo vio', 'la vio', 'lo atendio', 'la atendio', 'via', 'by',
  'mama de', 'papa de', 'hijo de', 'hija de', 'esposo de', 'esposa de', 'hermano de', 'hermana de', 'abuela de', 'abuelo de',
  'mother of', 'father of', 'wife of', 'husband of', 'son of', 'daughter of', 'kid', 'my kid', 'named',
  'mom of', 'dad of', 'driver is', 'trainer', 'pump trainer', 'trainer is', 'educator', 'agent', 'agent is', 'principal',
  'witness', 'witnessed by', 'testigo', 'signed by', 'firmado por', 'inmate', 'farmworker', 'jornalero', 'jornalera', 'referral',
  'admit', 'per', 'case worker', 'attendant', 'buddy', 'audiologist', 'audiologa', 'audiologo', 'nurses', 'enfermeras', 'refund',
  'reembolso a', 'reembolsar a', 'companera', 'companero', 'household', 'household members', 'remind', 'diganle a', 'dile a',
  'digale a', 'digan a', 'avisenle a', 'avisale a',
  // care professions, English and Spanish: "my psychologist carmen", "mi fisioterapeuta aaron", "la nutrióloga lupe"
  'psychologist', 'psychiatrist', 'physical therapist', 'occupational therapist', 'speech therapist', 'physio', 'dentist',
  'orthodontist', 'optometrist', 'ophthalmologist', 'dermatologist', 'oncologist', 'neurologist', 'pediatrician', 'dietitian',
  'nutritionist', 'chiropractor', 'podiatrist', 'phlebotomist', 'paramedic', 'nurse practitioner', 'navigator', 'care manager',
  'psicologa', 'psicologo', 'psiquiatra', 'fisioterapeuta', 'fisio', 'dentista', 'ortodoncista', 'optometrista', 'oftalmologo',
  'oftalmologa', 'dermatologo', 'dermatologa', 'oncologo', 'oncologa', 'neurologo', 'neurologa', 'pediatra', 'nutriologa',
  'nutriologo', 'nutricionista', 'quiropractico', 'podologo', 'podologa', 'ginecologo', 'ginecologa', 'cardiologo', 'cardiologa',
  'paramedico', 'trabajador social',
  // at work: "su supervisor norma lo mandó", "my manager Keisha"
  'supervisor', 'supervisora', 'manager', 'boss', 'jefe', 'jefa', 'foreman', 'capataz', 'mayordomo', 'encargado', 'encargada',
  'gerente', 'coworker', 'co-worker',
  // sponsors and godparents, the dead and the donors: "sponsor June drove me", "mi padrino Claudio", "decedent Pink Shields"
  'sponsor', 'padrino', 'madrina', 'ahijado', 'ahijada', 'decedent', 'deceased', 'difunto', 'difunta', 'fallecido', 'fallecida',
  'donor', 'donante', 'flebotomista', 'chiro', 'quiropractico', 'quiropractica', 'farmaceutica', 'farmaceutico',
  'twin', 'gemelo', 'gemela', 'stepmom', 'stepdad', 'stepmother', 'stepfather', 'half-brother', 'half-sister',
  'shoutout to', 'shout out to', 'le decimos', 'le dicen', 'we call him', 'we call her', 'was it',
  'rep', 'representative', 'representante', 'first call', 'backup', 'primary contact', 'emergency contact',
  'asesor', 'asesora', 'educadora', 'educador', 'gracias a', 'thanks to', 'thank you to',
  'kids', 'children', 'sons', 'daughters', 'hijos', 'hijas', 'nietos', 'nietas', 'chamaco', 'chamaca', 'chamaquito', 'chamaquita',
  'comadre', 'compadre', 'un tal', 'una tal',
  'aide', 'caseworker', 'case manager', 'social worker', 'trabajadora social', 'tech', 'technician', 'receptionist',
  'veteran', 'veterano', 'veterana', 'vet', 'driver', 'chofer', 'consultant', 'lactation consultant', 'tecnica', 'tecnico',
  'oficial', 'subject', 'trial subject', 'participant', 'participante',
  'interpreter', 'interprete', 'translator', 'traductor', 'traductora', 'midwife', 'partera', 'doula', 'adjuster', 'ajustador',
  'ajustadora', 'chaplain', 'capellan', 'coordinator', 'coordinador', 'coordinadora', 'counselor', 'consejera', 'consejero',
  'hygienist', 'higienista', 'front desk', 'client', 'cliente', 'volunteer', 'voluntario', 'voluntaria', 'delivery guy',
  'delivery driver', 'repartidor', 'repartidora', 'ob intake', 'pregunten por', 'pregunte por',
  'preguntar por', 'ask for', 'asking for', 'o por', 'referred', 'deliver to', 'ship to', 'mail it to', 'send it to',
  'resident', 'residente', 'pana', 'mi pana', 'compa', 'cuate', 'carnal', 'cipota de', 'cipote de', 'receta de', 'receta para',
  'diganle a', 'digale a', 'dile a', 'digan a', 'avisenle a', 'avisale a', 'preguntenle a', 'preguntale a', 'tell', 'ask', 'thank',
  'subscriber is', 'the subscriber is', 'member is', 'the member is', 'policyholder is', 'the insured is', 'the patient is', 'patient is',
  'el titular es', 'el asegurado es', 'la asegurada es', 'el paciente es', 'la paciente es',
  'caller', 'billing', 'account holder', 'account holder is', 'the account holder is', 'titular de la cuenta es', 'llamo');
cue('title', 'dr', 'dr.', 'dra', 'dra.', 'doctor', 'doctora', 'doc', 'nurse', 'enfermera', 'enfermero', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'sr', 'sr.', 'sra', 'sra.', 'srta', 'srta.', 'senor', 'senora',
  'senorita', 'don', 'dona', 'prof', 'professor', 'rev', 'lic', 'lic.', 'ing');
cue('greeting', 'hi', 'hello', 'hey', 'dear', 'hola', 'buenos dias', 'buenas tardes', 'buenas noches', 'buen dia',
  'estimado', 'estimada', 'querido', 'querida', 'good morning', 'good afternoon', 'good evening', 'thanks',
  'thank you', 'thx', 'ty', 'gracias', 'muchas gracias', 'bye', 'adios', 'welcome', 'bienvenido', 'bienvenida',
  'cheers', 'best', 'take care', 'cuidate', 'helol', 'hii', 'hiya', 'holi', 'buenas', 'saludos', 'sorry', 'perdon',
  'oye', 'oiga', 'vos', 'epa', 'howdy', 'greetings', 'xoxo', 'hugs', 'besos', 'abrazos', 'bendiciones',
  'thank you so much', 'thanks so much', 'thanks again', 'mil gracias', 'gracias de nuevo',
  'disculpa', 'disculpe', 'hey there', 'hi there', 'hello there', 'ey', 'eyy', 'que onda', 'que hubo', 'quiubo', 'hoal', 'ola',
  'saludos a', 'saludos para', 'say hi to', 'say hello to');
/**
 * Words that answer: "ok salvador, nos vemos el lunes", "perfecto Ana!". After one, a first name is the
 * person spoken to only when a comma, '!', '.' or the end follows it ("ok great, thanks" has no name;
 * "ok will do" none either).
 */
const ACK_CUES = ['ok', 'okay', 'oki', 'okey', 'okie', 'vale', 'listo', 'perfecto', 'perfect', 'alright', 'sale', 'bueno', 'got it', 'entendido'];
cue('greeting', ...ACK_CUES);
const ACK_SET = new Set(ACK_CUES);

const CUE_FIRST = new Map<string, Cue[]>();
for (const c of CUES) {
  const k = c.words[0] as string;
  const list = CUE_FIRST.get(k) ?? [];
  list.push(c);
  list.sort((a, b) => b.words.length - a.words.length);
  CUE_FIRST.set(k, list);
}

const CITY_CUES = ['near', 'cerca de', 'close to', 'clinic in', 'clinica en', 'hospital in', 'hospital en', 'im in', "i'm in", 'i am in', 'estoy en', 'ando en', 'stay in', 'staying in', 'me mude a', 'nos mudamos a', 'mudamos a', 'live in', 'lives in', 'living in', 'lived in', 'reside in', 'resides in', 'residing in', 'moved to',
  'located in', 'based in', 'i am from', "i'm from", 'im from', 'is from', 'born in', 'vivo en', 'vive en',
  'vivimos en', 'viven en', 'resido en', 'reside en', 'me mude a', 'se mudo a', 'ubicado en', 'ubicada en',
  'soy de', 'es de', 'somos de', 'naci en', 'nacio en', 'city', 'ciudad', 'town', 'pueblo', 'municipio', 'colonia',
  'col', 'county', 'condado', 'neighborhood', 'barrio',
  // (not "regreso a", "going back to": one goes back to a medicine as often as to a town; not "work in": "i work in
  // mentor programs")
  'trabajo en', 'trabaja en', 'trabajamos en', 'moving to', 'moving back to', 'move to', 'commute to',
  'miles of', 'miles from', 'minutes from', 'millas de', 'minutos de',
  // an area served: "la agencia de enfermeras cubre Reus?", "do you cover Ponferrada"
  'cubre', 'cubren', 'covers', 'do you cover',
  // a place given instead of a street: "no street address, just gardena", "sin dirección, nomás badalona"
  'address just', 'address only', 'direccion nomas', 'direccion solo', 'direccion solamente',
  // where a patient travels from: "we drive in from Franklin"
  'drive in from', 'drive from', 'come in from', 'coming in from'];
const CITY_CUE_FIRST = new Map<string, string[][]>();
for (const p of CITY_CUES) {
  const w = p.split(' ');
  const list = CITY_CUE_FIRST.get(w[0] as string) ?? [];
  list.push(w);
  list.sort((a, b) => b.length - a.length);
  CITY_CUE_FIRST.set(w[0] as string, list);
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the phrase `words` starts at token i. The callers take the phrase from the list that
 * token i's word-table entry numbers, and every phrase of that list starts with its key: the
 * comparison starts at the second word.
 */
function matchPhrase(toks: Token[], i: number, words: string[]): boolean {
  for (let j = 1; j < words.length; j++) {
    const t = toks[i + j];
    if (t === undefined) return false;
    if (!t.gapOf(0, 3, false)) return false;
    if (t.key !== words[j]) return false;
  }
  return true;
}

/** Gap between two tokens of one name: spaces, or a middle initial's dot. */
function nameGap(t: Token, prev: Token | undefined): boolean {
  if (t.gapIs(' ') || t.gapIs('  ')) return true;
  return prev !== undefined && prev.dot && (t.gapIs('.') || t.gapIs('. ') || t.gapIs('.  ')) && prev.end - prev.start === 1;
}

const CREDENTIALS = new Set(['md', 'rn', 'np', 'pa', 'pa-c', 'do', 'dds', 'dmd', 'phd', 'lpn', 'cna', 'aprn', 'fnp', 'fnp-c', 'crnp', 'pharmd', 'rph', 'dnp', 'lcsw', 'mph', 'facp', 'facc', 'm.d', 'ms', 'msn', 'bsn', 'pt', 'ot', 'dpt', 'od', 'jr', 'sr', 'ii', 'iii']);
const LABEL_WORDS = new Set(['bday', 'b-day', 'birthday', 'cumple', 'cumpleanos', 'edd', 'fpp', 'lmp', 'fum', 'zipcode', 'postal', 'ruta', 'itin', 'tin', 'passport', 'pasaporte', 'lic', 'license', 'licence', 'licencia', 'aba', 'routing', 'clabe', 'cuenta', 'mbi', 'hicn', 'niv', 'appt', 'edad', 'age', 'prescriber', 'mrn', 'chart', 'expediente', 'poliza', 'afiliado', 'serial', 'serie', 'plate', 'placa', 'placas', 'matricula', 'tag', 'imei', 'iban', 'npi', 'medicare', 'medicaid', 'medi-cal', 'subscriber', 'dl', 'vin', 'zip', 'cp', 'ssn', 'nss', 'curp', 'rfc', 'ein', 'code', 'codigo', 'ticket', 'order', 'pedido', 'invoice', 'factura', 'tracking', 'number', 'numero', 'num', 'no', 'person', 'date', 'address', 'phone', 'fax', 'email', 'ssn', 'mrn', 'url', 'iban', 'npi', 'custom', 'dob', 'id', 'dea', 'vin', 'imei', 'udi', 'mac', 'ip', 'cpt', 'icd', 'ndc', 'hmo', 'ppo', 'epo', 'pos', 'hsa', 'fsa', 'copay', 'silver', 'gold', 'bronze', 'platinum', 'oro', 'plata', 'bronce', 'platino', 'basic', 'premium', 'plus', 'ok', 'okay', 'ty', 'thx', 'lol', 'btw', 'asap', 'fyi', 'pm', 'am', 'usa', 'us', 'er', 'icu', 'app', 'ios', 'android', "i'm", 'im', "i'll", "i've", "i'd", "it's", "that's", "what's", "there's", "he's", "she's", "we're", "they're", "don't", "can't", "won't", 'wire', 'account', 'acct', 'plan', 'group', 'member', 'policy', 'emr', 'ehr', 'mbr', 'cpap', 'bipap']);

export interface NameOptions {
  allLower: boolean;
  shouting: boolean;
}

/**
 * "my son eats", "bone stimulator", "kitty litter": a word the lexicon does not know but everyday English
 * does (words.ts) is an ordinary word, for every rule after this: it gets the COMMON flag. So does a word
 * the lexicon knows only as a surname that everyday English uses often ("binders with meals", "free by
 * noon", "hi darling"): in lower case it then needs the evidence a name that is also a word needs. Not
 * right after a first name (one that is no word itself) or an initial, where such a word is a surname as
 * often ("Armani Bins", "Elouise V. Tromp", "Ana Meals").
 */
function everydayWords(toks: readonly Token[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.masked || t.klen < 3 || (t.flags & (FIRST | COMMON)) !== 0) continue;
    const prev = toks[i - 1];
    // (after a first name that is a word too, an unknown word makes two words, "kitty litter", "a tad dizzy";
    // a known surname a name, "will funk", "consuelo corral")
    if (prev !== undefined && nameGap(t, prev) && (isInitial(prev) ||
      ((prev.flags & FIRST) !== 0 && ((prev.flags & (COMMON | DICTIONARY_WORD)) === 0 || t.flags !== 0)))) continue;
    if (isEverydayWord(t.key)) t.flags |= COMMON;
  }
}

/**
 * Products, shops, dishes and drinks named after people, which diet and product questions bring up
 * ("ben & jerry's", "arnold palmer", "jugo don simón"): their words are taken as seen, so no name rule
 * reads them. Keys of their words, in order (a key has no possessive 's; "&" and dots are gaps).
 */
const BRAND_NAMES: ReadonlyArray<readonly string[]> = [
  // foods, drinks and household brands
  'ben jerry', 'marie callender', 'papa john', 'paula choice', 'mrs dash', 'dr pepper', 'uncle ben', 'aunt jemima',
  'betty crocker', 'chef boyardee', 'little debbie', 'sara lee', 'jimmy dean', 'newman own', 'burt bees',
  'jack daniel', 'jose cuervo', 'captain morgan', 'john deere', 'dr scholl', 'mrs fields', 'dr martens', 'tia rosa',
  'dona maria', 'tio nacho', 'don julio', 'juan valdez', 'mama lucia', 'duncan hines', 'orville redenbacher',
  'mrs butterworth', 'mrs smith', 'mrs paul', 'famous amos', 'baby ruth', 'mr clean', 'mr coffee', 'dr bronner', 'dr teal',
  'dr simi', 'johnnie walker', 'jim beam', 'sam adams', 'mike hard', 'don simon', 'don pedro', 'don francisco', 'tio pepe', 'tia maria',
  // shops and restaurants
  'trader joe', 'jersey mike', 'jimmy john', 'bob evans', 'ruth chris', 'long john silver', 'chuck e cheese', 'carl jr',
  'little caesar', 'papa murphy', 'tim horton', 'ruby tuesday', 'dave buster', 'jack in the box', 'taco bell', 'sam club',
  'dick sporting', 'piggly wiggly', 'fred meyer', 'harris teeter', 'hobby lobby', 'ollie bargain', 'ronald mcdonald',
  // dishes and drinks
  'arnold palmer', 'shirley temple', 'bloody mary', 'tom collins', 'eggs benedict', 'beef wellington', 'earl grey',
  'sloppy joe', 'oysters rockefeller', 'peach melba', 'cobb salad', 'caesar salad', 'waldorf salad', 'reuben sandwich',
].map((b) => b.split(' '));
const BRAND_FIRST = new Set(BRAND_NAMES.map((b) => b[0] as string));
/** Words that join the two names of a brand ("ben and jerry's", "ben n jerrys"). */
const BRAND_JOINERS = new Set(['and', 'n', 'y']);

/**
 * Whether token `t` is the brand's word `w`: the same key, or one edit from it in a word of five
 * letters or more that is no name ("calenders", "juilo"), or, for the brand's last word, with the possessive 's
 * written without its apostrophe ("trader joes").
 */
function brandWord(t: Token, w: string, last: boolean): boolean {
  const k = t.key;
  if (k === w) return true;
  if (last && k.length === w.length + 1 && k.endsWith('s') && k.startsWith(w)) return true;
  // (a name is never a misspelt brand word: "juan valdés", "mamá lucas")
  if (w.length < 5 || (t.flags & NAME_ANY) !== 0) return false;
  return withinOneEdit(k, w) || (last && k.endsWith('s') && withinOneEdit(k.slice(0, -1), w));
}

function brandNames(toks: readonly Token[], used: number[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    // "jugo don simón", "un tequila don julio", "mole doña maría": a food or drink, then don/doña and a
    // name, is a brand
    if ((t.key === 'don' || t.key === 'dona') && i > 0 && i + 1 < toks.length && THING_NOUNS.has((toks[i - 1] as Token).key) &&
      t.gapIs(' ') && (toks[i + 1] as Token).gapIs(' ')) {
      used[i] = 1;
      used[i + 1] = 1;
      i++;
      continue;
    }
    if (t.klen < 2 || !BRAND_FIRST.has(t.key)) continue;
    for (const b of BRAND_NAMES) {
      if (b[0] !== t.key) continue;
      let j = i + 1; // the next token to compare
      let ok = true;
      let joined = false;
      for (let k = 1; k < b.length && ok; k++) {
        let tk = toks[j];
        if (tk !== undefined && k === 1 && BRAND_JOINERS.has(tk.key) && tk.gapIs(' ')) {
          joined = true;
          tk = toks[++j];
        }
        ok = tk !== undefined && /^[\s&.+]{1,5}$/.test(tk.gap) && brandWord(tk, b[k] as string, k === b.length - 1);
        // joined by a word, the brand ends in its possessive ("ben and jerry's"; "Ben and Jerry" are two people)
        if (ok && joined && k === b.length - 1) ok = (tk as Token).end - (tk as Token).start > (tk as Token).klen || (tk as Token).key !== b[k];
        j++;
      }
      // (a capitalised name after it makes it a person's name after all: "Dr. Pepper Smith"; so does a
      // surname in any case: "doña maría pérez")
      const after = toks[j];
      if (!ok || (after !== undefined && after.gap === ' ' && ((after.cap && (after.flags & NAME_ANY) !== 0) ||
        ((after.flags & SURNAME) !== 0 && (after.flags & COMMON) === 0)))) continue;
      for (let k = i; k < j; k++) used[k] = 1;
      i = j - 1;
      break;
    }
  }
}

/**
 * How name-like a token is on its own:
 * 3 a lexicon name that is not a common word; 2 plausible (capitalised unknown word, or an unknown
 * word in text with no case information, or a capitalised name that is also a word);
 * 1 weak (a name that is also a word, in lower case; a capitalised common word); 0 never.
 */
function nameLike(t: Token, o: NameOptions): number {
  if (t.klen < 2 && !(t.cap && t.dot)) return 0;
  if (t.masked) return 0;
  if (((t.cls & W_NEVER) !== 0) || ((t.cls & W_LABEL_WORDS) !== 0) || ((t.cls & W_CREDENTIALS) !== 0) && t.upper) return 0;
  // (a key never holds a digit or '_': tokens are letters and marks joined by ' ’ -, so no test for them)
  const name = (t.flags & NAME_ANY) !== 0;
  const common = (t.flags & COMMON) !== 0;
  const noCase = o.allLower || o.shouting;
  const capital = t.cap && (!t.upper || !o.shouting);
  // "DME order", "GBS negative", "with TMJ": a short word in capitals inside a message with case is an
  // abbreviation unless the lexicon knows it as a first name or surname
  if (t.upper && !noCase && t.klen <= 3 && (t.flags & (FIRST | SURNAME)) === 0) return 0;
  if (name && !common) return 3;
  if (capital && !noCase) return name ? 2 : common ? 1 : 2;
  if (name) return 1;
  if (common) return 0;
  // unknown word
  if (t.accentEnd || looksLikeWordForm(t.key)) return 0;
  if (typoOfCommonWord(t.key)) {
    t.typo = true;
    return 0;
  }
  if (misspeltIdKeyword(t.key)) return 0;
  if (noCase || capital) return t.klen >= 3 ? 2 : 1;
  return 1;
}

/** The endings of /(?:ed|ing|ly|tion|ment|ness|mente|ando|iendo|ci[oó]n|aron|ieron|iera|aba|aban|ible|able)$/, tested with endsWith. */
const WORD_FORM_ENDINGS = ['ed', 'ing', 'ly', 'tion', 'ment', 'ness', 'mente', 'ando', 'iendo', 'cion', 'ción', 'aron', 'ieron', 'iera', 'aba', 'aban', 'ible', 'able'];
/** The endings by their last character: a key is tested only against those that can match it. */
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const e of WORD_FORM_ENDINGS) {
  const last = e.charCodeAt(e.length - 1);
  ENDINGS_BY_LAST.set(last, [...(ENDINGS_BY_LAST.get(last) ?? []), e]);
}
/** Inflected words (verbs, adverbs, nouns) that a common-word list misses: "uploaded", "cumplió". */
function looksLikeWordForm(key: string): boolean {
  if (key.length < 4) return false;
  const last = key.charCodeAt(key.length - 1);
  if (last === 0xe1 || last === 0xe9 || last === 0xed || last === 0xf3 || last === 0xfa) return true; // á é í ó ú
  if (key.length < 5) return false;
  // "arrastrada", "cancelado", "recibido": long participles (surnames with these endings are in the lexicon)
  if (key.length >= 8 && /(?:ad|id)[ao]$/.test(key)) return true;
  // a short "-ly" word is a name as often as an adverb ("amely", "kelly"); common adverbs are in the word list
  if (key.length < 7 && key.endsWith('ly')) return false;
  const endings = ENDINGS_BY_LAST.get(last);
  if (endings !== undefined) for (const e of endings) if (key.endsWith(e)) return true;
  return false;
}

/** Whether `key` is a common word that is no name, in the lexicon. */
function plainWord(key: string): boolean {
  const f = lexiconFlags(key);
  return (f & COMMON) !== 0 && (f & NAME_ANY) === 0;
}

/**
 * A word the lexicon does not know that is a common word with two neighbouring letters swapped
 * ("neesd", "teine", "vsiit"), or a past tense without its 'e' ("askd"): a typo, not a name. (Unknown words only: a name in the lexicon never
 * gets here. A letter left out is not tested: "torp" and "huels" are surnames one letter from words;
 * tried for words of six letters or more, it also took clipped words ("quimio") and typos of cue
 * words ("gracas") out of name runs, and PHI left rose on three sets.)
 */
function typoOfCommonWord(key: string): boolean {
  const n = key.length;
  if (n < 4 || n > 14) return false;
  // a past tense without its 'e' ("askd", "flushd")
  if (key.charCodeAt(n - 1) === 100 && key.charCodeAt(n - 2) !== 101 && plainWord(`${key.slice(0, -1)}ed`)) return true;
  for (let i = 0; i + 1 < n; i++) {
    if (key[i] === key[i + 1]) continue;
    if (plainWord(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2))) return true;
  }
  return false;
}

/**
 * An unknown word that is a common word with an -s or -es ("eats", "smokes", "faxes"): a verb or a
 * plural, not a name. (A name ending so that the lexicon knows, "Banks", "Rivers", never gets here.)
 */
function inflectedCommonWord(key: string): boolean {
  const n = key.length;
  if (n < 4 || key.charCodeAt(n - 1) !== 115) return false;
  return commonWord(key.slice(0, -1)) || (key.endsWith('es') && commonWord(key.slice(0, -2)));
}

/** A common word, whether or not it is also a name ("smoke"). */
function commonWord(key: string): boolean {
  return (lexiconFlags(key) & COMMON) !== 0;
}

function isInitial(t: Token): boolean {
  return t.end - t.start === 1 && t.dot;
}

/**
 * Whether token `i` opens a line: only spaces before it on its line; with `dash`, one leading dash
 * too ("⏎- rachelle price").
 */
function opensLine(t: Token, i: number, dash: boolean): boolean {
  if (i === 0) return t.gap.trim() === '';
  if (!t.nl) return false;
  const lead = t.gap.slice(t.gap.lastIndexOf('\n') + 1);
  return dash ? /^[^\S\n]*(?:[-–—][^\S\n]*)?$/.test(lead) : /^[^\S\n]*$/.test(lead);
}

/** How the message is cased: no capital at all (chat in lower case), or mostly upper case (shouting). */
export function caseOf(toks: readonly Token[]): NameOptions {
  let caps = 0;
  let uppers = 0;
  let counted = 0;
  let xRun = false;
  for (const t of toks) {
    if (t.masked) {
      // a run of X's is masked text: what it hid may have had capitals, so the message does not count as lower
      // case (masking "Ana López ⳑ" must not make the second pass read "ⳑ" as a lower-case message's name)
      if (t.klen === t.end - t.start && /^x+$/.test(t.key)) xRun = true;
      continue;
    }
    counted++;
    if (t.cap) caps++;
    if (t.upper) uppers++;
  }
  return { allLower: caps === 0 && !xRun, shouting: uppers >= Math.max(2, counted * 0.6) };
}

export function detectNames(text: string, tokens?: Token[]): Finding[] {
  const toks = tokens ?? tokenize(text);
  const n = toks.length;
  if (n === 0) return [];
  const o: NameOptions = caseOf(toks);
  everydayWords(toks);
  for (const t of toks) t.like = nameLike(t, o);
  const findings: Finding[] = [];
  // a packed array of small integers (new Array(n).fill(0) makes a holey one, and costs more here)
  const used: number[] = [];
  for (let k = 0; k < n; k++) used.push(0);
  brandNames(toks, used);

  const sentenceStart = (i: number): boolean => {
    if (i === 0) return true;
    const prev = toks[i - 1] as Token;
    const gap = (toks[i] as Token).gap;
    return /[!?:\n;]|^\s*[-–—•*>"(]\s*$/.test(gap) || (prev.dot && !isInitial(prev) && /^\.\s/.test(gap)) || /^\s*\.\s*$/.test(gap) && !isInitial(prev);
  };

  /** Whether token t is the month of a date: a month name, then a number ("Dec 5", "agosto de 1987"). */
  const monthOfDate = (t: Token): boolean => MONTH_KEYS.has(t.key) && /^[\s,.]{0,2}(?:del?\s)?\d/.test(text.slice(t.end, t.end + 6));
  /** A joining word between two names: and, y, or, o. */
  const isAnd = (t: Token | undefined): boolean => t !== undefined && (t.key === 'and' || t.key === 'y' || t.key === 'or' || t.key === 'o') && /^,?\s$/.test(t.gap);
  /** Whether tokens i..j-1 name a disease or a sign: an eponym noun follows ("osgood schlatter disease"), or "síndrome de" comes before. */
  const eponym = (i: number, j: number): boolean => {
    const after = toks[j];
    if (after !== undefined && EPONYM_NOUNS.has(after.key) && /^(?:['’]s)?\s{1,2}$/.test(after.gap) && !after.nl) return true;
    // the noun read as part of the run: "achilles tendon is tight"
    // (a capital in mixed case makes it a surname: "Ana Sign")
    if (j - i >= 2 && EPONYM_NOUNS.has((toks[j - 1] as Token).key) && (!(toks[j - 1] as Token).cap || o.shouting)) return true;
    const de = toks[i - 1];
    const noun = toks[i - 2];
    return de !== undefined && noun !== undefined && (de.key === 'de' || de.key === 'del') && EPONYM_NOUNS.has(noun.key);
  };
  /**
   * Whether a modal verb comes right before token i ("can dad"), or before a determiner and token i ("can the
   * nurse", "will my son"); with `det`, only the second.
   */
  const modalBefore = (i: number, det = false): boolean => {
    let k = i - 1;
    const d = toks[k];
    const hasDet = d !== undefined && DETERMINERS.has(d.key);
    if (hasDet) k--;
    else if (det) return false;
    const m = toks[k];
    return m !== undefined && QUESTION_MODALS.has(m.key) && !/[,.;:!?\n]/.test((toks[k + 1] as Token).gap);
  };
  /** Whether one of the three words before token i, in the same clause, is a pet. */
  const petBefore = (i: number): boolean => {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (/[,.;:!?\n]/.test((toks[k + 1] as Token).gap)) return false;
      if (PET_NOUNS.has((toks[k] as Token).key)) return true;
    }
    return false;
  };
  /** Extend a name from token i; returns the index after the last name token (or i). */
  const extend = (i: number, minFirst: number, maxLen = 5, strong = false): number => {
    let j = i;
    let count = 0;
    while (j < n && count < maxLen) {
      const t = toks[j] as Token;
      const prev = j > 0 ? toks[j - 1] : undefined; // no read at index -1 (a slow property lookup in V8)
      if (j > i && !nameGap(t, prev)) break;
      if (j > i && used[j]) break; // a name already found ends this run ("aide Precious": the cue word is not a name)
      // "ginger tea", "rose water": a thing, not a name (but after an initial a surname: "derick c. beer")
      if (j > i && THING_NOUNS.has(t.key) && !isInitial(toks[j - 1] as Token)) return i;
      // a verb a name is the subject of ends it in lower-case text ("la audióloga saul dice que ...")
      if (j > i && !t.cap && (VERBS_AFTER_NAME.has(t.key) || MODALS.has(t.key))) break;
      // a date starts: "born august 2021", "Mann Jun 1929", "JOSÉ MARÍA agosto de 1987" (a month name, then a number)
      if (j > i && monthOfDate(t)) break;
      // a state name after a first name is a surname ("Keisha Washington"), otherwise a place
      if (j > i && ((t.cls & W_REGION_WORDS) !== 0) && !((toks[j - 1] as Token).flags & FIRST)) break;
      if (j > i && ((t.cls & W_PARTICLES) !== 0)) {
        // "de la", "van der": particles inside a name, followed by a name word
        let k = j;
        while (k < n && k - j < 3 && (((toks[k] as Token).cls & W_PARTICLES) !== 0) && nameGap(toks[k] as Token, toks[k - 1])) k++;
        const nx = toks[k];
        // (in text without case only before a known name: "octavio de cobranza" is not one)
        if (k > j && nx && nameGap(nx, toks[k - 1]) && (nx.like >= 2 || (nx.flags & NAME_ANY && nx.like >= 1)) && ((nx.cap && !o.allLower && !o.shouting) || nx.flags & NAME_ANY)) {
          j = k;
          continue;
        }
        break;
      }
      let score = t.like;
      if (isInitial(t) && j > i) score = 3;
      // after a first name a swapped-letter look-alike of a word is a surname after all ("ricky ledner")
      if (t.typo && j > i && ((toks[j - 1] as Token).flags & FIRST) !== 0) score = 2;
      // a name written in lower case continues with lower-case unknown words ("barry leannon")
      const lowerRun = j > i && !t.cap && !(toks[i] as Token).cap && score === 1 && !(t.flags & (NAME_ANY | COMMON)) && t.klen >= 3;
      if (lowerRun) score = 2;
      const need = j === i ? minFirst : 2;
      if (score < need) {
        // a name that is also a word ("rose", "will") continues a name when a surname follows
        const nx = toks[j + 1];
        const pairOk = score === 1 && t.flags & (FIRST | SURNAME) && nx && nameGap(nx, t) && nx.like >= 2 && (nx.flags & (SURNAME | OTHER_NAME) || (nx.cap && !o.shouting) || o.allLower || o.shouting) && !(nx.flags & COMMON && !(nx.flags & NAME_ANY));
        const tailOk = score === 1 && j > i && t.flags & (SURNAME | OTHER_NAME) && (t.cap === (toks[i] as Token).cap || o.allLower || o.shouting);
        const strongOk = strong && score === 1 && !(t.flags & COMMON) && !t.cap;
        if (!pairOk && !tailOk && !strongOk) break;
      }
      // in mixed-case text a lower-case word continues a name only if the lexicon says so
      if (j > i && !t.cap && !o.allLower && !o.shouting && !(t.flags & NAME_ANY) && !lowerRun && !(strong && !(toks[i] as Token).cap && !isInitial(t) && !(t.flags & COMMON))) {
        if (!isInitial(t)) break;
      }
      j++;
      count++;
    }
    return j;
  };

  const emit = (i: number, j: number, ruleId: string, score: number): void => {
    while (j > i && (((toks[j - 1] as Token).cls & W_PARTICLES) !== 0)) j--;
    if (j <= i || (!ruleId.startsWith('person.cue') && eponym(i, j))) return;
    // "metadona 80 mg": a word right before a dose is a medicine (a first name is the person given it: "give Ana 5 mg")
    if (((toks[j - 1] as Token).flags & FIRST) === 0 && DOSE_AFTER.test(text.slice((toks[j - 1] as Token).end, (toks[j - 1] as Token).end + 14))) return;
    if ((((toks[i] as Token).cls & W_REGION_WORDS) !== 0) && j - i === 1) return;
    for (let k = i; k < j; k++) used[k] = 1;
    const last = toks[j - 1] as Token;
    let end = last.end;
    if (isInitial(last)) end += 1;
    else if (end - last.start > 3 && /['’]s$/i.test(text.slice(last.start, end))) end -= 2; // possessive: "Lee's office"
    findings.push({ type: 'PERSON', start: (toks[i] as Token).start, end, ruleId, score });
  };

  // 1. cue phrases before a name
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    const cues = (t.cls & W_CUE) !== 0 ? cueWord(t)?.cues : undefined;
    // (a cue word inside a brand is none: "mrs. dash", "papa john's")
    if (cues === undefined || used[i]) continue;
    // (the end of a domain is no cue: "...@prodigy.net.mx, nomás"; nor a possessive: "baby's apnea monitor")
    if (t.start > 0 && (text.charCodeAt(t.start - 1) === 46 || text.charCodeAt(t.start - 1) === 64)) continue;
    if (t.end - t.start > t.klen) continue;
    for (const c of cues) {
      if (!matchPhrase(toks, i, c.words)) continue;
      let k = i + c.words.length;
      // "counselor is Faith", "su consejera es dorotea", "my son is beau-forrest": a role or family word, then "is"
      // and a first name (or one written as a name); not "my son is diabetic"
      const roleIs = c.strength === 'relation' && !GENERIC_CUES.has(c.phrase) && toks[k] !== undefined && ROLE_IS.has((toks[k] as Token).key) && (toks[k] as Token).gap === ' ';
      if (roleIs) k++;
      if (k >= n) break;
      const nt = toks[k] as Token;
      if (used[k]) break; // taken already: a brand ("hiya ben & jerry's"), a pet, a name found
      if (roleIs && !((nt.flags & FIRST) !== 0 || (nt.cap && !o.allLower && !o.shouting) || ((lexiconFlags(nt.key.split('-')[0] as string) & FIRST) !== 0 && nt.key.includes('-')))) break;
      // (a sign-off puts the name on the next line: "best,⏎Roma")
      // (a name in brackets after a relation: "mom (elmira price)")
      // (or a list of them: "my kids [christina, andres]")
      const bracketed = (c.strength === 'relation' || c.strength === 'title') && /^\s?[([]\s?$/.test(nt.gap) && /^\s?[)\],]/.test(text.slice(nt.end, nt.end + 40).replace(/^[\p{L}\p{M}'’.\-\s]*?(?=\s?[)\],])/u, ''));
      if ((!nt.gapOf(1, 4, true) && !bracketed) || (nt.nl && c.strength !== 'strong' && !SIGN_OFFS.has(c.phrase))) break;
      const sc = nt.like;
      const phrase = c.phrase;
      let minFirst = 2;
      let ok = false;
      const next = toks[k + 1];
      const surnameNext: boolean = next !== undefined && nameGap(next, nt) && next.like >= 2 && (next.cap || (next.flags & NAME_ANY) !== 0 || o.allLower || o.shouting);
      // "Name: axel graham", "Nombre: luis ...": a form label with a colon is as strong as "my name is"
      const weakCue = WEAK_STRONG.has(phrase) && !(FORM_LABELS.has(phrase) && nt.gap.indexOf(':') >= 0);
      if (c.phrase === 'it' && t.end - t.start < 4) break; // "it’s Ana again", not "it"
      // "en la llamada grabada", "un llamado urgente": after an article "llamada" is the noun (a call), not "called"
      if ((c.phrase === 'llamada' || c.phrase === 'llamado') && i > 0 && (OWNER_WORDS.has((toks[i - 1] as Token).key) ||
        ['una', 'un', 'esa', 'esta', 'otra', 'otro'].includes((toks[i - 1] as Token).key))) break;
      // "my dog's name is Charlie", "el perro se llama Toby": a pet's name is no one's PHI
      // (the word after the cue is taken as seen, so no later rule reads it as a person)
      if (c.strength === 'strong' && petBefore(i)) {
        used[k] = 1;
        break;
      }
      if (c.strength === 'strong') {
        const weak = weakCue;
        const lexPair = (nt.flags & FIRST) !== 0 && next !== undefined && nameGap(next, nt) && (next.flags & (SURNAME | OTHER_NAME)) !== 0;
        // a capitalised word the lexicon only knows as a word, before a known surname: "I am Olaf Reynolds"
        const capPair = nt.cap && !o.allLower && !o.shouting && next !== undefined && nameGap(next, nt) && next.cap && (next.flags & SURNAME) !== 0 && (next.flags & COMMON) === 0;
        // a first name that is also a word, then a comma or the end: "soy luz, dirección nueva ..."
        const firstThenStop = (nt.flags & FIRST) !== 0 && /^\s{0,2}(?:[,;!?]|$)/.test(text.slice(nt.end, nt.end + 3)) && !AFTER_TITLE_WORDS.has(nt.key);
        if (weak) ok = (sc >= 2 && ((nt.flags & NAME_ANY) !== 0 || (nt.cap && !o.shouting) || surnameNext) && !((nt.flags & COMMON) !== 0 && !nt.cap && !surnameNext)) || lexPair || capPair || firstThenStop;
        else ok = sc >= 1;
        minFirst = weak && !lexPair && !capPair && !firstThenStop ? 2 : 1;
      } else if (c.strength === 'title') {
        ok = sc >= 2 || (sc === 1 && ((nt.cap && !o.shouting) || surnameNext || !(nt.flags & COMMON)));
        // "doc ward", "nurse faith", "THERAPIST BONITA": after a title a lexicon name is a name, also
        // when it is a word too, unless it is the verb or noun a title is often followed by
        // ("the home nurse car 3VW...": a word known only from the list of other name parts is the word)
        if (!ok && sc === 1 && (nt.flags & (FIRST | SURNAME)) !== 0 && !AFTER_TITLE_WORDS.has(nt.key)) ok = true;
        if (TITLE_NOUNS.has(nt.key)) ok = false; // "Nurse Line said", "Doctor Office"
        // "the eye doctor faxes the rx": a common word with -s after a title is a verb
        if (ok && !nt.cap && (nt.flags & NAME_ANY) === 0 && inflectedCommonWord(nt.key)) ok = false;
        // "can the nurse go there": after a modal a word that is also an ordinary one is the verb (only after a
        // determiner: "can dr brown see me" keeps its name)
        if (ok && !nt.cap && modalBefore(i, true) && (nt.flags & (COMMON | DICTIONARY_WORD)) !== 0) ok = false;
        minFirst = 1;
      } else if (c.strength === 'greeting') {
        ok = (sc >= 2 && (nt.cap || (nt.flags & NAME_ANY) !== 0 || surnameNext)) || (sc === 1 && nt.cap && !o.shouting && !!(nt.flags & NAME_ANY)) || (sc === 1 && surnameNext && !!(nt.flags & FIRST));
        // "good evening. crown is $241": a new sentence after the greeting; "ty, crown was": a lower-case
        // dictionary word that is a rare name needs a surname after it
        if (ok && (nt.flags & FIRST) === 0 && (/[.!?]/.test(nt.gap) || (!nt.cap && (nt.flags & DICTIONARY_WORD) !== 0 && !surnameNext))) ok = false;
        // an unknown word after "hi" is a name only when written as one ("hi aagin biopsy", "HI AGIAN" are not)
        if (ok && !(nt.flags & NAME_ANY) && !(nt.cap && !o.allLower && !o.shouting)) ok = false;
        // after "ok", "perfecto": a first name set off by a comma, '!', '.' or the end, and nothing else
        if (ACK_SET.has(phrase)) {
          // (not "ok ty": two letters is an abbreviation as often)
          const vocative = (nt.flags & FIRST) !== 0 && (nt.cls & W_NEVER) === 0 && nt.klen >= 3 && /^(?:\s{0,2}[,!.]|\s*$)/.test(text.slice(nt.end, nt.end + 3)) &&
            !AFTER_TITLE_WORDS.has(nt.key);
          ok = vocative;
          if (ok) {
            emit(k, k + 1, 'person.cue.greeting', 0.75);
            break;
          }
        }
        minFirst = 1;
      } else {
        // ("for mia reinger": a first name that is also a word, then an unknown lower-case word of four letters or more)
        const unknownNext = next !== undefined && nameGap(next, nt) && next.like >= 1 && (next.flags & (NAME_ANY | COMMON)) === 0 && !next.cap && next.klen >= 4 && (next.cls & W_NEVER) === 0;
        ok = sc >= 2 || (sc === 1 && !!(nt.flags & NAME_ANY) && (surnameNext || (nt.cap && !o.shouting) || ((nt.flags & FIRST) !== 0 && unknownNext))) || (sc === 1 && !(nt.flags & COMMON) && !nt.cap && nt.klen >= 3);
        // generic prepositions ("with", "for", "from") need a capitalised word or a lexicon name
        // ("con antibiótico", "with dementia": an unknown lower-case word alone is a thing, not a person)
        // (an unknown word before a known surname is a first name: "FMLA for elta cassin")
        const knownSurnameNext = next !== undefined && nameGap(next, nt) && (next.flags & (SURNAME | OTHER_NAME)) !== 0 && (next.flags & COMMON) === 0;
        if (ok && GENERIC_CUES.has(phrase) && !((nt.cap && !o.shouting) || nt.flags & NAME_ANY || knownSurnameNext || ((o.allLower || o.shouting) && sc >= 2 && surnameNext && (next as Token).flags & NAME_ANY))) ok = false;
        // ("with ginger tea": a name that is also an ordinary word, in lower case, after a preposition is the word)
        if (ok && GENERIC_CUES.has(phrase) && (nt.flags & COMMON) !== 0 && !nt.cap && !(next !== undefined && nameGap(next, nt) && (next.flags & COMMON) === 0 && next.like >= 1 && (next.cls & W_NEVER) === 0 && !THING_NOUNS.has(next.key))) ok = false;
        // "my grandma dolores", "mi hermano soledad", "MI HIJA AMPARO": after a family word a first name
        // is a name even when it is also a word, unless it is one a sentence goes on with ("my mom will")
        if (!ok && sc === 1 && !GENERIC_CUES.has(phrase) && FAMILY.has(phrase) && (nt.flags & FIRST) !== 0 && !AFTER_TITLE_WORDS.has(nt.key)) ok = true;
        // "pt: rose kuphal", "mi hija rosa melgar": a first name that is also a word, then a word that is not
        // an ordinary one, after a person noun
        if (!ok && sc === 1 && !GENERIC_CUES.has(phrase) && (nt.flags & FIRST) !== 0 && next !== undefined && nameGap(next, nt) && next.like >= 1 && (next.flags & COMMON) === 0 && (next.cls & W_NEVER) === 0 && next.key.length >= 3) ok = true;
        // "speech therapist bella wants us to practice": after a person noun, a first name that is also a word,
        // then a verb it is the subject of
        if (!ok && sc === 1 && !GENERIC_CUES.has(phrase) && (nt.flags & FIRST) !== 0 && (nt.cls & W_NEVER) === 0 && !AFTER_TITLE_WORDS.has(nt.key) &&
          next !== undefined && next.gapIs(' ') && VERBS_AFTER_NAME.has(next.key)) ok = true;
        if (((nt.cls & W_MEDICAL_ABBR) !== 0)) ok = false;
        // "can dad chew it", "will my son chuck up": after a modal the word after the family word is its verb
        if (ok && !nt.cap && FAMILY.has(phrase) && modalBefore(i) && ((nt.flags & FIRST) === 0 || (nt.flags & (COMMON | DICTIONARY_WORD)) !== 0)) ok = false;
        // "the only bread my son eats", "my dad smokes": a common word with -s after a person word is a verb
        if (ok && !nt.cap && (nt.flags & NAME_ANY) === 0 && inflectedCommonWord(nt.key)) ok = false;
        // "cirujano maxilofacial", "médico bariátrico": an unknown lower-case word with an adjective's ending after a
        // profession names the speciality
        if (ok && !nt.cap && (nt.flags & (NAME_ANY | COMMON)) === 0 && !FAMILY.has(phrase) && SPECIALITY_ENDING.test(nt.key)) ok = false;
        // "con mi médico, agendo aquí": after a comma an unknown lower-case word starts a new clause
        if (ok && nt.gap.indexOf(',') >= 0 && !nt.cap && (nt.flags & NAME_ANY) === 0) ok = false;
        minFirst = 1;
      }
      // "for FMLA, my manager is ...": a short word in capitals the lexicon does not know is an abbreviation
      if (ok && nt.upper && !o.shouting && nt.klen <= 4 && (nt.flags & NAME_ANY) === 0) ok = false;
      // "interpreter cert number 123": the word before "number" says what the number is of
      if (ok && next !== undefined && next.gap === ' ' && (next.key === 'number' || next.key === 'numero' || next.key === 'num') && (nt.flags & FIRST) === 0) ok = false;
      // "mi mamá cree que ...": a Spanish verb after a family word is what she does
      if (ok && !nt.cap && FAMILY.has(phrase) && SPANISH_VERBS_AFTER.has(nt.key)) ok = false;
      if (!ok) break;
      const j = extend(k, minFirst, 5, c.strength !== 'greeting' && !weakCue);
      // "kids with Down syndrome", "check for Kell antibodies": after a preposition an eponym is no one
      if (j > k && GENERIC_CUES.has(phrase) && eponym(k, j)) break;
      if (j > k) {
        emit(k, j, `person.cue.${c.strength}`, c.strength === 'strong' || c.strength === 'title' ? 0.9 : 0.82);
        i = j - 1;
        // "mis hijos diego y valeria", "my kids ava and noah": a second first name joined by and/y
        const conj = toks[j];
        const second = toks[j + 1];
        if (conj !== undefined && second !== undefined && (conj.key === 'and' || conj.key === 'y') && conj.gap === ' ' && second.gap === ' ' &&
          (second.flags & FIRST) !== 0 && (second.flags & COMMON) === 0 && (second.cls & W_NEVER) === 0 && !used[j + 1]) {
          emit(j + 1, j + 2, `person.cue.${c.strength}`, 0.8);
          i = j + 1;
        }
      }
      break;
    }
  }

  // 2. cues after a name: "Ana López here", "Jamir West, RN", "Aiden Schultz, M.D."
  for (let i = 1; i < n; i++) {
    const t = toks[i] as Token;
    let after = false;
    if (((t.cls & W_AFTER_WORDS) !== 0)) after = /^[\s,]{1,2}$/.test(t.gap);
    // (cheap tests first: most tokens never make their key or gap)
    else if ((t.cls & W_AFTER_OPEN) !== 0 && t.gapIs(' ') && (t.key === 'from' || t.key === 'de' || t.key === 'at' || t.key === 'del')) after = departmentAfter(toks, i);
    // "el de la farmacia, uriel, me dijo", "the pharmacist, Angel, said": a name set off by commas before a speech verb
    else if (t.gapIs(', ') && i >= 2 && /,\s?$/.test((toks[i - 1] as Token).gap) && (SPEECH_AFTER.has(t.key) || (t.key === 'me' && SPEECH_AFTER.has(toks[i + 1]?.key ?? '')))) after = true;
    // "the lady at the desk, Joe i think, was ...", "la muchacha de recepción, Pilar creo"
    else if ((t.cls & W_AFTER_OPEN) !== 0 && t.gapIs(' ') && ((t.key === 'i' && toks[i + 1]?.key === 'think') || t.key === 'creo') && /,\s{0,2}$/.test((toks[i - 1] as Token).gap)) after = true;
    else if (text.charCodeAt(t.start - 1) === 40 && /^\s?\($/.test(t.gap) && ROLE_IN_BRACKETS.has(t.key)) {
      // "kody king (patient)"; "goes" and "le" only as "(goes by", "(le decimos", "(le dicen"
      const nx = toks[i + 1]?.key;
      after = t.key === 'goes' ? nx === 'by' : t.key === 'le' ? nx === 'decimos' || nx === 'dicen' : true;
    }
    else if (((t.klen === 1 && t.key === 'm') || ((t.cls & W_CREDENTIALS) !== 0)) && /^,?\s{0,2}$/.test(t.gap) && t.gap.length > 0) {
      const nx = toks[i + 1];
      if (t.key === 'm' && t.dot && nx && nx.key === 'd' && /^\.\s?$/.test(nx.gap)) after = true;
      else if (((t.cls & W_CREDENTIALS) !== 0) && !['jr', 'sr', 'ii', 'iii', 'pt', 'ms', 'do', 'ot', 'od', 'pa'].includes(t.key)) after = t.upper || t.gap.includes(',') || t.key === 'pa-c';
      else if (['do', 'pa', 'ms', 'pt'].includes(t.key)) after = t.upper && t.gap.includes(',') && !o.shouting;
    }
    if (!after) continue;
    let first = i;
    for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
      const tk = toks[j] as Token;
      if (used[j]) break;
      const sc = tk.like;
      const okTok = sc >= 2 || isInitial(tk) || (sc === 1 && ((tk.flags & NAME_ANY) !== 0 || !(tk.flags & COMMON)));
      if (!okTok) break;
      // ("driver here, left the cooler", "mom here": a role or family word is who is here, not a name)
      if (!tk.cap && (tk.cls & W_CUE) !== 0) break;
      // "do i book here", "médico, agendo aquí": after a pronoun, or an unknown lower-case word, it is a verb
      if (j > 0 && SUBJECT_PRONOUNS.has((toks[j - 1] as Token).key)) break;
      // "la carta de cobranza", "las llamadas de cobranza": after an article a lower-case word is a thing
      if (j > 0 && (!tk.cap || o.shouting) && ARTICLES.has((toks[j - 1] as Token).key)) break;
      // ("a separate bill from the lab": also with an adjective between, for a name that is an ordinary word)
      if (j > 1 && !tk.cap && (tk.flags & COMMON) !== 0 && (ARTICLES.has((toks[j - 2] as Token).key) || (toks[j - 2] as Token).key === 'a')) break;
      if (j === i - 1 && (t.cls & W_AFTER_WORDS) !== 0 && !tk.cap && (tk.flags & NAME_ANY) === 0) {
        // an unknown lower-case word right before "here"/"aquí" is a name only after a known one ("skylar mills here"
        // is; "saige schowalter here" is when saige is known; "médico, agendo aquí" is not)
        const pv = j > 0 ? toks[j - 1] : undefined;
        if (!(pv !== undefined && nameGap(tk, pv) && (pv.flags & NAME_ANY) !== 0)) break;
      }
      first = j;
      if (j === 0 || !nameGap(tk, toks[j - 1])) break;
    }
    if (first < i) {
      // keep it to the name: at most the last 4 tokens, not starting with a particle
      let f = Math.max(first, i - 4);
      while (f < i && (((toks[f] as Token).cls & W_PARTICLES) !== 0)) f++;
      if (f < i) emit(f, i, 'person.cue.after', 0.8);
    }
  }

  // 2a. a name as the subject of a question: "will jayden be there", "can Grace call me", "does maria need"
  for (let i = 0; i + 2 < n; i++) {
    const t = toks[i] as Token;
    if ((t.cls & W_MODAL) === 0) continue;
    const nt = toks[i + 1] as Token;
    const vt = toks[i + 2] as Token;
    if (used[i + 1] || nt.gap !== ' ' || vt.gap !== ' ' || !SUBJECT_VERBS.has(vt.key)) continue;
    if ((nt.flags & NAME_ANY) === 0 || nt.like < 1 || (nt.cls & W_NEVER) !== 0) continue;
    // a name that is also a word only when written as a name ("can Grace call", not "does bill need")
    if ((nt.flags & COMMON) !== 0 && !(nt.cap && !o.allLower && !o.shouting)) continue;
    emit(i + 1, i + 2, 'person.cue.subject', 0.8);
  }
  // "is Violet the pump trainer or the educator?": a first name between "is" and an article
  for (let i = 0; i + 2 < n; i++) {
    const t = toks[i] as Token;
    if ((t.cls & W_IS) === 0) continue;
    const nt = toks[i + 1] as Token;
    const at = toks[i + 2] as Token;
    if (used[i + 1] || nt.gap !== ' ' || at.gap !== ' ' || !ROLE_ARTICLES.has(at.key)) continue;
    // (a role must follow: "is camila the same as the other pill" compares things)
    let role = false;
    for (let k = i + 3; k < Math.min(n, i + 6) && !role; k++) role = ROLE_NOUNS.has((toks[k] as Token).key);
    if (!role) continue;
    // (a first name that is no common word, or a word the lexicon does not know: "is virginie the trainer")
    const unknown = (nt.flags & (NAME_ANY | COMMON)) === 0 && nt.like >= 1 && nt.klen >= 4;
    if ((((nt.flags & FIRST) === 0 || (nt.flags & COMMON) !== 0) && !unknown) || (nt.cls & W_NEVER) !== 0) continue;
    emit(i + 1, i + 2, 'person.cue.subject', 0.75);
  }
  // "did saul or karl get the schedule": two first names joined by or/and as the subject
  const firstName = (t: Token): boolean => (t.flags & FIRST) !== 0 && (t.cls & W_NEVER) === 0 && ((t.flags & COMMON) === 0 || (t.cap && !o.allLower && !o.shouting));
  for (let i = 0; i + 4 < n; i++) {
    if (((toks[i] as Token).cls & W_MODAL) === 0) continue;
    const a = toks[i + 1] as Token;
    const b = toks[i + 3] as Token;
    if (used[i + 1] || used[i + 3] || !isAnd(toks[i + 2]) || b.gap !== ' ' || (toks[i + 4] as Token).gap !== ' ' || !SUBJECT_VERBS.has((toks[i + 4] as Token).key)) continue;
    if (!firstName(a) || !firstName(b) || a.gap !== ' ') continue;
    emit(i + 1, i + 2, 'person.cue.subject', 0.8);
    emit(i + 3, i + 4, 'person.cue.subject', 0.8);
  }

  // 2e. a form field: "court ordered tx: Isom Lowe, ss ...", "records request - korbin rice / dob ...",
  // "dialysis transfer: Gunnar Wiza, born ...": after ':' or ' - ', name words, then ',' '/' or ' - '
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = toks[i] as Token;
    if (t.gapIs(' ') || !/(?::|\s[-–—])\s{1,2}$/.test(t.gap) || t.nl) continue;
    let j = i;
    let names = 0;
    let ordinary = 0;
    while (j < n && j - i < 4) {
      const tk = toks[j] as Token;
      if (j > i && !nameGap(tk, toks[j - 1])) break;
      if (used[j] || tk.masked || (tk.cls & (W_NEVER | W_LABEL_WORDS)) !== 0 || (j > i && !tk.cap && VERBS_AFTER_NAME.has(tk.key)) || (j > i && monthOfDate(tk))) break;
      // (a capitalised dictionary word that is not a first name reads as a heading: "Update - Portal Down, sorry";
      // a first name that is also a word opens a name when a surname or an initial follows: "admit: grace f. hahn")
      const nk = toks[j + 1];
      const firstOfName = j === i && (tk.flags & FIRST) !== 0 && nk !== undefined && nameGap(nk, tk) && (isInitial(nk) || ((nk.flags & (SURNAME | OTHER_NAME)) !== 0 && (nk.flags & COMMON) === 0) ||
        ((nk.flags & (NAME_ANY | COMMON)) === 0 && nk.like >= 1 && nk.klen >= 4));
      // (and a surname that is also a word closes one: "edwina cole", "grace f. hahn")
      const surnameOfName = j > i && names > 0 && (tk.flags & SURNAME) !== 0;
      if (firstOfName || surnameOfName) names++;
      else if (j > i && isInitial(tk)) { /* a middle initial: neither a name word nor an ordinary one */ }
      else if ((tk.flags & COMMON) !== 0 || ((tk.flags & DICTIONARY_WORD) !== 0 && (tk.flags & FIRST) === 0 && tk.cap)) ordinary++;
      else if (tk.flags & NAME_ANY) names++;
      j++;
    }
    let caps = 0;
    for (let k = i; k < j; k++) if ((toks[k] as Token).cap) caps++;
    // (names the lexicon does not know count when written as names in a message with case)
    // (one word: a first name that is no ordinary word, then a comma: "chemo schedule: natalie, 28 november")
    const only = toks[i] as Token;
    const single = j - i === 1 && (only.flags & FIRST) !== 0 && ((only.flags & (COMMON | DICTIONARY_WORD)) === 0 || (only.cap && !o.allLower && !o.shouting)) && text.charCodeAt(only.end) === 44;
    if ((j - i < 2 && !single) || (ordinary > 0 && !single) || (names === 0 && !single && !(caps === j - i && !o.allLower && !o.shouting))) continue;
    const rest = text.slice((toks[j - 1] as Token).end, (toks[j - 1] as Token).end + 6);
    // (or a field label or a verb: "dental: edwina cole dob 11/04/1941", "wound clinic: Yasmin Harvey MRN 4876303",
    // "cardiac rehab: Manley Kunde missed sessions")
    const nxt = toks[j];
    const label = nxt !== undefined && nxt.gap === ' ' && (DATE_LABELS.has(nxt.key) || ((nxt.cls & W_LABEL_WORDS) !== 0 && nxt.key !== 'no' && nxt.key !== 'ok') || VERBS_AFTER_NAME.has(nxt.key));
    // (or an age in brackets: "respite: Merl Hermiston (94) at ...")
    // (or where the person is from: "transporte: José Pedroza Peña de Apartado postal 2429")
    if (!/^(?:,|\s?\/|\s[-–—]\s|\s(?:and|y|&)\s|[^\S\n]*\n|\s?\(\d)/.test(rest) && !label && !FROM_ADDRESS.test(text.slice((toks[j - 1] as Token).end, (toks[j - 1] as Token).end + 24))) continue;
    emit(i, j, 'person.form_field', 0.75);
  }

  // 2c'. a chat mention: "@Garland can you resend", "hey there @jamie", "@maria.lopez": a handle that opens with a
  // first name or surname is that person's (the handle is masked whole); not an address ("x@maria.com")
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    if (used[i] || t.start === 0 || text.charCodeAt(t.start - 1) !== 64 || (t.flags & NAME_ANY) === 0 || (t.cls & W_NEVER) !== 0) continue;
    if (t.start >= 2 && !/[\s(]/.test(text[t.start - 2] as string)) continue;
    // the handle runs on over '.', '_' and '-' joints ("@maria.lopez", "@ana_r"), but not into a domain
    let j = i + 1;
    let end = t.end;
    while (j < n && !used[j] && (toks[j] as Token).start === end + 1 && /[._-]/.test(text[end] as string)) end = (toks[j++] as Token).end;
    if (/^[@.]\p{L}/u.test(text.slice(end, end + 2)) || (j > i + 1 && TLD_WORDS.has((toks[j - 1] as Token).key))) continue;
    emit(i, j, 'person.mention', 0.75);
  }

  // 2c''. a first name with its date of birth, in a list or after a label: "peds: zola september 12th, 2014 and
  // rodger 12/10", "pediatría: Susana 14 de septiembre del 1935 y ramiro 26-02-1946"
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    if (used[i] || (t.flags & FIRST) === 0 || (t.cls & W_NEVER) !== 0 || MONTH_KEYS.has(t.key)) continue;
    // (a first name that is also a common word must be written as a name: "Faith 12-14-1954", not "hope december 2019")
    if ((t.flags & COMMON) !== 0 && !(t.cap && !o.allLower && !o.shouting)) continue;
    const prev = toks[i - 1];
    // (not isAnd: the date before the joining word is in its gap)
    const joined = prev !== undefined && (prev.key === 'and' || prev.key === 'y') && t.gap === ' ';
    if (!(/[:,]/.test(t.gap) || opensLine(t, i, true) || joined)) continue;
    const j = extend(i, 1, 3);
    if (j <= i) continue;
    const after = text.slice((toks[j - 1] as Token).end, (toks[j - 1] as Token).end + 32);
    if (!DATE_AFTER_NAME.test(after)) continue;
    // (a lower-case name that is also a word needs more than a day and month: "salt and pepper 3/4")
    if ((t.flags & DICTIONARY_WORD) !== 0 && !t.cap && /^,?\s{1,2}\d{1,2}[/.-]\d{1,2}(?![\d./-])/.test(after)) continue;
    emit(i, j, 'person.with_date', 0.75);
    i = j - 1;
  }

  // 2d. a first name opening a line, then a verb: "maria said the appt moved", "brenda was rude";
  // two first names joined by and/y: "jose and lupita both need flu shots"
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    if (used[i] || (t.cls & W_NEVER) !== 0) continue;
    // "karson⏎ena@example.com⏎327.823.9798", "hi again, iliana⏎rq@...", "Mossie⏎...": a first name (or a word the
    // lexicon does not know, written as a name) ending its line, with an e-mail address or a phone number on the
    // next one; the layout is evidence enough for a first name that is also a word ("May⏎x@example.com⏎...")
    if (((t.flags & FIRST) !== 0 || ((t.flags & (NAME_ANY | COMMON)) === 0 && t.like >= 2)) && /^[^\S\n]*\n/.test(text.slice(t.end, t.end + 4)) &&
      (opensLine(t, i, false) || /^,\s$/.test(t.gap) || (t.flags & (COMMON | DICTIONARY_WORD)) === 0 || t.cap) &&
      /^[^\S\n]*\n[^\S\n]*(?:[\w.+-]+(?:@|\s?(?:\[at\]|\(at\))|\s(?:at|arroba)\s)|\+?\(?\d[\d ().-]{6})/.test(text.slice(t.end, t.end + 60))) {
      emit(i, i + 1, 'person.line_before_contact', 0.7);
      continue;
    }
    if ((t.flags & FIRST) === 0) continue;
    const plain = (t.flags & (COMMON | DICTIONARY_WORD)) === 0;
    const asName = plain || (t.cap && !o.allLower && !o.shouting);
    // "la psicóloga que hizo la entrevista, Esperanza, me cayó muy bien": a first name set off by commas
    // (or the first of two: "las enfermeras de la infusión, josefina y rosalia, un amor")
    if (/^,\s{1,2}$/.test(t.gap) && (asName || (t.flags & COMMON) === 0)) {
      // (and up to two more name words: "the pharmacist on the screen, lydia fisher, said wait")
      let j = i + 1;
      while (j < n && j - i <= 2 && nameGap(toks[j] as Token, toks[j - 1]) && !used[j] && ((toks[j] as Token).cls & W_NEVER) === 0 &&
        (isInitial(toks[j] as Token) || ((toks[j] as Token).flags & (SURNAME | OTHER_NAME)) !== 0 || (((toks[j] as Token).flags & COMMON) === 0 && (toks[j] as Token).like >= 1))) j++;
      if (/^(?:,|\s(?:and|[&+y])\s\p{L}+,)/u.test(text.slice((toks[j - 1] as Token).end + (isInitial(toks[j - 1] as Token) ? 1 : 0), (toks[j - 1] as Token).end + 30))) {
        emit(i, j, 'person.apposition', 0.7);
        continue;
      }
    }
    const afterTok = toks[i + 1];
    // "thanks again for squeezing us in⏎melvina": a first name alone on the last line signs the message
    if (afterTok === undefined && t.nl && opensLine(t, i, true) && asName && (t.flags & COMMON) === 0 && /^[\s.!]*$/.test(text.slice(t.end))) {
      emit(i, i + 1, 'person.signature', 0.7);
      continue;
    }
    // "ok Germán gracias ya me llegó", "ok margaret thank u": a first name, then thanks
    if (afterTok !== undefined && /^,?\s$/.test(afterTok.gap) && (afterTok.key === 'gracias' || afterTok.key === 'thank' || afterTok.key === 'thanks') && asName && i > 0 && /^\s$/.test(t.gap)
      && ((toks[i - 1] as Token).key === 'ok' || (toks[i - 1] as Token).key === 'okay' || (toks[i - 1] as Token).key === 'oh')) {
      emit(i, i + 1, 'person.vocative', 0.7);
      continue;
    }
    // (or after a form label: "crisis line follow-up: anjali called back")
    const afterLabel = /:\s{1,2}$/.test(t.gap) && !t.nl;
    if (!opensLine(t, i, false) && !afterLabel) continue;
    // "gavin - 986-810-5138 - ...", "Buck - (264) ...": a first name, a dash, then a phone-length number
    const rest = text.slice(t.end, t.end + 14);
    if (/^\s[-–—]\s{1,2}(?:\+\s?\d|\(\d|\d[\d .-]{6})/.test(rest)) {
      emit(i, i + 1, 'person.line_start.contact', 0.7);
      continue;
    }
    // "fleta!! the new pump site worked", "ciara?? u still there": a first name called out with two or more ! or ?
    if (afterTok !== undefined && asName && /^[!?]{2,}\s/.test(afterTok.gap) && !INTERJECTION_NAMES.has(t.key)) {
      emit(i, i + 1, 'person.line_start.vocative', 0.7);
      continue;
    }
    // "Esperanza, mil gracias", "lukas, you were so kind": the one thanked or spoken to
    if (afterTok !== undefined && /^,\s$/.test(afterTok.gap) && (THANKS_WORDS.has(afterTok.key) || afterTok.key === 'you' || afterTok.key === 'usted') && (plain || t.cap) && !INTERJECTION_NAMES.has(t.key)) {
      emit(i, i + 1, 'person.line_start.vocative', 0.7);
      continue;
    }
    if (!plain) continue;
    const nx = afterTok;
    if (nx === undefined || nx.gap !== ' ') continue;
    if (VERBS_AFTER_NAME.has(nx.key)) {
      emit(i, i + 1, 'person.line_start.verb', 0.7);
      continue;
    }
    const other = toks[i + 2];
    // "carlos y yo vamos mañana", "ana and i will come"
    if ((nx.key === 'and' || nx.key === 'y') && other !== undefined && other.gap === ' ' && (other.key === 'i' || other.key === 'yo' || other.key === 'me')) {
      emit(i, i + 1, 'person.line_start.pair', 0.7);
      continue;
    }
    if ((nx.key === 'and' || nx.key === 'y') && other !== undefined && other.gap === ' ' && (other.flags & FIRST) !== 0 && (other.flags & COMMON) === 0 && (other.cls & W_NEVER) === 0) {
      emit(i, i + 1, 'person.line_start.pair', 0.7);
      emit(i + 2, i + 3, 'person.line_start.pair', 0.7);
    }
  }

  // 2e. a sign-off on the last line after a dash: "see u at group thursday⏎-Katrine", "gracias⏎— lupe"
  {
    const t = toks[n - 1] as Token;
    const prev = toks[n - 2];
    if (!used[n - 1] && t.nl && /\n[^\S\n]*[-–—~][^\S\n]?$/.test(t.gap) && (t.cls & W_NEVER) === 0 && t.klen >= 2 && !t.masked &&
      ((t.flags & FIRST) !== 0 || (t.cap && !t.upper && (t.flags & COMMON) === 0)) && prev !== undefined && /^[\s\p{Emoji_Presentation}!.]*$/u.test(text.slice(t.end))) {
      emit(n - 1, n, 'person.sign_off', 0.7);
    }
  }

  // 2d. a Spanish subject before a clitic and a verb in the past: "banco de sangre: Consuelo me picó dos
  // veces", "diana me checó el azúcar" (not after an article or a possessive: "la esperanza me dio fuerzas")
  for (let i = 0; i + 2 < n; i++) {
    const t = toks[i] as Token;
    if (used[i] || (t.flags & FIRST) === 0 || (t.cls & W_NEVER) !== 0 || t.klen < 3) continue;
    const cl = toks[i + 1] as Token;
    const verb = toks[i + 2] as Token;
    if (!CLITICS.has(cl.key) || !cl.gapIs(' ') || !verb.gapIs(' ') || !pastVerb(text, verb)) continue;
    const pv = toks[i - 1];
    if (pv !== undefined && nameGap(t, pv) && (OWNER_WORDS.has(pv.key) || pv.key === 'de')) continue;
    // (a first name that is a word too only when written as a name: "la planeadora de alta me pidió"; never a pet's)
    if ((t.flags & COMMON) !== 0 && !(t.cap && !o.allLower && !o.shouting)) continue;
    if (petBefore(i)) continue;
    // (with the first name before it: "JUAN MANUEL me picó")
    const start = pv !== undefined && !used[i - 1] && nameGap(t, pv) && (pv.flags & FIRST) !== 0 && (pv.cls & W_NEVER) === 0 ? i - 1 : i;
    emit(start, i + 1, 'person.subject', 0.7);
  }

  // 2c. a first name with a possessive: "Aiden's inhaler", "is kacie's appointment still on?"
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    if (used[i] || (t.flags & FIRST) === 0 || (t.cls & W_NEVER) !== 0 || t.end - t.start < 4) continue;
    if ((t.flags & COMMON) !== 0 && (!(t.cap && !o.allLower && !o.shouting) || sentenceStart(i))) continue;
    if (!/^['’]s$/i.test(text.slice(t.end - 2, t.end))) continue;
    // "st patrick's day", "san judas's novena": a saint's day or church, not a person
    if (i > 0 && SAINT_TITLES.has((toks[i - 1] as Token).key) && nameGap(t, toks[i - 1])) continue;
    emit(i, i + 1, 'person.possessive', 0.7);
  }

  // 2b. a name alone at the start of a line ("Vidal Crist⏎16953 Franklin Avenue", "Ana Ruiz MRN 123")
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = toks[i] as Token;
    if (!opensLine(t, i, true)) continue;
    let j = i;
    let lex = 0;
    let bad = false;
    while (j < n && j - i < 5) {
      const tk = toks[j] as Token;
      if (j > i && !nameGap(tk, toks[j - 1])) break;
      if (j > i && ((tk.cls & W_PARTICLES) !== 0)) {
        j++;
        continue;
      }
      if (j > i && MONTH_KEYS.has(tk.key)) break; // "fiona graham Jan 26": the date starts
      if (j > i && THING_NOUNS.has(tk.key) && !isInitial(toks[j - 1] as Token)) { // "dijon mustard has carbs?": a thing, not a name
        bad = true;
        break;
      }
      const sc = tk.like;
      if (sc < 1 && !isInitial(tk)) break;
      if (sc === 1 && !(tk.flags & NAME_ANY) && (tk.flags & COMMON || tk.cap !== t.cap)) break;
      if (tk.flags & NAME_ANY) lex++;
      if (tk.flags & COMMON && !(tk.flags & NAME_ANY)) bad = true;
      if (tk.flags & COMMON && !(tk.cap && !o.allLower && !o.shouting)) bad = true;
      j++;
    }
    while (j > i && (((toks[j - 1] as Token).cls & W_PARTICLES) !== 0)) j--;
    // a particle joins name words ("María de la Cruz"); after a word that is no name it starts the name
    // ("videoconsulta de Maricarmen:" names Maricarmen)
    let a = i;
    if ((t.flags & NAME_ANY) === 0 && a + 1 < j && ((toks[a + 1] as Token).cls & W_PARTICLES) !== 0) {
      a++;
      while (a < j && ((toks[a] as Token).cls & W_PARTICLES) !== 0) a++;
      const only = toks[a];
      if (a + 1 === j && only !== undefined && (only.flags & FIRST) !== 0 && (only.flags & COMMON) === 0 && /^:/.test(toks[j] ? (toks[j] as Token).gap : text.slice(only.end))) {
        emit(a, j, 'person.line_start', 0.7);
        continue;
      }
      if (a + 1 >= j) continue;
    }
    const len = j - a;
    if (len < 2 || bad) continue;
    // "Blood Sugar 140": every word an ordinary word too (names or not) reads as a heading, not a name,
    // unless the line ends there ("June Dare⏎12353 w high street")
    let ordinary = 0;
    for (let k = a; k < j; k++) if (((toks[k] as Token).flags & COMMON) !== 0) ordinary++;
    if (ordinary === len && !/^[^\S\n]*\n/.test(toks[j] ? (toks[j] as Token).gap : '\n')) continue;
    if (lex === 0) {
      // two unknown words: only capitalised in a message with case ("cpap mask tracking #" is not a name),
      // and only when an id keyword, a bracket or a new line follows
      if (o.allLower || o.shouting || !(toks[a] as Token).cap) continue;
      const nx0 = toks[j];
      // ("Demond Pouros - Patient ID", "Kieran Prosacco 14-Jul-2011", "Ana Ruiz (patient)")
      if (!(nx0 && !nx0.masked && (((nx0.cls & W_LABEL_WORDS) !== 0) || ((nx0.cls & W_CREDENTIALS) !== 0))) && !/^\s*[\n(|/]|^\s{0,2}[-–—,]|^\s{1,2}\d/.test(nx0 ? nx0.gap : text.slice((toks[j - 1] as Token).end))) continue;
    }
    // what follows must end the name: end, a new line, punctuation, a bracket, a digit or an id keyword
    const nx = toks[j];
    const restGap = nx ? nx.gap : text.slice((toks[j - 1] as Token).end);
    const ender = !nx || /[\n,.;:!?(\-–—\d]/.test(restGap) || ((nx.cls & W_LABEL_WORDS) !== 0) || ((nx.cls & W_CREDENTIALS) !== 0) || MONTH_KEYS.has(nx.key) || ['needs', 'need', 'necesita', 'was', 'fue', 'is', 'es', 'has', 'tiene', 'cumplio', 'turned', 'wants', 'quiere', 'called', 'llamo'].includes(nx.key);
    if (!ender) continue;
    emit(a, j, 'person.line_start', 0.7);
  }

  // 3. lexicon sequences without a cue
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const t = toks[i] as Token;
    const s = t.like;
    if (s < 1) continue;
    const j = extend(i, s >= 2 ? 2 : 1, 5);
    const len = j - i;
    if (len >= 2) {
      let firsts = 0;
      let lasts = 0;
      let commons = 0;
      let capsIn = 0;
      let unknown = 0;
      for (let k = i; k < j; k++) {
        const tk = toks[k] as Token;
        if (((tk.cls & W_PARTICLES) !== 0)) continue;
        if (k > i && isInitial(tk)) {
          lasts++; // "Destiny R.": an initial stands for a surname
          continue;
        }
        if (tk.flags & FIRST) firsts++;
        if (tk.flags & (SURNAME | OTHER_NAME)) lasts++;
        if (tk.flags & COMMON) commons++;
        if (tk.cap) capsIn++;
        if (!(tk.flags & (NAME_ANY | COMMON))) unknown++;
      }
      let ok = false;
      if (!o.allLower && !o.shouting && capsIn >= 2 && t.cap) {
        // "Kaylee Bergstrom", "Ana María López": a capitalised first name plus capitalised words
        ok = (t.flags & FIRST) !== 0 && commons < len && (lasts > 0 || unknown > 0 || firsts >= 2);
        if (!ok && lasts >= 1 && firsts >= 1 && commons <= 1) ok = true;
        // "Jimena Carbajal Barrios", "Patricio Velasco Escalante": capitalised name words, none an ordinary word,
        // at least one a known name, not opening a sentence
        if (!ok && capsIn === len && commons === 0 && lasts + firsts >= 1 && !sentenceStart(i)) ok = true;
        if (ok && sentenceStart(i) && t.flags & COMMON && !(t.flags & FIRST)) ok = false;
      } else {
        // no case information: a first name then a surname (or an unknown word), few common words
        ok = (t.flags & FIRST) !== 0 && commons <= (len >= 3 ? 1 : t.flags & COMMON ? 1 : 0) && (lasts > 0 || unknown > 0);
        if (ok && t.flags & COMMON && !(((toks[i + 1] as Token).flags & (SURNAME | OTHER_NAME)) && !((toks[i + 1] as Token).flags & COMMON))) ok = false;
        // "georgia peaches", "carolina reaper": a state's name in lower case opening words is a kind of thing
        if (ok && !t.cap && (t.cls & W_REGION_WORDS) !== 0) ok = false;
        // "la pura corona salió en 840 €", "al alba": after an article (or as one) lower-case words are words
        if (ok && !t.cap && (ARTICLES.has(t.key) || (i > 0 && ARTICLES.has((toks[i - 1] as Token).key) && t.gapIs(' ')))) ok = false;
        // "1 tab daily": a word that is also a word, right after a count, is what is counted
        if (ok && (t.flags & (COMMON | DICTIONARY_WORD)) !== 0 && /\d\s$/.test(text.slice(Math.max(0, t.start - 2), t.start))) ok = false;
        // in a message with capitals, a capitalised word then lower-case ones is a sentence, not a name
        // ("Pat dry the incision", "Ivy rash again", "Bell rang twice")
        if (ok && !o.allLower && !o.shouting && t.cap && !(toks[i + 1] as Token).cap) ok = false;
      }
      if (ok) {
        emit(i, j, 'person.lexicon.full', 0.75);
        i = j - 1;
        continue;
      }
    }
    // a single capitalised first name or surname that is not a common word
    if (t.cap && !o.shouting && !t.upper && (t.flags & NAME_ANY) && !(t.flags & COMMON) && !((t.cls & W_REGION_WORDS) !== 0) && !monthOfDate(t)) {
      const ss = sentenceStart(i);
      // "Blue Shield", "Mercy Hospital": a capitalised common word next to it makes an organisation or a place
      const orgWord = (k: number): boolean => {
        const a = k >= 0 ? toks[k] : undefined; // no read at index -1
        return a !== undefined && a.cap && (a.flags & COMMON) !== 0 && !(a.flags & FIRST) && nameGap(k > i ? a : (toks[i] as Token), k > i ? t : a);
      };
      // ("Patience please", "Sterling Silver plan": a rare name that is also a dictionary word, opening a sentence;
      // "Dale, gracias": an interjection)
      if ((!ss || (t.flags & FIRST && !(t.flags & DICTIONARY_WORD) && !INTERJECTION_NAMES.has(t.key))) && !orgWord(i - 1) && !orgWord(i + 1)) emit(i, i + 1, 'person.lexicon.single', ss ? 0.55 : 0.6);
    }
  }
  // 4. a list of names: "my kids [christina, andres]", "Nolan, KEON and ROBYN from the front desk", "jarvis,
  // jerome and gina": a first name joined to a name found above by a comma, and/y or ", and" is one too
  const listed = (k: number): boolean => {
    const t = toks[k];
    if (t === undefined || used[k] || (t.flags & FIRST) === 0 || (t.cls & W_NEVER) !== 0 || t.klen < 3) return false;
    return (t.flags & COMMON) === 0 || (t.cap && !o.allLower && !o.shouting);
  };
  /** The list item next to token k in direction d, or -1: "a, b", "a and b", "a, and b", "a y b", "a or b", "a + b". */
  const nextItem = (k: number, d: 1 | -1): number => {
    if (d === 1) {
      const n1 = toks[k + 1];
      if (n1 === undefined) return -1;
      if (isAnd(n1)) return toks[k + 2]?.gap === ' ' ? k + 2 : -1;
      return /^(?:,\s{1,2}|\s?[+&/]\s?)$/.test(n1.gap) ? k + 1 : -1;
    }
    const here = toks[k] as Token;
    if (k >= 2 && here.gap === ' ' && isAnd(toks[k - 1])) return k - 2;
    return k >= 1 && /^(?:,\s{1,2}|\s?[+&/]\s?)$/.test(here.gap) ? k - 1 : -1;
  };
  for (let f = 0; f < findings.length; f++) {
    const { start, end } = findings[f] as Finding;
    for (let k = tokensEndingBy(toks, end) - 1, x = nextItem(k, 1); x >= 0 && listed(x); k = x, x = nextItem(k, 1)) emit(x, x + 1, 'person.list', 0.75);
    for (let k = tokensEndingBy(toks, start), x = nextItem(k, -1); x >= 0 && listed(x); k = x, x = nextItem(k, -1)) emit(x, x + 1, 'person.list', 0.75);
  }
  return mergeAdjacent(text, findings.filter((f) => !institutionName(text, toks, f)));
}

/** Words that make a name before them part of a place's name: "Jordan Valley Medical Center", "Mercy General". */
const INSTITUTION_WORDS = new Set(['hospital', 'hospitals', 'medical', 'center', 'centre', 'clinic', 'clinics', 'health', 'healthcare',
  'general', 'memorial', 'regional', 'university', 'pharmacy', 'institute', 'foundation', 'hospice', 'labs', 'laboratory',
  'laboratories', 'church', 'school', 'college', 'county', 'valley', 'community', 'children', "children's", 'rehab',
  'rehabilitation', 'surgical', 'surgery', 'imaging', 'radiology', 'dental', 'urgent', 'cancer', 'heart', 'clinica',
  'farmacia', 'sanatorio', 'centro', 'fundacion', 'universidad', 'house', 'academy', 'elementary']);
/**
 * Spanish nouns of schools and institutes before a name, in any case: "la escuela Benito Juárez", "el
 * instituto Ignacio Chávez". Not "hospital" or "clínica": "en el hospital ana lopez se cayó" is hers.
 */
const INSTITUTION_NOUNS = new Set(['escuela', 'colegio', 'instituto', 'universidad', 'fundacion', 'sanatorio',
  'preparatoria', 'secundaria', 'primaria', 'academia']);
/** Street words that end a place's name, not a person's: "Virgil Street". */
const STREET_WORDS = new Set(['street', 'avenue', 'road', 'boulevard', 'highway', 'parkway', 'plaza', 'calle', 'avenida']);
/** Words after a capitalised name that make it a care home or a shop, even in lower case. */
const CARE_PLACE_WORDS = new Set(['assisted', 'nursing', 'pharmacy', 'hospital', 'clinic', 'rehab', 'hospice', 'farmacia', 'clinica']);

/** Saints and holidays before a name: "St. Joseph's", "San Rafael", "Easter Sunday". */
const INSTITUTION_BEFORE = new Set(['st', 'saint', 'san', 'santa', 'santo', 'sta', 'mount', 'mt', 'virgen', 'our lady']);

/** How many tokens end at or before `offset` (tokens are in text order): a binary search, so a message
 * with many names stays linear. */
function tokensEndingBy(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((toks[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A person finding that is the start of an institution's or a saint's name. */
function institutionName(text: string, toks: readonly Token[], f: Finding): boolean {
  const k = tokensEndingBy(toks, f.end);
  const last = toks[k - 1];
  // "Mercy General", "Virgil Street": the institution or street word is inside the finding, after a first word
  if (last && last.start > f.start && last.cap && (INSTITUTION_WORDS.has(last.key) || STREET_WORDS.has(last.key))) return true;
  const nx = toks[k];
  // (capitalised as a name is: "lacey lang medical record number" is a patient)
  if (nx && /^\s{1,2}$/.test(nx.gap) && INSTITUTION_WORDS.has(nx.key) && nx.cap && !nx.upper) return true;
  // "Autumn Ridge assisted living": words that name a care home or a pharmacy, in any case
  if (nx && /^\s{1,2}$/.test(nx.gap) && CARE_PLACE_WORDS.has(nx.key) && (toks[k - 1] as Token).cap) return true;
  const b = tokensEndingBy(toks, f.start);
  const pv = b > 0 ? toks[b - 1] : undefined;
  if (pv !== undefined && INSTITUTION_NOUNS.has(pv.key) && text.slice(pv.end, f.start) === ' ') return true;
  // "la kermés del día de San Juan": a saint's day
  if (saintsDay(toks, b)) return true;
  return pv !== undefined && INSTITUTION_BEFORE.has(pv.key) && pv.cap && (pv.dot || /^\s$/.test(text.slice(pv.end, f.start)) || text.slice(pv.end, f.start) === '. ');
}

/**
 * Whether the tokens from `k` on name a saint's day: "día de San Juan", "fiesta de Santa Rosa", "feast
 * of St. Jude" (day, de/of, a saint's title).
 */
export function saintsDay(toks: readonly Token[], k: number): boolean {
  const title = toks[k];
  const of = toks[k - 1];
  const day = toks[k - 2];
  return title !== undefined && of !== undefined && day !== undefined && SAINT_TITLES.has(title.key) &&
    (of.key === 'de' || of.key === 'of') && (day.key === 'dia' || day.key === 'day' || day.key === 'fiesta' || day.key === 'feast');
}

/** Person findings one or two spaces apart are one name ("Carbajal" + "Barrios"): mask the space too. */
function mergeAdjacent(text: string, findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  findings.sort((a, b) => a.start - b.start);
  const out: Finding[] = [findings[0] as Finding];
  for (let k = 1; k < findings.length; k++) {
    const f = findings[k] as Finding;
    const last = out[out.length - 1] as Finding;
    const between = text.slice(last.end, f.start);
    if (between === ' ' || between === '  ') {
      out[out.length - 1] = { ...last, end: Math.max(last.end, f.end), score: Math.max(last.score, f.score) };
    } else out.push(f);
  }
  return out;
}

/** Words after "dr" / "nurse" that are names elsewhere but here the sentence goes on ("the dr will call"). */
const AFTER_TITLE_WORDS = new Set(['rose', 'drew', 'sue', 'chase', 'grant', 'pat', 'rob', 'will', 'may', 'can', 'said', 'says', 'told', 'wants', 'called', 'call', 'text', 'see', 'check', 'office', 'line', 'visit', 'note', 'notes', 'appointment', 'orders', 'order', 'bill', 'fee', 'mark', 'rich', 'young', 'long', 'king', 'hall', 'love', 'care', 'best', 'guy', 'lady', 'man', 'woman']);
/** A month after a name at the start of a line: a date follows ("fiona graham Jan 26 ..."). */
const MONTH_KEYS = new Set(['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december', 'ene', 'enero', 'febrero', 'marzo', 'abr', 'abril', 'mayo', 'junio', 'julio', 'ago', 'agosto', 'septiembre', 'octubre', 'noviembre', 'dic', 'diciembre']);

/** A date right after a name: "12/10", "04.07.57", "september 12th", "14 de septiembre", "4th of december", "Jul. 5". */
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z\u00e9]{0,7}\\.?';
const DATE_AFTER_NAME = new RegExp(`^,?\\s{1,2}(?:\\d{1,2}[/.-]\\d{1,2}(?![\\d.])|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th|ro|º|°)?(?:\\s(?:of|de))?[\\s-]${MONTH_WORD}(?![a-z])|${MONTH_WORD}\\s(?:de\\s)?\\d{1,4}(?![\\d/]))`, 'i');

/** Endings of medical speciality adjectives ("maxilofacial", "bariátrico", "vascular", "pediátrica"). */
const SPECIALITY_ENDING = /(?:ial|ical|ico|ica|ular|ario|aria|atric|atrico|atrica)$/;
/** Modal verbs that open a question or a request: "can dad chew it", "will my son chuck up". */
const QUESTION_MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'shall', 'did', 'does', 'do']);
const DETERMINERS = new Set(['my', 'mi', 'your', 'the', 'his', 'her', 'our']);
/** Question words before a subject, and the verbs after it ("will jayden be there"). */
const MODALS = new Set(['will', 'can', 'could', 'would', 'should', 'does', 'did', 'has', 'is', 'was']);
const SUBJECT_VERBS = new Set(['be', 'call', 'come', 'get', 'see', 'know', 'have', 'need', 'help', 'work', 'send', 'text', 'answer', 'check', 'sign', 'pick', 'bring', 'take', 'go', 'do', 'still', 'coming', 'working', 'available', 'there', 'back']);

/** Nouns after "nurse" / "doctor" that make a service, not a person: "Nurse Line", "Doctor Office". */
const TITLE_NOUNS = new Set(['line', 'office', 'visit', 'visits', 'note', 'notes', 'appointment', 'appt', 'orders', 'order', 'fee', 'station', 'desk', 'practitioner', 'team', 'staff', 'portal', 'chat', 'hotline', 'advice', 'consult', 'referral']);

/** Things a name-word can be the kind of: "ginger tea", "rose water", "olive oil", "ruby red". */
export const THING_NOUNS = new Set(['tea', 'water', 'oil', 'juice', 'ale', 'root', 'milk', 'syrup', 'candy', 'cream', 'lotion', 'soap',
  'powder', 'extract', 'supplement', 'supplements', 'capsules', 'pills', 'tablets', 'gummies', 'drops', 'spray', 'tincture',
  'paste', 'chews', 'cookies', 'bread', 'cake', 'sauce', 'salad', 'te', 'agua', 'aceite', 'jugo', 'leche', 'jarabe', 'crema', 'pomada',
  'mustard', 'sausage', 'sausages', 'peppers', 'cheese', 'soup', 'peaches', 'salsa', 'queso', 'yogurt', 'yoghurt',
  // foods and drinks named after people or places ("chuck roast", "graham crackers", "queso de burgos"); not those that
  // are surnames as well (ham, bacon, beer, mole ...: "david beer")
  'roast', 'crackers', 'almonds', 'ribs', 'steak', 'pie', 'chips', 'beans', 'nuts', 'muffins', 'pancakes', 'sandwich',
  'wings', 'wine', 'coffee', 'lemonade', 'soda', 'cocktail', 'cookie', 'cupcakes', 'brownies', 'pudding',
  'biscuits', 'gravy', 'stew', 'chili', 'casserole', 'nuggets', 'olives', 'cereal', 'oatmeal', 'granola',
  'turron', 'mazapan', 'cajeta', 'pimientos', 'chorizo', 'galletas', 'pan', 'dulces', 'cafe', 'cerveza', 'mezcal',
  'aceitunas', 'chocolate', 'vinagre', 'mostaza', 'pastel', 'flan', 'helado', 'tortas', 'empanadas', 'frijoles',
  'tequila', 'brandy', 'vodka', 'whiskey', 'whisky', 'rum', 'refresco', 'galleta', 'atole',
  // things worn or used ("dr scholls inserts"), and stones ("kidney stones")
  'inserts', 'insoles', 'shoes', 'socks', 'stockings', 'stones',
  // works and shows named after their author or star ("taylor swift tickets", "dolly parton songs")
  'tickets', 'concert', 'concerts', 'songs', 'album', 'albums', 'playlist', 'lyrics', 'movie', 'movies', 'film', 'films',
  'novels', 'podcast', 'documentary', 'biopic', 'boletos', 'concierto', 'canciones',
  // teams named after their city ("dallas cowboys game")
  'cowboys', 'yankees', 'lakers', 'dodgers', 'packers', 'steelers', 'broncos', 'mavericks', 'astros', 'chivas', 'tigres',
  'rayados']);
/** Titles of saints: a first name after one and a possessive names a day or a church ("st patrick's"). */
const SAINT_TITLES = new Set(['st', 'saint', 'san', 'santa', 'santo', 'sta', 'sto']);
/**
 * Nouns that make the name before them a medical eponym ("osgood schlatter disease", "bell's palsy"),
 * and after which "de" + a name is one ("síndrome de down"). Not "surgery" or "procedure": "ana lopez
 * surgery" is hers.
 */
export const EPONYM_NOUNS = new Set(['syndrome', 'disease', 'palsy', 'sign', 'maneuver', 'manoeuvre', 'fracture', 'reflex', 'criteria',
  'scale', 'cyst', 'ulcer', 'tendon', 'protocol', 'antibodies', 'antibody', 'aphasia', 'neuroma', 'protocolo', 'anticuerpos', 'afasia', 'sindrome', 'enfermedad', 'maniobra', 'signo', 'fractura', 'quiste', 'mal', 'escala']);

/** "is" after a role word: "counselor is Faith", "su consejera es dorotea". */
const ROLE_IS = new Set(['is', 'es', 'was', 'era']);

/** " de Apartado postal 2429", " from 12 Oak St": where a person named in a form line lives. */
const FROM_ADDRESS = /^\s(?:de|from)\s(?:apartado|apdo|calle|c\/|avenida|av\.?|p\.?\s?o\.?\s?box|\d{1,5}\s\p{L})/iu;

/** Pets, whose names chat gives like people's. */
const PET_NOUNS = new Set(['dog', 'dogs', 'cat', 'cats', 'puppy', 'pup', 'kitten', 'kitty', 'pet', 'pets', 'parrot', 'bird', 'hamster', 'bunny',
  'rabbit', 'horse', 'perro', 'perra', 'perrito', 'perrita', 'gato', 'gata', 'gatito', 'gatita', 'mascota', 'perico', 'loro', 'conejo', 'caballo']);

/** Verbs after a first name that opens a line ("maria said", "brenda was rude"). */
const VERBS_AFTER_NAME = new Set(['said', 'says', 'told', 'called', 'asked', 'was', 'is', 'has', 'had', 'wants', 'needs', 'left', 'came',
  'got', 'gave', 'sent', 'dijo', 'llamo', 'esta', 'estaba', 'tiene', 'quiere', 'necesita', 'fue', 'mando', 'pregunto', 'dice', 'comenta',
  'pregunta', 'manda', 'missed', 'canceled', 'cancelled', 'falto', 'takes', 'does', 'handles', 'drives', 'brings', 'picks']);

/** Spanish object pronouns between a subject and its verb ("Consuelo me picó"). */
const CLITICS = new Set(['me', 'nos', 'le', 'les', 'lo', 'la', 'los', 'las', 'te']);
/** Spanish third-person preterites: "picó", "checó" (ending in ó as written), and the common irregular ones. */
const IRREGULAR_PAST = new Set(['dijo', 'hizo', 'puso', 'trajo', 'dio', 'vio', 'fue', 'tuvo', 'pudo', 'quiso', 'vino', 'supo']);
function pastVerb(text: string, t: Token): boolean {
  return (t.klen >= 3 && text.charCodeAt(t.end - 1) === 0xf3) || IRREGULAR_PAST.has(t.key);
}
/** Spanish verbs that follow a family word as its action ("mi mamá cree que", "mi hijo sabe"), not as a name. */
const SPANISH_VERBS_AFTER = new Set(['cree', 'piensa', 'sabe', 'puede', 'va', 'viene', 'anda', 'sigue', 'vive', 'habla', 'come',
  'duerme', 'toma', 'usa', 'trabaja', 'llega', 'sale', 'entra', 've', 'oye', 'siente', 'quiere', 'dice', 'tiene', 'necesita']);
/** A dose right after a word: "metadona 80 mg", "suboxone 8 mg". */
const DOSE_AFTER = /^\s{0,2}\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|units?|unidades|iu|meq)(?![a-z])/i;

/** Subject pronouns: the word after one is a verb ("do i book here"). */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'u', 'yo', 'tu', 'nosotros']);

/** Speech verbs after a name set off by commas. */
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'dijo', 'comento', 'paso', 'llamo', 'explico', 'aviso']);

/** Last labels of a domain: "@maria.com" is an address, not a mention. */
const TLD_WORDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'mx', 'es', 'co', 'io', 'us', 'info', 'biz']);
/** Words that thank someone: a first name before them is the one thanked ("Esperanza, mil gracias"). */
const THANKS_WORDS = new Set(['thanks', 'thank', 'thx', 'ty', 'gracias', 'mil', 'muchas', 'muchisimas']);
/** First names that chat also uses as interjections ("dale!! gracias", "simón, ahí estaré", "amén!!"): never called out. */
const INTERJECTION_NAMES = new Set(['dale', 'simon', 'amen', 'neta']);

/** Labels of a date that follow a name in a form line: "edwina cole dob 11/04/1941", "estel wilderman edd sept". */
const DATE_LABELS = new Set(['dob', 'edd', 'fpp', 'fdn', 'born', 'nacio', 'nacimiento', 'birthday', 'bday']);

/** The words between "is X" and a role: "is Violet the pump trainer", "es Ana la enfermera". */
const ROLE_ARTICLES = new Set(['the', 'a', 'my', 'our', 'your', 'el', 'la', 'mi']);
/** Articles and possessives before a noun: after one a word is a thing named, not a person ("la llamada", "la esperanza"). */
const OWNER_WORDS = new Set([...DETERMINERS, ...ROLE_ARTICLES, 'su', 'tu']);
/** People by their role, after "is X the ...": "is Violet the pump trainer or the educator?". */
const ROLE_NOUNS = new Set(['trainer', 'educator', 'nurse', 'doctor', 'dr', 'therapist', 'coordinator', 'counselor', 'aide', 'tech',
  'technician', 'pharmacist', 'dentist', 'hygienist', 'provider', 'manager', 'worker', 'driver', 'interpreter', 'midwife', 'doula',
  'agent', 'person', 'lady', 'guy', 'one', 'enfermera', 'enfermero', 'doctora', 'terapeuta', 'coordinadora', 'coordinador',
  'persona', 'senora', 'encargada', 'encargado', 'chofer', 'trabajadora']);

/** Articles (and the Spanish contractions al, del): lower-case words after one are not a name. */
const ARTICLES = new Set(['the', 'an', 'la', 'el', 'los', 'las', 'un', 'una', 'al', 'del']);

/** Sign-offs after which the name may stand on the next line. */
const SIGN_OFFS = new Set(['best', 'regards', 'best regards', 'kind regards', 'thanks', 'thank you', 'cheers', 'saludos', 'gracias', 'muchas gracias', 'take care', 'cuidate',
  'thank you so much', 'thanks so much', 'thanks again', 'mil gracias', 'gracias de nuevo', 'xoxo', 'hugs', 'besos', 'abrazos', 'bendiciones']);

/** Family words among the relation cues. */
const FAMILY = new Set(['son', 'daughter', 'wife', 'husband', 'mother', 'mom', 'mum', 'father', 'dad', 'brother', 'sister',
  'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'nephew', 'niece', 'cousin',
  'hijo', 'hija', 'esposo', 'esposa', 'marido', 'madre', 'padre', 'mama', 'papa', 'hermano', 'hermana', 'abuela', 'abuelo',
  'nieto', 'nieta', 'tio', 'tia', 'sobrino', 'sobrina', 'primo', 'prima', 'suegra', 'suegro', 'cuidador', 'cuidadora', 'caregiver',
  'kid', 'kids', 'children', 'sons', 'daughters', 'hijos', 'hijas', 'nietos', 'nietas', 'chamaco', 'chamaca', 'comadre', 'compadre']);

/** "Rico from billing", "clemente de cobranza", "carolanne at the desk": a name, then where they work. */
const DEPARTMENTS = new Set(['lab', 'laboratorio', 'hospice', 'hospicio', 'radiology', 'radiologia', 'derm', 'dermatology',
  'dermatologia', 'cardiology', 'cardiologia', 'oncology', 'oncologia', 'ortho', 'orthopedics', 'peds', 'pediatrics', 'pediatria',
  'neurology', 'neurologia', 'urology', 'urologia', 'billing', 'cobranza', 'facturacion', 'scheduling', 'citas', 'pharmacy', 'farmacia', 'records', 'reception', 'recepcion', 'insurance', 'seguros', 'admissions', 'admisiones', 'the', 'la', 'front', 'customer', 'member', 'patient']);
/** Department words that name a department only with the word after them ("the front desk", "member services"). */
const DEPARTMENT_OPENERS = new Set(['the', 'la', 'front', 'customer', 'member', 'patient']);
/**
 * First words in brackets right after a name that say it is one: a role ("kody king (patient)"), a
 * parent ("de renata (mamá sebastian ...)"), a nickname ("caroline (goes by Stephanie)", "germán (le
 * decimos maica)", "(aka ...)").
 */
const ROLE_IN_BRACKETS = new Set(['patient', 'paciente', 'pt', 'caller', 'member', 'mom', 'dad', 'son', 'daughter', 'hijo', 'hija',
  'mama', 'papa', 'madre', 'padre', 'aka', 'goes', 'le']);
function departmentAfter(toks: readonly Token[], i: number): boolean {
  const nx = toks[i + 1];
  // "cristina del equipo móvil"
  if ((toks[i] as Token).key === 'del') return nx !== undefined && nx.gap === ' ' && TEAM_WORDS.has(nx.key);
  if (!nx || nx.gap !== ' ' || !DEPARTMENTS.has(nx.key)) return false;
  if (!DEPARTMENT_OPENERS.has(nx.key)) return true;
  const nx2 = toks[i + 2];
  if (nx2 !== undefined && nx2.gap === ' ' && ['desk', 'front', 'office', 'oficina', 'recepcion', 'service', 'services', 'billing', 'pharmacy', 'farmacia', 'lab', 'laboratorio'].includes(nx2.key)) return true;
  // "hassie from the mobile crisis team", "genoveva at the donor chair": a team or a post up to three words on
  if (nx.key !== 'the' && nx.key !== 'la') return false;
  for (let k = i + 2; k <= i + 4 && k < toks.length; k++) {
    const tk = toks[k] as Token;
    if (tk.gap !== ' ') return false;
    if (TEAM_WORDS.has(tk.key)) return true;
  }
  return false;
}
/** Words that end a team or a post a person works at ("the mobile crisis team", "the donor chair", "el equipo móvil"). */
const TEAM_WORDS = new Set(['team', 'desk', 'office', 'crew', 'staff', 'unit', 'helpdesk', 'booth', 'chair', 'counter', 'station',
  'services', 'department', 'equipo', 'mesa', 'modulo', 'ventanilla']);

const AFTER_WORDS = new Set(['here', 'aqui', 'speaking', 'hablando', 'writing', 'escribiendo']);
const GENERIC_CUES = new Set(['per', 'with', 'for', 'from', 'by', 'via', 'para', 'con', 'contact', 'cc', 'attn', 'seeing', 'member', 'provider', 'caller', 'billing', 'llamo', 'tell', 'ask', 'thank', 'tech', 'referred', 'deliver to', 'ship to', 'mail it to', 'send it to', 'remind']);
const MEDICAL_ABBR = new Set(['hx', 'dx', 'tx', 'rx', 'sx', 'fx', 'px', 'yo', 'bp', 'hr', 'rr', 'prn', 'bid', 'tid', 'qid', 'qd', 'po', 'iv', 'im', 'sq', 'er', 'ed', 'or', 'icu', 'pcp', 'ob', 'gyn', 'ent', 'gi', 'uti', 'copd', 'chf', 'cad', 'dm', 'htn', 'mri', 'ct', 'ekg', 'ecg', 'labs', 'lab']);
const FORM_LABELS = new Set(['name', 'nombre']);
const WEAK_STRONG = new Set(['i am', "i'm", 'im', 'this is', 'is this', 'its', 'it', 'soy', 'called', 'name', 'nombre', 'from', 'signed', 'firmado']);

function someHasClass(toks: readonly Token[], bit: number): boolean {
  for (const t of toks) if ((t.cls & bit) !== 0) return true;
  return false;
}

/**
 * A first name right before a phone or fax number is whose number it is: call lists and contact lines
 * ("warmline callback list: marjory (775) 601-2458", "MARILU +34 616 659 946", "Mark 4158229821"). The
 * word must be a first name the lexicon knows and, if it is a common word too ("grace", "mark"), be
 * written with a capital in text that has case; a known surname may follow it ("ana ruiz 555-...").
 * Call after detectNames, which sets the tokens' flags.
 */
export function namesBeforePhones(text: string, toks: readonly Token[], found: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let o: NameOptions | undefined;
  // (in lower case not a dictionary word either: "crew leader +1 683 ...")
  const firstOk = (t: Token): boolean => (t.flags & FIRST) !== 0 && (t.cls & W_NEVER) === 0 && !t.masked && t.klen >= 2 &&
    ((t.flags & (COMMON | DICTIONARY_WORD)) === 0 || (t.cap && !(o as NameOptions).allLower && !(o as NameOptions).shouting));
  for (const f of found) {
    if (f.type !== 'PHONE' && f.type !== 'FAX') continue;
    // (the last token that ends by the number's start: a binary search, so many numbers stay linear)
    const k = tokensEndingBy(toks, f.start) - 1;
    if (k < 0 || !/^\s{1,2}(?:[:\-–]\s{0,2})?$|^:\s{0,2}$/.test(text.slice((toks[k] as Token).end, f.start))) continue;
    o ??= caseOf(toks);
    const last = toks[k] as Token;
    const prev = k > 0 ? toks[k - 1] : undefined;
    let start = -1;
    if (prev !== undefined && nameGap(last, prev) && firstOk(prev) && (last.flags & (SURNAME | OTHER_NAME)) !== 0 && (last.cls & W_NEVER) === 0) start = prev.start;
    else if (firstOk(last)) start = last.start;
    if (start >= 0) out.push({ type: 'PERSON', start, end: last.end - (last.end - last.start > last.klen ? 2 : 0), ruleId: 'person.before_phone', score: 0.7 });
  }
  return out;
}

/**
 * Cities after a residence cue ("I live in Springfield", "vivo en Guadalajara"). `knownPlace` (the
 * gazetteer's, passed by the engine: cities.ts imports this module) decides a place given instead of a
 * street address that starts with a common word ("no street address, just omaha"; "just text me" is none).
 */
export function detectCityCues(text: string, tokens?: Token[], knownPlace: (folded: string) => boolean = () => true): Finding[] {
  const toks = tokens ?? tokenize(text);
  const out: Finding[] = [];
  if (!someHasClass(toks, W_CITY_CUE)) return out; // no cue word, no city
  const { allLower, shouting } = caseOf(toks);
  const noCase = allLower || shouting;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const list = (t.cls & W_CITY_CUE) !== 0 ? cueWord(t)?.cities : undefined;
    if (!list) continue;
    for (const words of list) {
      if (!matchPhrase(toks, i, words)) continue;
      const cue = words.join(' ');
      let k = i + words.length;
      const article = k < toks.length && ['the', 'el'].includes((toks[k] as Token).key) && words.length > 1;
      if (article) k++;
      let j = k;
      while (j < toks.length && j - k < 5) {
        const t = toks[j] as Token;
        if (j > k && !nameGap(t, toks[j - 1])) break;
        if (j === k && !/^[\s:,]{1,3}$/.test(t.gap)) break;
        if (j > k && ((t.cls & W_PARTICLES) !== 0)) {
          let m = j;
          while (m < toks.length && m - j < 3 && (((toks[m] as Token).cls & W_PARTICLES) !== 0)) m++;
          const nx = toks[m];
          if (nx && (nx.cap && !noCase || (noCase && !(nx.flags & COMMON))) && !((nx.cls & W_NEVER) !== 0)) {
            j = m;
            continue;
          }
          break;
        }
        if (((t.cls & W_NEVER) !== 0) || ((t.cls & W_LABEL_WORDS) !== 0) || t.masked) break; // (a key never holds a digit)
        if (j > k && !t.cap && (t.flags & NAME_ANY) === 0 && looksLikeWordForm(t.key)) break; // "ando en mataro visitando": a verb ends the place
        if (j === k && !t.cap && (t.key === 'work' || t.key === 'school' || t.key === 'church' || t.key === 'job' || t.key === 'office')) break; // "near work"
        // "hospital en casa" (at home, also a surname), "kansas city ribs": a home or a food is no place
        // ("estoy en el portón", "i'm in the lobby": after an article a lower-case word is a thing)
        if (j === k && article && !t.cap) break;
        // ("cubre dntista?", "20 miles of trail": what a plan covers, or a distance, is a place only when written as
        // one: "cubre Reus?", "within 30 miles of Dekalb")
        if (COVER_CUES.has(cue) && (noCase || !t.cap)) break;
        // (a common word after "address just" is what comes next, "just text me", unless it is a known place:
        // see knownPlace below)
        if (j === k && PLACE_INSTEAD_CUES.has(cue) && (t.flags & DICTIONARY_WORD) !== 0 && !(t.cap && !noCase)) break;
        // (after a strong cue the rule below decides: "near town 'n' country" is a place)
        if ((j === k && !t.cap && CITY_WEAK_WORDS.has(t.key) && !STRONG_CITY.has(cue)) || THING_NOUNS.has(t.key)) break;
        if (noCase || !t.cap) {
          const strongCue = STRONG_CITY.has(cue);
          if (t.flags & COMMON && !(t.flags & NAME_ANY) && !(strongCue && j === k && !CITY_WEAK_WORDS.has(t.key))) break;
          if (!noCase && !(j === k && strongCue)) break;
        }
        j++;
      }
      if (j > k) {
        const phrase = toks.slice(k, j).map((t) => t.key).join(' ');
        if (!REGION_WORDS.has(phrase) && !STATE_ABBR.has(phrase)) {
          // a place given instead of an address that starts with a common word needs the gazetteer's word
          const start = (toks[k] as Token).start;
          const end = (toks[j - 1] as Token).end;
          const instead = PLACE_INSTEAD_CUES.has(cue) && ((toks[k] as Token).flags & COMMON) !== 0;
          if (!instead || knownPlace(foldWord(text.slice(start, end)))) {
            out.push({ type: 'ADDRESS', start, end, ruleId: instead ? 'address.city_instead' : 'address.city_cue', score: 0.85 });
          }
        }
      }
      break;
    }
  }
  return out;
}

const CITY_WEAK_WORDS = new Set(['work', 'school', 'church', 'job', 'office', 'the', 'a', 'an', 'my', 'our', 'this', 'that', 'peace', 'fear', 'pain', 'town', 'city', 'house', 'home', 'casa', 'un', 'una', 'el', 'la', 'mi', 'su', 'esta', 'este', 'paz', 'miedo', 'dolor', 'area', 'zona', 'network', 'red', 'hospital', 'clinic', 'clinica', 'pharmacy', 'farmacia']);
const COVER_CUES = new Set(['cubre', 'cubren', 'covers', 'do you cover', 'miles of', 'miles from', 'minutes from', 'millas de', 'minutos de']);
/** A place given instead of a street address: strong cues for an unknown word, never for a common one. */
const PLACE_INSTEAD_CUES = new Set(['address just', 'address only', 'direccion nomas', 'direccion solo', 'direccion solamente']);
const STRONG_CITY = new Set([...PLACE_INSTEAD_CUES, 'near', 'cerca de', 'close to', 'im in', "i'm in", 'i am in', 'estoy en', 'live in', 'lives in', 'moved to', 'vivo en', 'vive en', 'me mude a', 'se mudo a', 'resido en', 'reside en', 'naci en', 'born in']);

/** Word classes of token keys, as bits of Token.cls. */
const W_NEVER = 1;
const W_LABEL_WORDS = 2;
const W_CREDENTIALS = 4;
const W_PARTICLES = 8;
const W_REGION_WORDS = 16;
const W_CUE = 32;
const W_CITY_CUE = 64;
const W_AFTER_WORDS = 128;
const W_MEDICAL_ABBR = 256;
/** MODALS, and "is"/"es": the question passes test every token for them, by class bit rather than by key. */
const W_MODAL = 512;
const W_IS = 1024;
/** Words that open a cue after a name: "from"/"de"/"at" (a department), "i" (think), "creo". */
const W_AFTER_OPEN = 2048;
const wordClasses = new Map<string, number>();
for (const [words, bit] of [
  [NEVER, W_NEVER], [LABEL_WORDS, W_LABEL_WORDS], [CREDENTIALS, W_CREDENTIALS], [PARTICLES, W_PARTICLES],
  [REGION_WORDS, W_REGION_WORDS], [CUE_FIRST.keys(), W_CUE], [CITY_CUE_FIRST.keys(), W_CITY_CUE],
  [AFTER_WORDS, W_AFTER_WORDS], [MEDICAL_ABBR, W_MEDICAL_ABBR], [MODALS, W_MODAL], [['is', 'es'], W_IS],
  [['from', 'de', 'del', 'at', 'i', 'creo'], W_AFTER_OPEN],
] as ReadonlyArray<readonly [Iterable<string>, number]>) {
  for (const w of words) wordClasses.set(w, (wordClasses.get(w) ?? 0) | bit);
}

/**
 * A cue word's phrase lists, found by the word's id in the word table (see setWordId): the name and
 * city passes read a token's lists without a Map lookup of its key (or making its key at all).
 */
interface CueWord {
  cues: Cue[] | undefined;
  cities: string[][] | undefined;
}
const CUE_WORDS: Array<CueWord | undefined> = [undefined]; // id 0: no cue word
for (const w of new Set([...CUE_FIRST.keys(), ...CITY_CUE_FIRST.keys()])) {
  setWordId(w, CUE_WORDS.length);
  CUE_WORDS.push({ cues: CUE_FIRST.get(w), cities: CITY_CUE_FIRST.get(w) });
}
function cueWord(t: Token): CueWord | undefined {
  return CUE_WORDS[t.cls >>> WORD_ID_SHIFT];
}
addWordClasses(wordClasses);
