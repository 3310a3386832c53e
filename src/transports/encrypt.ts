/**
 * OpenPGP encryption of archive payloads to the administrator's public key (archive_pgp_public_key).
 * openpgp v6, binary output (`.pgp`), SEIPD v1 (no AEAD) so that GnuPG 2.2 decrypts it.
 * Works in the sandbox: openpgp's node build defines its own `globalThis` fallback
 * (window/global/self) and reaches node:crypto through the `module` shim of scripts/sandbox-shims.mjs.
 */
import * as openpgp from 'openpgp';
import { ArchiveError } from './types';

export interface PublicKeyInfo {
  /** Upper-case hex fingerprint of the primary key (safe to log and show). */
  readonly fingerprint: string;
  readonly algorithm: string;
  readonly expiresAt?: string;
}

async function readEncryptionKey(armoredKey: string, now: Date): Promise<openpgp.Key> {
  let key: openpgp.Key;
  try {
    key = await openpgp.readKey({ armoredKey });
  } catch {
    throw new ArchiveError('CONFIG', 'archive_pgp_public_key: not a readable OpenPGP public key', false);
  }
  if (key.isPrivate()) throw new ArchiveError('CONFIG', 'archive_pgp_public_key: this is a private key; paste the public key (gpg --armor --export)', false);
  try {
    await key.getEncryptionKey(undefined, now);
  } catch {
    throw new ArchiveError('CONFIG', 'archive_pgp_public_key: the key has no valid encryption subkey (expired, revoked or signing-only)', false);
  }
  return key;
}

/** Checks the key and describes it (for the settings page and logs). */
export async function inspectPublicKey(armoredKey: string, now: Date = new Date()): Promise<PublicKeyInfo> {
  const key = await readEncryptionKey(armoredKey, now);
  const expiry = await key.getExpirationTime().catch(() => null);
  return {
    fingerprint: key.getFingerprint().toUpperCase(),
    algorithm: String(key.getAlgorithmInfo().algorithm),
    ...(expiry instanceof Date ? { expiresAt: expiry.toISOString() } : {}),
  };
}

/** Encrypts `bytes` to the key; binary OpenPGP message. `fileName` goes into the (encrypted) literal packet. */
export async function encryptForArchive(bytes: Uint8Array, armoredKey: string, fileName = 'transcript.json', now: Date = new Date()): Promise<Uint8Array> {
  const key = await readEncryptionKey(armoredKey, now);
  try {
    const message = await openpgp.createMessage({ binary: bytes, filename: fileName, format: 'binary' });
    const out = await openpgp.encrypt({ message, encryptionKeys: key, format: 'binary', date: now, config: { aeadProtect: false } });
    return out as Uint8Array;
  } catch {
    throw new ArchiveError('ENCRYPT', 'OpenPGP encryption failed', false);
  }
}

/** The parsed key of the last sealing call (hook hot path: parse once per configured key). */
let sealKeyCache: { armored: string; key: Promise<openpgp.Key> } | undefined;

/**
 * Seals a message original (UTF-8 text, typically JSON) to the archive key, as an armored OpenPGP
 * message: what the message hooks store instead of the readable original (archive_seal_originals).
 */
export async function sealForArchive(text: string, armoredKey: string, now: Date = new Date()): Promise<string> {
  if (sealKeyCache?.armored !== armoredKey) {
    const key = readEncryptionKey(armoredKey, now);
    sealKeyCache = { armored: armoredKey, key };
    key.catch(() => { if (sealKeyCache?.key === key) sealKeyCache = undefined; });
  }
  const key = await sealKeyCache.key;
  try {
    const message = await openpgp.createMessage({ text, format: 'utf8' });
    return (await openpgp.encrypt({ message, encryptionKeys: key, format: 'armored', date: now, config: { aeadProtect: false } })) as string;
  } catch {
    throw new ArchiveError('ENCRYPT', 'OpenPGP encryption failed', false);
  }
}
