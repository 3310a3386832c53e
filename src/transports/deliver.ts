/**
 * From a validated ArchiveConfig and a Transcript to receipts: builds the transports, prepares the
 * payload (canonical JSON, encrypted when a public key is configured), and delivers to every
 * destination that has no receipt yet. One call = one attempt, each destination bounded by its
 * transport deadline; destinations run in parallel so "both" fits the same budget.
 */
import type { ArchiveConfig } from '../core/archive/config';
import type { DeliveryReceipt, DestinationKind } from '../core/archive/delivery';
import { transcriptBytes, type Transcript } from '../core/transcript/model';
import { idempotencyKey, remoteName } from '../core/transcript/naming';
import { sha256Hex } from './digest';
import { encryptForArchive } from './encrypt';
import { HttpsTransport, type HttpsTransportOptions } from './https';
import { SftpTransport, type SftpTransportOptions } from './sftp';
import { ArchiveError, isArchiveError, type ArchiveTransport } from './types';

export interface TransportOptions {
  readonly sftp?: SftpTransportOptions;
  readonly https?: HttpsTransportOptions;
}

/** The transports archive_transport selects ([] for `none`). */
export function createTransports(config: ArchiveConfig, options: TransportOptions = {}): ArchiveTransport[] {
  const out: ArchiveTransport[] = [];
  if ((config.transport === 'sftp' || config.transport === 'both') && config.sftp) out.push(new SftpTransport(config.sftp, options.sftp));
  if ((config.transport === 'https' || config.transport === 'both') && config.https) out.push(new HttpsTransport(config.https, options.https));
  return out;
}

export function configuredDestinations(config: ArchiveConfig): DestinationKind[] {
  return config.transport === 'both' ? ['sftp', 'https'] : config.transport === 'none' ? [] : [config.transport];
}

export interface ArchivePayload {
  readonly roomId: string;
  readonly bytes: Uint8Array;
  readonly encrypted: boolean;
  readonly idempotencyKey: string;
  /** Digest and size of `bytes` (record them before the attempt: see PutMeta.acceptDigests). */
  readonly sha256: string;
  readonly size: number;
  /** Remote name per destination: SFTP under archive_sftp_directory, HTTPS without a directory. */
  readonly names: Readonly<Record<DestinationKind, string>>;
}

export async function prepareArchivePayload(transcript: Transcript, config: ArchiveConfig, installId: string): Promise<ArchivePayload> {
  const json = transcriptBytes(transcript);
  const encrypted = config.pgpPublicKey !== undefined;
  const roomId = transcript.room.id;
  const bytes = encrypted ? await encryptForArchive(json, config.pgpPublicKey!, `${roomId}.json`) : json;
  return {
    roomId,
    bytes,
    encrypted,
    idempotencyKey: idempotencyKey(roomId, installId),
    sha256: sha256Hex(bytes),
    size: bytes.length,
    names: {
      sftp: remoteName(config.sftp?.directory ?? '', roomId, transcript.room.closedAt, encrypted).path,
      https: remoteName('', roomId, transcript.room.closedAt, encrypted).path,
    },
  };
}

export interface DestinationFailure {
  readonly destination: DestinationKind;
  readonly code: string;
  readonly retryable: boolean;
  /** Safe to log: no content, no secrets. */
  readonly message: string;
}

export interface AttemptResult {
  readonly receipts: DeliveryReceipt[];
  readonly failures: DestinationFailure[];
}

/**
 * Delivers `payload` to each transport whose kind is in `destinations` (the job's remaining ones).
 * `acceptDigests`: digests of payloads earlier attempts for this room may have delivered;
 * `knownDigests`: re-reads them when a copy is found (see PutMeta.knownDigests).
 */
export async function deliverOnce(
  transports: readonly ArchiveTransport[],
  destinations: readonly DestinationKind[],
  payload: ArchivePayload,
  acceptDigests: readonly string[] = [],
  knownDigests?: () => Promise<readonly string[]>,
): Promise<AttemptResult> {
  const selected = transports.filter((t) => destinations.includes(t.kind));
  const settled = await Promise.allSettled(selected.map((t) => t.put(payload.names[t.kind], payload.bytes, {
    idempotencyKey: payload.idempotencyKey,
    encrypted: payload.encrypted,
    acceptDigests,
    ...(knownDigests ? { knownDigests } : {}),
  })));
  const receipts: DeliveryReceipt[] = [];
  const failures: DestinationFailure[] = [];
  settled.forEach((r, i) => {
    const destination = selected[i].kind;
    if (r.status === 'fulfilled') receipts.push(r.value);
    else if (isArchiveError(r.reason)) failures.push({ destination, code: r.reason.code, retryable: r.reason.retryable, message: r.reason.message });
    else failures.push({ destination, code: 'UNEXPECTED', retryable: true, message: r.reason instanceof Error ? r.reason.name : 'unexpected failure' });
  });
  for (const d of destinations) {
    if (!selected.some((t) => t.kind === d)) failures.push({ destination: d, code: 'CONFIG', retryable: false, message: `no ${d} transport is configured` });
  }
  return { receipts, failures };
}

export { ArchiveError };
