/**
 * Fourth session's categories: where a name sits (roles at work and in care, "counselor is X", chat
 * mentions, greetings), and words that look like names or places but name a thing (foods, eponyms,
 * pets, languages, medicines, misspelt keywords). Each table pairs what must be found with near misses
 * that must stay as they are.
 */
import { detect } from '../../../src/core/engine';
import { isMedication } from '../../../src/core/medications';
import { misspeltIdKeyword } from '../../../src/core/fuzzyKeys';

function spans(text: string, label: string): string[] {
  return detect(text).filter((f) => f.type === label).map((f) => text.slice(f.start, f.end));
}

describe('names after a role, a greeting or an @', () => {
  test.each<[string, string]>([
    ['mi psicóloga julia se va de la clínica?', 'julia'],
    ['mi fisioterapeuta aaron dice que tres veces por semana', 'aaron'],
    ['su supervisor norma lo mandó, yeso por 6 semanas', 'norma'],
    ['supervisor GAETANO, HR fax 1-645-786-2202', 'GAETANO'],
    ['sponsor June drove me to intake, can he sit in', 'June'],
    ['MI PADRINO Claudio ME TRAJO AL INGRESO', 'Claudio'],
    ['records for decedent Pink Shields, date of death friday', 'Pink Shields'],
    ['intake at the clinic, counselor is Faith', 'Faith'],
    ['my son is beau-forrest, not the other one', 'beau-forrest'],
    ['@Garland can you resend the intake forms', 'Garland'],
    ['hey there @jamie can you resend', 'jamie'],
    ['@maria.lopez can you check my refill', 'maria.lopez'],
    ['ey Guadalupe, ya se acabó el tanque', 'Guadalupe'],
    ['que onda Marta, ya llegaron?', 'Marta'],
    ['Ciara?? are you still there', 'Ciara'],
    ['respite: Merl Hermiston (94) at the day center', 'Merl Hermiston'],
  ])('%s masks %s', (text, name) => {
    expect(spans(text, 'PERSON')).toContain(name);
  });

  test.each([
    'my supervisor said no',
    'my son is diabetic and needs strips',
    'mi hijo es alérgico a la penicilina',
    'the patient is stable',
    'write to ana@maria.com pls',
    '@team please check the queue',
    'dale!! gracias',
    'Dale, gracias por todo',
    'Simón!! ahí estaré',
    'el jefe dijo que no',
  ])('no name in: %s', (text) => {
    expect(spans(text, 'PERSON')).toEqual([]);
  });
});

describe('things that look like names or places', () => {
  test.each([
    'chuck roast in the crockpot, can dad chew it with the new dentures',
    'graham crackers and peanut butter before dosing?',
    'osgood schlatter disease, can he still pass the sports physical',
    'mi hijo tiene síndrome de Down, le toca la vacuna?',
    'dr scholls inserts inside the walking boot?',
    'my dogs name is Charlie, he ate a pill',
    'el perro se llama Toby y se comió el tramadol',
    'need an interpreter for Dari at the visit',
    'monday to friday only for DOT?',
    'S9500 home infusion per diem',
    'dispute is for patient acount 124020157',
    'hi there, see https://portal.example.org/records',
  ])('no name in: %s', (text) => {
    expect(spans(text, 'PERSON')).toEqual([]);
  });

  test.each([
    'queso de burgos en la dieta baja en sal',
    'cajeta de celaya para la fiesta',
    'vino de rioja con los antibióticos?',
    'ensalada en el hospital en casa',
    'kansas city ribs too chewy with the new crown?',
    'a spry 96, still does his own stairs',
  ])('no place in: %s', (text) => {
    expect(spans(text, 'ADDRESS')).toEqual([]);
  });

  test.each<[string, string]>([
    ['vivo en celaya desde enero', 'celaya'],
    ['me mudé de badalona a manresa el año pasado', 'manresa'],
    ['la llevamos a Salinas', 'Salinas'],
  ])('%s still finds %s', (text, place) => {
    expect(spans(text, 'ADDRESS')).toContain(place);
  });

  test('a name with a thing noun after an initial is still a name', () => {
    expect(spans('referred derick c. beer to dental', 'PERSON')).toEqual(['derick c. beer']);
  });

  test('a surname that is also a food stays a surname', () => {
    expect(spans('pay with card for david beer', 'PERSON')).toEqual(['david beer']);
  });
});

describe('strengths, ages and vehicles', () => {
  test.each(['suboxone 8/2 btw', '(sbuoxone 8/2 por cierto)', 'zoloft 3/4 tab'])('no date in: %s', (text) => {
    expect(spans(text, 'DATE')).toEqual([]);
  });

  test.each(['appt on 8/2 at noon', 'metformin since 8/2'])('a date in: %s', (text) => {
    expect(spans(text, 'DATE')).toEqual(['8/2']);
  });

  test.each<[string, string]>([
    ['cataract surgery at 102, will she be awake', '102'],
    ['new knee at 90? surgeon says he is a good candidate', '90'],
    ['hes going on 90, is a stone this big normal', '90'],
    ['the decedent was 95, funeral home needs the notes', '95'],
  ])('%s: age %s', (text, age) => {
    expect(spans(text, 'AGE_OVER_89')).toEqual([age]);
  });

  test.each(['going on 95 minutes now', 'surgery at 92 Main St'])('no age in: %s', (text) => {
    expect(spans(text, 'AGE_OVER_89')).toEqual([]);
  });

  test.each<[string, string]>([
    ['the dog was in a pickup WVF-0233 when it bit me', 'WVF-0233'],
    ['hearse 6XXF798 will come to the back dock', '6XXF798'],
    ['la carroza QBO-302-P entra por el andén', 'QBO-302-P'],
  ])('%s: plate %s', (text, plate) => {
    expect(spans(text, 'VEHICLE_ID')).toEqual([plate]);
  });
});

describe('word lists', () => {
  test.each(['suboxone', 'Suboxone', 'suboxnoe', 'subxone', 'zoloft'])('%s is a medicine', (w) => {
    expect(isMedication(w)).toBe(true);
  });
  test.each(['sandra', 'subway', 'zolt'])('%s is no medicine', (w) => {
    expect(isMedication(w)).toBe(false);
  });
  test.each(['acount', 'membr', 'pateint'])('%s misspells an id keyword', (w) => {
    expect(misspeltIdKeyword(w)).toBe(true);
  });
  test.each(['account', 'acosta', 'mark'])('%s does not', (w) => {
    expect(misspeltIdKeyword(w)).toBe(false);
  });
});
