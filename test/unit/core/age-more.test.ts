/**
 * Ages of 90+ given in ways the age rules lacked: at an event ("age at admit 97", "edad al
 * ingreso 95"), after a person word that is not family ("a man who is 98", "resident is 102"), with
 * "pushing", after "nonagenarian"/"centenaria", before starting something at that age ("91 and starting
 * cardiac rehab", "con 90 y empezando"), in brackets after an admission. Near misses: the same
 * frames with a vital sign, a dose, a time or a percentage stay unmasked. All synthetic.
 */
import { detect } from '../../../src/core/engine';

function ages(text: string): string[] {
  return detect(text)
    .filter((f) => f.type === 'AGE_OVER_89')
    .map((f) => text.slice(f.start, f.end));
}

describe('more ways to give an age', () => {
  test.each<[string, string]>([
    ['age at admit 97, prep starts at 10', '97'],
    ['age at diagnosis: 92', '92'],
    ['edad al ingreso 95', '95'],
    ['EDAD AL DIAGNÓSTICO 93', '93'],
    ['heel wound on a man who is 98, slow to heal', '98'],
    ['the lady is 101 and wants the shot', '101'],
    ['LTC admission, resident is 102 and widowed', '102'],
    ['mom is pushing 103, flu shot still?', '103'],
    ['nonagenarian here, 94 exactly', '94'],
    ['soy centenaria, 101 y con ganas', '101'],
    ['97 and starting cardiac rehab, is that crazy', '97'],
    ['con 91 y empezando rehabilitación cardiaca', '91'],
    ['con noventa y dos y empezando fisioterapia', 'noventa y dos'],
    ['LTC admit Test Person (93), agent on file', '93'],
  ])('%s', (text, value) => {
    expect(ages(text)).toContain(value);
  });

  test.each([
    'sats 91 and starting oxygen now',
    'age at admit unknown, bed 95',
    'the man who is on 95 mg of metoprolol',
    'resident is 95% better',
    'mom is pushing 100 ml of fluid',
    'glucose 97 and starting insulin tonight',
    'el hombre es 95 kg',
    'nonagenarian clinic opens at 9:30',
    'con 95 y 60 de presión',
  ])('no age: %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
