/**
 * HttpsTransport against a real Node https receiver with an openssl-made test PKI
 * (test/support/servers/https.ts) and real gpg.
 */
import { HttpsTransport } from '../../src/transports/https';
import { encryptForArchive } from '../../src/transports/encrypt';
import { sha256Hex, signBody, verifySignature } from '../../src/transports/digest';
import { isArchiveError } from '../../src/transports/types';
import { parseArchiveConfig, type HttpsConfig } from '../../src/core/archive/config';
import { buildTranscript, transcriptBytes } from '../../src/core/transcript/model';
import { idempotencyKey, remoteName } from '../../src/core/transcript/naming';
import { makeTestPki, startHttpsReceiver, type HttpsReceiver, type TestPki } from '../support/servers/https';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { syntheticMessages, syntheticRoom } from '../support/servers/synthetic';

jest.setTimeout(60_000);

const SECRET = 'test-hmac-secret-0123456789abcdef0123456789abcdef';
let pki: TestPki;
let gpg: GpgHome;
const receivers: HttpsReceiver[] = [];

beforeAll(() => {
  pki = makeTestPki();
  gpg = makeGpgHome();
});

afterAll(async () => {
  for (const r of receivers) await r.stop();
  pki?.cleanup();
  gpg?.stop();
});

async function receiver(opts: { requireClientCert?: boolean; failNext?: number } = {}): Promise<HttpsReceiver> {
  const r = await startHttpsReceiver({ pki, hmacSecret: SECRET, ...opts });
  receivers.push(r);
  return r;
}

function httpsConfig(url: string, extra: Record<string, string> = {}): HttpsConfig {
  // Through the real config parser; the CA is pasted as one line, as the settings UI does.
  const r = parseArchiveConfig({
    archive_transport: 'https',
    archive_https_url: url,
    archive_https_ca_pem: pki.caPem.replace(/\n/g, ''),
    archive_https_hmac_secret: SECRET,
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config.https!;
}

const room = syntheticRoom('RoomHttpsPgp000001');
const json = transcriptBytes(buildTranscript(room, syntheticMessages(room.id, 30)));
const key = idempotencyKey(room.id, 'test-install');
const name = remoteName('', room.id, room.closedAt, true).path;

test('delivers with a signature the receiver verifies; gpg decrypts what arrived', async () => {
  const r = await receiver();
  const payload = await encryptForArchive(json, gpg.armoredPublicKey);
  const receipt = await new HttpsTransport(httpsConfig(r.url)).put(name, payload, { idempotencyKey: key, encrypted: true });
  expect(receipt).toMatchObject({ destination: 'https', outcome: 'delivered', status: 201, sha256: sha256Hex(payload), size: payload.length });
  expect(receipt.location).not.toContain('?');
  const stored = r.stored.get(key)!;
  expect(stored.name).toBe(name);
  expect(gpg.decrypt(stored.body).equals(Buffer.from(json))).toBe(true);
});

test('a repeated delivery with the same idempotency key is acknowledged, not stored twice', async () => {
  const r = await receiver();
  const t = new HttpsTransport(httpsConfig(r.url));
  const c1 = await encryptForArchive(json, gpg.armoredPublicKey);
  const c2 = await encryptForArchive(json, gpg.armoredPublicKey);
  const [a, b] = await Promise.all([t.put(name, c1, { idempotencyKey: key, encrypted: true }), t.put(name, c2, { idempotencyKey: key, encrypted: true })]);
  expect([a.outcome, b.outcome].sort()).toEqual(['already-present', 'delivered']);
  expect(r.stored.size).toBe(1);
  expect(a.sha256).toBe(b.sha256);
  await expect(t.exists(name, { idempotencyKey: key })).resolves.toMatchObject({ exists: true, known: true, sha256: a.sha256 });
  await expect(t.exists(name, { idempotencyKey: idempotencyKey('RoomOther', 'test-install') })).resolves.toEqual({ exists: false, known: true });
});

test('a wrong HMAC secret is refused by the receiver (401, not retryable)', async () => {
  const r = await receiver();
  const cfg = { ...httpsConfig(r.url), hmacSecret: 'another-secret-another-secret-another-secret' };
  const err = await new HttpsTransport(cfg).put(name, json, { idempotencyKey: key, encrypted: false }).catch((e) => e);
  expect(isArchiveError(err) && err.code).toBe('HTTPS_STATUS');
  expect(err.retryable).toBe(false);
  expect(r.stored.size).toBe(0);
});

test('a receiver certificate from a CA that is not configured is refused (TLS verification on)', async () => {
  const r = await receiver();
  const cfg = httpsConfig(r.url, { archive_https_ca_pem: pki.otherCaPem });
  const err = await new HttpsTransport(cfg).put(name, json, { idempotencyKey: key, encrypted: false }).catch((e) => e);
  expect(isArchiveError(err) && err.code).toBe('HTTPS_TLS');
  expect(r.stored.size).toBe(0);
  // Without any configured CA, only the built-in public roots apply: also refused.
  const noCa = { ...httpsConfig(r.url), caPem: undefined };
  const err2 = await new HttpsTransport(noCa).put(name, json, { idempotencyKey: key, encrypted: false }).catch((e) => e);
  expect(isArchiveError(err2) && err2.code).toBe('HTTPS_TLS');
});

test('a certificate from the right CA for another host name is refused', async () => {
  const r = await startHttpsReceiver({ pki, hmacSecret: SECRET, wrongName: true });
  receivers.push(r);
  const err = await new HttpsTransport(httpsConfig(r.url)).put(name, json, { idempotencyKey: key, encrypted: false }).catch((e) => e);
  expect(isArchiveError(err) && err.code).toBe('HTTPS_TLS');
  expect(r.stored.size).toBe(0);
});

test('client certificate: required by the receiver, accepted when configured, refused when absent or foreign', async () => {
  const r = await receiver({ requireClientCert: true });
  const without = await new HttpsTransport(httpsConfig(r.url)).put(name, json, { idempotencyKey: key, encrypted: false }).catch((e) => e);
  expect(isArchiveError(without)).toBe(true);
  expect(['HTTPS_TLS', 'CONNECT', 'HTTPS_STATUS']).toContain(without.code);
  const stranger = await new HttpsTransport(httpsConfig(r.url, {
    archive_https_client_cert_pem: pki.strangerCertPem, archive_https_client_key_pem: pki.strangerKeyPem,
  })).put(name, json, { idempotencyKey: key, encrypted: false }).catch((e) => e);
  expect(isArchiveError(stranger)).toBe(true);
  expect(r.stored.size).toBe(0);

  const ok = await new HttpsTransport(httpsConfig(r.url, {
    archive_https_client_cert_pem: pki.clientCertPem.replace(/\n/g, ' '), archive_https_client_key_pem: pki.clientKeyPem.replace(/\n/g, ''),
  })).put(name, json, { idempotencyKey: key, encrypted: false });
  expect(ok.outcome).toBe('delivered');
  expect(r.stored.get(key)?.clientCertCn).toBe('client');
});

test('a 5xx answer is a retryable failure; the retry delivers exactly once', async () => {
  const r = await receiver({ failNext: 1 });
  const t = new HttpsTransport(httpsConfig(r.url));
  const err = await t.put(name, json, { idempotencyKey: key, encrypted: false }).catch((e) => e);
  expect(isArchiveError(err) && err.code).toBe('HTTPS_STATUS');
  expect(err.retryable).toBe(true);
  const ok = await t.put(name, json, { idempotencyKey: key, encrypted: false });
  expect(ok.outcome).toBe('delivered');
  expect(r.stored.size).toBe(1);
});

test('a receiver that does not answer in time gives TIMEOUT within the deadline', async () => {
  const { createServer } = await import('net');
  const sockets: import('net').Socket[] = [];
  const silent = createServer((s) => sockets.push(s));
  await new Promise<void>((res) => silent.listen(0, '127.0.0.1', res));
  const port = (silent.address() as { port: number }).port;
  const start = Date.now();
  const err = await new HttpsTransport(httpsConfig(`https://127.0.0.1:${port}/x`), { deadlineMs: 800 }).put(name, json, { idempotencyKey: key, encrypted: false }).catch((e) => e);
  expect(Date.now() - start).toBeLessThan(2500);
  expect(isArchiveError(err) && err.code).toBe('TIMEOUT');
  for (const s of sockets) s.destroy();
  await new Promise<void>((res) => silent.close(() => res()));
});

test('signature helper: receiver-side verification rejects tampering and stale timestamps', () => {
  const body = new TextEncoder().encode('{"a":1}');
  const sig = signBody(SECRET, '1767225600', body);
  expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
  expect(verifySignature(SECRET, '1767225600', body, sig, 1767225600 + 10)).toBe(true);
  expect(verifySignature(SECRET, '1767225600', new TextEncoder().encode('{"a":2}'), sig, 1767225600)).toBe(false);
  expect(verifySignature(SECRET, '1767225600', body, sig, 1767225600 + 301)).toBe(false);
  expect(verifySignature(SECRET, '1767225601', body, sig, 1767225600)).toBe(false);
});
