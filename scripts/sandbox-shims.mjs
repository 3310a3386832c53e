// esbuild plugin that makes third-party code loadable inside the Apps-Engine Deno sandbox
// (DESIGN.md §2): `node:X` specifiers are rewritten to `X`, because the sandbox's `require`
// only accepts the bare names of an allow-list of node modules.
export const SANDBOX_ALLOWED_MODULES = [
  'path', 'url', 'crypto', 'buffer', 'stream', 'net', 'http', 'https', 'zlib', 'util',
  'punycode', 'os', 'querystring', 'fs', 'uuid',
];

export function sandboxShimsPlugin() {
  return {
    name: 'phi-conduit-sandbox-shims',
    setup(build) {
      build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path.slice(5), external: true }));
    },
  };
}
