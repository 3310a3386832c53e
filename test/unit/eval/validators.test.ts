import {
  abaValid, creditCardValid, deaValid, ibanValid, imeiValid, itinValid, luhnValid, mbiValid, npiValid, ssnValid, vinValid,
} from '../../../eval/validators';

describe('independent validators (published examples)', () => {
  test.each([
    ['Luhn', luhnValid, '4111111111111111', '4111111111111112'],
    ['card', creditCardValid, '3782 822463 10005', '3782 822463 10006'],
    ['IBAN GB', ibanValid, 'GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 33'],
    ['IBAN DE', ibanValid, 'DE89370400440532013000', 'DE89370400440532013001'],
    ['NPI', npiValid, '1234567893', '1234567890'],
    ['DEA', deaValid, 'AB1234563', 'AB1234564'],
    ['VIN', vinValid, '1HGCM82633A004352', '1HGCM82643A004352'],
    ['IMEI', imeiValid, '490154203237518', '490154203237517'],
    ['MBI dashed', mbiValid, '1EG4-TE5-MK73', '1EG4-TE5-MK7S'],
    ['MBI lower', mbiValid, '1eg4te5mk73', '0EG4TE5MK73'],
    ['ABA', abaValid, '021000021', '021000022'],
    ['SSN', ssnValid, '123-45-6789', '666-45-6789'],
    ['ITIN', itinValid, '912-70-1234', '912-93-1234'],
  ] as const)('%s', (_name, validate, good, bad) => {
    expect(validate(good)).toBe(true);
    expect(validate(bad)).toBe(false);
  });

  test.each(['000-12-3456', '900-12-3456', '123-00-4567', '123-45-0000'])('invalid SSN %s', (v) => {
    expect(ssnValid(v)).toBe(false);
  });

  test.each(['1SG4TE5MK73', '1EL4TE5MK73', '1EG4TO5MK73', '1EG4TE5MI73', '1EG4TE5MB73', '1EG4TE5MZ73'])('MBI with an excluded letter %s', (v) => {
    expect(mbiValid(v)).toBe(false);
  });
});
