import {
  abaValid, creditCardValid, deaValid, ibanValid, imeiValid, ipv4Valid, ipv6Valid, luhnValid, mbiValid, npiValid,
  ssnKind, vinCheckDigitValid,
} from '../../../src/core/validators';
import { makeCard, makeNpi, makeSsn } from './fixtures';

describe('checksum validators', () => {
  test.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['79927398710', false],
  ])('luhn %s → %s', (v, ok) => expect(luhnValid(v)).toBe(ok));

  test.each([
    ['4111 1111 1111 1111', true],
    ['5555-5555-5555-4444', true],
    ['378282246310005', true],
    ['4111 1111 1111 1112', false],
    ['1234 5678 9012 3456', false],
    ['0000 0000 0000 0000', false],
    [makeCard(1), true],
    [makeCard(2), true],
  ])('credit card %s → %s', (v, ok) => expect(creditCardValid(v)).toBe(ok));

  test.each([
    ['DE89 3704 0044 0532 0130 00', true],
    ['de89370400440532013000', true],
    ['GB82 WEST 1234 5698 7654 32', true],
    ['DE89 3704 0044 0532 0130 01', false],
    ['DE89 3704 0044 0532 0130', false],
    ['XX89 3704 0044 0532 0130 00', false],
  ])('IBAN %s → %s', (v, ok) => expect(ibanValid(v)).toBe(ok));

  test.each([
    ['1234567893', true],
    ['1234567890', false],
    ['3234567893', false],
    [makeNpi(7), true],
    [makeNpi(8), true],
  ])('NPI %s → %s', (v, ok) => expect(npiValid(v)).toBe(ok));

  test.each([
    ['AB1234563', true],
    ['ab1234563', true],
    ['AB1234564', false],
    ['ZB1234563', false],
  ])('DEA %s → %s', (v, ok) => expect(deaValid(v)).toBe(ok));

  test.each([
    ['1M8GDM9AXKP042788', true],
    ['1M8GDM9A1KP042788', false],
    ['1M8GDM9AXKP04278', false],
  ])('VIN check digit %s → %s', (v, ok) => expect(vinCheckDigitValid(v)).toBe(ok));

  test.each([
    ['490154203237518', true],
    ['49-015420-323751-8', true],
    ['490154203237519', false],
  ])('IMEI %s → %s', (v, ok) => expect(imeiValid(v)).toBe(ok));

  test.each([
    ['011000015', true],
    ['021000021', true],
    ['011000016', false],
  ])('ABA %s → %s', (v, ok) => expect(abaValid(v)).toBe(ok));
});

describe('SSN / ITIN rules', () => {
  test.each([
    [makeSsn(1), 'ssn'],
    [makeSsn(2, ''), 'ssn'],
    [makeSsn(3, ' '), 'ssn'],
    ['000-12-3456', null],
    ['666-12-3456', null],
    ['123-00-4567', null],
    ['123-45-0000', null],
    ['900-70-1234', 'itin'],
    ['912-93-1234', null],
    ['999-99-9999', 'itin'],
    ['900-45-1234', null],
  ])('%s → %s', (v, kind) => expect(ssnKind(v)).toBe(kind));
});

describe('MBI', () => {
  test.each([
    ['1EG4-TE5-MK73', true],
    ['1EG4TE5MK73', true],
    ['1eg4-te5-mk73', true],
    ['0EG4-TE5-MK73', false], // first position 1-9
    ['1SG4-TE5-MK73', false], // S excluded
    ['1EG4-TE5-MK7', false],
    ['1EGA-TE5-MK73', false], // position 4 numeric
  ])('%s → %s', (v, ok) => expect(mbiValid(v)).toBe(ok));
});

describe('IP addresses', () => {
  test.each([
    ['192.0.2.1', true],
    ['255.255.255.255', true],
    ['256.1.1.1', false],
    ['01.2.3.4', false],
    ['1.2.3', false],
  ])('IPv4 %s → %s', (v, ok) => expect(ipv4Valid(v)).toBe(ok));

  test.each([
    ['2001:db8::1', true],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', true],
    ['::ffff:192.0.2.128', true],
    ['fe80::1ff:fe23:4567:890a', true],
    ['2001:db8::1::2', false],
    ['10:30:15', false],
    ['12345::1', false],
  ])('IPv6 %s → %s', (v, ok) => expect(ipv6Valid(v)).toBe(ok));
});
