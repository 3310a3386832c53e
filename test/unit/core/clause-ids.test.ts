/**
 * Numbers that no keyword rule names take their kind from the words of their clause: a bare nine or
 * ten digits, or the catch-all id, after collections / insurance / licence / device / donor words.
 * And the near misses that must keep their label: someone's own number, a relative's number, a
 * greeting's "equipo", the owner of an SSN. All values are synthetic.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('an id takes its kind from its clause', () => {
  test.each<[string, Label, string]>([
    ['the collections letter says 51909200747', 'ACCOUNT_NUMBER', '51909200747'],
    ['the collections letter says 12739430246 !!', 'ACCOUNT_NUMBER', '12739430246'],
    ['la carta de cobranza dice 00856937532', 'ACCOUNT_NUMBER', '00856937532'],
    ['autodraft the copays from 23880819 please', 'ACCOUNT_NUMBER', '23880819'],
    ['COBRA continuation id 27835387063', 'HEALTH_PLAN_ID', '27835387063'],
    ['cobra continuation id 416732839a', 'HEALTH_PLAN_ID', '416732839a'],
    ['chemo gets billed to my secondary, 89311841000', 'HEALTH_PLAN_ID', '89311841000'],
    ['número de reclamante de incapacidad 748608972', 'HEALTH_PLAN_ID', '748608972'],
    ['la referencia en mi explicación de beneficios 129147744392', 'HEALTH_PLAN_ID', '129147744392'],
    ['visitor desk scanned my id, G31454755, and kept it', 'LICENSE_NUMBER', 'G31454755'],
    ['en el módulo de visitas escanearon mi identificación, E4374264', 'LICENSE_NUMBER', 'E4374264'],
    ['occ health wants a copy of my cdl, 052407605', 'LICENSE_NUMBER', '052407605'],
    ['sound processor t33ap76161 for the cochlear implant', 'DEVICE_ID', 't33ap76161'],
    ['la báscula del programa aj658080 no sincroniza', 'DEVICE_ID', 'aj658080'],
    ['donor id 3698844769 from the blood bank app', 'MRN', '3698844769'],
    ['número de empleado 307-708-763, para el antidoping', 'MRN', '307-708-763'],
    ['transplant waitlist id 053657486', 'MRN', '053657486'],
  ])('%s', (text, label, value) => {
    expect(found(text)).toContainEqual([label, value]);
  });

  test('a nearer keyword of another id owns the value, not the SSN word before it', () => {
    const text = 'social security number: 308957118, passport # 383450332, employer fax 691 677 5154';
    expect(found(text)).toEqual(expect.arrayContaining([['SSN', '308957118'], ['LICENSE_NUMBER', '383450332']]));
    const es = 'mi itin es 932644960, pasaporte 099885398';
    expect(found(es)).toEqual(expect.arrayContaining([['SSN', '932644960'], ['LICENSE_NUMBER', '099885398']]));
  });

  test.each<[string, Label, string]>([
    // whose it is ("del beneficiario") does not say what it is
    ['el de COBRA pidió el social del beneficiario 448604479', 'SSN', '448604479'],
    // someone's own number, a relative's number, a line place: phones
    ['sleep lab check-in sheet: my number is (643)586-0080', 'PHONE', '(643)586-0080'],
    ['cobra admin: my number is 814 438 8470', 'PHONE', '814 438 8470'],
    ['hola equipo, el numero de mi hijo (698) 763-0847 por si no contesto', 'PHONE', '(698) 763-0847'],
    ['call the patient at 555-201-7788 tomorrow', 'PHONE', '555-201-7788'],
    ['member services (800) 555-0199', 'PHONE', '(800) 555-0199'],
    ['el paciente, mi número de casa 6145550123', 'PHONE', '6145550123'],
  ])('keeps its label: %s', (text, label, value) => {
    expect(found(text)).toContainEqual([label, value]);
  });
});
