/**
 * Context words (English and Spanish) shared by recognizers, and helpers to look around a match.
 * Windows are short slices of the original text; regexes are case-insensitive and accent-tolerant.
 */

/** Text just before `start`, at most `n` characters. */
export function before(text: string, start: number, n = 40): string {
  return text.slice(Math.max(0, start - n), start);
}

/** Text just after `end`, at most `n` characters. */
export function after(text: string, end: number, n = 30): string {
  return text.slice(end, end + n);
}

/**
 * Words that make a number something that is not PHI (orders, tickets, returns, codes, versions), when
 * they come right before it, allowing a few connector words ("order number is #").
 */
export const NEGATIVE_BEFORE =
  /(?<![a-z0-9])(?:order|ticket|tracking|invoice|rma|return authorization|devoluci[oó]n|confirmation|conf|ref|reference|case|ndc|cpt|hcpcs|icd|icd-?10|icd-?9|lot|batch|sku|version|ver|v|build|release|model|item|product|part|promo|coupon|voucher|receipt|transaction|shipment|package|pedido|orden|boleto|factura|seguimiento|rastreo|gu[ií]a|confirmaci[oó]n|referencia|lote|versi[oó]n|modelo|art[ií]culo|producto|recibo|transacci[oó]n|env[ií]o|paquete|folio|cup[oó]n|c[oó]digo de (?:producto|descuento|rastreo))\s{0,2}(?:(?:number|num|no|nr|n[uú]mero|id|code|c[oó]digo|de|is|es|was|fue|[#:.])\s{0,2}){0,3}#?\s{0,2}$/i;

/** Units and dose words right after a number: then it is a quantity, not an identifier or date. */
export const UNIT_AFTER =
  /^\s{0,2}(?:mg|mcg|µg|ug|g|kg|lb|lbs|ml|l|cc|oz|iu|units?|[u%x]|meq|mmol|mmhg|bpm|tabs?|tablets?|pills?|caps?|capsules?|doses?|drops?|puffs?|sprays?|times?|hrs?|hours?|mins?|minutes?|days?|weeks?|months?|years?|yrs?|dollars?|usd|pesos?|euros?|tabletas?|pastillas?|c[aá]psulas?|gotas?|dosis|veces|horas?|minutos?|d[ií]as?|semanas?|meses|a[nñ]os|cucharadas?|inhalaciones)(?!\p{L})/iu;

/**
 * Words that make a nearby number a phone number. Besides the line words: "try (me|my wife...)",
 * "hmu" / "hit me up" and Spanish "háblame / háblale" ask the reader to call someone.
 */
export const PHONE_CONTEXT =
  /(?<![a-z])(?:phone|ph\b|ph#|tel|cel|mobile|m[oó]vil|call|text|txt|sms|whats\s?app|wa\b|contact|reach|number|n[uú]mero|num\b|ll[aá]m|m[aá]rca|fax|home|work|casa|trabajo|oficina|office|pager|beeper|emergency|emergencia|dial|ring|marq|try\s(?:me|my|him|her|us|them|calling)\b|hmu\b|hit\sme\sup\b|h[aá]bl(?:ame|ale|enme|ele|anle)\b)/i;

/**
 * Fax words, including verb forms ("faxed", "faxing", Spanish "faxeen", "faxéame") and "facsímil";
 * "fx" only right before the number, as elsewhere it is also short for fracture ("wrist fx"), and
 * a signature's "F:" only right before it ("P: 555-111-2222 F: 555-333-4444").
 */
const FAX_WORD = /(?<![a-z])(?:e-?fax|telefax|fax[a-z\u00C0-\u024F]{0,6}|facs[ií]mile?)(?![a-z])|(?<![a-z])fx\.?\s{0,2}(?:[:#]\s{0,2})?(?:(?:is|es|no\.?|number|n[uú]mero|#)\s{0,2})?$|(?<![a-z])f\s?:\s{0,2}$/giu;
/** Words that name a voice line; a fax word before them belongs to an earlier number ("fax 555-1111, cell 555-2222"). */
const VOICE_WORD = /(?<![a-z])(?:phone|ph|tel|telephone|tel[eé]fono|cel|cell|celular|mobile|m[oó]vil|call|llam\p{L}*|text|txt|sms|whats\s?app|pager|beeper)(?![a-z])/giu;

/**
 * Whether the number starting at `start` is a fax number: the nearest line word before it (within
 * 40 characters) is a fax word, not a voice one.
 */
export function faxBefore(text: string, start: number): boolean {
  const ctx = before(text, start, 40);
  let fax = -1;
  for (const m of ctx.matchAll(FAX_WORD)) fax = m.index;
  if (fax < 0) return false;
  let voice = -1;
  for (const m of ctx.matchAll(VOICE_WORD)) voice = m.index;
  return fax > voice;
}

export const US_STATE_ABBR =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';

export const US_STATE_NAMES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|district of columbia|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|puerto rico|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming';

/** Regions larger than a city (states, countries): not PHI on their own. */
export const REGION_WORDS = new Set(
  (
    US_STATE_NAMES +
    '|usa|us|america|united states|mexico|méxico|méjico|spain|españa|espana|colombia|peru|perú|chile|argentina|venezuela|ecuador|bolivia|cuba|guatemala|honduras|nicaragua|panama|panamá|uruguay|paraguay|canada|canadá|brazil|brasil|france|germany|italy|china|india|japan|philippines|vietnam|korea|europe|europa|latin america|latinoamérica|el salvador|costa rica|dominican republic|república dominicana|jalisco|oaxaca|chiapas|sonora|chihuahua|coahuila|nuevo león|nuevo leon|yucatán|yucatan|veracruz|puebla|guerrero|michoacán|michoacan|sinaloa|durango|zacatecas|tamaulipas|baja california|cataluña|catalonia|andalucía|andalucia|galicia|castilla|the us|the usa|the states'
  ).split('|'),
);

/** Public plan numbers, no one's id: Medicare contract-plan (H/R/S/E, 4 digits, 3), marketplace HIOS plan ids (5 digits, a state, 7 digits). */
export const PUBLIC_PLAN_ID = /^(?:[hrse]\d{4}-\d{3}|\d{5}[a-z]{2}\d{7}(?:-\d{2})?)(?:\s|$)/i;
