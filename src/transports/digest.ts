import { createHash, createHmac, timingSafeEqual } from 'crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** OpenSSH-style fingerprint of a public key blob: `SHA256:` + unpadded base64. */
export function sshFingerprint(keyBlob: Uint8Array): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=$/, '')}`;
}

export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export const SIGNATURE_HEADER = 'X-PHI-Conduit-Signature';
export const TIMESTAMP_HEADER = 'X-PHI-Conduit-Timestamp';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** `sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>` (docs/archive.md). */
export function signBody(secret: string, timestamp: string, body: Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

/** The receiver's check, also used by tests: signature matches and timestamp within tolerance. */
export function verifySignature(secret: string, timestamp: string, body: Uint8Array, signature: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  return constantTimeEqual(signBody(secret, timestamp, body), signature);
}
