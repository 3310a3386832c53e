// `npm run package`: bundles the app and every runtime dependency into ONE CommonJS class file and
// zips it the way Rocket.Chat's upload expects (DESIGN.md §2, §3):
//   app.json (with `implements` computed from the class), icon.png, i18n/*.json, src/PhiConduitApp.js
// A single code file makes the runtime load the bundle as it is, instead of re-bundling it for node10.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import yazl from 'yazl';
import { sandboxShimsPlugin } from './sandbox-shims.mjs';
import * as shims from './sandbox-shims.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const info = JSON.parse(readFileSync(path.join(root, 'app.json'), 'utf8'));
const classSource = path.join(root, info.classFile);
const classFileJs = info.classFile.replace(/\.ts$/, '.js');

/** The App interfaces the main class declares in its `implements` clause (what apps-compiler computes). */
export function implementedInterfaces(file) {
  const { AppInterface } = require('@rocket.chat/apps-engine/definition/metadata');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names = new Set();
  sf.forEachChild((node) => {
    if (!ts.isClassDeclaration(node)) return;
    for (const clause of node.heritageClauses ?? []) {
      if (clause.token !== ts.SyntaxKind.ImplementsKeyword) continue;
      for (const t of clause.types) names.add(t.expression.getText(sf));
    }
  });
  return [...names].filter((n) => AppInterface[n] !== undefined).sort();
}

function validateAppJson(appInfo) {
  // apps-cli's own JSON schema for app.json, checked with the validator apps-cli uses.
  const cliRequire = createRequire(require.resolve('@rocket.chat/apps-cli/package.json'));
  const tv4 = cliRequire('tv4');
  const { appJsonSchema } = require('@rocket.chat/apps-compiler/misc/appJsonSchema');
  if (!tv4.validate(appInfo, appJsonSchema)) {
    throw new Error(`app.json is invalid: ${tv4.error.message} at ${tv4.error.dataPath || '/'}`);
  }
}

export async function bundleApp({ minify = true } = {}) {
  const result = await build({
    entryPoints: [classSource],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'es2022',
    minify,
    legalComments: 'none',
    write: false,
    external: ['@rocket.chat/apps-engine', '@rocket.chat/apps-engine/*'],
    plugins: [sandboxShimsPlugin()],
    ...(shims.sandboxBuildOptions ?? {}),
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

export async function packageApp() {
  const implemented = implementedInterfaces(classSource);
  const manifest = { ...info, implements: implemented };
  validateAppJson(manifest);
  const code = await bundleApp();
  const dist = path.join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  const zipPath = path.join(dist, `${info.nameSlug}_${info.version}.zip`);
  const zip = new yazl.ZipFile();
  const mtime = new Date('2026-01-01T00:00:00Z'); // reproducible archives
  const add = (name, data) => zip.addBuffer(Buffer.from(data), name, { mtime, compress: true });
  add('.packagedby', JSON.stringify({ tool: 'phi-conduit scripts/package.mjs', esbuild: require('esbuild/package.json').version }));
  add('app.json', JSON.stringify(manifest, null, 4));
  add(info.iconFile, readFileSync(path.join(root, info.iconFile)));
  for (const f of readdirSync(path.join(root, 'i18n')).filter((n) => n.endsWith('.json')).sort()) {
    add(`i18n/${f}`, readFileSync(path.join(root, 'i18n', f)));
  }
  add(classFileJs, code);
  zip.end();
  await new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(zipPath)).on('close', resolve).on('error', reject);
  });
  return { zipPath, bytes: code.length, implemented };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { zipPath, bytes, implemented } = await packageApp();
  writeFileSync(path.join(root, 'dist', 'LATEST'), path.basename(zipPath) + '\n');
  console.log(`${path.relative(process.cwd(), zipPath)}: class file ${(bytes / 1024).toFixed(0)} KiB, implements ${implemented.join(', ') || '(nothing)'}`);
}
