/** validateArchiveKeys with keys and certificates made by the real tools (ssh-keygen, openssl, gpg). */
import { parseArchiveConfig, type ArchiveConfig, type SettingValues } from '../../src/core/archive/config';
import { validateArchiveKeys } from '../../src/transports/validate';
import { generateSshKey } from '../support/servers/sshd';
import { makeTestPki, type TestPki } from '../support/servers/https';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { removeDir, run, tempDir } from '../support/servers/proc';

jest.setTimeout(60_000);

let dir: string;
let pki: TestPki;
let gpg: GpgHome;

beforeAll(() => {
  dir = tempDir('phi-validate');
  pki = makeTestPki();
  gpg = makeGpgHome('future-default');
});

afterAll(() => {
  pki?.cleanup();
  gpg?.stop();
  removeDir(dir);
});

function config(extra: SettingValues): ArchiveConfig {
  const r = parseArchiveConfig({
    archive_transport: 'both',
    archive_sftp_host: 'archive.example.invalid',
    archive_sftp_username: 'archiver',
    archive_sftp_host_fingerprint: 'SHA256:' + 'A'.repeat(43),
    archive_sftp_private_key: generateSshKey('ed25519', dir, `k${Math.random().toString(16).slice(2)}`).privateKey,
    archive_https_url: 'https://archive.example.invalid/in',
    archive_https_hmac_secret: 'x'.repeat(40),
    ...extra,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config;
}

test('good ed25519 / RSA keys, CA, client pair and PGP key pass', async () => {
  await expect(validateArchiveKeys(config({
    archive_https_ca_pem: pki.caPem,
    archive_https_client_cert_pem: pki.clientCertPem,
    archive_https_client_key_pem: pki.clientKeyPem,
    archive_pgp_public_key: gpg.armoredPublicKey,
  }))).resolves.toEqual([]);
  await expect(validateArchiveKeys(config({ archive_sftp_private_key: generateSshKey('rsa', dir, 'rsa1').privateKey }))).resolves.toEqual([]);
});

test('an ECDSA client key is refused (does not work on Deno 2.6/2.9)', async () => {
  const errors = await validateArchiveKeys(config({ archive_sftp_private_key: generateSshKey('ecdsa', dir, 'ec1').privateKey }));
  expect(errors).toEqual([{ settingId: 'archive_sftp_private_key', message: expect.stringContaining('ecdsa') }]);
});

test('a client key that does not match the certificate is reported without echoing either', async () => {
  const errors = await validateArchiveKeys(config({ archive_https_client_cert_pem: pki.clientCertPem, archive_https_client_key_pem: pki.strangerKeyPem }));
  expect(errors).toEqual([{ settingId: 'archive_https_client_key_pem', message: 'archive_https_client_key_pem: the client key does not belong to the client certificate' }]);
});

test('a signing-only PGP key is refused: it cannot encrypt', async () => {
  const home = tempDir('phi-gpgs');
  try {
    const env = { ...process.env, GNUPGHOME: home };
    run('gpg', ['--batch', '--quiet', '--passphrase', '', '--quick-gen-key', 'Sign Only <sign@example.invalid>', 'ed25519', 'sign', '1d'], { env });
    const armored = run('gpg', ['--batch', '--armor', '--export', 'sign@example.invalid'], { env }).toString();
    const errors = await validateArchiveKeys(config({ archive_pgp_public_key: armored }));
    expect(errors).toEqual([{ settingId: 'archive_pgp_public_key', message: expect.stringContaining('no valid encryption subkey') }]);
    try { run('gpgconf', ['--homedir', home, '--kill', 'all'], { env }); } catch { /* none */ }
  } finally {
    removeDir(home);
  }
});
