/**
 * Record and plan numbers named by where they are written (wristband, sticker, hospital card, the
 * back of the insurance card, the insurer's name) instead of "MRN" / "member id"; fax numbers after
 * "fx", "faxeen" or a long connector; seven-digit numbers after "try my wife" / "hmu". And the near
 * misses each must leave alone.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('ids named by their carrier', () => {
  test.each<[string, Label, string]>([
    // MRN: the carrier before the value
    ['the number on my sticker is 0176497', 'MRN', '0176497'],
    ['my wristband says A1234567', 'MRN', 'A1234567'],
    ['hospital bracelet: 555-123-987', 'MRN', '555-123-987'],
    ['la pulsera dice 6696998, tomo 5mg', 'MRN', '6696998'],
    ['el brazalete tiene 00445566', 'MRN', '00445566'],
    ['my hospital id card says 00482913', 'MRN', '00482913'],
    ['la etiqueta del hospital dice 4829133', 'MRN', '4829133'],
    ['en el carnet del hospital sale 884502128 como a las 10', 'MRN', '884502128'],
    ['en el carnet del hospital sale 2306935547', 'MRN', '2306935547'],
    // MRN: abbreviations
    ['hosp no. 4454825954', 'MRN', '4454825954'],
    ['hosp # k7702805', 'MRN', 'k7702805'],
    ['EMR # 541-522-155 btw', 'MRN', '541-522-155'],
    ['ehr id 00849583', 'MRN', '00849583'],
    ['no. de paciente H9686955 como a las 1', 'MRN', 'H9686955'],
    ['num. del paciente 8449443', 'MRN', '8449443'],
    // the carrier after the value
    ['its B7800523 on my wristband around 1:15 pm', 'MRN', 'B7800523'],
    ['it is 407-527-818 on the hospital bracelet', 'MRN', '407-527-818'],
    ['es 44807566 en mi pulsera', 'MRN', '44807566'],
    ['its 00482913 on my hospital id card', 'MRN', '00482913'],
    ['its NJW584124735 on my card', 'HEALTH_PLAN_ID', 'NJW584124735'],
    ['it says 34928784H on my insurance card', 'HEALTH_PLAN_ID', '34928784H'],
    ['sale XBH122984201 en mi credencial', 'HEALTH_PLAN_ID', 'XBH122984201'],
    // health plan: card, insurer, Spanglish
    ['the number on the back is F478606460', 'HEALTH_PLAN_ID', 'F478606460'],
    ['# on the back of my insurance card is 98236170Z', 'HEALTH_PLAN_ID', '98236170Z'],
    ['back of the card says krm165-750-983', 'HEALTH_PLAN_ID', 'krm165-750-983'],
    ['el número de atrás de la credencial es 6621183535', 'HEALTH_PLAN_ID', '6621183535'],
    ['en la tarjeta del seguro sale 278775932 (y el orden 41234602)', 'HEALTH_PLAN_ID', '278775932'],
    ['mi aseguranza YKZ278907134', 'HEALTH_PLAN_ID', 'YKZ278907134'],
    ['mi aseguranza 531093487', 'HEALTH_PLAN_ID', '531093487'],
    ['número de la aseguranza 196198361t', 'HEALTH_PLAN_ID', '196198361t'],
    ['my bcbs id QWL564613996', 'HEALTH_PLAN_ID', 'QWL564613996'],
    ['aetna member id W123456789', 'HEALTH_PLAN_ID', 'W123456789'],
    ['mbr id MQZ478-857-359', 'HEALTH_PLAN_ID', 'MQZ478-857-359'],
    ['the id on my card is W123456789', 'HEALTH_PLAN_ID', 'W123456789'],
    ['number on the front of my insurance card: ABC123456789', 'HEALTH_PLAN_ID', 'ABC123456789'],
  ])('%s', (text, label, span) => {
    expect(found(text)).toContainEqual([label, span]);
  });

  test.each<[string, string]>([
    ['paid 12000 on my card', '12000'],
    ['$12000 on my card', '12000'],
    ['the sticker says 500 mg', '500'],
    ['the sticker says 25000 units', '25000'],
    ['the number on the back of the bottle is 123456', '123456'],
    ['i have had cigna since 2019', '2019'],
    ['my wristband 2 days ago', '2'],
    ['la pulsera dice 2024', '2024'],
    ['hosp no. 3 is closed', '3'],
    ['id on my card is 12', '12'],
  ])('near miss: %s', (text, part) => {
    expect(found(text).some(([, s]) => s.includes(part))).toBe(false);
  });

  test('a valid card number on "my card" stays a card number', () => {
    expect(found('put 4111111111111111 on my card')).toEqual([['CREDIT_CARD', '4111111111111111']]);
  });
});

describe('fax and seven-digit phone cues', () => {
  test.each<[string, Label, string]>([
    ['fx 291 623 8236', 'FAX', '291 623 8236'],
    ['FX +1 (207) 258-8394 EXT. 4088', 'FAX', '+1 (207) 258-8394 EXT. 4088'],
    ['faxeen los papeles al (33) 7986-0346', 'FAX', '(33) 7986-0346'],
    ['me lo faxearon del 55 1234 5678', 'FAX', '55 1234 5678'],
    ['qué onda, el fax de la clínica es 1-916-984-7752', 'FAX', '1-916-984-7752'],
    ['fax it to 555-333-4444', 'FAX', '555-333-4444'],
    ['P: 555-211-2222 F: 555-333-4444', 'FAX', '555-333-4444'],
    ['P: 555-211-2222 F: 555-333-4444', 'PHONE', '555-211-2222'],
    ['my nurse npi 2336326535 fax # 2253219123, thanks', 'FAX', '2253219123'],
    ['my nurse npi 2336326535 fax # 2253219123, thanks', 'NPI', '2336326535'],
    ['fax +1 831 405 0177 attention dr office', 'FAX', '+1 831 405 0177'],
    ['fax 555-111-2222, cell 555-333-4444', 'PHONE', '555-333-4444'],
    ['wrist fx last year, call 555-333-4444', 'PHONE', '555-333-4444'],
    ['if i dont pick up try my wife 209-1281', 'PHONE', '209-1281'],
    ['hmu 555-1234', 'PHONE', '555-1234'],
    ['háblale a mi hija al 555-1234', 'PHONE', '555-1234'],
  ])('%s', (text, label, span) => {
    expect(found(text)).toContainEqual([label, span]);
  });

  test.each<[string, string]>([
    ['try 2 tabs of 100-2000', '100-2000'],
    ['tracking number 9400 6830 4671 9596 7270 71 stuck', '9596'],
  ])('near miss: %s', (text, part) => {
    expect(found(text).some(([, s]) => s.includes(part))).toBe(false);
  });
});
