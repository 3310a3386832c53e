/**
 * A real HTTPS archive receiver for tests: a test PKI made with openssl, a Node https server that
 * implements the receiver side of docs/archive.md (signature check, idempotency-key dedup, HEAD),
 * and optional client-certificate authentication (requestCert).
 */
import { createServer, type Server } from 'https';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createHash } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import { removeDir, run, tempDir } from './proc';
import { verifySignature } from '../../../src/transports/digest';

export interface TestPki {
  readonly dir: string;
  readonly caPem: string;
  /** A CA that signed nothing the server uses (wrong-CA tests). */
  readonly otherCaPem: string;
  readonly serverCertPem: string;
  readonly serverKeyPem: string;
  /** Signed by the right CA, but for another name (other.example.invalid): hostname-check tests. */
  readonly wrongNameCertPem: string;
  readonly wrongNameKeyPem: string;
  readonly clientCaPem: string;
  readonly clientCertPem: string;
  readonly clientKeyPem: string;
  /** Client certificate from a CA the server does not trust. */
  readonly strangerCertPem: string;
  readonly strangerKeyPem: string;
  cleanup(): void;
}

function openssl(dir: string, args: readonly string[]): void {
  run('openssl', args, { cwd: dir });
}

function makeCa(dir: string, name: string): void {
  openssl(dir, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-subj', `/CN=PHI Conduit Test ${name}`,
    '-keyout', `${name}.key`, '-out', `${name}.crt`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
}

function makeLeaf(dir: string, ca: string, name: string, ext: string): void {
  openssl(dir, ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`]);
  writeFileSync(join(dir, `${name}.ext`), ext);
  openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-days', '2', '-out', `${name}.crt`, '-extfile', `${name}.ext`]);
}

export function makeTestPki(): TestPki {
  const dir = tempDir('phi-pki');
  makeCa(dir, 'ca');
  makeCa(dir, 'otherca');
  makeCa(dir, 'clientca');
  makeCa(dir, 'strangerca');
  makeLeaf(dir, 'ca', 'server', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n');
  makeLeaf(dir, 'ca', 'wrongname', 'subjectAltName=DNS:other.example.invalid\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature\n');
  makeLeaf(dir, 'clientca', 'client', 'extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature\n');
  makeLeaf(dir, 'strangerca', 'stranger', 'extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature\n');
  // PKCS#8 keys ("BEGIN PRIVATE KEY"), as administrators usually have them.
  for (const k of ['client', 'stranger']) openssl(dir, ['pkcs8', '-topk8', '-nocrypt', '-in', `${k}.key`, '-out', `${k}.p8`]);
  const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
  return {
    dir,
    caPem: read('ca.crt'),
    otherCaPem: read('otherca.crt'),
    serverCertPem: read('server.crt'),
    serverKeyPem: read('server.key'),
    wrongNameCertPem: read('wrongname.crt'),
    wrongNameKeyPem: read('wrongname.key'),
    clientCaPem: read('clientca.crt'),
    clientCertPem: read('client.crt'),
    clientKeyPem: read('client.p8'),
    strangerCertPem: read('stranger.crt'),
    strangerKeyPem: read('stranger.p8'),
    cleanup: () => removeDir(dir),
  };
}

export interface StoredArchive {
  readonly body: Buffer;
  readonly sha256: string;
  readonly name: string;
  readonly clientCertCn?: string;
}

export interface HttpsReceiver {
  readonly url: string;
  readonly port: number;
  /** By idempotency key. */
  readonly stored: Map<string, StoredArchive>;
  /** Every request seen: method, status answered. */
  readonly log: { method: string; status: number; key?: string }[];
  stop(): Promise<void>;
}

export async function startHttpsReceiver(options: { pki: TestPki; hmacSecret: string; requireClientCert?: boolean; path?: string; failNext?: number; wrongName?: boolean }): Promise<HttpsReceiver> {
  const stored = new Map<string, StoredArchive>();
  const log: HttpsReceiver['log'] = [];
  let failNext = options.failNext ?? 0;
  const path = options.path ?? '/archive/transcripts';

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const key = String(req.headers['idempotency-key'] ?? '');
      const answer = (status: number, json?: unknown, headers: Record<string, string> = {}): void => {
        log.push({ method: req.method ?? '', status, key });
        const text = json === undefined ? '' : JSON.stringify(json);
        res.writeHead(status, { ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers });
        res.end(req.method === 'HEAD' ? undefined : text);
      };
      if (new URL(req.url ?? '/', 'https://x').pathname !== path) return answer(404, { error: 'not found' });
      if (options.requireClientCert) {
        const sock = req.socket as import('tls').TLSSocket;
        if (!sock.authorized) return answer(401, { error: 'client certificate required' });
      }
      // Receiver side of the signature (docs/archive.md): HMAC over "<timestamp>.<body>".
      const ts = String(req.headers['x-phi-conduit-timestamp'] ?? '');
      const sig = String(req.headers['x-phi-conduit-signature'] ?? '');
      if (!verifySignature(options.hmacSecret, ts, body, sig, Math.floor(Date.now() / 1000))) return answer(401, { error: 'bad signature' });
      if (!/^[\w-]{16,128}$/.test(key)) return answer(400, { error: 'idempotency key required' });
      const existing = stored.get(key);
      if (req.method === 'HEAD') {
        return existing
          ? answer(200, undefined, { 'X-PHI-Conduit-Content-SHA256': existing.sha256, 'Content-Length': String(existing.body.length) })
          : answer(404);
      }
      if (req.method !== 'POST') return answer(405, { error: 'method' });
      if (failNext > 0) { failNext--; return answer(503, { error: 'try later' }); }
      if (existing) return answer(200, { duplicate: true, sha256: existing.sha256, size: existing.body.length });
      const sha256 = createHash('sha256').update(body).digest('hex');
      const declared = String(req.headers['x-phi-conduit-content-sha256'] ?? '');
      if (declared !== sha256) return answer(400, { error: 'digest mismatch' });
      const cert = (req.socket as import('tls').TLSSocket).getPeerCertificate?.();
      stored.set(key, { body, sha256, name: String(req.headers['x-phi-conduit-name'] ?? ''), clientCertCn: cert && 'subject' in cert ? String(cert.subject?.CN ?? '') : undefined });
      return answer(201, { duplicate: false, sha256, size: body.length });
    });
  };

  const server: Server = createServer({
    key: options.wrongName ? options.pki.wrongNameKeyPem : options.pki.serverKeyPem,
    cert: options.wrongName ? options.pki.wrongNameCertPem : options.pki.serverCertPem,
    ca: options.requireClientCert ? options.pki.clientCaPem : undefined,
    requestCert: options.requireClientCert === true,
    // Refuse the TLS handshake itself without a valid client certificate.
    rejectUnauthorized: options.requireClientCert === true,
  }, handler);
  const sockets = new Set<import('stream').Duplex>();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `https://127.0.0.1:${port}${path}`,
    port,
    stored,
    log,
    stop: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
