/**
 * Settings -> config -> transports -> both destinations at once, against real sshd, a real HTTPS
 * receiver and real gpg; plus the delivery-state model driving retries.
 */
import { readFileSync, existsSync } from 'fs';
import { parseArchiveConfig } from '../../src/core/archive/config';
import { createJob, recordFailure, recordReceipt, remainingDestinations, startAttempt, mayPurge, DEFAULT_RETRY_POLICY } from '../../src/core/archive/delivery';
import { buildTranscript } from '../../src/core/transcript/model';
import { configuredDestinations, createTransports, deliverOnce, prepareArchivePayload } from '../../src/transports/deliver';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import { makeTestPki, startHttpsReceiver, type HttpsReceiver, type TestPki } from '../support/servers/https';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { syntheticMessages, syntheticRoom } from '../support/servers/synthetic';

jest.setTimeout(60_000);

const SECRET = 'both-destinations-secret-0123456789abcdef';
let sshd: SshdServer;
let pki: TestPki;
let gpg: GpgHome;
let receiver: HttpsReceiver;

beforeAll(async () => {
  sshd = await startSshd();
  pki = makeTestPki();
  gpg = makeGpgHome();
  receiver = await startHttpsReceiver({ pki, hmacSecret: SECRET, requireClientCert: true, failNext: 1 });
});

afterAll(async () => {
  await receiver?.stop();
  await sshd?.stop();
  pki?.cleanup();
  gpg?.stop();
});

test('archive_transport=both: a failing destination is retried alone; both copies decrypt to the same transcript', async () => {
  const parsed = parseArchiveConfig({
    archive_transport: 'both',
    archive_sftp_host: sshd.host,
    archive_sftp_port: String(sshd.port),
    archive_sftp_username: sshd.username,
    archive_sftp_private_key: sshd.client.privateKey.replace(/\n/g, ''),
    archive_sftp_host_fingerprint: sshd.hostFingerprint,
    archive_sftp_directory: `${sshd.archiveRoot}/transcripts`,
    archive_https_url: receiver.url,
    archive_https_ca_pem: pki.caPem.replace(/\n/g, ''),
    archive_https_client_cert_pem: pki.clientCertPem.replace(/\n/g, ''),
    archive_https_client_key_pem: pki.clientKeyPem.replace(/\n/g, ''),
    archive_https_hmac_secret: SECRET,
    archive_pgp_public_key: gpg.armoredPublicKey.replace(/\n/g, ''),
    archive_purge_mode: 'messages',
    archive_retry_days: '3',
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const config = parsed.config;
  const room = syntheticRoom('RoomBothDest000001');
  const transcript = buildTranscript(room, syntheticMessages(room.id, 25));
  const transports = createTransports(config);
  const policy = { ...DEFAULT_RETRY_POLICY, retryDays: config.retryDays };

  let job = createJob(room.id, configuredDestinations(config), 0);
  const digests: string[] = [];

  // Attempt 1: SFTP succeeds, the receiver answers 503 once.
  job = startAttempt(job, 0, policy);
  const p1 = await prepareArchivePayload(transcript, config, 'install-both');
  digests.push(p1.sha256);
  const a1 = await deliverOnce(transports, remainingDestinations(job), p1, digests);
  for (const r of a1.receipts) job = recordReceipt(job, r);
  expect(a1.receipts.map((r) => r.destination)).toEqual(['sftp']);
  expect(a1.failures).toMatchObject([{ destination: 'https', code: 'HTTPS_STATUS', retryable: true }]);
  job = recordFailure(job, a1.failures[0].code, 1000, policy, () => 0.5);
  expect(job.state).toBe('pending');
  expect(remainingDestinations(job)).toEqual(['https']);
  expect(mayPurge(job)).toBe(false);

  // Attempt 2 (new encryption, new digest): only HTTPS is tried.
  job = startAttempt(job, job.nextAttemptAt, policy);
  const p2 = await prepareArchivePayload(transcript, config, 'install-both');
  digests.push(p2.sha256);
  const a2 = await deliverOnce(transports, remainingDestinations(job), p2, digests);
  expect(a2.failures).toEqual([]);
  for (const r of a2.receipts) job = recordReceipt(job, r);
  expect(job.state).toBe('delivered');
  expect(mayPurge(job)).toBe(true);

  // Both copies decrypt to the same canonical JSON.
  const sftpCopy = readFileSync(p1.names.sftp);
  const httpsCopy = receiver.stored.get(p1.idempotencyKey)!.body;
  expect(gpg.decrypt(sftpCopy).toString()).toBe(gpg.decrypt(httpsCopy).toString());
  expect(JSON.parse(gpg.decrypt(sftpCopy).toString())).toMatchObject({ schema: 'phi-conduit/transcript', version: '1', room: { id: room.id } });
  expect(p1.names.sftp).toBe(`${sshd.archiveRoot}/transcripts/2026/03/04/${room.id}.json.pgp`);
  expect(receiver.stored.get(p1.idempotencyKey)!.name).toBe(`2026/03/04/${room.id}.json.pgp`);

  // A late, overlapping third attempt (another instance) changes nothing.
  const p3 = await prepareArchivePayload(transcript, config, 'install-both');
  const a3 = await deliverOnce(transports, ['sftp', 'https'], p3, [...digests, p3.sha256]);
  expect(a3.failures).toEqual([]);
  expect(a3.receipts.map((r) => r.outcome)).toEqual(['already-present', 'already-present']);
  expect(receiver.stored.size).toBe(1);
  expect(existsSync(`${p1.names.sftp}`)).toBe(true);
  // Receipts carry no PHI: only ids, digests, sizes, times, locations.
  expect(JSON.stringify(job.receipts)).not.toMatch(/Visitor|example\.invalid|555-0100/);
});
