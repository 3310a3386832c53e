/**
 * parseArchiveConfig and PEM normalisation, with keys made by the real tools (ssh-keygen, openssl,
 * gpg). Every error names its setting id and never contains any part of a secret value.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseArchiveConfig, normalizeFingerprint, type SettingValues } from '../../../src/core/archive/config';
import { normalizePem, parsePemBlocks, PemError, crc24 } from '../../../src/core/archive/pem';
import { generateSshKey } from '../../support/servers/sshd';
import { makeTestPki, type TestPki } from '../../support/servers/https';
import { makeGpgHome, type GpgHome } from '../../support/servers/gpg';
import { removeDir, tempDir } from '../../support/servers/proc';

jest.setTimeout(60_000);

let dir: string;
let ed25519: string;
let rsa: string;
let pki: TestPki;
let gpg: GpgHome;
const FP = `SHA256:${Buffer.alloc(32, 3).toString('base64').replace(/=$/, '')}`;
const SECRET = 'hmac-secret-value-which-must-never-be-echoed-0123';

beforeAll(() => {
  dir = tempDir('phi-cfg');
  ed25519 = generateSshKey('ed25519', dir).privateKey;
  rsa = generateSshKey('rsa', dir).privateKey;
  pki = makeTestPki();
  gpg = makeGpgHome();
});

afterAll(() => {
  pki?.cleanup();
  gpg?.stop();
  removeDir(dir);
});

const sftp = (extra: SettingValues = {}): SettingValues => ({
  archive_transport: 'sftp', archive_sftp_host: 'sftp.archive.example.invalid', archive_sftp_port: 2222, archive_sftp_username: 'phi-archive',
  archive_sftp_private_key: ed25519, archive_sftp_host_fingerprint: FP, archive_sftp_directory: '/incoming/phi/', ...extra,
});
const https = (extra: SettingValues = {}): SettingValues => ({
  archive_transport: 'https', archive_https_url: 'https://archive.example.invalid/v1/transcripts?tenant=a', archive_https_hmac_secret: SECRET, ...extra,
});

function errorsOf(values: SettingValues): { settingId: string; message: string }[] {
  const r = parseArchiveConfig(values);
  if (r.ok) throw new Error('expected errors');
  return [...r.errors];
}

/** No 12-character piece of any secret appears in any message. */
function expectNoSecretIn(messages: readonly string[], secrets: readonly string[]): void {
  for (const secret of secrets) {
    const flat = secret.replace(/\s+/g, '');
    for (let i = 0; i + 12 <= flat.length; i += 6) {
      const piece = flat.slice(i, i + 12);
      if (/^-+(?:BEGIN|END)?/.test(piece) || /^[A-Z ]+$/.test(piece)) continue; // armor lines are not secret
      for (const m of messages) expect(m.includes(piece)).toBe(false);
    }
  }
}

describe('parseArchiveConfig', () => {
  test('defaults: transport none, purge messages (only ever after a confirmed delivery), 7 retry days', () => {
    expect(parseArchiveConfig({})).toEqual({ ok: true, config: { transport: 'none', sealOriginals: false, purgeMode: 'messages', retryDays: 7 } });
  });

  test('a complete SFTP configuration', () => {
    const r = parseArchiveConfig(sftp({ archive_seal_originals: true, archive_purge_mode: 'room', archive_retry_days: '14' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({ transport: 'sftp', sealOriginals: true, purgeMode: 'room', retryDays: 14 });
    expect(r.config.sftp).toEqual({ host: 'sftp.archive.example.invalid', port: 2222, username: 'phi-archive', privateKey: ed25519, hostFingerprint: FP, directory: '/incoming/phi' });
  });

  test('port defaults to 22; IPv4 and IPv6 hosts are accepted', () => {
    const r = parseArchiveConfig(sftp({ archive_sftp_port: '', archive_sftp_host: '192.0.2.10' }));
    expect(r.ok && r.config.sftp?.port).toBe(22);
    const r6 = parseArchiveConfig(sftp({ archive_sftp_host: '[2001:db8::1]' }));
    expect(r6.ok && r6.config.sftp?.host).toBe('2001:db8::1');
  });

  test('every missing SFTP setting is named', () => {
    const errors = errorsOf({ archive_transport: 'both' });
    expect(errors.map((e) => e.settingId).sort()).toEqual([
      'archive_https_hmac_secret', 'archive_https_url', 'archive_sftp_host', 'archive_sftp_host_fingerprint', 'archive_sftp_private_key', 'archive_sftp_username',
    ]);
    for (const e of errors) expect(e.message.startsWith(`${e.settingId}: `)).toBe(true);
  });

  test.each([
    [{ archive_transport: 'ftp' }, 'archive_transport', 'must be one of none, sftp, https, both'],
    [sftp({ archive_sftp_port: '0' }), 'archive_sftp_port', 'from 1 to 65535'],
    [sftp({ archive_sftp_port: '65536' }), 'archive_sftp_port', 'from 1 to 65535'],
    [sftp({ archive_sftp_port: '22a' }), 'archive_sftp_port', 'from 1 to 65535'],
    [sftp({ archive_sftp_host: 'user@host' }), 'archive_sftp_host', 'host name or IP'],
    [sftp({ archive_sftp_host: 'host:22' }), 'archive_sftp_host', 'host name or IP'],
    [sftp({ archive_sftp_username: 'a b' }), 'archive_sftp_username', 'spaces'],
    [sftp({ archive_sftp_host_fingerprint: 'MD5:aa:bb' }), 'archive_sftp_host_fingerprint', 'SHA256:<43 base64'],
    [sftp({ archive_sftp_host_fingerprint: 'SHA256:short' }), 'archive_sftp_host_fingerprint', 'SHA256:<43 base64'],
    [sftp({ archive_sftp_directory: '/a/../etc' }), 'archive_sftp_directory', '..'],
    [sftp({ archive_sftp_private_key: 'not a key at all' }), 'archive_sftp_private_key', 'no -----BEGIN'],
    [https({ archive_https_url: 'http://archive.example.invalid/' }), 'archive_https_url', 'https://'],
    [https({ archive_https_url: 'https://user:pw@archive.example.invalid/' }), 'archive_https_url', 'user name or password'],
    [https({ archive_https_url: 'nonsense' }), 'archive_https_url', 'not a valid URL'],
    [https({ archive_https_hmac_secret: 'short' }), 'archive_https_hmac_secret', 'at least 32'],
    [https({ archive_https_ca_pem: '-----BEGIN CERTIFICATE-----!!!-----END CERTIFICATE-----' }), 'archive_https_ca_pem', 'not valid base64'],
    [{ archive_purge_mode: 'sometimes' }, 'archive_purge_mode', 'none, messages, room'],
    [{ archive_retry_days: '0' }, 'archive_retry_days', '1 to 365'],
    [{ archive_retry_days: 'seven' }, 'archive_retry_days', '1 to 365'],
  ])('%# reports %s', (values, settingId, fragment) => {
    const errors = errorsOf(values as SettingValues);
    expect(errors).toContainEqual({ settingId, message: expect.stringContaining(fragment) });
  });

  test('a private key where the PGP public key belongs is refused', () => {
    expect(errorsOf({ archive_pgp_public_key: ed25519 })).toEqual([{ settingId: 'archive_pgp_public_key', message: expect.stringContaining('PGP PUBLIC KEY BLOCK') }]);
  });

  test('passphrase-protected SSH keys are refused, without echoing the key', () => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'correct horse', '-f', join(dir, 'enc')]);
    const encrypted = readFileSync(join(dir, 'enc'), 'utf8');
    const errors = errorsOf(sftp({ archive_sftp_private_key: encrypted }));
    expect(errors).toEqual([{ settingId: 'archive_sftp_private_key', message: expect.stringContaining('passphrase-protected') }]);
    expectNoSecretIn(errors.map((e) => e.message), [encrypted]);
  });

  test('client certificate and key must come together; PKCS#8 / SEC1 keys and chains accepted', () => {
    expect(errorsOf(https({ archive_https_client_cert_pem: pki.clientCertPem }))).toEqual([{ settingId: 'archive_https_client_key_pem', message: expect.stringContaining('together') }]);
    const r = parseArchiveConfig(https({ archive_https_client_cert_pem: pki.clientCertPem + pki.clientCaPem, archive_https_client_key_pem: pki.clientKeyPem, archive_https_ca_pem: pki.caPem + pki.otherCaPem }));
    expect(r.ok).toBe(true);
    expect(r.ok && parsePemBlocks(r.config.https!.caPem!).length).toBe(2);
    expect(parseArchiveConfig(https({ archive_https_client_cert_pem: pki.clientCertPem, archive_https_client_key_pem: pki.serverKeyPem })).ok).toBe(true);
  });

  test('no error message ever contains a secret value', () => {
    const secrets = [ed25519, rsa, pki.clientKeyPem, SECRET];
    const bad: SettingValues[] = [
      sftp({ archive_sftp_private_key: ed25519.slice(0, 200) }),
      sftp({ archive_sftp_private_key: ed25519.replace('-----END OPENSSH PRIVATE KEY-----', '') }),
      sftp({ archive_sftp_private_key: rsa.replace(/[A-Z0-9]{10}\n/i, '!!!!!!!!!!\n') }),
      https({ archive_https_client_cert_pem: pki.clientKeyPem, archive_https_client_key_pem: pki.clientKeyPem }),
      https({ archive_https_hmac_secret: SECRET.slice(0, 20) }),
      https({ archive_https_url: `https://archive.example.invalid/${SECRET}#frag` }),
      { archive_transport: SECRET },
      { archive_pgp_public_key: pki.clientKeyPem },
    ];
    const messages = bad.flatMap((v) => errorsOf(v).map((e) => e.message));
    expect(messages.length).toBeGreaterThanOrEqual(bad.length);
    expectNoSecretIn(messages, secrets);
  });
});

describe('PEM normalisation', () => {
  const variants = (pem: string): [string, string][] => [
    ['as is', pem],
    ['CRLF', pem.replace(/\n/g, '\r\n')],
    ['line breaks removed', pem.replace(/\r?\n/g, '')],
    ['line breaks as spaces', pem.replace(/\r?\n/g, ' ')],
    ['surrounding whitespace', `  \n${pem}\n\n `],
  ];

  test.each(['ed25519', 'rsa'])('OpenSSH %s private key survives every paste form', (kind) => {
    const pem = kind === 'ed25519' ? ed25519 : rsa;
    const expected = parsePemBlocks(pem)[0];
    for (const [, pasted] of variants(pem)) {
      const [block] = parsePemBlocks(pasted);
      expect(Buffer.from(block.der).equals(Buffer.from(expected.der))).toBe(true);
      // ssh-keygen accepts the reconstructed text.
      const file = join(dir, `re-${kind}`);
      require('fs').writeFileSync(file, block.text, { mode: 0o600 });
      expect(execFileSync('ssh-keygen', ['-y', '-f', file]).toString()).toMatch(/^ssh-/);
    }
  });

  test('certificates, PKCS#8 keys and multi-certificate bundles on one line', () => {
    const bundle = pki.caPem + pki.otherCaPem;
    for (const [, pasted] of variants(bundle)) expect(normalizePem(pasted)).toBe(normalizePem(bundle));
    const file = join(dir, 'bundle.pem');
    require('fs').writeFileSync(file, normalizePem(bundle.replace(/\n/g, '')));
    expect(execFileSync('openssl', ['x509', '-in', file, '-noout', '-subject']).toString()).toContain('PHI Conduit Test ca');
    for (const [, pasted] of variants(pki.clientKeyPem)) expect(normalizePem(pasted)).toBe(normalizePem(pki.clientKeyPem));
  });

  test('encrypted traditional PEM keys are flagged', () => {
    const file = join(dir, 'enc.pem');
    execFileSync('openssl', ['genrsa', '-aes128', '-passout', 'pass:secret-pass', '-traditional', '-out', file, '2048'], { stdio: 'ignore' });
    const pem = readFileSync(file, 'utf8');
    expect(pem).toContain('Proc-Type');
    expect(parsePemBlocks(pem.replace(/\n/g, ''))[0].encrypted).toBe(true);
    expect(errorsOf(sftp({ archive_sftp_private_key: pem }))).toEqual([{ settingId: 'archive_sftp_private_key', message: expect.stringContaining('passphrase') }]);
  });

  describe('OpenPGP armor', () => {
    const gpgKeyOk = (armored: string): void => {
      const home = tempDir('phi-gpgi');
      try {
        const out = execFileSync('gpg', ['--batch', '--homedir', home, '--import-options', 'show-only', '--import'], { input: armored, stdio: ['pipe', 'pipe', 'pipe'] }).toString();
        expect(out).toContain('archive@example.invalid');
      } finally {
        try { execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' }); } catch { /* none */ }
        removeDir(home);
      }
    };

    test('gpg armor (checksum line) in every paste form; gpg reads the result', () => {
      const armored = gpg.armoredPublicKey;
      expect(armored).toMatch(/\n=[A-Za-z0-9+/]{4}\n-----END/);
      for (const [, pasted] of variants(armored)) {
        const r = parseArchiveConfig({ archive_pgp_public_key: pasted });
        expect(r.ok).toBe(true);
        if (r.ok) gpgKeyOk(r.config.pgpPublicKey!);
      }
    });

    const withHeaders = (armored: string): string => armored.replace('-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n', '-----BEGIN PGP PUBLIC KEY BLOCK-----\nVersion: Test 1.0\nComment: https://example.invalid/key: archive (test)\n\n');

    test.each([['removed', ''], ['spaces', ' ']])('armor headers with line breaks %s: found by the checksum', (_, sep) => {
      const pasted = withHeaders(gpg.armoredPublicKey).replace(/\n/g, sep);
      const [block] = parsePemBlocks(pasted);
      expect(block.text).not.toContain('Comment');
      gpgKeyOk(block.text);
    });

    test('armor headers without a checksum: found by the key packet', () => {
      const noSum = withHeaders(gpg.armoredPublicKey).replace(/\n=[A-Z0-9+/]{4}\n/i, '\n');
      const [block] = parsePemBlocks(noSum.replace(/\n/g, ''));
      gpgKeyOk(block.text);
    });

    test('a damaged key fails its checksum', () => {
      const lines = gpg.armoredPublicKey.split('\n');
      const i = 5;
      lines[i] = lines[i].slice(0, 10) + (lines[i][10] === 'A' ? 'B' : 'A') + lines[i].slice(11);
      expect(() => parsePemBlocks(lines.join('\n'))).toThrow(PemError);
      const errors = errorsOf({ archive_pgp_public_key: lines.join('') });
      expect(errors).toEqual([{ settingId: 'archive_pgp_public_key', message: expect.stringContaining('checksum') }]);
    });

    test('crc24 of RFC 4880 (empty input = B704CE)', () => {
      expect(crc24(new Uint8Array(0)).toString(16)).toBe('b704ce');
    });
  });
});

describe('normalizeFingerprint', () => {
  test.each([
    [FP, FP], [`${FP}=`, FP], [`  ${FP}  `, FP],
    ['SHA256:abc', undefined], ['sha256:' + FP.slice(7), undefined], ['MD5:16:27:ac', undefined],
  ])('%s -> %s', (input, expected) => expect(normalizeFingerprint(input)).toBe(expected));
});
