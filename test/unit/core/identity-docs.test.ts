/**
 * Identity documents other than driver licences and passports are licences too (DESIGN §4): a
 * consular id, immigration papers (A-number, work permit, número de extranjero), a national id, a
 * notary's commission. Their keywords name the value; in a clause, a holder word before "su número"
 * says whose number it is. Near misses: parking permits stay plates, phones stay phones, words
 * without a number stay clean. All values are synthetic.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('identity documents are licences', () => {
  test.each<[string, string]>([
    ['bring the matrícula consular X00000001 to intake', 'X00000001'],
    ['su matricula consular es 000000123 y nada más', '000000123'],
    ['consular id Q0000042 is the only photo id she has', 'Q0000042'],
    ['A-number 000-000-123 on the asylum letter', '000-000-123'],
    ['alien registration number: A00000077', 'A00000077'],
    ['work permit Z0000099 expires next month', 'Z0000099'],
    ['employment authorization card # EAC0000000011', 'EAC0000000011'],
    ['permiso de trabajo número T0000055', 'T0000055'],
    ['tarjeta de extranjero Y0000011X', 'Y0000011X'],
    ['número de extranjero 000000321, para el formulario', '000000321'],
    ['NIE X0000000T para la cita', 'X0000000T'],
    ['notary commission no. 00000700 stamped on the form', '00000700'],
    ['el notario anotó su número 00000815 en la carta poder', '00000815'],
    ['the notary wrote his number N0000033 on the affidavit', 'N0000033'],
    // a misspelt keyword farther away does not outrank the document word next to the value
    ['matrícla consular q00000456, campo cerca del río', 'q00000456'],
  ])('%s', (text, value) => {
    expect(found(text)).toContainEqual(['LICENSE_NUMBER', value]);
  });

  test.each<[string, Label, string]>([
    ['parking permit is for 1AZL126', 'VEHICLE_ID', '1AZL126'],
    ['el plomero dejó su número 555 201 7788', 'PHONE', '555 201 7788'],
    ['my number is 555-201-7788, call after 5', 'PHONE', '555-201-7788'],
    ['medicaid enrollment code 418420228c1 on the letter', 'HEALTH_PLAN_ID', '418420228c1'],
  ])('keeps its label: %s', (text, label, value) => {
    expect(found(text)).toContainEqual([label, value]);
  });

  test.each([
    'the work permit office opens at 9',
    'el notario cobra 1500 pesos por la carta poder',
    'consular appointment moved to 2027',
    'she is an alien to this hospital after 12 years',
  ])('no id: %s', (text) => {
    expect(detect(text).filter((f) => f.type === 'LICENSE_NUMBER')).toEqual([]);
  });
});
