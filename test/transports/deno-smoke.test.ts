/**
 * Proof in an approximation of the sandbox: the transports, bundled with the app's esbuild
 * settings, run under `deno run --allow-net` (no read/write/env) with globalThis and Deno
 * undefined, against a real sshd, a real HTTPS receiver and real gpg. Also measures SFTP
 * throughput of a 20 MiB payload from inside deno. Runs on deno 2.9 (node_modules) and, when
 * PHI_DENO_26 points at a deno 2.6 binary, on 2.6 as well.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { sha256Hex } from '../../src/transports/digest';
import { bundleForSandbox, runInSandbox, DENO_BIN } from '../support/servers/deno-sandbox';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import { makeTestPki, startHttpsReceiver, type HttpsReceiver, type TestPki } from '../support/servers/https';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';

jest.setTimeout(180_000);

const SECRET = 'deno-smoke-secret-0123456789abcdef0123456789';
let sshd: SshdServer;
let pki: TestPki;
let gpg: GpgHome;
let gpgEcc: GpgHome;
let receiver: HttpsReceiver;
let wrongName: HttpsReceiver;
let bundle: string;

beforeAll(async () => {
  sshd = await startSshd();
  pki = makeTestPki();
  gpg = makeGpgHome();
  gpgEcc = makeGpgHome('future-default');
  receiver = await startHttpsReceiver({ pki, hmacSecret: SECRET, requireClientCert: true });
  wrongName = await startHttpsReceiver({ pki, hmacSecret: SECRET, wrongName: true });
  bundle = await bundleForSandbox(join(__dirname, 'deno/harness.ts'));
});

afterAll(async () => {
  await receiver?.stop();
  await wrongName?.stop();
  await sshd?.stop();
  pki?.cleanup();
  gpg?.stop();
  gpgEcc?.stop();
});

const denos: [string, string][] = [['2.9', DENO_BIN]];
if (process.env.PHI_DENO_26 && existsSync(process.env.PHI_DENO_26)) denos.push(['2.6', process.env.PHI_DENO_26]);

test.each(denos)('deno %s: delivers to SFTP and HTTPS from the sandbox; 20 MiB SFTP throughput', async (version, denoBin) => {
  const roomId = `RoomDenoSmoke${version.replace('.', '')}`;
  const input = {
    roomId,
    bigBytes: 20 * 1024 * 1024,
    extraKeys: [gpgEcc.armoredPublicKey],
    tlsNegative: { wrongCaPem: pki.otherCaPem, wrongNameUrl: wrongName.url },
    writeVariants: process.env.PHI_SMOKE_VARIANTS ? [{ chunkBytes: 8192, inFlight: 64 }, { chunkBytes: 32768, inFlight: 16 }, { chunkBytes: 32768, inFlight: 128 }, { chunkBytes: 65536, inFlight: 64 }, { chunkBytes: 262144, inFlight: 16 }] : [],
    cipherRuns: process.env.PHI_SMOKE_CIPHERS ? ['aes128-gcm@openssh.com', 'aes256-gcm@openssh.com', 'aes128-ctr', 'aes256-ctr'] : [],
    wrongFingerprint: `SHA256:${Buffer.alloc(32, 1).toString('base64').replace(/=$/, '')}`,
    settings: {
      archive_transport: 'both',
      archive_sftp_host: sshd.host,
      archive_sftp_port: String(sshd.port),
      archive_sftp_username: sshd.username,
      archive_sftp_private_key: sshd.client.privateKey.replace(/\n/g, ''),
      archive_sftp_host_fingerprint: sshd.hostFingerprint,
      archive_sftp_directory: `${sshd.archiveRoot}/deno${version.replace('.', '')}`,
      archive_https_url: receiver.url,
      archive_https_ca_pem: pki.caPem,
      archive_https_client_cert_pem: pki.clientCertPem,
      archive_https_client_key_pem: pki.clientKeyPem,
      archive_https_hmac_secret: SECRET,
      archive_pgp_public_key: gpg.armoredPublicKey.replace(/\n/g, ' '),
    },
  };
  const out = await runInSandbox(bundle, input, { denoBin, timeoutMs: 120_000 });
  if (!out.result) throw new Error(`sandbox run failed: ${JSON.stringify(out.error)}\n${out.stderr.slice(-3000)}`);
  const r = out.result as any;
  expect(r.sandbox).toEqual({ globalThisType: 'undefined', denoType: 'undefined' });
  expect(r.validation).toEqual([]);
  // Node's root certificates were inlined by the build (the sandbox cannot read system roots).
  expect(r.defaultRoots).toBe(require('tls').rootCertificates.length);
  expect(r.first.failures).toEqual([]);
  expect(r.first.receipts.map((x: any) => [x.destination, x.outcome]).sort()).toEqual([['https', 'delivered'], ['sftp', 'delivered']]);
  expect(r.second.outcomes).toEqual(['already-present', 'already-present']);
  expect(r.wrongFingerprint).toBe('SFTP_HOST_KEY_MISMATCH');
  // Refused on both; Deno 2.6 reports TLS failures as a plain "connection error" (CONNECT, retried).
  const tlsCodes = version === '2.6' ? ['HTTPS_TLS', 'CONNECT'] : ['HTTPS_TLS'];
  expect(tlsCodes).toContain(r.tls.wrongCa);
  expect(tlsCodes).toContain(r.tls.wrongName);
  expect([...receiver.stored.keys()].filter((k) => k.startsWith('phic1-tls'))).toEqual([]);
  expect(wrongName.stored.size).toBe(0);
  expect(r.keyFingerprint).toBe(gpg.fingerprint);
  // RSA (gpg default) above; ed25519/cv25519 here.
  expect(gpgEcc.decrypt(Buffer.from(r.extra[0], 'base64')).toString()).toBe('extra key check\n');

  const sftpCopy = readFileSync(r.names.sftp);
  expect(sha256Hex(sftpCopy)).toBe(r.payloadSha256);
  const decrypted = JSON.parse(gpg.decrypt(sftpCopy).toString());
  expect(decrypted).toMatchObject({ version: '1', room: { id: roomId }, counts: { messages: 50 } });
  expect(gpg.decrypt(receiver.stored.get(r.idempotencyKey)!.body).toString()).toBe(gpg.decrypt(sftpCopy).toString());

  expect(sha256Hex(readFileSync(r.big.name))).toBe(r.big.sha256);
  expect(sha256Hex(readFileSync(r.big.name2))).toBe(r.big.sha256);
  const mib = r.big.size / (1024 * 1024);
  const line = `deno ${version}: 20 MiB SFTP upload ${(mib / (r.big.uploadMs / 1000)).toFixed(1)} MiB/s (${Math.round(r.big.uploadMs)} ms, size check); `
    + `with read-back digest ${(mib / (r.big.verifiedMs / 1000)).toFixed(1)} MiB/s (${Math.round(r.big.verifiedMs)} ms)`;
  process.stdout.write(`${line}${Object.keys(r.perCipher).length ? ` per cipher MiB/s ${JSON.stringify(r.perCipher)}` : ''}${Object.keys(r.perVariant).length ? ` per write size MiB/s ${JSON.stringify(r.perVariant)}` : ''}\n`);
  expect(r.big.verifiedMs).toBeLessThan(10_000);
});
