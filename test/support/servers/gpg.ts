/** Real GnuPG with a throw-away GNUPGHOME: a test key pair, its armored public key, and decrypt(). */
import { join } from 'path';
import { writeFileSync } from 'fs';
import { removeDir, run, tempDir } from './proc';

export interface GpgHome {
  readonly home: string;
  readonly armoredPublicKey: string;
  readonly fingerprint: string;
  decrypt(ciphertext: Uint8Array): Buffer;
  stop(): void;
}

/** `default` is rsa3072 on GnuPG 2.2; `future-default` is ed25519/cv25519. */
export function makeGpgHome(algo: 'default' | 'future-default' = 'default'): GpgHome {
  const home = tempDir('phi-gpg');
  const env = { ...process.env, GNUPGHOME: home };
  const gpg = (args: readonly string[], input?: Buffer | string): Buffer => run('gpg', ['--batch', '--no-tty', '--quiet', ...args], { env, input });
  gpg(['--passphrase', '', '--quick-gen-key', 'PHI Conduit Test Archive <archive@example.invalid>', algo, 'default', '1d']);
  const armoredPublicKey = gpg(['--armor', '--export', 'archive@example.invalid']).toString();
  const colons = gpg(['--with-colons', '--fingerprint', 'archive@example.invalid']).toString();
  const fingerprint = /^fpr:+([0-9A-F]{40,64}):/m.exec(colons)?.[1] ?? '';
  return {
    home,
    armoredPublicKey,
    fingerprint,
    decrypt(ciphertext: Uint8Array): Buffer {
      const file = join(home, `in-${Date.now()}-${Math.random().toString(16).slice(2)}.pgp`);
      writeFileSync(file, ciphertext);
      return gpg(['--pinentry-mode', 'loopback', '--passphrase', '', '--decrypt', file]);
    },
    stop(): void {
      // gpg started an agent for this home; stop it by its own control command, then remove.
      try { run('gpgconf', ['--homedir', home, '--kill', 'all'], { env }); } catch { /* no agent */ }
      removeDir(home);
    },
  };
}
