/**
 * A real OpenSSH sshd on 127.0.0.1 for tests (DESIGN.md §3 recipe): throw-away host keys,
 * public-key auth only for the current user, internal-sftp, killed by PID in stop().
 */
import { type ChildProcess, spawnSync } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync, chmodSync, existsSync } from 'fs';
import { userInfo } from 'os';
import { join } from 'path';
import { freePort, removeDir, run, startProcess, stopProcess, tempDir, waitFor } from './proc';

export const SSHD = existsSync('/usr/sbin/sshd') ? '/usr/sbin/sshd' : 'sshd';

export interface SshKeyPair {
  readonly privateKey: string;
  readonly publicKey: string;
}

export function generateSshKey(type: 'ed25519' | 'rsa' | 'ecdsa', dir: string, name = `id_${type}`): SshKeyPair {
  const path = join(dir, name);
  run('ssh-keygen', ['-q', '-t', type, ...(type === 'rsa' ? ['-b', '3072'] : []), '-N', '', '-C', 'phi-conduit-test', '-f', path]);
  return { privateKey: readFileSync(path, 'utf8'), publicKey: readFileSync(`${path}.pub`, 'utf8') };
}

export interface SshdServer {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  /** `SHA256:...` of the ed25519 host key, as ssh-keygen -lf prints it. */
  readonly hostFingerprint: string;
  readonly dir: string;
  /** A directory the test user may write to; use absolute archive paths under it. */
  readonly archiveRoot: string;
  readonly client: SshKeyPair;
  readonly pid: number;
  stop(): Promise<void>;
}

export async function startSshd(options: { clientKeyType?: 'ed25519' | 'rsa'; extraAuthorizedKeys?: readonly string[] } = {}): Promise<SshdServer> {
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  // The name marks the sshd's command line (its -f path): CI checks that no 'phi-conduit-test-sshd' process is left.
  const dir = tempDir('phi-conduit-test-sshd');
  const hostKey = join(dir, 'ssh_host_ed25519_key');
  run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
  chmodSync(hostKey, 0o600);
  const fingerprint = run('ssh-keygen', ['-lf', `${hostKey}.pub`]).toString().split(' ')[1];
  const client = generateSshKey(options.clientKeyType ?? 'ed25519', dir);
  const authorized = join(dir, 'authorized_keys');
  writeFileSync(authorized, [client.publicKey, ...(options.extraAuthorizedKeys ?? [])].join('\n'), { mode: 0o600 });
  const archiveRoot = join(dir, 'archive');
  mkdirSync(archiveRoot);
  const port = await freePort();
  const username = userInfo().username;
  const config = join(dir, 'sshd_config');
  writeFileSync(config, [
    `ListenAddress 127.0.0.1`,
    `HostKey ${hostKey}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${authorized}`,
    'UsePAM no',
    'StrictModes no',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PubkeyAuthentication yes',
    'PermitRootLogin prohibit-password',
    `AllowUsers ${username}`,
    'Subsystem sftp internal-sftp',
    'LogLevel ERROR',
    'MaxStartups 50',
    '',
  ].join('\n'));
  const child: ChildProcess = startProcess(SSHD, ['-D', '-e', '-f', config, '-p', String(port)]);
  const stop = async (): Promise<void> => {
    await stopProcess(child);
    removeDir(dir);
  };
  try {
    await waitFor(() => {
      if (child.exitCode !== null) throw new Error(`sshd exited with ${child.exitCode}`);
      const r = spawnSync('ssh-keyscan', ['-T', '1', '-t', 'ed25519', '-p', String(port), '127.0.0.1'], { timeout: 2000 });
      return r.status === 0 && r.stdout.toString().includes('ssh-ed25519');
    }, 10_000, 'sshd to accept connections');
  } catch (e) {
    await stop();
    throw e;
  }
  return { host: '127.0.0.1', port, username, hostFingerprint: fingerprint, dir, archiveRoot, client, pid: child.pid!, stop };
}
