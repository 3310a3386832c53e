/**
 * Keyed identifiers written the way chat writes them: "MR#", plates after a plain vehicle word,
 * misspelt qualifiers after an exact keyword ("chart numbre"). And the near misses each must leave.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('keyed identifiers in chat spellings', () => {
  test.each<[string, Label, string]>([
    ['MR# F4542323', 'MRN', 'F4542323'],
    ['mr #7906053 since 2023', 'MRN', '7906053'],
    ['chart numbre 1935205', 'MRN', '1935205'],
    ['número de expediente clníico N7245983', 'MRN', 'N7245983'],
    ['hospital numer n8237221', 'MRN', 'n8237221'],
    ['no. de rgistro 00579434', 'MRN', '00579434'],
    ['patient account 001245754965', 'ACCOUNT_NUMBER', '001245754965'],
    ['car: OVS-4992, paid already', 'VEHICLE_ID', 'OVS-4992'],
    ['auto: hcf-712-n', 'VEHICLE_ID', 'hcf-712-n'],
    ['la troca ABI-99-06', 'VEHICLE_ID', 'ABI-99-06'],
    ['número de identificación vehicular lxj-621-m', 'VEHICLE_ID', 'lxj-621-m'],
    ['placas 5073 gpy', 'VEHICLE_ID', '5073 gpy'],
  ])('%s', (text, label, span) => {
    expect(found(text)).toContainEqual([label, span]);
  });

  test.each<[string, string]>([
    ['my car is a 2015 model', '2015'],
    ['the car 2 blocks away', '2'],
    ['the patient paid 45000 dollars', '45000'],
    ['placas 5073 por favor', 'por'],
    ['Mr. 2 is next', '2'],
  ])('near miss: %s', (text, part) => {
    expect(found(text).some(([, s]) => s.includes(part))).toBe(false);
  });
});

describe('street lines', () => {
  test.each<[string, string]>([
    ['home: 5931 klocko locks', '5931 klocko locks'],
    ['16126 Zulauf Key, Apopka 68223', '16126 Zulauf Key, Apopka 68223'],
    ['11602 Miller Pass, Topeka - on 2 puffs', '11602 Miller Pass, Topeka'],
    ['8139 n broadway, winston-salem 67093', '8139 n broadway, winston-salem 67093'],
    ['13236 hand loaf, apt 139, hoover', '13236 hand loaf, apt 139, hoover'],
    ['123 5th St', '123 5th St'],
    ['send it to 742 Evergreen Terrace Springfield', '742 Evergreen Terrace Springfield'],
    ['mailing address: 13907 cormier light fort worth nj 96430-8445', '13907 cormier light fort worth nj 96430-8445'],
    ['ova m. mills, 17844 breanne expressway palm desert me 95509-9905, x', '17844 breanne expressway palm desert me 95509-9905'],
  ])('%s', (text, span) => {
    expect(found(text)).toContainEqual(['ADDRESS', span]);
  });

  test.each<string>(['there are 2 ways to pay', 'we saw 12 parks today', 'I walked past 2 hills'])('a count before a street word is not an address: %s', (text) => {
    expect(found(text).filter(([l]) => l === 'ADDRESS')).toEqual([]);
  });
});

describe('identifiers without a keyword in sight', () => {
  test.each<[string, Label, string]>([
    ['Ana Ruiz\n03/04/1950\n00447852', 'MRN', '00447852'],
    ['B7800523', 'MRN', 'B7800523'],
    ['closest lab to 69986?', 'ADDRESS', '69986'],
    ['anything near 90210 please', 'ADDRESS', '90210'],
  ])('%j', (text, label, span) => {
    expect(found(text)).toContainEqual([label, span]);
  });

  test.each<string>(['order number\n12345678', 'walked up to 10000 steps', 'in 12345 ways', 'paid 12000.50 to 15000', '111111111'])('%j is left alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('phones and accounts in chat spellings', () => {
  test.each<[string, Label, string]>([
    ['Lucile Armstrong 28th of February 1930 961-6950 and my bp 170/73', 'PHONE', '961-6950'],
    ['lisa heidenreich\n24135 mckenzie manors\n6547255064', 'PHONE', '6547255064'],
    ['mi cuenta de banco 816042873483255735', 'ACCOUNT_NUMBER', '816042873483255735'],
    ['bililng # 003852881723', 'ACCOUNT_NUMBER', '003852881723'],
    ['originally from los angeles, new to the area', 'ADDRESS', 'los angeles'],
  ])('%j', (text, label, span) => {
    expect(found(text)).toContainEqual([label, span]);
  });

  test.each<string>(['we are open 830-1130', 'ref 555-1234', 'take 100-1000 mg', 'paid $250-1000', 'order 555-1234'])('%j is left alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('any other identifying number', () => {
  test.each<string>(['the number they gave me is 44807566, is that right?', 'es el 6696998 creo'])('%j: masked as an identifier', (text) => {
    expect(found(text).map(([l]) => l)).toEqual(['MRN']);
  });

  test.each<string>([
    'invoice inv 8226986 total $327.83',
    'got inv F968471 in the mail, already paid',
    'pharmacy says 62046-042-40 is out of stock',
    'el genérico es 94621-9319-4, es lo mismo?',
    'your code is 483920',
    'ref reporte #TCK-35408',
    'paid 1234567 pesos',
    'room 123456',
  ])('%j is left alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('devices named by what they are', () => {
  test.each<[string, string]>([
    ['MI DEXCOM 865834490133747 FALLA', '865834490133747'],
    ['hi team my dexcom 7701391151 keeps failing', '7701391151'],
    ['the insulin pump serial is PX4471923', 'PX4471923'],
  ])('%j', (text, span) => {
    expect(found(text)).toContainEqual(['DEVICE_ID', span]);
  });

  test.each<string>(['my meter reads 110 today', 'the monitor 4 says 98', 'im running 15 min late for my 2:30'])('%j is left alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('blind3 categories: ages, licences, accounts, plan ids and ZIPs said differently', () => {
  test.each<[string, Label, string]>([
    ['is 104 too old for a pacemaker', 'AGE_OVER_89', '104'],
    ['con 99 todavia maneja', 'AGE_OVER_89', '99'],
    ['muy buenas, carnet de conducir 621351658', 'LICENSE_NUMBER', '621351658'],
    ['Excuse me, state id A96038131', 'LICENSE_NUMBER', 'A96038131'],
    ['ok so direct deposit to 001234399406', 'ACCOUNT_NUMBER', '001234399406'],
    ['sub id 996575192, deductible $718', 'HEALTH_PLAN_ID', '996575192'],
    ['service area covers 69498?', 'ADDRESS', '69498'],
    ['mi zona postal es 05290, me toca esa clinica?', 'ADDRESS', '05290'],
    ['Buenas, residente Sofia Kanzaki de Almanza, 98, su hija al 604 602 613', 'AGE_OVER_89', '98'],
    ['HI resident steve littel, 90, room 12', 'AGE_OVER_89', '90'],
    ['96, female, fall at home', 'AGE_OVER_89', '96'],
    ['a los 91 ya no quiere operarse', 'AGE_OVER_89', '91'],
    ['my client is 98, the interpreter should speak slowly', 'AGE_OVER_89', '98'],
    ['paciente de 96, dolor de muela', 'AGE_OVER_89', '96'],
    ['insured id EBC503-872-729', 'HEALTH_PLAN_ID', 'EBC503-872-729'],
    ['the comp form wants the vehicle, VJI 7540', 'VEHICLE_ID', 'VJI 7540'],
    ['injured in the truck akq 8477', 'VEHICLE_ID', 'akq 8477'],
    ['my truck XCZ-5735 is in the VA lot', 'VEHICLE_ID', 'XCZ-5735'],
    ['the court wants my car info, 5KGZ086', 'VEHICLE_ID', '5KGZ086'],
    ['dialysis transport van ILQ 2993 never came', 'VEHICLE_ID', 'ILQ 2993'],
    ['VA vet Vivianne Homenick, 94, 22896 nina ports', 'AGE_OVER_89', '94'],
    ['wwi vet, ninety one, needs a ride', 'AGE_OVER_89', 'ninety one'],
    ['plates UWC-0117', 'VEHICLE_ID', 'UWC-0117'],
    ['is my pharmacy at 17886 Bosco Rest, Malden, NJ 51862 in network', 'ADDRESS', '17886 Bosco Rest, Malden, NJ 51862'],
    ['new addr 5123 N Main, Folsom, Rhode Island 11114 new cell', 'ADDRESS', '5123 N Main, Folsom, Rhode Island 11114'],
    ['is my pharmacy at 14194 college st., arlington heights, nm 85926 in network', 'ADDRESS', '14194 college st., arlington heights, nm 85926'],
  ])('%j', (text, label, span) => {
    expect(found(text)).toContainEqual([label, span]);
  });

  test.each<string>(['room 99 still dirty', 'i got 95 still', 'glucose 104 too high', 'room 12, 95, ok', 'I have 2 main concerns', 'a los 5 minutos se me pasó', 'the truck has 1234 miles', 'the van was late at 1230'])('%j is left alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

