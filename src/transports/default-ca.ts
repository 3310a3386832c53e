/**
 * The built-in trust store for HTTPS delivery. The sandbox cannot read the system's roots
 * (that needs --allow-sys), so the build inlines Node's `tls.rootCertificates`, joined into ONE PEM
 * string (Deno 2.6 uses only ca[0] of an array): scripts/sandbox-shims.mjs defines
 * `__PHI_DEFAULT_CA_BUNDLE__`. Outside a bundle (jest on Node) it is read from node:tls directly.
 */
declare const __PHI_DEFAULT_CA_BUNDLE__: string | undefined;

let cached: string | undefined;

export function defaultCaBundle(): string {
  if (cached !== undefined) return cached;
  if (typeof __PHI_DEFAULT_CA_BUNDLE__ === 'string') {
    cached = __PHI_DEFAULT_CA_BUNDLE__;
  } else {
    // Not bundled: Node (tests, tools). In the sandbox this branch is never taken.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tls = require('tls') as { rootCertificates?: readonly string[] };
    cached = (tls.rootCertificates ?? []).join('\n');
  }
  return cached;
}
