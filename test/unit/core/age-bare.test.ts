/**
 * Ages of 90 and over written as a bare number, with no "years" and no "age": after a person word
 * and a verb ("mom is 98", "nana just hit 98"), right after a family word ("dad 93"), in brackets
 * after someone introduced with a family word ("my mom Jules Larson (96)"), in words, and in a
 * saying ("103 and sharp as a tack"). Numbers of the same size that are measurements, prices,
 * rooms or counts must stay unmasked.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

function ages(text: string): string[] {
  return found(text).filter(([l]) => l === 'AGE_OVER_89').map(([, s]) => s);
}

describe('bare ages over 89', () => {
  test.each<[string, string]>([
    // brackets after a person introduced by a family word
    ['my mom Jules Larson (96) lives at 13967 Lake Rd', '96'],
    ['mom (95) needs a ride', '95'],
    ['mi mamá isabel escobar valdés (noventa y ocho) vive en apdo. 935', 'noventa y ocho'],
    ['my mom jackeline schamberger (ninety-two) lives alone', 'ninety-two'],
    ['the patient, Mr. Ortiz ( 101 ), was admitted', '101'],
    // a person subject and a verb
    ['nana just hit 98!!', '98'],
    ['sorry to bother, mom is 98, can she get the shot', '98'],
    ["grandpa's 97 and won't stop driving", '97'],
    ['caring for my uncle who is 95 (also order #89349681)', '95'],
    ['the patient is 99', '99'],
    ['she’ll be 99 next week', '99'],
    ['grandpa is going to be 100 in may', '100'],
    ['mi abuela va a cumplir 100', '100'],
    ['mi suegro ya tiene 96', '96'],
    ['my mom, who is 97, fell', '97'],
    ['my mother in law is 92', '92'],
    ['grandpa hit the big 100', '100'],
    // right after a family word
    ['dad 93 with dementia, who do i call', '93'],
    ['my great grandpa 95, on hospice now', '95'],
    ['mi tía abuela, 97, se cayó', '97'],
    ['grandma, ninety-two, wants a home visit', 'ninety-two'],
    ['mi abuela de 97 se cayó', '97'],
    ['abuelito 102 y sigue lúcido', '102'],
    ['my mother-in-law, 92, is here', '92'],
    ['la señora de 98 se cayó', '98'],
    ['mi hermana de 91', '91'],
    // a saying about the very old
    ['wow 103 and sharp as a tack', '103'],
    ['96 y todavía maneja', '96'],
    // set off after a name (apposition), in a record line or a sentence
    ['hospice admit: Ana Ruiz, 96, 100 Example Rd, daughter Eva', '96'],
    ['ingreso: rosa quezada pacheco, 98, calle sin nombre 12', '98'],
    ['visited Ana Ruiz (ninety-two) today', 'ninety-two'],
    // a misspelt person word before brackets, a comma or "con"
    ['my granpda (103) got lost', '103'],
    ['resdente con 91, cómo sigue?', '91'],
    // "at 94 she should", "con 94 mejor": a clause about the person follows
    ['the crew said at 94 she should go to the ER', '94'],
    ['los paramédicos dijeron que con 94 mejor al hospital', '94'],
    // "cumplidos" after the number, an age word glued to "yo"
    ['la paciente tiene 99 cumplidos', '99'],
    ['can a ninety eightyo man get the vaccine', 'ninety eight'],
    // "at the time of" after the age, an approximate age, a treatment questioned at an age
    ['she will be 98 at the time of surgery, too old?', '98'],
    ['pt age ~101, needs an interpreter', '101'],
    ['edad aprox. 95, llega en silla de ruedas', '95'],
    ['chemo at 97? the family is split', '97'],
    ['¿vale la pena la cirugía a los 94?', '94'],
    // a misspelt verb after a person word
    ['el abuelo teine 104 y quiere aparatos auditivos', '104'],
  ])('%s', (text, span) => {
    expect(ages(text)).toContain(span);
  });

  test.each<string>([
    'room 98',
    'mom is in room 98',
    'her sats were 92 at the time of the call',
    'chemo sats at 95?',
    'the chemo chair at 95? no, 96',
    'el abuelo teine 104 pastillas',
    'mom was 92 at rest',
    'bp 95/60',
    "mom's bp 95/60",
    "mom's o2 is 94",
    'o2 is 94',
    'sat 96%',
    "dad's glucose is 98",
    'glucose is 98',
    'i paid 95',
    'pulse 102',
    'temp 99.1',
    'mom is 98.6',
    'weight 190',
    'mom is 95 lbs',
    'patient was 92 on room air',
    'mom is 94 on 2L',
    'mom 100 mg twice a day',
    'dad 101 fever since last night',
    'mom 95 sat on 2 liters',
    'my wife 100% agrees',
    'ella es 100% mexicana',
    'mom is 100 miles away',
    'patient 95',
    'my mom called 911',
    'dad is 120/80 today',
    'mom is 130',
    'grandma 89 and fine',
    'wow 103 new messages',
    'pay 98 and done',
    'he is 95 kg',
    'mi mamá tiene 95 de azúcar',
    'la abuela pagó 95 pesos',
    'order (96) shipped to mom',
    'my sister 95/60',
    'the big 100 sale',
    'Ana, 95, 96 and 97 are the scores',
    'Ana Ruiz, 95%, fine',
    'we met at 95 she said',
    'sats at 92 she looked blue',
    'llegó con 95 de saturación',
    'exit at 95 then left',
    'ninety yoga classes',
    'my grandpa (room 103)',
  ])('near miss: %s', (text) => {
    expect(ages(text)).toEqual([]);
  });

  test('ages keep their span; the person word and brackets stay outside', () => {
    expect(found('dad 93 with dementia')).toEqual([['AGE_OVER_89', '93']]);
  });
});
