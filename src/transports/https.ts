/**
 * HTTPS delivery with node:https (DESIGN.md §2: the sandbox needs an explicit `ca` on every call;
 * Deno 2.6 uses only ca[0], so the trust store is ONE concatenated PEM string: the built-in bundle
 * of Node's root certificates plus archive_https_ca_pem).
 *
 * Receiver contract (docs/archive.md):
 *   POST <url>   body = payload; headers Idempotency-Key, X-PHI-Conduit-Timestamp,
 *                X-PHI-Conduit-Signature = sha256=<hex HMAC(secret, timestamp + "." + body)>,
 *                X-PHI-Conduit-Name (the deterministic file name), X-PHI-Conduit-Content-SHA256.
 *                2xx = stored (or already stored under this key: the receiver never keeps two).
 *                An optional JSON answer {"sha256": "...", "size": n, "duplicate": bool} is checked.
 *   HEAD <url>   same headers with an empty body; 200 = a copy exists for this key (optional
 *                X-PHI-Conduit-Content-SHA256), 404 = none; anything else = the receiver cannot tell.
 */
import { Agent, request as httpsRequest, type RequestOptions } from 'https';
import type { IncomingMessage } from 'http';
import type { HttpsConfig } from '../core/archive/config';
import { ArchiveError, type ArchiveTransport, type DeliveryReceipt, type PutMeta, type RemoteState } from './types';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, sha256Hex, signBody } from './digest';
import { defaultCaBundle } from './default-ca';

export const NAME_HEADER = 'X-PHI-Conduit-Name';
export const CONTENT_SHA256_HEADER = 'X-PHI-Conduit-Content-SHA256';
export const ENCRYPTED_HEADER = 'X-PHI-Conduit-Encrypted';

export interface HttpsTransportOptions {
  /** Whole-request deadline (≤ 10 s). */
  readonly deadlineMs?: number;
  /** Replaces the built-in root bundle (tests); the configured CA is still added. */
  readonly baseCaPem?: string;
  /** Clock for the signature timestamp (seconds). */
  readonly nowSeconds?: () => number;
}

interface Response {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO|HOSTNAME|ALTNAME|VERIFY/i;

export class HttpsTransport implements ArchiveTransport {
  readonly kind = 'https' as const;
  private readonly url: URL;
  private readonly ca: string;
  private readonly deadlineMs: number;
  private readonly nowSeconds: () => number;

  constructor(private readonly config: HttpsConfig, options: HttpsTransportOptions = {}) {
    this.url = new URL(config.url);
    if (this.url.protocol !== 'https:') throw new ArchiveError('CONFIG', 'archive_https_url: must start with https://', false);
    this.ca = [options.baseCaPem ?? defaultCaBundle(), config.caPem ?? ''].filter((s) => s !== '').join('\n');
    this.deadlineMs = Math.min(options.deadlineMs ?? 8_000, 10_000);
    this.nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  }

  location(remoteName: string): string {
    return `${this.url.origin}${this.url.pathname}#${remoteName}`;
  }

  async exists(remoteName: string, meta: Pick<PutMeta, 'idempotencyKey'>): Promise<RemoteState> {
    const res = await this.send('HEAD', remoteName, new Uint8Array(0), { idempotencyKey: meta.idempotencyKey, encrypted: false });
    if (res.status === 404) return { exists: false, known: true };
    if (res.status === 200) {
      const sha = res.headers[CONTENT_SHA256_HEADER.toLowerCase()];
      const size = Number(res.headers['content-length']);
      return { exists: true, known: true, ...(typeof sha === 'string' ? { sha256: sha.toLowerCase() } : {}), ...(Number.isFinite(size) ? { size } : {}) };
    }
    return { exists: false, known: false };
  }

  async put(remoteName: string, bytes: Uint8Array, meta: PutMeta): Promise<DeliveryReceipt> {
    const digest = sha256Hex(bytes);
    const res = await this.send('POST', remoteName, bytes, meta);
    if (res.status < 200 || res.status > 299) {
      // 4xx other than 408/429 will not fix themselves by retrying (bad signature, bad request).
      const retryable = res.status >= 500 || res.status === 408 || res.status === 429;
      throw new ArchiveError('HTTPS_STATUS', `the archive receiver answered HTTP ${res.status}`, retryable, { status: res.status });
    }
    let reported: { sha256?: unknown; size?: unknown; duplicate?: unknown } = {};
    if (String(res.headers['content-type'] ?? '').includes('json') && res.body.length > 0) {
      try { reported = JSON.parse(res.body.toString('utf8')) as typeof reported; } catch { reported = {}; }
    }
    const duplicate = reported.duplicate === true;
    const remoteSha = typeof reported.sha256 === 'string' ? reported.sha256.toLowerCase() : undefined;
    if (!duplicate && remoteSha !== undefined && remoteSha !== digest) {
      throw new ArchiveError('VERIFY_MISMATCH', 'the archive receiver reports a different digest than was sent', true);
    }
    return {
      destination: 'https',
      location: this.location(remoteName),
      sha256: duplicate && remoteSha ? remoteSha : digest,
      size: duplicate && typeof reported.size === 'number' ? reported.size : bytes.length,
      deliveredAt: new Date().toISOString(),
      outcome: duplicate ? 'already-present' : 'delivered',
      encrypted: meta.encrypted,
      idempotencyKey: meta.idempotencyKey,
      status: res.status,
    };
  }

  private send(method: 'POST' | 'HEAD', remoteName: string, body: Uint8Array, meta: Pick<PutMeta, 'idempotencyKey' | 'encrypted' | 'contentType'>): Promise<Response> {
    const timestamp = String(this.nowSeconds());
    const options: RequestOptions = {
      method,
      host: this.url.hostname.replace(/^\[|\]$/g, ''),
      port: this.url.port === '' ? 443 : Number(this.url.port),
      path: `${this.url.pathname}${this.url.search}`,
      servername: /^[\d.]+$|:/.test(this.url.hostname) ? undefined : this.url.hostname,
      ca: this.ca,
      rejectUnauthorized: true,
      ...(this.config.clientCertPem && this.config.clientKeyPem ? { cert: this.config.clientCertPem, key: this.config.clientKeyPem } : {}),
      // A fresh agent per request: no pooled connection or TLS session is reused across
      // configuration changes. (Deno 2.6 throws on `agent: false`.)
      agent: new Agent({ keepAlive: false, maxCachedSessions: 0 }),
      headers: {
        'Content-Type': meta.contentType ?? (meta.encrypted ? 'application/pgp-encrypted' : 'application/json'),
        'Content-Length': String(body.length),
        [IDEMPOTENCY_HEADER]: meta.idempotencyKey,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signBody(this.config.hmacSecret, timestamp, body),
        [NAME_HEADER]: remoteName,
        [CONTENT_SHA256_HEADER]: method === 'POST' ? sha256Hex(body) : '',
        [ENCRYPTED_HEADER]: meta.encrypted ? 'true' : 'false',
        Connection: 'close',
      },
    };
    if (method === 'HEAD') delete (options.headers as Record<string, string>)[CONTENT_SHA256_HEADER];

    return new Promise<Response>((resolve, reject) => {
      let done = false;
      const finish = (e: ArchiveError | undefined, r?: Response): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (e) { req.destroy(); reject(e); } else resolve(r!);
      };
      const req = httpsRequest(options, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= 64 * 1024) chunks.push(c);
        });
        res.on('end', () => finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', () => finish(new ArchiveError('HTTPS_RESPONSE', 'the response was cut off', true)));
      });
      const timer = setTimeout(() => finish(new ArchiveError('TIMEOUT', `HTTPS request exceeded ${this.deadlineMs} ms`, true)), this.deadlineMs);
      req.on('error', (e: Error & { code?: string }) => {
        const code = e.code ?? '';
        if (TLS_CODES.test(code) || TLS_CODES.test(e.message)) {
          finish(new ArchiveError('HTTPS_TLS', `TLS verification of the archive receiver failed (${code || 'tls'})`, false, { tlsCode: code }));
        } else {
          finish(new ArchiveError('CONNECT', `connection to the archive receiver failed (${code || 'error'})`, true));
        }
      });
      req.end(body.length > 0 ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : undefined);
    });
  }
}
