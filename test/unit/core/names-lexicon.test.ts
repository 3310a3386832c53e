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
