/**
 * Plates after the names of more kinds of vehicle (minivan, bus, coach, shuttle, camión, taxi) and
 * after a colour or an owner between ("minivan gris XX-00-00", "farm bus 0abc000"); a vehicle word
 * with a plate after a street ends the address there ("..., van ABC 1234, pay ..."), while a place
 * whose name starts with Van stays a place. Near misses: times, route numbers, words. All synthetic.
 */
import { detect } from '../../../src/core/engine';
import type { Label } from '../../../src/core/types';

function found(text: string): Array<[Label, string]> {
  return detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
}

describe('vehicle words name plates', () => {
  test.each<[string, string]>([
    ['the minivan QQX 0001 is outside', 'QQX 0001'],
    ['la app dice minivan blanca zzq-00-01', 'zzq-00-01'],
    ['church bus 0xyz001 picks us up', '0xyz001'],
    ['mobile dental coach QZX 0002 parked by the gym', 'QZX 0002'],
    ['the hotel shuttle ZZQ-0003 leaves at noon', 'ZZQ-0003'],
    ['el camión de la cooperativa QXZ-000-Q llega tarde', 'QXZ-000-Q'],
    ['el autobús escolar XQZ-00-02', 'XQZ-00-02'],
    ['taxi QQZ 0004 is waiting downstairs', 'QQZ 0004'],
  ])('%s', (text, value) => {
    expect(found(text)).toContainEqual(['VEHICLE_ID', value]);
  });

  test('a vehicle after a street address is not part of it', () => {
    const text = 'ride from 100 Test Street, Sampletown, QQ 00000, van XQQ 0005, pay later';
    expect(found(text)).toContainEqual(['VEHICLE_ID', 'XQQ 0005']);
    const upper = 'RIDE FROM 100 TEST ST, VAN QXX 0006, PAY LATER';
    expect(found(upper)).toContainEqual(['VEHICLE_ID', 'QXX 0006']);
  });

  test('a place named Van stays a place', () => {
    const text = 'mail it to 100 Test Street, Van Nuys 91405';
    expect(found(text).some(([l, v]) => l === 'ADDRESS' && v.includes('Van Nuys'))).toBe(true);
  });

  test.each([
    'the shuttle leaves at 1030 from the lobby',
    'take bus 42 to the clinic',
    'el camión pasa a las 10:30 por la plaza',
    'the coach said practice is at 5pm, 2 hours',
    'taxi fare was 25 dollars',
  ])('no plate: %s', (text) => {
    expect(detect(text).filter((f) => f.type === 'VEHICLE_ID')).toEqual([]);
  });
});
