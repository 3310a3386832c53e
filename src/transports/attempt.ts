/**
 * One scheduled archive attempt for one room, end to end, with storage injected:
 *   load job (or create it) -> due? -> mark delivering (lease) -> build + encrypt payload ->
 *   record this attempt's payload digest -> deliver to the destinations still missing ->
 *   record receipts / failure with backoff or dead-letter -> save.
 *
 * The Apps-Engine adapter supplies `ArchiveJobStore` over IPersistence (one record per job, and
 * ONE RECORD PER ATTEMPT DIGEST: a unique association per attempt id, so that concurrent attempts
 * on several Rocket.Chat instances never overwrite each other's digests).
 */
import { randomBytes } from 'crypto';
import type { ArchiveConfig } from '../core/archive/config';
import {
  createJob, DEFAULT_RETRY_POLICY, isDue, recordFailure, recordReceipt, remainingDestinations, startAttempt,
  type DeliveryJob, type DeliveryReceipt, type RetryPolicy,
} from '../core/archive/delivery';
import type { Transcript } from '../core/transcript/model';
import { configuredDestinations, createTransports, deliverOnce, prepareArchivePayload, type DestinationFailure } from './deliver';
import { ArchiveError, isArchiveError, type ArchiveTransport } from './types';

export interface ArchiveJobStore {
  load(roomId: string): Promise<DeliveryJob | undefined>;
  save(job: DeliveryJob): Promise<void>;
  /** Must never overwrite another attempt's record (key it by roomId + attemptId). */
  addAttemptDigest(roomId: string, attemptId: string, sha256: string): Promise<void>;
  attemptDigests(roomId: string): Promise<string[]>;
}

export interface ArchiveAttemptParams {
  readonly roomId: string;
  readonly config: ArchiveConfig;
  readonly installId: string;
  readonly store: ArchiveJobStore;
  /** Builds the transcript from the room as stored now (called only when an attempt runs). */
  readonly loadTranscript: () => Promise<Transcript>;
  readonly now: () => number;
  readonly random: () => number;
  readonly policy?: RetryPolicy;
  /** Defaults to createTransports(config). */
  readonly transports?: readonly ArchiveTransport[];
}

export interface ArchiveAttemptResult {
  readonly job: DeliveryJob;
  /** False when the job was not due (or already delivered / dead): nothing was done. */
  readonly attempted: boolean;
  readonly receipts: readonly DeliveryReceipt[];
  readonly failures: readonly DestinationFailure[];
}

export async function runArchiveAttempt(p: ArchiveAttemptParams): Promise<ArchiveAttemptResult> {
  const policy = p.policy ?? { ...DEFAULT_RETRY_POLICY, retryDays: p.config.retryDays };
  const destinations = configuredDestinations(p.config);
  const stored = await p.store.load(p.roomId);
  if (!stored && destinations.length === 0) {
    throw new ArchiveError('CONFIG', 'archive_transport is none: there is no destination to deliver to', false);
  }
  // A job keeps the destinations it was created with (a later settings change applies to new rooms).
  let job = stored ?? createJob(p.roomId, destinations, p.now());
  if (!isDue(job, p.now())) return { job, attempted: false, receipts: [], failures: [] };

  job = startAttempt(job, p.now(), policy);
  await p.store.save(job);

  let receipts: DeliveryReceipt[] = [];
  let failures: DestinationFailure[] = [];
  try {
    const payload = await prepareArchivePayload(await p.loadTranscript(), p.config, p.installId);
    await p.store.addAttemptDigest(p.roomId, randomBytes(8).toString('hex'), payload.sha256);
    const accept = await p.store.attemptDigests(p.roomId);
    ({ receipts, failures } = await deliverOnce(p.transports ?? createTransports(p.config), remainingDestinations(job), payload, accept, () => p.store.attemptDigests(p.roomId)));
  } catch (e) {
    failures = remainingDestinations(job).map((destination) => ({
      destination,
      code: isArchiveError(e) ? e.code : 'PREPARE',
      retryable: isArchiveError(e) ? e.retryable : true,
      message: isArchiveError(e) ? e.message : `the transcript could not be prepared (${describePrepareError(e)})`,
    }));
  }
  for (const r of receipts) job = recordReceipt(job, r);
  if (job.state !== 'delivered') {
    job = recordFailure(job, failures[0]?.code ?? 'INCOMPLETE', p.now(), policy, p.random);
  }
  await p.store.save(job);
  return { job, attempted: true, receipts, failures };
}

/** The class of a preparation error; a TranscriptInputError's message names only the field at fault. */
function describePrepareError(e: unknown): string {
  if (!(e instanceof Error)) return typeof e;
  return e.name === 'TranscriptInputError' ? `${e.name}: ${e.message}` : e.name;
}

/** An in-memory ArchiveJobStore (tests, tools). */
export class MemoryArchiveJobStore implements ArchiveJobStore {
  readonly jobs = new Map<string, DeliveryJob>();
  readonly digests = new Map<string, Map<string, string>>();
  async load(roomId: string): Promise<DeliveryJob | undefined> { return this.jobs.get(roomId); }
  async save(job: DeliveryJob): Promise<void> { this.jobs.set(job.roomId, job); }
  async addAttemptDigest(roomId: string, attemptId: string, sha256: string): Promise<void> {
    const m = this.digests.get(roomId) ?? new Map<string, string>();
    m.set(attemptId, sha256);
    this.digests.set(roomId, m);
  }
  async attemptDigests(roomId: string): Promise<string[]> { return [...(this.digests.get(roomId)?.values() ?? [])]; }
}
