/**
 * Cities from the gazetteer after a place preposition (src/core/cities.ts): the place is masked in
 * any case and in both languages; ordinary words that are also places, states, months and first
 * names after "from" are not.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('gazetteer cities', () => {
  test.each<[string, string]>([
    ['any urgent care in brownsville?', 'brownsville'],
    ['is there a pharmacy in Blue Springs', 'Blue Springs'],
    ['WE ARE STAYING IN MISSION VIEJO', 'MISSION VIEJO'],
    ['hay urgencias en irapuato?', 'irapuato'],
    ['estamos en Tetela de Ocampo hasta junio', 'Tetela de Ocampo'],
    ['we drove from St. Petersburg today', 'St. Petersburg'],
    ['my mom is near winston-salem', 'winston-salem'],
    ['they moved her to a home in Lee’s Summit', 'Lee’s Summit'],
    ['I work in Mentor on mondays', 'Mentor'],
    // a big city that is also a first name, after a word of distance or travel
    ['is there a fertility clinic closer to houston', 'houston'],
    ['we moved to Austin last year', 'Austin'],
  ])('%s', (text, city) => {
    expect(found(text)).toContainEqual(['ADDRESS', city]);
  });

  test.each<string>([
    'necesita silla de ruedas en la entrada',
    'i work in mentor programs', // an ordinary word in a message without capitals
    'me voy de Nuevo León pronto', // a state, not a city
    'we are moving in May', // a month
    'I live in Texas now', // a state alone is not PHI
    'is it covered in network?',
    'the pain is in my back',
    'I feel closer to Austin than to his brother', // lower-case-free message: a first name after a plain "to"
    'a message from Austin about the visit',
  ])('no city in: %s', (text) => {
    expect(found(text).filter(([l]) => l === 'ADDRESS')).toEqual([]);
  });
});

test('a place after "from" is a place, not a person', () => {
  const text = 'Morning! originally from Palm Harbor, new to the area';
  expect(found(text)).toEqual([['ADDRESS', 'Palm Harbor']]);
});

test('a place ends where a verb starts', () => {
  expect(found('ando en mataro visitando a la familia')).toEqual([['ADDRESS', 'mataro']]);
});
