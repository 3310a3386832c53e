/**
 * Addresses in the shapes chat writes them: a ZIP as how far something reaches ("as far as", "hasta
 * el"), a street line that a later clause would spoil ("... pike signed by dr."), street words that
 * are names or nouns written like the rest of the line ("302 Will Square"), Spanish street names with
 * "de los", a neighbourhood after "colonia", abbreviated city particles ("Port St. Lucie"), a place naming
 * an institution's site ("the Norwalk campus"). And the near
 * misses each must leave. All values are synthetic.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

function addresses(text: string): string[] {
  return found(text).filter(([l]) => l === 'ADDRESS').map(([, s]) => s);
}

describe('addresses in context', () => {
  test.each<[string, string]>([
    ['does the pharmacy deliver as far as 33756?', '33756'],
    ['la farmacia entrega hasta el 46103?', '46103'],
    ['ship to 18469 tromp pike signed by dr. hayes', '18469 tromp pike'],
    ['ship to 1402 Monty Walks signed by the nurse', '1402 Monty Walks'],
    ['ship to 302 Will Square, Springfield', '302 Will Square, Springfield'],
    ['mail goes to 22563 Block Corners, Beatricetown 47571', '22563 Block Corners, Beatricetown 47571'],
    ['en avenida maria de los angeles valles rascon 844, junto a la iglesia', 'avenida maria de los angeles valles rascon 844'],
    ['vivo en la colonia La Paz, cual clinica me corresponde?', 'La Paz'],
    ['VIVO EN LA COLONIA CIUDAD MADERO, CUAL CLINICA?', 'CIUDAD MADERO'],
    ['visit at 16826 Daisha Overpass, Port St. Lucie 49582', '16826 Daisha Overpass, Port St. Lucie 49582'],
    ['at 26142 mcclure parkway, st. charles 73892 on monday', '26142 mcclure parkway, st. charles 73892'],
    // a place naming a site of an institution
    ['nursing home moved her to the Norwalk campus', 'Norwalk'],
    ['moved to the fargo clinic last week', 'fargo'],
    // British and less common street suffixes
    ['the COBRA notice went to 838 Example Wall, South Clintonburgh 77541', '838 Example Wall, South Clintonburgh 77541'],
    ['ship it to 12 Sample Croft please', '12 Sample Croft'],
    // a PO box in Spanish, bare, with a real box number
    ['mándenlo al apartado 935, León', 'apartado 935, León'],
  ])('%s', (text, span) => {
    expect(addresses(text)).toContain(span);
  });

  test.each<string>([
    'te prestan hasta el 15000 pesos',
    'caminé hasta el 10000 pasos',
    'I Walked 3 Blocks To The Park',
    'me lastimé la espalda en la chamba el lunes',
    'ME LASTIMÉ LA ESPALDA EN LA CHAMBA EL LUNES',
    'un saludo a todos de la campana de vacunación',
    'una colonia de bacterias en el cultivo',
    'me puse agua de colonia',
    'en la calle el 5 de mayo hubo desfile',
    'the Central office called back',
    'we went to the main campus',
    'meet me at the north clinic',
    // a box or a section of a form
    'la forma de apelación, casilla 4 (SSN)',
    'llene el apartado 3 del formulario',
  ])('near miss: %s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
