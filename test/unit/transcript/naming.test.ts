import { ArchiveNameError, idempotencyKey, normalizeArchiveDirectory, remoteName } from '../../../src/core/transcript/naming';

describe('remoteName', () => {
  test.each([
    ['/srv/archive', 'Room1', '2026-03-04T23:59:30Z', true, '/srv/archive/2026/03/04/Room1.json.pgp'],
    ['/srv/archive/', 'Room1', '2026-03-04T23:59:30Z', false, '/srv/archive/2026/03/04/Room1.json'],
    ['', 'Room1', '2026-12-31T23:59:59.999Z', false, '2026/12/31/Room1.json'],
    ['inbox//phi', 'aB3_x-Y', Date.parse('2027-01-01T00:00:00Z'), true, 'inbox/phi/2027/01/01/aB3_x-Y.json.pgp'],
    ['/', 'R', '2026-01-09T01:00:00+05:00', false, '/2026/01/08/R.json'],
  ])('%s + %s at %s (pgp %s) -> %s', (dir, room, closed, enc, expected) => {
    expect(remoteName(dir as string, room as string, closed as string, enc as boolean).path).toBe(expected);
  });

  test('the date is the UTC close date', () => {
    expect(remoteName('/a', 'R', new Date('2026-03-05T01:30:00+03:00'), false).directory).toBe('/a/2026/03/04');
  });

  test.each(['../etc', 'a/b', 'a b', '', 'x'.repeat(129), 'é'])('unsafe room id %p is refused', (id) => {
    expect(() => remoteName('/a', id, '2026-01-01T00:00:00Z', false)).toThrow(ArchiveNameError);
  });

  test.each(['/a/../b', './x', 'a/\u0000/b', 'a\\b'])('unsafe directory %p is refused', (dir) => {
    expect(() => normalizeArchiveDirectory(dir)).toThrow(ArchiveNameError);
  });
});

describe('idempotencyKey', () => {
  test('stable, distinct per room and per installation, not the bare room id', () => {
    const k = idempotencyKey('Room1', 'install-a');
    expect(k).toMatch(/^phic1-[0-9a-f]{64}$/);
    expect(idempotencyKey('Room1', 'install-a')).toBe(k);
    expect(idempotencyKey('Room2', 'install-a')).not.toBe(k);
    expect(idempotencyKey('Room1', 'install-b')).not.toBe(k);
    expect(k).not.toContain('Room1');
  });
  test('golden value (receivers may store it)', () => {
    expect(idempotencyKey('RoomGolden', 'install-golden')).toBe('phic1-' + require('crypto').createHash('sha256').update('phi-conduit/transcript/v1\ninstall-golden\nRoomGolden').digest('hex'));
  });
});
