/**
 * Table tests per label: positives (label and exact span), negatives and near misses (look-alikes
 * that are not PHI). Values are synthetic (generated to validate, fiction phone ranges, example.org).
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';
import { group4, makeCard, makeNpi, makeSsn } from './fixtures';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

function expectFinding(text: string, label: Label, span: string): void {
  expect(found(text)).toContainEqual([label, span]);
}

const SSN = makeSsn(11);
const SSN_BARE = makeSsn(12, '');
const CARD = makeCard(5);
const NPI = makeNpi(3);

describe('positives: label and span (prefixes outside, extensions inside)', () => {
  test.each<[string, Label, string]>([
    // SSN / ITIN
    [`my ssn is ${SSN}`, 'SSN', SSN],
    [`SSN: ${SSN_BARE}`, 'SSN', SSN_BARE],
    [`seguro social ${makeSsn(13, ' ')}`, 'SSN', makeSsn(13, ' ')],
    ['ITIN 912-70-1234 please', 'SSN', '912-70-1234'],
    // phones and fax
    ['call me at (212) 555-0134 ext 22', 'PHONE', '(212) 555-0134 ext 22'],
    ['cell 212.555.0199', 'PHONE', '212.555.0199'],
    ['+1 415 555 0100 is my number', 'PHONE', '+1 415 555 0100'],
    ['marcame al +52 55 1234 5678', 'PHONE', '+52 55 1234 5678'],
    ['mi cel (33) 1234-5678', 'PHONE', '(33) 1234-5678'],
    ['llámame al 612 345 678', 'PHONE', '612 345 678'],
    ['fax: 212-555-0177', 'FAX', '212-555-0177'],
    // email and URLs
    ['write to jane.doe+rx@example.org please', 'EMAIL', 'jane.doe+rx@example.org'],
    ['jane at example dot com', 'EMAIL', 'jane at example dot com'],
    ['ana [at] example [dot] org', 'EMAIL', 'ana [at] example [dot] org'],
    ['ana arroba example punto com', 'EMAIL', 'ana arroba example punto com'],
    ['see https://portal.example.org/p/123, thanks', 'URL', 'https://portal.example.org/p/123'],
    ['go to www.example.com.', 'URL', 'www.example.com'],
    ['my page example.org/u/ana', 'URL', 'example.org/u/ana'],
    // a web address after the word "at" is a URL, not an obfuscated email
    ['photos at www.example-giggle.info (AHI 32 btw)', 'URL', 'www.example-giggle.info'],
    ['appeal status at WWW.example.biz still says received', 'URL', 'WWW.example.biz'],
    // network and devices
    ['ip 192.0.2.44 blocked', 'IP_ADDRESS', '192.0.2.44'],
    ['from 2001:db8::8a2e:370:7334 today', 'IP_ADDRESS', '2001:db8::8a2e:370:7334'],
    ['mapped ::ffff:192.0.2.128 here', 'IP_ADDRESS', '::ffff:192.0.2.128'],
    ['MAC 00:1A:2B:3C:4D:5E', 'DEVICE_ID', '00:1A:2B:3C:4D:5E'],
    ['mac 001a.2b3c.4d5e', 'DEVICE_ID', '001a.2b3c.4d5e'],
    ['IMEI 490154203237518', 'DEVICE_ID', '490154203237518'],
    ['UDI (01)00844588003288(17)141120(10)7654321D', 'DEVICE_ID', '(01)00844588003288(17)141120(10)7654321D'],
    ['pump serial # SN4471-QX', 'DEVICE_ID', 'SN4471-QX'],
    // payment
    [`card ${group4(CARD)}`, 'CREDIT_CARD', group4(CARD)],
    [`tarjeta ${group4(CARD, '-')}`, 'CREDIT_CARD', group4(CARD, '-')],
    [`pay with ${CARD}`, 'CREDIT_CARD', CARD],
    ['IBAN DE89 3704 0044 0532 0130 00 para ana', 'IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['iban de89370400440532013000', 'IBAN', 'de89370400440532013000'],
    ['routing 011000015 and account 123456789012', 'ACCOUNT_NUMBER', '011000015'],
    ['routing 011000015 and account 123456789012', 'ACCOUNT_NUMBER', '123456789012'],
    ['número de cuenta 0012-3456-78', 'ACCOUNT_NUMBER', '0012-3456-78'],
    // health ids
    [`NPI ${NPI}`, 'NPI', NPI],
    ['MRN: 48213377', 'MRN', '48213377'],
    ['chart # A1234567', 'MRN', 'A1234567'],
    ['expediente 00123456', 'MRN', '00123456'],
    ['member id is XK-99812-3', 'HEALTH_PLAN_ID', 'XK-99812-3'],
    ['mi póliza es POL778812', 'HEALTH_PLAN_ID', 'POL778812'],
    ['medicare 1EG4-TE5-MK73', 'HEALTH_PLAN_ID', '1EG4-TE5-MK73'],
    ['mbi 1eg4te5mk73', 'HEALTH_PLAN_ID', '1eg4te5mk73'],
    ['medicare claim number 123456789A', 'HEALTH_PLAN_ID', '123456789A'],
    ['membr id E140749401', 'HEALTH_PLAN_ID', 'E140749401'],
    // licences, vehicles
    ['DEA AB1234563', 'LICENSE_NUMBER', 'AB1234563'],
    ['drivers license D1234567', 'LICENSE_NUMBER', 'D1234567'],
    ['RN license 77123', 'LICENSE_NUMBER', '77123'],
    ['pasaporte G12345678', 'LICENSE_NUMBER', 'G12345678'],
    ['VIN 1M8GDM9AXKP042788', 'VEHICLE_ID', '1M8GDM9AXKP042788'],
    ['plate # ABC 1234', 'VEHICLE_ID', 'ABC 1234'],
    ['matrícula 1234 BCD', 'VEHICLE_ID', '1234 BCD'],
  ])('%s → %s', (text, label, span) => expectFinding(text, label, span));
});

describe('dates and ages', () => {
  test.each<[string, string]>([
    ['DOB 03/04/1985', '03/04/1985'],
    ['born 04.03.85', '04.03.85'],
    ['on 1985-03-04', '1985-03-04'],
    ['seen 3/4 at noon', '3/4'],
    ['March 4th, 1985 was the day', 'March 4th, 1985'],
    ['Mar. 4 works', 'Mar. 4'],
    ['the 4th of March 2020', '4th of March 2020'],
    ['nací el 4 de marzo de 1985', '4 de marzo de 1985'],
    ['el 1ro de mayo', '1ro de mayo'],
    ['since March 2024', 'March 2024'],
    ['desde marzo de 2024', 'marzo de 2024'],
    ['on 4-Mar-2024', '4-Mar-2024'],
    ['exp 03/2027', '03/2027'],
  ])('DATE %s → %s', (text, span) => expectFinding(text, 'DATE', span));

  test.each<[string, string]>([
    ['she is 92 years old', '92'],
    ['a 97-year-old man', '97'],
    ["she's ninety-one", 'ninety-one'],
    ['edad 93', '93'],
    ['tiene 95 años', '95'],
    ['cumplió noventa y dos', 'noventa y dos'],
    ['age: 101', '101'],
  ])('AGE_OVER_89 %s → %s', (text, span) => expectFinding(text, 'AGE_OVER_89', span));
});

describe('addresses: one span for a contiguous address', () => {
  test.each<[string, string]>([
    ['I live at 742 Evergreen Terrace, Springfield, IL 62704.', '742 Evergreen Terrace, Springfield, IL 62704'],
    ['ship to 12 oak st apt 4, springfield', '12 oak st apt 4, springfield'],
    ['PO Box 1234, Austin, TX 78701', 'PO Box 1234, Austin, TX 78701'],
    ['envíenlo a Calle Juárez número 23', 'Calle Juárez número 23'],
    ['Av. Reforma #120, Col. Centro, C.P. 06700, Ciudad de México', 'Av. Reforma #120, Col. Centro, C.P. 06700, Ciudad de México'],
    ['C/ Mayor, 5, 2º B, 28013 Madrid', 'C/ Mayor, 5, 2º B, 28013 Madrid'],
    ['apartado postal 55, León', 'apartado postal 55, León'],
    ['I live in Springfield now', 'Springfield'],
    ['vivo en guadalajara', 'guadalajara'],
    ['zip code 90210', '90210'],
  ])('ADDRESS %s → %s', (text, span) => expectFinding(text, 'ADDRESS', span));
});

describe('names: titles and credentials outside the span', () => {
  test.each<[string, string]>([
    ['my name is Maria Garcia', 'Maria Garcia'],
    ['hi, my name is john smith', 'john smith'],
    ['me llamo josé luis ramírez', 'josé luis ramírez'],
    ['Dr. Patel will see you', 'Patel'],
    ['seen by Jane Doe, MD yesterday', 'Jane Doe'],
    ['please call my son Tommy', 'Tommy'],
    ['mi hija Lucía tiene fiebre', 'Lucía'],
    ['thanks, Ana', 'Ana'],
    ['this is Will Turner, calling about my bill', 'Will Turner'],
    ['paciente MARÍA DEL CARMEN CORRAL', 'MARÍA DEL CARMEN CORRAL'],
    ['Boyd G. Rutherford called', 'Boyd G. Rutherford'],
    ['nombre: ana maría lópez', 'ana maría lópez'],
  ])('PERSON %s → %s', (text, span) => expectFinding(text, 'PERSON', span));
});

describe('negatives and near misses: no PHI found', () => {
  test.each<[string]>([
    ['nothing sensitive here, just the 500 mg dose'],
    ['take 1/2 tab twice a day'],
    ['bp 120/80 this morning'],
    ['pain 8/10 today'],
    ['el dolor es de 9/10 hoy'],
    ['order #55512345 never came'],
    ['tracking number 1Z999AA10123456784'],
    ['invoice 20231234 paid'],
    ['NDC 0002-1433-80'],
    ['CPT 99213 was billed'],
    ['ICD-10 E11.9 on file'],
    ['the copay was $1,234.56'],
    ['A1c 6.5 and glucose 120 mg/dL'],
    ['app version 2.3.1 crashes'],
    ['iOS 17.1 is buggy'],
    ['plan Gold PPO 2500 covers it'],
    ['since 2015'],
    ["I'm 45 and healthy"],
    ['tengo 67 años'],
    ['see you at 3:30 pm'],
    ['call on Monday'],
    ['for 3 days'],
    ['I live in Texas'],
    ['I will call you tomorrow'],
    ['I hope it is fine'],
    ['there is a grace period'],
    ['may I ask a question?'],
    ['mark it on the calendar'],
    ['my bill is high'],
    ['tengo dolores de cabeza'],
    ['se fue la luz'],
    ['50/50 chance'],
    ['I walked 10000 steps'],
    ['doctor said 20mg for 48 hours then stop'],
    ['I walk 3 blocks down the road'],
  ])('%s', (text) => expect(found(text)).toEqual([]));
});
