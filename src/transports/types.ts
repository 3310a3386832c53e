/**
 * The transport interface shared by SFTP and HTTPS delivery, and its typed errors.
 * Errors carry a stable code and a message without content or secrets (they are logged).
 */
import type { DeliveryReceipt, DestinationKind } from '../core/archive/delivery';

export type { DeliveryReceipt, DestinationKind };

export interface RemoteState {
  readonly exists: boolean;
  /** False when the destination cannot tell (an HTTPS receiver without the HEAD check). */
  readonly known: boolean;
  readonly size?: number;
  /** Lower-case hex SHA-256 of the remote bytes. */
  readonly sha256?: string;
}

export interface PutMeta {
  /** From idempotencyKey(roomId, installId). */
  readonly idempotencyKey: string;
  readonly encrypted: boolean;
  /**
   * Digests of payloads that earlier attempts for the same room may have delivered (recorded by
   * the caller before each attempt). A copy at the final name with one of these digests counts as
   * delivered; any other content there is a conflict and is never overwritten. Needed because
   * OpenPGP encryption is randomised: the same transcript encrypts to different bytes each time.
   */
  readonly acceptDigests?: readonly string[];
  /**
   * Read lazily when a copy is found at the final name (so it sees digests that a concurrent
   * attempt recorded after this attempt started); its result is added to acceptDigests.
   */
  readonly knownDigests?: () => Promise<readonly string[]>;
  readonly contentType?: string;
}

export interface ArchiveTransport {
  readonly kind: DestinationKind;
  /** Where a payload named `remoteName` is or would be (for receipts and logs; no secrets). */
  location(remoteName: string): string;
  exists(remoteName: string, meta: Pick<PutMeta, 'idempotencyKey'>): Promise<RemoteState>;
  put(remoteName: string, bytes: Uint8Array, meta: PutMeta): Promise<DeliveryReceipt>;
}

export type ArchiveErrorCode =
  | 'CONFIG'
  | 'TIMEOUT'
  | 'CONNECT'
  | 'SFTP_HOST_KEY_MISMATCH'
  | 'SFTP_AUTH'
  | 'SFTP_IO'
  | 'VERIFY_MISMATCH'
  | 'REMOTE_CONFLICT'
  | 'HTTPS_TLS'
  | 'HTTPS_STATUS'
  | 'HTTPS_RESPONSE'
  | 'ENCRYPT'
  | 'TOO_LARGE'
  | 'ROOM_MISSING';

export class ArchiveError extends Error {
  override name = 'ArchiveError';
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
    /** Whether trying again later can help (a wrong key or fingerprint will not fix itself). */
    readonly retryable: boolean,
    readonly details: Readonly<Record<string, string | number | boolean>> = {},
  ) {
    super(message);
  }
}

export function isArchiveError(e: unknown): e is ArchiveError {
  return e instanceof Error && e.name === 'ArchiveError' && typeof (e as ArchiveError).code === 'string';
}
