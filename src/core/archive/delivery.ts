/**
 * Pure delivery-state model for one room's archive job (docs/archive.md "Delivery").
 *
 *   pending --start--> delivering --all destinations confirmed--> delivered
 *      ^                   |
 *      +----failure--------+--(older than retry days)--> dead
 *
 * No clock and no randomness of its own: `now` (epoch ms) and `random()` in [0, 1) are injected.
 * Persistence has no atomic claim, so a job in `delivering` whose lease has run out (the attempt
 * died with its process, or a call timeout cut it off) may be started again; that is safe because
 * attempts are idempotent (deterministic remote names, idempotency keys, destination checks).
 */

export type DestinationKind = 'sftp' | 'https';
export type JobState = 'pending' | 'delivering' | 'delivered' | 'dead';

/** Proof of one delivery, kept as a record. Contains no PHI: digests, sizes, ids, times. */
export interface DeliveryReceipt {
  readonly destination: DestinationKind;
  /** Remote path (SFTP) or URL without query (HTTPS). */
  readonly location: string;
  /** Lower-case hex SHA-256 of the bytes that are at the destination. */
  readonly sha256: string;
  readonly size: number;
  /** ISO time of confirmation. */
  readonly deliveredAt: string;
  /** `delivered`: this attempt wrote it; `already-present`: an earlier attempt had. */
  readonly outcome: 'delivered' | 'already-present';
  readonly encrypted: boolean;
  readonly idempotencyKey: string;
  /** HTTPS status code, when applicable. */
  readonly status?: number;
}

export interface RetryPolicy {
  /** First retry delay. */
  readonly baseDelayMs: number;
  /** Upper bound of any delay. */
  readonly maxDelayMs: number;
  /** Fraction of the delay that is randomised, 0..1 (0.5 = "equal jitter"). */
  readonly jitter: number;
  /** archive_retry_days: after this long since the job was created, it goes to dead-letter. */
  readonly retryDays: number;
  /** How long an attempt may hold the job before another one may start (> the attempt deadline). */
  readonly leaseMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 60_000,
  maxDelayMs: 6 * 60 * 60_000,
  jitter: 0.5,
  retryDays: 7,
  leaseMs: 60_000,
};

export interface DeliveryJob {
  readonly roomId: string;
  readonly destinations: readonly DestinationKind[];
  readonly state: JobState;
  readonly attempts: number;
  readonly createdAt: number;
  readonly nextAttemptAt: number;
  readonly leaseUntil?: number;
  readonly lastAttemptAt?: number;
  /** An error code (never a message with content), e.g. `SFTP_HOST_KEY_MISMATCH`. */
  readonly lastErrorCode?: string;
  readonly receipts: Partial<Record<DestinationKind, DeliveryReceipt>>;
}

export class DeliveryStateError extends Error {
  override name = 'DeliveryStateError';
}

export function createJob(roomId: string, destinations: readonly DestinationKind[], now: number): DeliveryJob {
  if (destinations.length === 0) throw new DeliveryStateError('a job needs at least one destination');
  return { roomId, destinations: [...new Set(destinations)], state: 'pending', attempts: 0, createdAt: now, nextAttemptAt: now, receipts: {} };
}

/** Destinations that still need a confirmed delivery. */
export function remainingDestinations(job: DeliveryJob): DestinationKind[] {
  return job.destinations.filter((d) => job.receipts[d] === undefined);
}

/** Whether an attempt may start now: due and pending, or delivering with an expired lease. */
export function isDue(job: DeliveryJob, now: number): boolean {
  if (job.state === 'pending') return now >= job.nextAttemptAt;
  if (job.state === 'delivering') return job.leaseUntil === undefined || now >= job.leaseUntil;
  return false;
}

export function startAttempt(job: DeliveryJob, now: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): DeliveryJob {
  if (!isDue(job, now)) throw new DeliveryStateError(`job is ${job.state} and not due`);
  return { ...job, state: 'delivering', attempts: job.attempts + 1, lastAttemptAt: now, leaseUntil: now + policy.leaseMs };
}

/** Delay before retry number `attempt` (1 = after the first failure): exponential, capped, jittered. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 40));
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  const jitter = Math.min(Math.max(policy.jitter, 0), 1);
  return Math.round(ceiling * (1 - jitter) + ceiling * jitter * r);
}

function deadline(job: DeliveryJob, policy: RetryPolicy): number {
  return job.createdAt + policy.retryDays * 24 * 60 * 60_000;
}

export function recordReceipt(job: DeliveryJob, receipt: DeliveryReceipt): DeliveryJob {
  if (!job.destinations.includes(receipt.destination)) throw new DeliveryStateError('receipt for a destination the job does not have');
  const receipts = { ...job.receipts, [receipt.destination]: receipt };
  const done = job.destinations.every((d) => receipts[d] !== undefined);
  return done
    ? { ...job, receipts, state: 'delivered', leaseUntil: undefined, lastErrorCode: undefined }
    : { ...job, receipts };
}

/**
 * The attempt ended without every destination confirmed. Goes back to pending with a backoff, or
 * to dead-letter when the next try would fall after `retryDays` since creation.
 */
export function recordFailure(job: DeliveryJob, errorCode: string, now: number, policy: RetryPolicy, random: () => number): DeliveryJob {
  if (job.state === 'delivered' || job.state === 'dead') return job;
  const next = now + backoffDelayMs(Math.max(job.attempts, 1), policy, random);
  if (next > deadline(job, policy)) {
    return { ...job, state: 'dead', leaseUntil: undefined, lastErrorCode: errorCode, nextAttemptAt: next };
  }
  return { ...job, state: 'pending', leaseUntil: undefined, lastErrorCode: errorCode, nextAttemptAt: next };
}

/** An operator may revive a dead job (e.g. after fixing the configuration). */
export function reviveJob(job: DeliveryJob, now: number): DeliveryJob {
  if (job.state !== 'dead') return job;
  return { ...job, state: 'pending', createdAt: now, attempts: 0, nextAttemptAt: now, leaseUntil: undefined };
}

/** Purging from Rocket.Chat is allowed only when every destination has a receipt. */
export function mayPurge(job: DeliveryJob): boolean {
  return job.state === 'delivered' && remainingDestinations(job).length === 0;
}
