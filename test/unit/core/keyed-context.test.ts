/**
 * Identifiers named by their context rather than by a plain keyword: whose or what for ("licencia de
 * conducir de mi mamá", "passport # for the medical tourism trip"), the thing that carries or is the
 * number (bed tag, discharge sheet, the cpap they gave me, a visitor pass for a car), the patient or
 * a hospital case, certification and state ids, Medicare Part D and claim numbers. And the near
 * misses each must leave: the same words before quantities, IPs, counts, tickets and names.
 * All values are synthetic.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';
import { creditCardValid } from '../../../src/core/validators';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('ids named by context', () => {
  test.each<[string, Label, string]>([
    // an owner or purpose phrase between keyword and value, accented words included
    ['licencia de conducir de mi mamá f1766131 !!', 'LICENSE_NUMBER', 'f1766131'],
    ['el pasaporte pa el viaje médico q569-8454-5372', 'LICENSE_NUMBER', 'q569-8454-5372'],
    ['passport # for the medical tourism trip W5583953', 'LICENSE_NUMBER', 'W5583953'],
    ['número de afiliado del seguro dental OKF013-953-852', 'HEALTH_PLAN_ID', 'OKF013-953-852'],
    ['el carro de la enfermera FQN-122-B tapó mi cochera', 'VEHICLE_ID', 'FQN-122-B'],
    ['record no. 037022503, the crown alone was $855', 'MRN', '037022503'],
    ['ss# of the subscriber 497242142 and they coded icd-10 e78.5', 'SSN', '497242142'],
    ['regresen el pago a mi cuenta de cheques 001260197452', 'ACCOUNT_NUMBER', '001260197452'],
    // certifications and state ids are licences
    ['interpreter cert number B80065617', 'LICENSE_NUMBER', 'B80065617'],
    ['numero de certificacion del interprete D53583980', 'LICENSE_NUMBER', 'D53583980'],
    ['state issued id P8738931', 'LICENSE_NUMBER', 'P8738931'],
    // Medicare Part D, claim numbers, the card it was read from
    ['part d id x778625923', 'HEALTH_PLAN_ID', 'x778625923'],
    ['id de la parte D 07817929U', 'HEALTH_PLAN_ID', '07817929U'],
    ['WC claim # ZVI370043530', 'HEALTH_PLAN_ID', 'ZVI370043530'],
    ['from the card: JYM443180357 (tooth #14 btw)', 'HEALTH_PLAN_ID', 'JYM443180357'],
    // where the record number is carried, the patient, a hospital case
    ['bed tag reads 835830831', 'MRN', '835830831'],
    ['la etiqueta de la cama dice 132903078', 'MRN', '132903078'],
    ['the long number at the top of my discharge sheet, 579033487', 'MRN', '579033487'],
    ['DME order for patient 00399902', 'MRN', '00399902'],
    ['orden de equipo para el paciente L8671587', 'MRN', 'L8671587'],
    ['case # 278560 from the hospital social worker', 'MRN', '278560'],
    ['numero de caso del hospital 3109285', 'MRN', '3109285'],
    // a medical-leave or disability case is the patient's
    ['FMLA case B5820832 after 6am works best', 'MRN', 'B5820832'],
    ['caso FMLA 4274156', 'MRN', '4274156'],
    ['disability case # 33207155 still open', 'MRN', '33207155'],
    // a device named by what it is
    ['the telehealth tablet L93NA27537 wont turn on', 'DEVICE_ID', 'L93NA27537'],
    ['cpap from the DME co, device RD770649', 'DEVICE_ID', 'RD770649'],
    ['el cpap que me dieron BF241909 hace ruido', 'DEVICE_ID', 'BF241909'],
    ['vaccine fridge logger 868360414009018 alarmed', 'DEVICE_ID', '868360414009018'],
    // vehicles: a tag, an ambulance unit, a pass for a car
    ['vehicle tag DVM-3945', 'VEHICLE_ID', 'DVM-3945'],
    ['ambulance unit VMI 3449 hit our gate', 'VEHICLE_ID', 'VMI 3449'],
    ['visitor pass for 9WNZ152, nursing home lot', 'VEHICLE_ID', '9WNZ152'],
    // a plate in a clause about a car, however far the vehicle word
    ['the valet has my keys, OJS-4820', 'VEHICLE_ID', 'OJS-4820'],
    ['el permiso de estacionamiento es para 4004 jyb', 'VEHICLE_ID', '4004 jyb'],
    ['estacionamiento de visitas - carro gris JPT-58-57', 'VEHICLE_ID', 'JPT-58-57'],
    ['parking permit is for 1AZL126, lot B', 'VEHICLE_ID', '1AZL126'],
    // where the id is printed, between the keyword and the value
    ['la licencia del podólogo en el recibo BR1717199 !!', 'LICENSE_NUMBER', 'BR1717199'],
    ['the podiatrist license # on the receipt FB6486179', 'LICENSE_NUMBER', 'FB6486179'],
    ['policy # on the letter AB1234567, is that right?', 'HEALTH_PLAN_ID', 'AB1234567'],
    // a licence's kind, and the value set off by a comma
    ['salud ocupacional pide mi licencia federal, m06998', 'LICENSE_NUMBER', 'm06998'],
    ['occ health wants a copy of my CDL, 488500', 'LICENSE_NUMBER', '488500'],
    ['commercial license no. D1234567 expired', 'LICENSE_NUMBER', 'D1234567'],
  ])('%s', (text, label, span) => {
    expect(found(text)).toContainEqual([label, span]);
  });

  test.each<[string, Label]>([
    ['alguien entró a mi cuenta de la farmacia desde 192.0.2.44', 'ACCOUNT_NUMBER'],
    ['support case # 4455667 for the app login', 'MRN'],
    ['I will leave case # 4455667 with IT support', 'MRN'],
    ['patient 2 of 3 is done', 'MRN'],
    ['take one tablet 25000 units daily', 'DEVICE_ID'],
    ['visitor pass for Ana, she comes at 3', 'VEHICLE_ID'],
    ['ambulance unit 12 arrived', 'VEHICLE_ID'],
    ['car registration renewal is $85', 'VEHICLE_ID'],
    ['el seguro de gastos médicos 2024 cubre dental?', 'HEALTH_PLAN_ID'],
    ['the discharge sheet says take 500 mg', 'MRN'],
    ['licencia de conducir vence el 12 de marzo', 'LICENSE_NUMBER'],
    ['el seguro del trabajo paga 50/50?', 'HEALTH_PLAN_ID'],
    ['my insurance covers 80/20 after the deductible', 'HEALTH_PLAN_ID'],
    ['the parking attendant said my validation expired (AHI 32 btw)', 'VEHICLE_ID'],
    ['my car payment is 350 a month', 'VEHICLE_ID'],
    ['the car seat we got is the 2024 model', 'VEHICLE_ID'],
    ['valet parking costs 15 dollars', 'VEHICLE_ID'],
    // a comma after a keyword sets off only an id-looking value
    ['I am a member, 2024 was a great year for the gym', 'HEALTH_PLAN_ID'],
    ['bring your license, 2 forms of id and the copay', 'LICENSE_NUMBER'],
    ['the license in the car expired in 2023', 'LICENSE_NUMBER'],
  ])('near miss: %s (no %s)', (text, label) => {
    expect(found(text).filter(([l]) => l === label)).toEqual([]);
  });

  test('a well-formed SSN after "keyword," stays an SSN', () => {
    expect(found('es por una disputa con el seguro, 841-69-3648')).toContainEqual(['SSN', '841-69-3648']);
  });

  test('an IP after an account phrase stays an IP', () => {
    expect(found('alguien entró a mi cuenta de la farmacia desde 192.0.2.44')).toContainEqual(['IP_ADDRESS', '192.0.2.44']);
  });
});

describe('card lengths by issuer', () => {
  test.each<[string, boolean]>([
    ['378282246310005', true], // Amex, 15
    ['4111111111111111', true], // Visa, 16
    ['490154203237518', false], // Luhn, 15 digits, Visa prefix: an IMEI
    ['356938035643809', false], // Luhn, 15 digits, JCB prefix: an IMEI
    ['5555555555554444', true],
  ])('%s → %s', (v, ok) => expect(creditCardValid(v)).toBe(ok));
});
