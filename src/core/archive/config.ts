/**
 * Archive settings -> one typed, validated configuration (STYLE.md §3). Pure.
 * Every error names the setting id and never contains a setting's value.
 * Structural checks only (format, base64, block types); the transports layer adds the checks that
 * need a crypto library (`validateArchiveKeys` in src/transports/validate.ts).
 */
import { parsePemBlocks, PemError, type PemBlock } from './pem';
import { normalizeArchiveDirectory, ArchiveNameError } from '../transcript/naming';
import { SettingId } from '../settingIds';

/** The archive's setting ids, by role (the ids themselves are declared once, in SettingId). */
export const ARCHIVE_SETTING_IDS = {
  transport: SettingId.ArchiveTransport,
  sftpHost: SettingId.ArchiveSftpHost,
  sftpPort: SettingId.ArchiveSftpPort,
  sftpUsername: SettingId.ArchiveSftpUsername,
  sftpPrivateKey: SettingId.ArchiveSftpPrivateKey,
  sftpHostFingerprint: SettingId.ArchiveSftpHostFingerprint,
  sftpDirectory: SettingId.ArchiveSftpDirectory,
  httpsUrl: SettingId.ArchiveHttpsUrl,
  httpsCaPem: SettingId.ArchiveHttpsCaPem,
  httpsClientCertPem: SettingId.ArchiveHttpsClientCertPem,
  httpsClientKeyPem: SettingId.ArchiveHttpsClientKeyPem,
  httpsHmacSecret: SettingId.ArchiveHttpsHmacSecret,
  pgpPublicKey: SettingId.ArchivePgpPublicKey,
  sealOriginals: SettingId.ArchiveSealOriginals,
  purgeMode: SettingId.ArchivePurgeMode,
  retryDays: SettingId.ArchiveRetryDays,
} as const;
export type ArchiveSettingId = (typeof ARCHIVE_SETTING_IDS)[keyof typeof ARCHIVE_SETTING_IDS];

export const ARCHIVE_TRANSPORTS = ['none', 'sftp', 'https', 'both'] as const;
export type ArchiveTransportMode = (typeof ARCHIVE_TRANSPORTS)[number];

/**
 * archive_purge_mode values, applied only after every configured destination has a receipt:
 * `none` keeps everything in Rocket.Chat; `messages` removes the room's messages; `room` removes
 * the room. With archive_transport `none` no job is ever created, so nothing is ever purged: that
 * is why the default (`messages`, the conduit behaviour) is safe.
 */
export const ARCHIVE_PURGE_MODES = ['none', 'messages', 'room'] as const;
export type ArchivePurgeMode = (typeof ARCHIVE_PURGE_MODES)[number];

export interface SftpConfig {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  /** Normalised PEM / OpenSSH private key text (unencrypted). */
  readonly privateKey: string;
  /** `SHA256:<base64 without padding>` */
  readonly hostFingerprint: string;
  /** Normalised base directory ('' = login directory). */
  readonly directory: string;
}

export interface HttpsConfig {
  readonly url: string;
  /** Extra trusted CA(s), normalised PEM (added to the built-in bundle). */
  readonly caPem?: string;
  readonly clientCertPem?: string;
  readonly clientKeyPem?: string;
  readonly hmacSecret: string;
}

export interface ArchiveConfig {
  readonly transport: ArchiveTransportMode;
  readonly sftp?: SftpConfig;
  readonly https?: HttpsConfig;
  /** Normalised armored OpenPGP public key; absent = payloads are sent unencrypted (TLS/SSH still protect the transfer). */
  readonly pgpPublicKey?: string;
  readonly sealOriginals: boolean;
  readonly purgeMode: ArchivePurgeMode;
  readonly retryDays: number;
}

export interface ConfigError {
  readonly settingId: ArchiveSettingId;
  readonly message: string;
}

export type ConfigResult = { readonly ok: true; readonly config: ArchiveConfig } | { readonly ok: false; readonly errors: readonly ConfigError[] };

export type SettingValues = Readonly<Partial<Record<ArchiveSettingId, unknown>>>;

const FINGERPRINT = /^SHA256:([A-Za-z0-9+/]{43})=?$/;
const HOSTNAME = /^[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?(?:\.[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?)*$/i;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^\[?[0-9A-F:.]{2,45}\]?$/i;

/** `SHA256:abc...` (43 base64 chars, padding optional, as printed by `ssh-keygen -lf`); returns the unpadded form. */
export function normalizeFingerprint(input: string): string | undefined {
  const m = FINGERPRINT.exec(input.trim());
  return m ? `SHA256:${m[1]}` : undefined;
}

function str(values: SettingValues, id: ArchiveSettingId): string {
  const v = values[id];
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function pemBlocks(raw: string): PemBlock[] | string {
  try {
    return parsePemBlocks(raw);
  } catch (e) {
    return e instanceof PemError ? e.message : 'could not be read';
  }
}

const PRIVATE_KEY_LABELS = ['OPENSSH PRIVATE KEY', 'RSA PRIVATE KEY', 'PRIVATE KEY'];

/** `openssh-key-v1\0` + string ciphername: `none` means unencrypted. */
function opensshCipher(der: Uint8Array): string | undefined {
  const magic = 'openssh-key-v1\0';
  for (let i = 0; i < magic.length; i++) if (der[i] !== magic.charCodeAt(i)) return undefined;
  const o = magic.length;
  if (der.length < o + 4) return undefined;
  const len = (der[o] << 24) | (der[o + 1] << 16) | (der[o + 2] << 8) | der[o + 3];
  if (len <= 0 || len > 64 || der.length < o + 4 + len) return undefined;
  return String.fromCharCode(...der.subarray(o + 4, o + 4 + len));
}

export function parseArchiveConfig(values: SettingValues): ConfigResult {
  const errors: ConfigError[] = [];
  const fail = (settingId: ArchiveSettingId, message: string): undefined => {
    errors.push({ settingId, message: `${settingId}: ${message}` });
    return undefined;
  };
  const ids = ARCHIVE_SETTING_IDS;

  const transportRaw = str(values, ids.transport) || 'none';
  const transport = (ARCHIVE_TRANSPORTS as readonly string[]).includes(transportRaw) ? (transportRaw as ArchiveTransportMode) : fail(ids.transport, `must be one of ${ARCHIVE_TRANSPORTS.join(', ')}`);

  const purgeRaw = str(values, ids.purgeMode) || 'messages';
  const purgeMode = (ARCHIVE_PURGE_MODES as readonly string[]).includes(purgeRaw) ? (purgeRaw as ArchivePurgeMode) : fail(ids.purgeMode, `must be one of ${ARCHIVE_PURGE_MODES.join(', ')}`);

  const retryRaw = str(values, ids.retryDays) || '7';
  const retryDays = Number(retryRaw);
  if (!/^\d+(?:\.\d+)?$/.test(retryRaw) || !(retryDays >= 1 && retryDays <= 365)) fail(ids.retryDays, 'must be a number of days from 1 to 365');

  const sealRaw = values[ids.sealOriginals];
  const sealOriginals = sealRaw === true || sealRaw === 'true';

  let pgpPublicKey: string | undefined;
  const pgpRaw = str(values, ids.pgpPublicKey);
  if (pgpRaw !== '') {
    const blocks = pemBlocks(pgpRaw);
    if (typeof blocks === 'string') fail(ids.pgpPublicKey, `not an armored OpenPGP public key (${blocks})`);
    else if (blocks.length !== 1 || blocks[0].label !== 'PGP PUBLIC KEY BLOCK') fail(ids.pgpPublicKey, 'expected one -----BEGIN PGP PUBLIC KEY BLOCK----- (export it with gpg --armor --export); a private key must never be pasted here');
    else pgpPublicKey = blocks[0].text;
  }

  let sftp: SftpConfig | undefined;
  if (transport === 'sftp' || transport === 'both') {
    const host = str(values, ids.sftpHost);
    if (host === '') fail(ids.sftpHost, 'is required when archive_transport is sftp or both');
    else if (!(HOSTNAME.test(host) || IPV4.test(host) || (host.includes(':') && IPV6.test(host)))) fail(ids.sftpHost, 'must be a host name or IP address, without user, port or path');

    const portRaw = str(values, ids.sftpPort) || '22';
    const port = Number(portRaw);
    if (!/^\d{1,5}$/.test(portRaw) || port < 1 || port > 65535) fail(ids.sftpPort, 'must be a port number from 1 to 65535');

    const username = str(values, ids.sftpUsername);
    if (username === '') fail(ids.sftpUsername, 'is required when archive_transport is sftp or both');
    // eslint-disable-next-line no-control-regex
    else if (/[\u0000-\u001f\s]/.test(username)) fail(ids.sftpUsername, 'must not contain spaces or control characters');

    let privateKey: string | undefined;
    const keyRaw = str(values, ids.sftpPrivateKey);
    if (keyRaw === '') fail(ids.sftpPrivateKey, 'is required when archive_transport is sftp or both (an ed25519 or RSA private key, e.g. from ssh-keygen -t ed25519)');
    else {
      const blocks = pemBlocks(keyRaw);
      if (typeof blocks === 'string') fail(ids.sftpPrivateKey, `not a private key (${blocks})`);
      else if (blocks.length !== 1 || !PRIVATE_KEY_LABELS.includes(blocks[0].label)) fail(ids.sftpPrivateKey, 'expected one -----BEGIN OPENSSH PRIVATE KEY----- (or RSA PRIVATE KEY / PRIVATE KEY) block');
      else if (blocks[0].encrypted) fail(ids.sftpPrivateKey, 'the key is passphrase-protected; use a key without a passphrase (the setting itself is secret)');
      else if (blocks[0].label === 'OPENSSH PRIVATE KEY' && opensshCipher(blocks[0].der) !== 'none') fail(ids.sftpPrivateKey, opensshCipher(blocks[0].der) === undefined ? 'the OpenSSH private key is damaged' : 'the key is passphrase-protected; use a key without a passphrase (the setting itself is secret)');
      else privateKey = blocks[0].text;
    }

    const fpRaw = str(values, ids.sftpHostFingerprint);
    const hostFingerprint = fpRaw === ''
      ? fail(ids.sftpHostFingerprint, 'is required: the server host key SHA256 fingerprint, e.g. from ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub')
      : normalizeFingerprint(fpRaw) ?? fail(ids.sftpHostFingerprint, 'must look like SHA256:<43 base64 characters> (as printed by ssh-keygen -lf)');

    let directory: string | undefined;
    try {
      directory = normalizeArchiveDirectory(str(values, ids.sftpDirectory));
    } catch (e) {
      fail(ids.sftpDirectory, e instanceof ArchiveNameError ? e.message : 'is not a valid directory');
    }

    if (host !== '' && privateKey && hostFingerprint && username !== '' && directory !== undefined && port >= 1 && port <= 65535) {
      sftp = { host: host.replace(/^\[|\]$/g, ''), port, username, privateKey, hostFingerprint, directory };
    }
  }

  let https: HttpsConfig | undefined;
  if (transport === 'https' || transport === 'both') {
    const urlRaw = str(values, ids.httpsUrl);
    let url: string | undefined;
    if (urlRaw === '') fail(ids.httpsUrl, 'is required when archive_transport is https or both');
    else {
      let parsed: URL | undefined;
      try { parsed = new URL(urlRaw); } catch { fail(ids.httpsUrl, 'is not a valid URL'); }
      if (parsed) {
        if (parsed.protocol !== 'https:') fail(ids.httpsUrl, 'must start with https://');
        else if (parsed.username !== '' || parsed.password !== '') fail(ids.httpsUrl, 'must not contain a user name or password (use the HMAC secret and client certificate settings)');
        else if (parsed.hash !== '') fail(ids.httpsUrl, 'must not contain a #fragment');
        else url = parsed.toString();
      }
    }

    const pemSetting = (id: ArchiveSettingId, labels: readonly string[], what: string, many: boolean): string | undefined => {
      const raw = str(values, id);
      if (raw === '') return undefined;
      const blocks = pemBlocks(raw);
      if (typeof blocks === 'string') return fail(id, `not ${what} (${blocks})`);
      if (!many && blocks.length !== 1) return fail(id, `expected exactly one ${what}`);
      if (blocks.some((b) => !labels.includes(b.label))) return fail(id, `expected ${what} (-----BEGIN ${labels[0]}-----)`);
      if (blocks.some((b) => b.encrypted)) return fail(id, 'the key is passphrase-protected; use a key without a passphrase');
      return blocks.map((b) => b.text).join('');
    };
    const caPem = pemSetting(ids.httpsCaPem, ['CERTIFICATE'], 'PEM CA certificate(s)', true);
    const clientCertPem = pemSetting(ids.httpsClientCertPem, ['CERTIFICATE'], 'a PEM client certificate chain', true);
    const clientKeyPem = pemSetting(ids.httpsClientKeyPem, ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'], 'a PEM private key', false);
    if ((str(values, ids.httpsClientCertPem) === '') !== (str(values, ids.httpsClientKeyPem) === '')) {
      fail(str(values, ids.httpsClientCertPem) === '' ? ids.httpsClientCertPem : ids.httpsClientKeyPem, 'client certificate and client key must be set together');
    }

    const hmacSecret = str(values, ids.httpsHmacSecret);
    if (hmacSecret === '') fail(ids.httpsHmacSecret, 'is required when archive_transport is https or both');
    else if (hmacSecret.length < 32) fail(ids.httpsHmacSecret, 'must be at least 32 characters (e.g. openssl rand -hex 32)');

    if (url && hmacSecret.length >= 32) https = { url, caPem, clientCertPem, clientKeyPem, hmacSecret };
  }

  if (errors.length > 0 || transport === undefined || purgeMode === undefined) return { ok: false, errors };
  const config: ArchiveConfig = { transport, sftp, https, pgpPublicKey, sealOriginals, purgeMode, retryDays };
  return { ok: true, config };
}
