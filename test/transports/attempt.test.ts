/**
 * runArchiveAttempt end to end against real sshd, a real HTTPS receiver and gpg: retries after a
 * receiver failure, and several "Rocket.Chat instances" attempting the same room at once (shared
 * store, separate transports) leave exactly one copy per destination.
 */
import { readdirSync, readFileSync } from 'fs';
import { parseArchiveConfig, type ArchiveConfig } from '../../src/core/archive/config';
import { mayPurge } from '../../src/core/archive/delivery';
import { buildTranscript } from '../../src/core/transcript/model';
import { MemoryArchiveJobStore, runArchiveAttempt } from '../../src/transports/attempt';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import { makeTestPki, startHttpsReceiver, type HttpsReceiver, type TestPki } from '../support/servers/https';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { syntheticMessages, syntheticRoom } from '../support/servers/synthetic';

jest.setTimeout(60_000);

const SECRET = 'attempt-test-secret-0123456789abcdef012345';
let sshd: SshdServer;
let pki: TestPki;
let gpg: GpgHome;
const receivers: HttpsReceiver[] = [];

beforeAll(async () => {
  sshd = await startSshd();
  pki = makeTestPki();
  gpg = makeGpgHome('future-default');
});

afterAll(async () => {
  for (const r of receivers) await r.stop();
  await sshd?.stop();
  pki?.cleanup();
  gpg?.stop();
});

async function setup(sub: string, failNext = 0): Promise<{ config: ArchiveConfig; receiver: HttpsReceiver }> {
  const receiver = await startHttpsReceiver({ pki, hmacSecret: SECRET, failNext });
  receivers.push(receiver);
  const r = parseArchiveConfig({
    archive_transport: 'both',
    archive_sftp_host: sshd.host, archive_sftp_port: String(sshd.port), archive_sftp_username: sshd.username,
    archive_sftp_private_key: sshd.client.privateKey, archive_sftp_host_fingerprint: sshd.hostFingerprint,
    archive_sftp_directory: `${sshd.archiveRoot}/${sub}`,
    archive_https_url: receiver.url, archive_https_ca_pem: pki.caPem, archive_https_hmac_secret: SECRET,
    archive_pgp_public_key: gpg.armoredPublicKey, archive_retry_days: '2',
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { config: r.config, receiver };
}

test('a failed destination is retried after its backoff; the job ends delivered with two receipts', async () => {
  const { config, receiver } = await setup('retry', 1);
  const room = syntheticRoom('RoomAttempt0000001');
  const store = new MemoryArchiveJobStore();
  let clock = Date.parse('2026-03-05T00:00:00Z');
  const params = {
    roomId: room.id, config, installId: 'install-attempt', store, now: () => clock, random: () => 0.5,
    loadTranscript: async () => buildTranscript(room, syntheticMessages(room.id, 12)),
  };
  const first = await runArchiveAttempt(params);
  expect(first.attempted).toBe(true);
  expect(first.job).toMatchObject({ state: 'pending', attempts: 1, lastErrorCode: 'HTTPS_STATUS' });
  expect(Object.keys(first.job.receipts)).toEqual(['sftp']);
  expect((await runArchiveAttempt(params)).attempted).toBe(false); // not due yet
  clock = first.job.nextAttemptAt;
  const second = await runArchiveAttempt(params);
  expect(second.job.state).toBe('delivered');
  expect(second.receipts.map((r) => r.destination)).toEqual(['https']);
  expect(mayPurge(second.job)).toBe(true);
  expect(receiver.stored.size).toBe(1);
  expect(JSON.parse(gpg.decrypt(readFileSync(second.job.receipts.sftp!.location.replace(/^sftp:\/\/[^/]+/, ''))).toString()).room.id).toBe(room.id);
});

test('three instances attempting the same room at once leave one copy per destination', async () => {
  const { config, receiver } = await setup('race');
  const room = syntheticRoom('RoomAttemptRace001');
  const store = new MemoryArchiveJobStore(); // shared, like IPersistence
  const clock = Date.parse('2026-03-05T00:00:00Z');
  const results = await Promise.all([0, 1, 2].map(() => runArchiveAttempt({
    roomId: room.id, config, installId: 'install-race', store, now: () => clock, random: () => 0.5,
    loadTranscript: async () => buildTranscript(room, syntheticMessages(room.id, 300)),
  })));
  for (const r of results) expect(r.failures).toEqual([]);
  expect(results.flatMap((r) => r.receipts).filter((r) => r.outcome === 'delivered').length).toBeGreaterThanOrEqual(2);
  expect(receiver.stored.size).toBe(1);
  const dir = `${sshd.archiveRoot}/race/2026/03/04`;
  expect(readdirSync(dir)).toEqual([`${room.id}.json.pgp`]);
  expect((await store.load(room.id))?.state).toBe('delivered');
});

test('archive_transport none: refused with a CONFIG error, nothing stored', async () => {
  const store = new MemoryArchiveJobStore();
  const r = parseArchiveConfig({});
  if (!r.ok) throw new Error('config');
  const err = await runArchiveAttempt({
    roomId: 'RoomNone', config: r.config, installId: 'i', store, now: () => 0, random: () => 0,
    loadTranscript: async () => { throw new Error('must not be called'); },
  }).catch((e) => e);
  expect(err).toMatchObject({ name: 'ArchiveError', code: 'CONFIG' });
  expect(store.jobs.size).toBe(0);
});
