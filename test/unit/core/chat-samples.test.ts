/**
 * Hand-written chat messages in English and Spanish (synthetic people and places): every PHI
 * substring listed must be covered by findings, character for character.
 */
import { detect } from '../../../src/core/engine';

function uncovered(text: string, phi: string): string {
  const at = text.indexOf(phi);
  if (at < 0) throw new Error(`fixture: "${phi}" not in "${text}"`);
  const found = detect(text);
  let left = '';
  for (let i = at; i < at + phi.length; i++) {
    if (/[\s,.]/.test(text[i] as string)) continue;
    if (!found.some((f) => f.start <= i && f.end > i)) left += text[i];
  }
  return left;
}

test.each<[string, string[]]>([
  ["Hi, this is Tamika Washington calling about my mother's refill", ['Tamika Washington']],
  ['My daughter Brianna has a fever of 102', ['Brianna']],
  ['Please tell Dr. Okafor that I called', ['Okafor']],
  ['Can you send it to my husband, Raj Patel?', ['Raj Patel']],
  ["I'm calling for my dad, Harold Jenkins, DOB 4/12/1938", ['Harold Jenkins', '4/12/1938']],
  ['The patient, Mr. Nguyen, needs a wheelchair', ['Nguyen']],
  ['Appointment for Sofia Hernandez on 12/3', ['Sofia Hernandez', '12/3']],
  ['Thanks Priya!', ['Priya']],
  ["my son's name is Jaxon", ['Jaxon']],
  ['Ship to Darnell Brooks, 4410 Oak Hollow Dr, Austin TX 78745', ['Darnell Brooks', '4410 Oak Hollow Dr, Austin TX 78745']],
  ['I live at 221 W 5th St Apt 3B, Tulsa, OK 74103', ['221 W 5th St Apt 3B, Tulsa, OK 74103']],
  ['we moved to Paterson last month', ['Paterson']],
  ['she turned 94 last week', ['94']],
  ['born on the 3rd of June 1955', ['3rd of June 1955']],
  ['buenas, le escribe Rosario Maldonado por la cita de mi papá', ['Rosario Maldonado']],
  ['mi nieta Ximena tiene tos desde el lunes', ['Ximena']],
  ['la doctora Villarreal dijo que regresara', ['Villarreal']],
  ['hablé con Marisol de farmacia ayer', ['Marisol']],
  ['mándenlo a Pedro Sánchez, calle Hidalgo 123, col. Centro, Monterrey', ['Pedro Sánchez', 'calle Hidalgo 123, col. Centro, Monterrey']],
  ['nació el 3/5/1940 y tiene 92 años', ['3/5/1940', '92']],
  ['mi CURP es MAAR790214MDFRRS09', ['MAAR790214MDFRRS09']],
  ['atte. Jesús Manuel Ortega', ['Jesús Manuel Ortega']],
  ['vivo en Hialeah desde 2010', ['Hialeah']],
])('%j', (text, phi) => {
  for (const p of phi) expect(uncovered(text, p)).toBe('');
});
