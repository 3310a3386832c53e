/**
 * SftpTransport against a real OpenSSH sshd (test/support/servers/sshd.ts) and real gpg.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'fs';
import { createServer, connect, type Server, type Socket } from 'net';
import { join } from 'path';
import { SftpTransport } from '../../src/transports/sftp';
import { encryptForArchive } from '../../src/transports/encrypt';
import { sha256Hex } from '../../src/transports/digest';
import { isArchiveError } from '../../src/transports/types';
import { parseArchiveConfig, type SftpConfig } from '../../src/core/archive/config';
import { buildTranscript, transcriptBytes } from '../../src/core/transcript/model';
import { idempotencyKey, remoteName } from '../../src/core/transcript/naming';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { syntheticRoom, syntheticMessages } from '../support/servers/synthetic';

jest.setTimeout(60_000);

let sshd: SshdServer;
let gpg: GpgHome;

beforeAll(async () => {
  sshd = await startSshd();
  gpg = makeGpgHome();
});

afterAll(async () => {
  await sshd?.stop();
  gpg?.stop();
});

function sftpConfig(overrides: Partial<SftpConfig> = {}): SftpConfig {
  // Through the real config parser, with the key pasted as one line (as the settings UI does).
  const r = parseArchiveConfig({
    archive_transport: 'sftp',
    archive_sftp_host: sshd.host,
    archive_sftp_port: sshd.port,
    archive_sftp_username: sshd.username,
    archive_sftp_private_key: sshd.client.privateKey.replace(/\n/g, ''),
    archive_sftp_host_fingerprint: sshd.hostFingerprint,
    archive_sftp_directory: sshd.archiveRoot,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { ...r.config.sftp!, ...overrides };
}

const meta = (roomId: string, encrypted = false) => ({ idempotencyKey: idempotencyKey(roomId, 'test-install'), encrypted });

function partFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.includes('.part-')) : [];
}

test('delivers an encrypted transcript that gpg decrypts to the exact JSON', async () => {
  const room = syntheticRoom('RoomSftpPgp0000001');
  const json = transcriptBytes(buildTranscript(room, syntheticMessages(room.id, 40)));
  const payload = await encryptForArchive(json, gpg.armoredPublicKey);
  const name = remoteName(sshd.archiveRoot, room.id, room.closedAt, true);
  const receipt = await new SftpTransport(sftpConfig()).put(name.path, payload, meta(room.id, true));
  expect(receipt).toMatchObject({ destination: 'sftp', outcome: 'delivered', size: payload.length, sha256: sha256Hex(payload), encrypted: true });
  expect(name.path).toMatch(/\/2026\/03\/0[45]\/RoomSftpPgp0000001\.json\.pgp$/);
  const arrived = readFileSync(name.path);
  expect(sha256Hex(arrived)).toBe(receipt.sha256);
  expect(gpg.decrypt(arrived).equals(Buffer.from(json))).toBe(true);
  expect(partFiles(name.directory)).toEqual([]);
});

test('refuses a server whose host key does not match the pinned fingerprint, and writes nothing', async () => {
  const room = syntheticRoom('RoomSftpWrongFp001');
  const name = remoteName(join(sshd.archiveRoot, 'wrongfp'), room.id, room.closedAt, false);
  const wrong = 'SHA256:' + Buffer.alloc(32, 7).toString('base64').replace(/=$/, '');
  const err = await new SftpTransport(sftpConfig({ hostFingerprint: wrong })).put(name.path, new Uint8Array([1, 2, 3]), meta(room.id)).catch((e) => e);
  expect(isArchiveError(err) && err.code).toBe('SFTP_HOST_KEY_MISMATCH');
  expect(err.retryable).toBe(false);
  expect(existsSync(join(sshd.archiveRoot, 'wrongfp'))).toBe(false);
});

test('a wrong client key is refused with SFTP_AUTH', async () => {
  const { generateSshKey } = await import('../support/servers/sshd');
  const other = generateSshKey('ed25519', sshd.dir, 'id_other');
  const err = await new SftpTransport(sftpConfig({ privateKey: other.privateKey })).exists(join(sshd.archiveRoot, 'x.json')).catch((e) => e);
  expect(isArchiveError(err) && err.code).toBe('SFTP_AUTH');
});

test('an existing copy with the same content is not written twice; a different one is never overwritten', async () => {
  const room = syntheticRoom('RoomSftpTwice00001');
  const json = transcriptBytes(buildTranscript(room, syntheticMessages(room.id, 5)));
  const name = remoteName(sshd.archiveRoot, room.id, room.closedAt, false);
  const t = new SftpTransport(sftpConfig());
  const first = await t.put(name.path, json, meta(room.id));
  expect(first.outcome).toBe('delivered');
  const mtime = readFileSync(name.path);
  const second = await t.put(name.path, json, meta(room.id));
  expect(second).toMatchObject({ outcome: 'already-present', sha256: first.sha256, size: first.size });
  expect(readFileSync(name.path).equals(mtime)).toBe(true);
  expect(readdirSync(name.directory).filter((f) => f.startsWith(room.id))).toEqual([`${room.id}.json`]);

  const err = await t.put(name.path, new TextEncoder().encode('{"other":true}\n'), meta(room.id)).catch((e) => e);
  expect(isArchiveError(err) && err.code).toBe('REMOTE_CONFLICT');
  expect(readFileSync(name.path).equals(Buffer.from(json))).toBe(true);
  expect(partFiles(name.directory)).toEqual([]);
});

test('a re-encrypted copy counts as delivered when its digest was recorded by an earlier attempt', async () => {
  const room = syntheticRoom('RoomSftpReenc00001');
  const json = transcriptBytes(buildTranscript(room, syntheticMessages(room.id, 5)));
  const name = remoteName(sshd.archiveRoot, room.id, room.closedAt, true);
  const t = new SftpTransport(sftpConfig());
  const c1 = await encryptForArchive(json, gpg.armoredPublicKey);
  const c2 = await encryptForArchive(json, gpg.armoredPublicKey);
  expect(sha256Hex(c1)).not.toBe(sha256Hex(c2));
  await t.put(name.path, c1, meta(room.id, true));
  const again = await t.put(name.path, c2, { ...meta(room.id, true), acceptDigests: [sha256Hex(c1)] });
  expect(again).toMatchObject({ outcome: 'already-present', sha256: sha256Hex(c1) });
});

test('overlapping attempts (two instances) leave exactly one copy', async () => {
  const room = syntheticRoom('RoomSftpRace000001');
  const json = transcriptBytes(buildTranscript(room, syntheticMessages(room.id, 200)));
  const name = remoteName(sshd.archiveRoot, room.id, room.closedAt, false);
  const results = await Promise.all([0, 1, 2].map(() => new SftpTransport(sftpConfig()).put(name.path, json, meta(room.id))));
  expect(results.filter((r) => r.outcome === 'delivered').length).toBeGreaterThanOrEqual(1);
  expect(results.every((r) => r.sha256 === sha256Hex(json))).toBe(true);
  expect(readdirSync(name.directory).filter((f) => f.startsWith(room.id))).toEqual([`${room.id}.json`]);
});

/** A TCP relay in front of sshd that can cut every connection once N bytes went upstream. */
async function startCuttingRelay(target: number, cutAfterBytes: number): Promise<{ port: number; cut: boolean; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const state = { port: 0, cut: false, stop: async () => undefined as void };
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    sockets.add(client); sockets.add(upstream);
    let sent = 0;
    client.on('data', (d: Buffer) => {
      sent += d.length;
      if (sent > cutAfterBytes) { state.cut = true; client.destroy(); upstream.destroy(); return; }
      upstream.write(d);
    });
    upstream.on('data', (d: Buffer) => client.write(d));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.port = (server.address() as { port: number }).port;
  state.stop = () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); });
  return state;
}

test('a connection killed mid-upload leaves no file at the final name; the retry delivers', async () => {
  const room = syntheticRoom('RoomSftpCut0000001');
  const payload = new Uint8Array(4 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
  const name = remoteName(sshd.archiveRoot, room.id, room.closedAt, false);
  const relay = await startCuttingRelay(sshd.port, 1024 * 1024);
  try {
    const err = await new SftpTransport(sftpConfig({ port: relay.port })).put(name.path, payload, meta(room.id)).catch((e) => e);
    expect(relay.cut).toBe(true);
    expect(isArchiveError(err)).toBe(true);
    expect(err.retryable).toBe(true);
    expect(existsSync(name.path)).toBe(false);
  } finally {
    await relay.stop();
  }
  // A later attempt (direct) delivers; the stale part file of the dead attempt is not at the final name.
  const ok = await new SftpTransport(sftpConfig(), { stalePartMs: 0 }).put(name.path, payload, meta(room.id));
  expect(ok.outcome).toBe('delivered');
  expect(sha256Hex(readFileSync(name.path))).toBe(sha256Hex(payload));
  expect(partFiles(name.directory)).toEqual([]);
});

test('an attempt that exceeds its deadline fails with TIMEOUT and leaves nothing at the final name', async () => {
  const room = syntheticRoom('RoomSftpSlow000001');
  const name = remoteName(sshd.archiveRoot, room.id, room.closedAt, false);
  // A relay that accepts but never forwards: the SSH handshake cannot finish.
  const silent = createServer(() => undefined);
  const sockets = new Set<Socket>();
  silent.on('connection', (s) => sockets.add(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const port = (silent.address() as { port: number }).port;
  const start = Date.now();
  const err = await new SftpTransport(sftpConfig({ port }), { deadlineMs: 1000 }).put(name.path, new Uint8Array([1]), meta(room.id)).catch((e) => e);
  expect(Date.now() - start).toBeLessThan(3000);
  expect(isArchiveError(err) && ['TIMEOUT', 'CONNECT'].includes(err.code)).toBe(true);
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => silent.close(() => r()));
  expect(existsSync(name.path)).toBe(false);
});

test('exists() reports size and digest of what is there', async () => {
  const dir = join(sshd.archiveRoot, 'exists');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.json'), 'hello\n');
  const t = new SftpTransport(sftpConfig());
  await expect(t.exists(join(dir, 'a.json'))).resolves.toEqual({ exists: true, known: true, size: 6, sha256: sha256Hex(Buffer.from('hello\n')) });
  await expect(t.exists(join(dir, 'b.json'))).resolves.toEqual({ exists: false, known: true });
});

test('an RSA client key works too', async () => {
  const rsa = await startSshd({ clientKeyType: 'rsa' });
  try {
    const r = parseArchiveConfig({
      archive_transport: 'sftp', archive_sftp_host: rsa.host, archive_sftp_port: String(rsa.port), archive_sftp_username: rsa.username,
      archive_sftp_private_key: rsa.client.privateKey.replace(/\n/g, ' '), archive_sftp_host_fingerprint: rsa.hostFingerprint, archive_sftp_directory: rsa.archiveRoot,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const name = remoteName(rsa.archiveRoot, 'RoomRsa', '2026-01-02T03:04:05Z', false);
    const receipt = await new SftpTransport(r.config.sftp!).put(name.path, new Uint8Array([9, 9, 9]), meta('RoomRsa'));
    expect(receipt.outcome).toBe('delivered');
  } finally {
    await rsa.stop();
  }
});

test.each(['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'aes128-ctr', 'aes256-ctr'] as const)('cipher %s works with OpenSSH', async (cipher) => {
  const name = remoteName(join(sshd.archiveRoot, 'ciphers'), `Room${cipher.replace(/\W/g, '')}`, '2026-01-02T03:04:05Z', false);
  const payload = new Uint8Array(300_000).map((_, i) => i & 0xff);
  const receipt = await new SftpTransport(sftpConfig(), { ciphers: [cipher] }).put(name.path, payload, meta('RoomCipher'));
  expect(receipt.sha256).toBe(sha256Hex(payload));
});
