/**
 * A small SFTP server in Node (ssh2's server side) for the demo, so that `npm ci && npm run demo`
 * works on a machine without OpenSSH. Files live in a real directory. It implements what the
 * archive transport uses, with OpenSSH's semantics where they matter: exclusive create, a plain
 * RENAME that refuses an existing target, fstat, read back, mkdir, readdir, remove.
 * Public-key authentication of one user with one key; an ed25519 host key whose SHA256 fingerprint
 * is pinned like OpenSSH's. The tests use the real OpenSSH sshd (sshd.ts).
 */
import { createHash, timingSafeEqual } from 'crypto';
import * as fs from 'fs';
import { join, resolve, sep } from 'path';
import { Server, utils, type Connection, type SFTPWrapper } from 'ssh2';
import { removeDir, tempDir } from './proc';

const { OPEN_MODE, STATUS_CODE } = utils.sftp;

export interface Ssh2SftpServer {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly hostFingerprint: string;
  /** The directory served as the SFTP root ('/'). */
  readonly root: string;
  readonly clientPrivateKey: string;
  stop(): Promise<void>;
}

function fingerprint(publicKeyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(publicKeyBlob).digest('base64').slice(0, 43)}`;
}

function attrsOf(st: fs.Stats) {
  return { mode: st.mode, uid: st.uid, gid: st.gid, size: st.size, atime: Math.floor(st.atimeMs / 1000), mtime: Math.floor(st.mtimeMs / 1000) };
}

export async function startSsh2SftpServer(username = 'archive'): Promise<Ssh2SftpServer> {
  const root = tempDir('phi-demo-sftp');
  const hostKey = utils.generateKeyPairSync('ed25519');
  const client = utils.generateKeyPairSync('ed25519', { comment: 'phi-conduit-demo' });
  const allowed = utils.parseKey(client.public);
  if (allowed instanceof Error) throw allowed;
  const allowedKey = Array.isArray(allowed) ? allowed[0] : allowed;
  const hostParsed = utils.parseKey(hostKey.private);
  if (hostParsed instanceof Error) throw hostParsed;
  const hostPublic = (Array.isArray(hostParsed) ? hostParsed[0] : hostParsed).getPublicSSH();

  /** Maps an SFTP path to a path under root; never outside it. */
  const local = (p: string): string => {
    const full = resolve(root, `.${p.startsWith('/') ? p : `/${p}`}`);
    if (full !== root && !full.startsWith(root + sep)) throw new Error('outside root');
    return full;
  };

  const connections = new Set<Connection>();
  const server = new Server({ hostKeys: [hostKey.private] }, (conn) => {
    connections.add(conn);
    conn.on('close', () => connections.delete(conn));
    conn.on('error', () => undefined);
    conn.on('authentication', (ctx) => {
      if (ctx.method !== 'publickey' || ctx.username !== username) return ctx.reject(['publickey']);
      const want = allowedKey.getPublicSSH();
      const match = ctx.key.algo === allowedKey.type && ctx.key.data.length === want.length && timingSafeEqual(ctx.key.data, want);
      if (!match) return ctx.reject(['publickey']);
      if (ctx.signature && ctx.blob && allowedKey.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) return ctx.reject(['publickey']);
      ctx.accept();
    });
    conn.on('ready', () => {
      conn.on('session', (accept) => {
        const session = accept();
        session.on('sftp', (acceptSftp) => serve(acceptSftp(), local));
      });
    });
  });
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    host: '127.0.0.1',
    port,
    username,
    hostFingerprint: fingerprint(hostPublic),
    root,
    clientPrivateKey: client.private,
    stop: () => new Promise<void>((r) => {
      for (const c of connections) c.end();
      server.close(() => {
        removeDir(root);
        r();
      });
    }),
  };
}

function serve(sftp: SFTPWrapper, local: (p: string) => string): void {
  const handles = new Map<number, { fd?: number; dir?: string[]; path: string }>();
  let next = 1;
  const newHandle = (entry: { fd?: number; dir?: string[]; path: string }): Buffer => {
    const id = next++;
    handles.set(id, entry);
    const b = Buffer.alloc(4);
    b.writeUInt32BE(id);
    return b;
  };
  const get = (h: Buffer) => (h.length === 4 ? handles.get(h.readUInt32BE(0)) : undefined);
  const fail = (reqId: number, e: unknown): void => {
    const code = (e as { code?: string }).code;
    sftp.status(reqId, code === 'ENOENT' ? STATUS_CODE.NO_SUCH_FILE : code === 'EACCES' ? STATUS_CODE.PERMISSION_DENIED : STATUS_CODE.FAILURE);
  };
  const guard = (reqId: number, fn: () => void): void => {
    try { fn(); } catch (e) { fail(reqId, e); }
  };

  sftp.on('OPEN', (reqId, filename, flags) => guard(reqId, () => {
    let mode = 'r';
    if (flags & OPEN_MODE.WRITE) mode = flags & OPEN_MODE.EXCL ? 'wx' : flags & OPEN_MODE.APPEND ? 'a' : 'w';
    const fd = fs.openSync(local(filename), mode, 0o640);
    sftp.handle(reqId, newHandle({ fd, path: filename }));
  }));
  sftp.on('WRITE', (reqId, handle, offset, data) => guard(reqId, () => {
    const h = get(handle);
    if (h?.fd === undefined) return sftp.status(reqId, STATUS_CODE.FAILURE);
    fs.writeSync(h.fd, data, 0, data.length, offset);
    sftp.status(reqId, STATUS_CODE.OK);
  }));
  sftp.on('READ', (reqId, handle, offset, length) => guard(reqId, () => {
    const h = get(handle);
    if (h?.fd === undefined) return sftp.status(reqId, STATUS_CODE.FAILURE);
    const buf = Buffer.alloc(length);
    const n = fs.readSync(h.fd, buf, 0, length, offset);
    if (n === 0) return sftp.status(reqId, STATUS_CODE.EOF);
    sftp.data(reqId, buf.subarray(0, n));
  }));
  sftp.on('FSTAT', (reqId, handle) => guard(reqId, () => {
    const h = get(handle);
    if (h?.fd === undefined) return sftp.status(reqId, STATUS_CODE.FAILURE);
    sftp.attrs(reqId, attrsOf(fs.fstatSync(h.fd)));
  }));
  sftp.on('CLOSE', (reqId, handle) => guard(reqId, () => {
    const h = get(handle);
    if (!h) return sftp.status(reqId, STATUS_CODE.FAILURE);
    if (h.fd !== undefined) fs.closeSync(h.fd);
    handles.delete(handle.readUInt32BE(0));
    sftp.status(reqId, STATUS_CODE.OK);
  }));
  const stat = (reqId: number, path: string): void => guard(reqId, () => sftp.attrs(reqId, attrsOf(fs.statSync(local(path)))));
  sftp.on('STAT', stat);
  sftp.on('LSTAT', stat);
  sftp.on('MKDIR', (reqId, path) => guard(reqId, () => {
    fs.mkdirSync(local(path), { mode: 0o750 });
    sftp.status(reqId, STATUS_CODE.OK);
  }));
  sftp.on('RENAME', (reqId, from, to) => guard(reqId, () => {
    // SSH_FXP_RENAME as OpenSSH implements it: never replaces an existing file.
    if (fs.existsSync(local(to))) return sftp.status(reqId, STATUS_CODE.FAILURE);
    fs.linkSync(local(from), local(to));
    fs.unlinkSync(local(from));
    sftp.status(reqId, STATUS_CODE.OK);
  }));
  sftp.on('REMOVE', (reqId, path) => guard(reqId, () => {
    fs.unlinkSync(local(path));
    sftp.status(reqId, STATUS_CODE.OK);
  }));
  sftp.on('OPENDIR', (reqId, path) => guard(reqId, () => {
    sftp.handle(reqId, newHandle({ dir: fs.readdirSync(local(path)), path }));
  }));
  sftp.on('READDIR', (reqId, handle) => guard(reqId, () => {
    const h = get(handle);
    if (!h?.dir) return sftp.status(reqId, STATUS_CODE.FAILURE);
    if (h.dir.length === 0) return sftp.status(reqId, STATUS_CODE.EOF);
    const names = h.dir.splice(0, h.dir.length).map((filename) => {
      const st = fs.statSync(join(local(h.path), filename));
      return { filename, longname: filename, attrs: attrsOf(st) };
    });
    sftp.name(reqId, names);
  }));
  sftp.on('REALPATH', (reqId, path) => {
    const p = path === '.' || path === '' ? '/' : path;
    sftp.name(reqId, [{ filename: p, longname: p, attrs: {} as never }]);
  });
  sftp.on('EXTENDED', (reqId) => sftp.status(reqId, STATUS_CODE.OP_UNSUPPORTED));
  sftp.on('SETSTAT', (reqId) => sftp.status(reqId, STATUS_CODE.OK));
  sftp.on('FSETSTAT', (reqId) => sftp.status(reqId, STATUS_CODE.OK));
}
