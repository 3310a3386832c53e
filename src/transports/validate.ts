/**
 * Checks of the archive configuration that need the crypto libraries (the pure parser in
 * src/core/archive/config.ts checks formats only): the SFTP key is an unencrypted ed25519 or RSA
 * key ssh2 can use, the OpenPGP key can encrypt, certificates and the client key parse and match.
 * Errors name the setting id and never contain a value.
 */
import { X509Certificate, createPrivateKey, createPublicKey, type KeyObject } from 'crypto';
import { utils as sshUtils } from 'ssh2';
import type { ArchiveConfig, ConfigError } from '../core/archive/config';
import { ARCHIVE_SETTING_IDS as IDS } from '../core/archive/config';
import { inspectPublicKey } from './encrypt';
import { isArchiveError } from './types';

/** DESIGN.md §2: client keys that work on Deno 2.6 and 2.9 (ECDSA does not). */
const CLIENT_KEY_TYPES = ['ssh-ed25519', 'ssh-rsa'];

function pemBlocks(pem: string): string[] {
  return pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n?/g) ?? [];
}

export async function validateArchiveKeys(config: ArchiveConfig, now: Date = new Date()): Promise<ConfigError[]> {
  const errors: ConfigError[] = [];
  const fail = (settingId: ConfigError['settingId'], message: string): void => { errors.push({ settingId, message: `${settingId}: ${message}` }); };

  if (config.sftp) {
    const parsed = sshUtils.parseKey(config.sftp.privateKey);
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (key instanceof Error || !key) fail(IDS.sftpPrivateKey, 'the key cannot be read (it may be damaged or passphrase-protected)');
    else if (!key.isPrivateKey()) fail(IDS.sftpPrivateKey, 'this is a public key; paste the private key');
    else if (!CLIENT_KEY_TYPES.includes(key.type)) fail(IDS.sftpPrivateKey, `key type ${key.type} is not supported; use ed25519 (ssh-keygen -t ed25519) or RSA`);
  }

  if (config.pgpPublicKey) {
    try {
      await inspectPublicKey(config.pgpPublicKey, now);
    } catch (e) {
      fail(IDS.pgpPublicKey, isArchiveError(e) ? e.message.replace(/^archive_pgp_public_key: /, '') : 'not a usable OpenPGP public key');
    }
  }

  if (config.https) {
    const certs = (pem: string | undefined, id: ConfigError['settingId']): X509Certificate[] => {
      const out: X509Certificate[] = [];
      for (const block of pemBlocks(pem ?? '')) {
        try {
          const cert = new X509Certificate(block);
          const validTo = certificateExpiry(cert);
          if (validTo !== undefined && validTo < now.getTime()) fail(id, 'a certificate has expired');
          out.push(cert);
        } catch {
          fail(id, 'a certificate cannot be read');
        }
      }
      return out;
    };
    certs(config.https.caPem, IDS.httpsCaPem);
    const chain = certs(config.https.clientCertPem, IDS.httpsClientCertPem);
    if (config.https.clientKeyPem) {
      let key: KeyObject | undefined;
      try {
        key = createPrivateKey(config.https.clientKeyPem);
      } catch {
        fail(IDS.httpsClientKeyPem, 'the client key cannot be read');
      }
      if (key && chain[0] && keyMatchesCertificate(key, chain[0]) === false) {
        fail(IDS.httpsClientKeyPem, 'the client key does not belong to the client certificate');
      }
    }
  }
  return errors;
}

/** Epoch ms of notAfter, or undefined when this runtime's format cannot be read. */
function certificateExpiry(cert: X509Certificate): number | undefined {
  const withDate = cert as X509Certificate & { validToDate?: Date };
  if (withDate.validToDate instanceof Date) return withDate.validToDate.getTime();
  // Node prints "... GMT", Deno 2.6 "... +00:00".
  const ms = Date.parse(cert.validTo.replace(/ \+00:00$/, ' GMT'));
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * true / false when the runtime can tell; undefined when it cannot (Deno 2.6 has no
 * X509Certificate.checkPrivateKey): then the TLS handshake is the check.
 */
function keyMatchesCertificate(key: KeyObject, cert: X509Certificate): boolean | undefined {
  try {
    return cert.checkPrivateKey(key);
  } catch {
    try {
      const a = createPublicKey(key).export({ type: 'spki', format: 'der' });
      const b = cert.publicKey.export({ type: 'spki', format: 'der' });
      return Buffer.compare(a, b) === 0;
    } catch {
      return undefined;
    }
  }
}
