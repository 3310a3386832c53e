import fc from 'fast-check';
import {
  backoffDelayMs, createJob, DEFAULT_RETRY_POLICY, DeliveryStateError, isDue, mayPurge, recordFailure, recordReceipt, remainingDestinations, reviveJob, startAttempt,
  type DeliveryReceipt, type RetryPolicy,
} from '../../../src/core/archive/delivery';

const policy: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 60_000, jitter: 0.5, retryDays: 1, leaseMs: 30_000 };
const DAY = 24 * 3600_000;
const receipt = (destination: 'sftp' | 'https'): DeliveryReceipt => ({
  destination, location: 'x', sha256: 'a'.repeat(64), size: 1, deliveredAt: '2026-01-01T00:00:00.000Z', outcome: 'delivered', encrypted: true, idempotencyKey: 'phic1-x',
});

test('pending -> delivering -> delivered when every destination has a receipt', () => {
  let job = createJob('R1', ['sftp', 'https', 'sftp'], 0);
  expect(job.destinations).toEqual(['sftp', 'https']);
  expect(isDue(job, 0)).toBe(true);
  job = startAttempt(job, 0, policy);
  expect(job).toMatchObject({ state: 'delivering', attempts: 1, leaseUntil: 30_000 });
  expect(isDue(job, 29_999)).toBe(false);
  job = recordReceipt(job, receipt('sftp'));
  expect(job.state).toBe('delivering');
  expect(remainingDestinations(job)).toEqual(['https']);
  expect(mayPurge(job)).toBe(false);
  job = recordReceipt(job, receipt('https'));
  expect(job.state).toBe('delivered');
  expect(mayPurge(job)).toBe(true);
  expect(isDue(job, 10 * DAY)).toBe(false);
  expect(() => startAttempt(job, 10 * DAY, policy)).toThrow(DeliveryStateError);
});

test('an attempt whose lease ran out (process died, call timed out) may be started again', () => {
  let job = startAttempt(createJob('R1', ['sftp'], 0), 0, policy);
  expect(isDue(job, 30_000)).toBe(true);
  job = startAttempt(job, 30_000, policy);
  expect(job.attempts).toBe(2);
});

test('failures back off exponentially with jitter and a cap', () => {
  expect([1, 2, 3, 4].map((a) => backoffDelayMs(a, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
  expect([1, 2, 3, 4].map((a) => backoffDelayMs(a, policy, () => 1))).toEqual([1000, 2000, 4000, 8000]);
  expect(backoffDelayMs(40, policy, () => 0.999)).toBeLessThanOrEqual(60_000);
  expect(backoffDelayMs(1000, policy, () => 0.5)).toBe(45_000);
  fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, r) => {
    const d = backoffDelayMs(a, policy, () => r);
    return d >= policy.baseDelayMs * 0.5 && d <= policy.maxDelayMs;
  }));
});

test('retries until archive_retry_days, then dead-letter; revive starts over', () => {
  let job = createJob('R1', ['https'], 0);
  let now = 0;
  while (job.state !== 'dead') {
    job = startAttempt(job, Math.max(now, job.nextAttemptAt), policy);
    now = job.lastAttemptAt! + 100;
    job = recordFailure(job, 'HTTPS_STATUS', now, policy, () => 0.5);
    if (job.state === 'pending') expect(job.nextAttemptAt).toBeGreaterThan(now);
    expect(job.attempts).toBeLessThan(3000); // a 60 s cap over one day
  }
  expect(job.lastErrorCode).toBe('HTTPS_STATUS');
  expect(job.nextAttemptAt).toBeGreaterThan(DAY);
  expect(now).toBeLessThanOrEqual(DAY);
  expect(isDue(job, 100 * DAY)).toBe(false);
  const revived = reviveJob(job, 5 * DAY);
  expect(revived).toMatchObject({ state: 'pending', attempts: 0, createdAt: 5 * DAY });
});

test('a receipt arriving after a failure still counts; failure after delivered changes nothing', () => {
  let job = startAttempt(createJob('R1', ['sftp'], 0), 0, policy);
  job = recordReceipt(job, receipt('sftp'));
  expect(recordFailure(job, 'X', 1, policy, () => 0)).toBe(job);
  expect(() => recordReceipt(createJob('R2', ['sftp'], 0), receipt('https'))).toThrow(DeliveryStateError);
  expect(() => createJob('R3', [], 0)).toThrow(DeliveryStateError);
  expect(DEFAULT_RETRY_POLICY.leaseMs).toBeGreaterThan(10_000);
});
