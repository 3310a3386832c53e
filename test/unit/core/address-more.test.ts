/**
 * Places the address rules missed: a ZIP after a distance ("within 20 miles of 46152", "a 10 km de
 * 28001"); a known city after "por" ("pasa por Tepic") or "cerca de"; a big city's one-word name that
 * chat writes in lower case ("from anaheim", "school in portland"). Near misses: cologne is not a
 * colonia, "por" before an ordinary word or a first name, a big city whose name is an ordinary word
 * in lower case ("in mobile"), a distance without a ZIP. All synthetic.
 */
import { detect } from '../../../src/core/engine';

function places(text: string): string[] {
  return detect(text)
    .filter((f) => f.type === 'ADDRESS')
    .map((f) => text.slice(f.start, f.end));
}

describe('more places', () => {
  test.each<[string, string]>([
    ['any cardiac rehab within 20 miles of 46152?', '46152'],
    ['anything within 5 mi of 30275-1234', '30275-1234'],
    ['alguna clínica a 10 km de 28001', '28001'],
    ['el camión de mastografía pasa por Tepic?', 'Tepic'],
    ['we drive 2 hrs from anaheim for the program', 'anaheim'],
    ['school in portland, parent email on file', 'portland'],
    ['hay rehabilitación cerca de Tarrasa?', 'Tarrasa'],
  ])('%s', (text, value) => {
    expect(places(text)).toContain(value);
  });

  test.each([
    'el agua de colonia sobre la piel del estoma, mala idea?',
    'gracias por todo, por favor llamen mañana',
    'pasa por Maria a las 5',
    'is it in mobile or desktop view',
    'he walks 20 miles of trail a week',
    'buffalo wings in buffalo sauce',
  ])('no place: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});
