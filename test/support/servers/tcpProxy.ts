/**
 * A TCP proxy on 127.0.0.1 in front of a test server, to simulate outages: `down` refuses every
 * connection (closed at once), `hang` accepts and never answers (a black hole), `cut` drops both sides once the client has sent n bytes
 * through it (a disconnect in the middle of an upload), `up` forwards.
 */
import { createConnection, createServer, type Server, type Socket } from 'net';

export type ProxyMode = { kind: 'up' } | { kind: 'down' } | { kind: 'hang' } | { kind: 'cut'; afterClientBytes: number };

export interface TcpProxy {
  readonly port: number;
  mode: ProxyMode;
  /** Connections accepted, and how many were cut mid-stream. */
  readonly stats: { connections: number; refused: number; cut: number };
  stop(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (s: Socket): void => { sockets.add(s); s.on('close', () => sockets.delete(s)); };
  const proxy: TcpProxy = {
    port: 0,
    mode: { kind: 'up' },
    stats: { connections: 0, refused: 0, cut: 0 },
    stop: async () => undefined,
  };
  const server: Server = createServer((client) => {
    track(client);
    proxy.stats.connections++;
    const mode = proxy.mode;
    if (mode.kind === 'down') {
      proxy.stats.refused++;
      client.destroy();
      return;
    }
    if (mode.kind === 'hang') {
      client.resume();
      return;
    }
    const upstream = createConnection({ port: targetPort, host: targetHost });
    track(upstream);
    let sent = 0;
    client.on('data', (chunk: Buffer) => {
      if (mode.kind === 'cut' && sent + chunk.length > mode.afterClientBytes) {
        const head = chunk.subarray(0, Math.max(0, mode.afterClientBytes - sent));
        sent = mode.afterClientBytes;
        if (head.length > 0) upstream.write(head);
        proxy.stats.cut++;
        client.destroy();
        upstream.destroy();
        return;
      }
      sent += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => { if (!client.destroyed) client.write(chunk); });
    const close = (): void => { client.destroy(); upstream.destroy(); };
    client.on('close', close);
    upstream.on('close', close);
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (proxy as { port: number }).port = (server.address() as { port: number }).port;
  proxy.stop = () => new Promise<void>((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  });
  return proxy;
}
