/**
 * First names given since the 1990 Census (from the SSA baby-name list), and the checks that keep the
 * larger lexicon from reading ordinary words as names.
 */
import { detect } from '../../../src/core/engine';
import { lexiconFlags, FIRST } from '../../../src/core/lexicon';

function persons(text: string): string[] {
  return detect(text).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));
}

describe('first names newer than the 1990 Census', () => {
  test.each(['kieran', 'aliya', 'gael', 'madisen', 'shaylee', 'brandyn', 'alexys', 'jayden', 'ximena', 'itzel'])('%s is a first name', (w) => {
    expect(lexiconFlags(w) & FIRST).toBe(FIRST);
  });

  test.each<[string, string]>([
    ['hey kieran, is the flu shot free this year', 'kieran'],
    ['can aliya come in tomorrow', 'aliya'],
    ['shaylee quetzal needs the school form', 'shaylee quetzal'],
    ['cc gael and ximena on the reply', 'gael'],
  ])('%s masks %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('a particle after a word that is no name starts the name', () => {
  test.each<[string, string]>([
    ['videoconsulta de Maricarmen: https://portal.example.org/visit', 'Maricarmen'],
    ['videoconsulta de gabriel: link en el correo', 'gabriel'],
    ['María de la Cruz', 'María de la Cruz'],
  ])('%s masks exactly %s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });
});

describe('ordinary words stay unmasked', () => {
  test.each([
    'Hola qué tal LA CAMPAÑA DE VACUNACIÓN PIDE cita previa',
    'hola que tal pal trámite del medicaid',
    'videoconsulta de seguimiento: el enlace no abre',
    'sage tea while pregnant ok?',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('names in form lines, sign-offs and call-outs', () => {
  test.each<[string, string]>([
    ['dental: edwina quetzal dob 11/04/1941, card on file', 'edwina quetzal'],
    ['hospice admit: grace f. zorvath, 90 yo', 'grace f. zorvath'],
    ['ob intake estel wilderquist edd sept 2019', 'estel wilderquist'],
    ['thank you so much,\nShany Quorvin and family', 'Shany Quorvin'],
    ['gavin - 986-810-5138 - text first', 'gavin'],
    ['Buck - (264) 264-9542 - text first', 'Buck'],
    ['Esperanza, mil gracias por lo de ayer', 'Esperanza'],
    ['micaela from hospice called but I missed it', 'micaela'],
    ['pregunten por axel en la recepción', 'axel'],
    ['intake form: client krystel zorvath, referred by the school', 'krystel zorvath'],
    ['la psicóloga que hizo la entrevista inicial, Esperanza, me cayó muy bien', 'Esperanza'],
    ['el señor de la silla de ruedas, yolanda, no trajo los cojines', 'yolanda'],
    ['santiago - 257.877.1615 - text first', 'santiago'],
    ['wheelchair delivery guy kaden said the paperwork is incomplete', 'kaden'],
  ])('%s masks %s', (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe('words that look like names in those places stay unmasked', () => {
  test.each([
    'Hello hello, DME order shipped?',
    'Hello hello, GBS negative',
    'do the rollers help with TMJ',
    'reach the daughter (poa) at the office number',
    'interpreter cert number on file',
    'the home nurse car blocked my driveway',
    'la pura corona salió en 840 €',
    'al alba ya tenía contracciones',
    'Howdy on-call picks up after 6pm',
    'Will - 3 tabs daily',
    'May - 12 visits so far',
    'victoria! por fin me aprobaron la aseguranza',
    'llevo 12 días de terapia',
    'F32.1 on my intake paperwork',
    'we need rosa, blanca, and verde ribbons',
    'paid in may, june, and july',
    'qty 90 for 90 days, 1 tab daiyl',
    'vi a la doctora y me dijo que escribiera aquí',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('a list of names', () => {
  test.each<[string, string[]]>([
    ['my kids [christina, andres] both need their forms signed', ['christina', 'andres']],
    ['yo jarvis, jerome and gina from the front desk', ['jarvis', 'jerome', 'gina']],
    ['hi Kenna, Salvador and luella from the front desk', ['Kenna', 'Salvador', 'luella']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  test.each<[string, string[]]>([
    ['i spoke with maria lopez, june and may are fine', ['maria lopez']],
    ['tell Carmen and will be there', ['Carmen']],
  ])('%s stops at words', (text, names) => {
    expect(persons(text)).toEqual(names);
  });
});

describe('names by their place in the message', () => {
  test.each<[string, string[]]>([
    ['karson\nena_q@example.com\n327.823.9798', ['karson']],
    ['hi again, iliana\nrq@example.com\n2125091777', ['iliana']],
    ['thanks again for squeezing us in\nmelvina', ['melvina']],
    ['ok Germán gracias ya me llegó la forma', ['Germán']],
    ['did saul or karl get the infusion schedule', ['saul', 'karl']],
    ['infusion nurses June + Luella were amazing today', ['June', 'Luella']],
    ['the parking attendant shea said my validation expired', ['shea']],
    ['chemo schedule: natalie, 28 november 2021', ['natalie']],
    ['well child visit for mia zorvath, she turns 4 next month', ['mia zorvath']],
    ['IVF consent: Josianne Qorvath and partner Salvatore Qorvath, date of birth on file', ['Josianne Qorvath', 'Salvatore Qorvath']],
    ['is meredith from derm calling me?', ['meredith']],
    ['hi again, chemo schedule: Faith, the 3rd of February', ['Faith']],
    ['yo moshe\nbq@example.com\n359-599-0767', ['moshe']],
    ['lukas, you were so kind at the blood drive', ['lukas']],
    ['la audiologa saul dice que el aparato izquierdo necesita otro', ['saul']],
    ['Mossie\nsq76@example.com\n(991)914-9155', ['Mossie']],
    ['Hello there! May\nbq41@example.com\n33-9311-4691', ['May']],
    ['las enfermeras de la infusión, josefina y rosalia, un amor', ['josefina', 'rosalia']],
    ['my friend georgia smith called', ['georgia smith']],
    ['occ health: grace zorvath, soc sec on file', ['grace zorvath']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  test.each([
    'see you then\nMay',
    'call me back\nplease',
    'update: pending, see notes',
    'Morning team, for FMLA, my manager is out',
    '93 años, hombre, habla arrastrada desde el martes',
    'la carta de cobranza dice que debo',
    'does bill or mark need it',
    'Update: Grace Period and more',
    'hope, you know, is a good thing',
    'no me regresa la llamada, nomás el estudio fue caro',
    'see attached\nq@example.com\n123-456-7890',
    'jamon serrano en el embarazo por FIV?',
    'Buenas buenas mole poblano despues de la bariatrica?',
    'georgia peaches or canned for the soft diet',
  ])('%s stays unmasked', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('typos of common words are not names', () => {
  test.each([
    'my mom neesd a ride to chemo',
    'el abuelo teine 104 y quiere aparatos',
    'well child vsiit should be free',
    'mi correo es alguien@example.com.mx, nomás el estudio fue caro',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  test('after a first name a swapped-letter look-alike is a surname', () => {
    expect(persons('pay it for ricky ledner')).toEqual(['ricky ledner']);
  });
});

describe('blind8 categories: roles and form lines', () => {
  test.each<[string, string[]]>([
    ['ride home at noon, driver is david', ['david']],
    ['crisis line follow-up: anjali called back like you asked', ['anjali']],
    ['is lolita the pump trainer or the educator?', ['lolita']],
    ['pump start: trainer percival will come', ['percival']],
    ['thanks for getting me thru that prep lol\n- jessica', ['jessica']],
    ['consent witnessed by lauriane from the research office', ['lauriane']],
    ['per Lavern at telepharmacy the refill is ready', ['Lavern']],
    ['FORM: danyka harvey\nTO: cardiac rehab', ['danyka harvey']],
    ['telepharmacy: the pharmacist on the screen, lydia fisher, said wait 20 min', ['lydia fisher']],
    ['cardiac rehab: Manley Kunde missed sessions 11 and 12', ['Manley Kunde']],
    ['gracias!\nmaria!! the new pump site worked', ['maria']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  test.each([
    'dijon mustard has carbs?',
    "baby's apnea monitor from the NICU",
    'can the NICU nurse call me when he wakes up',
    'la casa para papas de la UCIN sigue abierta',
    'HI FOLKS - GENETIC COUNSELOR LINE',
    'is camila the same as the other mini pill',
    'is May the best month',
    'per day twice',
    'the referral form is attached',
    'admit date was monday',
    'hello hello greek yogurt before the pft?',
    'EVENING, I WORK THE SEASON HERE BUT MY BANK IS IN SPAIN',
    'victoria! por fin me aprobaron',
    'apples, oranges and pears, please',
  ])('%s stays unmasked', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
