/**
 * Smoke harness bundled into the sandbox approximation (test/support/servers/deno-sandbox.ts):
 * uses the real transports, config parser, transcript model and openpgp exactly as the app will.
 * No globalThis, no Deno, no process.env, no files.
 */
import { randomBytes } from 'crypto';
import { parseArchiveConfig, type SettingValues } from '../../../src/core/archive/config';
import { buildTranscript } from '../../../src/core/transcript/model';
import { remoteName } from '../../../src/core/transcript/naming';
import { createTransports, deliverOnce, prepareArchivePayload, configuredDestinations } from '../../../src/transports/deliver';
import { SftpTransport } from '../../../src/transports/sftp';
import { sha256Hex } from '../../../src/transports/digest';
import { encryptForArchive, inspectPublicKey } from '../../../src/transports/encrypt';
import { isArchiveError } from '../../../src/transports/types';
import { validateArchiveKeys } from '../../../src/transports/validate';
import { defaultCaBundle } from '../../../src/transports/default-ca';
import type { TranscriptMessageInput } from '../../../src/core/transcript/model';

// The sandbox passes `Deno` as undefined; declared here only so the harness can report that.
declare const Deno: unknown;

interface Input {
  readonly settings: SettingValues;
  readonly roomId: string;
  readonly bigBytes: number;
  readonly wrongFingerprint: string;
  /** More armored public keys: a small message is encrypted to each (checked with gpg outside). */
  readonly extraKeys: readonly string[];
  /** Receivers that must be refused by TLS: another CA, and the right CA for another host name. */
  readonly tlsNegative?: { readonly wrongCaPem: string; readonly wrongNameUrl: string };
  /** Extra throughput runs per cipher (20 MiB each, size check only). */
  readonly cipherRuns?: readonly string[];
  /** Extra throughput runs with other write sizes / pipelining depths. */
  readonly writeVariants?: readonly { readonly chunkBytes: number; readonly inFlight: number }[];
}

export async function run(input: Input): Promise<Record<string, unknown>> {
  const parsed = parseArchiveConfig(input.settings);
  if (!parsed.ok) return { configErrors: parsed.errors };
  const config = parsed.config;
  const key = config.pgpPublicKey ? await inspectPublicKey(config.pgpPublicKey) : undefined;
  const validation = await validateArchiveKeys(config);

  // 1. A transcript, encrypted, to both destinations.
  const messages: TranscriptMessageInput[] = Array.from({ length: 50 }, (_, i) => ({
    id: `SmokeMsg${String(i).padStart(6, '0')}`, ts: Date.parse('2026-05-06T10:00:00Z') + i * 1000,
    text: `synthetic message ${i}`, senderType: i % 2 ? 'visitor' : 'agent', senderId: i % 2 ? 'VisitorSmoke00001' : 'AgentSmoke0000001',
  }));
  const transcript = buildTranscript({
    id: input.roomId, openedAt: '2026-05-06T10:00:00Z', closedAt: '2026-05-06T10:30:00Z', agentIds: ['AgentSmoke0000001'],
    visitor: { id: 'VisitorSmoke00001' },
  }, messages);
  const payload = await prepareArchivePayload(transcript, config, 'smoke-install');
  const attempt = await deliverOnce(createTransports(config), configuredDestinations(config), payload, [payload.sha256]);
  const again = await deliverOnce(createTransports(config), configuredDestinations(config), payload, [payload.sha256]);

  // 2. Wrong fingerprint refused.
  let wrongFp = 'accepted';
  try {
    await new SftpTransport({ ...config.sftp!, hostFingerprint: input.wrongFingerprint }).exists(payload.names.sftp);
  } catch (e) {
    wrongFp = isArchiveError(e) ? e.code : 'other';
  }

  // 2b. TLS verification inside the sandbox (Deno 2.6 never calls checkServerIdentity).
  const tls: Record<string, string> = {};
  if (input.tlsNegative && config.https) {
    const { HttpsTransport } = await import('../../../src/transports/https');
    const tryPut = async (label: string, cfg: typeof config.https): Promise<void> => {
      try {
        await new HttpsTransport(cfg!).put(payload.names.https, payload.bytes, { idempotencyKey: `phic1-tls-${label}`, encrypted: true });
        tls[label] = 'accepted';
      } catch (e) {
        tls[label] = isArchiveError(e) ? e.code : 'other';
      }
    };
    await tryPut('wrongCa', { ...config.https, caPem: input.tlsNegative.wrongCaPem });
    await tryPut('wrongName', { ...config.https, url: input.tlsNegative.wrongNameUrl });
  }

  // 3. Throughput: a large payload over SFTP, with and without the read-back digest check.
  const big = randomBytes(input.bigBytes);
  const bigName = remoteName(config.sftp!.directory, `${input.roomId}Big`, '2026-05-06T10:30:00Z', false).path;
  const t0 = performance.now();
  const bigReceipt = await new SftpTransport(config.sftp!, { deadlineMs: 10_000, verify: 'size' }).put(bigName, big, { idempotencyKey: 'phic1-big', encrypted: false });
  const uploadMs = performance.now() - t0;
  const big2Name = remoteName(config.sftp!.directory, `${input.roomId}Big2`, '2026-05-06T10:30:00Z', false).path;
  const t1 = performance.now();
  await new SftpTransport(config.sftp!, { deadlineMs: 10_000 }).put(big2Name, big, { idempotencyKey: 'phic1-big2', encrypted: false });
  const verifiedMs = performance.now() - t1;

  const perCipher: Record<string, number> = {};
  for (const [i, cipher] of (input.cipherRuns ?? []).entries()) {
    const n = remoteName(config.sftp!.directory, `${input.roomId}C${i}`, '2026-05-06T10:30:00Z', false).path;
    const t = performance.now();
    await new SftpTransport(config.sftp!, { deadlineMs: 10_000, verify: 'size', ciphers: [cipher as never] }).put(n, big, { idempotencyKey: `phic1-c${i}`, encrypted: false });
    perCipher[cipher] = Math.round((big.length / 1048576) / ((performance.now() - t) / 1000) * 10) / 10;
  }

  const perVariant: Record<string, number> = {};
  for (const [i, v] of (input.writeVariants ?? []).entries()) {
    const n = remoteName(config.sftp!.directory, `${input.roomId}V${i}`, '2026-05-06T10:30:00Z', false).path;
    const t = performance.now();
    await new SftpTransport(config.sftp!, { deadlineMs: 10_000, verify: 'size', ...v }).put(n, big, { idempotencyKey: `phic1-v${i}`, encrypted: false });
    perVariant[`${v.chunkBytes / 1024}KiBx${v.inFlight}`] = Math.round((big.length / 1048576) / ((performance.now() - t) / 1000) * 10) / 10;
  }

  const extra: string[] = [];
  for (const k of input.extraKeys) extra.push(Buffer.from(await encryptForArchive(new TextEncoder().encode('extra key check\n'), k)).toString('base64'));

  return {
    extra,
    defaultRoots: (defaultCaBundle().match(/-----BEGIN CERTIFICATE-----/g) ?? []).length,
    tls,
    perCipher,
    perVariant,
    validation,
    keyFingerprint: key?.fingerprint,
    payloadSha256: payload.sha256,
    names: payload.names,
    idempotencyKey: payload.idempotencyKey,
    first: { receipts: attempt.receipts, failures: attempt.failures },
    second: { outcomes: again.receipts.map((r) => r.outcome), failures: again.failures },
    wrongFingerprint: wrongFp,
    big: { name: bigName, name2: big2Name, sha256: sha256Hex(big), size: big.length, receiptSha: bigReceipt.sha256, uploadMs, verifiedMs },
    sandbox: { globalThisType: typeof globalThis, denoType: typeof Deno },
  };
}
