/**
 * More words that say what kind a bare number is (clause words): inmates, bookings, research samples
 * and participants are numbered by an institution (MRN); a stipend, payout or refund goes to an
 * account; a holter, wound vac, transmitter or oximeter is a device. And values a keyword must not
 * take: a lot number ("lote de sensor"), an amount ("pump is 292.69 USD"), an IP address after a
 * device or phone word (the IP rule's). All values synthetic.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('clause words name more kinds', () => {
  test.each<[string, Label, string]>([
    ['jail intake: inmate number 000000123, release friday', 'MRN', '000000123'],
    ['número de interno 0000000456, sale el lunes', 'MRN', '0000000456'],
    ['booking number 000000789 at county', 'MRN', '000000789'],
    ['biobank sample id 0000000012 consented', 'MRN', '0000000012'],
    ['el participante del estudio 000000345 faltó', 'MRN', '000000345'],
    ['send the stipend to 000000678 please', 'ACCOUNT_NUMBER', '000000678'],
    ['el reembolso va a 0000000901', 'ACCOUNT_NUMBER', '0000000901'],
    ['loaner holter from rehab zq000123', 'DEVICE_ID', 'zq000123'],
    ['wound vac QZ000456 keeps alarming', 'DEVICE_ID', 'QZ000456'],
    ['cgm transmitter QZX-00011-Q died early', 'DEVICE_ID', 'QZX-00011-Q'],
    ['school clinic tablet 10.0.254.86 cant reach the portal', 'IP_ADDRESS', '10.0.254.86'],
    ['la tableta de la clínica 172.16.0.71 no conecta', 'IP_ADDRESS', '172.16.0.71'],
    ['pump company on the phone: 155.89.5.95', 'IP_ADDRESS', '155.89.5.95'],
    // near misses for the new words: phones stay phones
    ['call the inmate line at 555-201-7788', 'PHONE', '555-201-7788'],
    ['teléfono interno 555 201 7788', 'PHONE', '555 201 7788'],
    ['phone 555.201.7788 after 5', 'PHONE', '555.201.7788'],
  ])('%s', (text, label, value) => {
    expect(found(text)).toContainEqual([label, value]);
  });

  test.each([
    ['(lote de sensor 0000817)', '0000817'],
    ['sensor lot 0000817 was recalled', '0000817'],
    ['batch del monitor 0000555 retirado', '0000555'],
    ['pump is 292.69 USD without insurance', '292.69'],
    ['el monitor cuesta 1500.50 pesos', '1500.50'],
  ])('not an id: %s', (text, value) => {
    expect(found(text).map(([, v]) => v)).not.toContain(value);
  });

  test('a serial after a device word stays a device id', () => {
    expect(found('pump serial 0000012345 is on the back')).toContainEqual(['DEVICE_ID', '0000012345']);
  });
});

describe('social workers, schools, bands, coverage; codes and cards', () => {
  test.each<[string, Label, string]>([
    ['número de caso con mi trabajadora social 000135167', 'MRN', '000135167'],
    ['numero de caso con la trabajadora social 000001', 'MRN', '000001'],
    ['matrícula escolar 000539852 para la enfermería', 'MRN', '000539852'],
    ['student id 0000542523 for the school nurse', 'MRN', '0000542523'],
    ['nicu: baby of test, band 0000786728, dad at home', 'MRN', '0000786728'],
    ['is the CGM covered on QZ0000472-98', 'HEALTH_PLAN_ID', 'QZ0000472-98'],
    // a 19-digit Visa number grouped 4-4-4-4-3
    ['the ride company charged 4638 7719 0058 0490 069 for a no-show', 'CREDIT_CARD', '4638 7719 0058 0490 069'],
    // the SSN word without a worker stays an SSN
    ['su seguro social 000-00-0000', 'SSN', '000-00-0000'],
  ])('%s', (text, label, value) => {
    expect(found(text)).toContainEqual([label, value]);
  });

  test.each([
    ['handheld spirometer for the home readings (0002-1433-80)', '0002-1433-80'],
    ['cel de la farmacia, ndc 50242-040-62', '50242-040-62'],
    ['ride confimation 7731946 for tuesday', '7731946'],
    ['trackng 9400123456 from the pharmacy', '9400123456'],
  ])('not PHI: %s', (text, value) => {
    expect(found(text).some(([, v]) => v.includes(value))).toBe(false);
  });

  test('a verb next to a not-PHI noun does not hide an id', () => {
    expect(found('las bolsas de ostomía se facturan a QZ0000067').map(([, v]) => v)).toContain('QZ0000067');
  });
});
