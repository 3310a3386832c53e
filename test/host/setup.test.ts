// scripts/setup-host.mjs is idempotent: run twice, the second run changes nothing.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

jest.setTimeout(120_000);

test('setup-host is idempotent', () => {
    const script = path.join(__dirname, '..', '..', 'scripts', 'setup-host.mjs');
    const env = { ...process.env, PHI_SETUP_HOST_SKIP: '' };
    execFileSync(process.execPath, [script], { env, encoding: 'utf8' });
    const second = execFileSync(process.execPath, [script], { env, encoding: 'utf8' });
    expect(second).toContain('runtime cache up to date');
    expect(second).not.toMatch(/linked|wrote|patched|deleted|re-caching/);
});
