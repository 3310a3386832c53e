/**
 * The scan command (DESIGN §4): JSON Lines {"id","text"} on stdin, one result line per input line,
 * in order, on stdout. `--policy FILE` takes the masking settings as a JSON object.
 *   npm run --silent scan -- [--policy FILE]
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createScanner } from '../core/engine';
import { parsePolicy, POLICY_SETTING_IDS } from '../core/policy';
import type { MaskingPolicy } from '../core/policy';

function fail(message: string): never {
  process.stderr.write(`scan: ${message}\n`);
  process.exit(2);
}

function loadPolicy(args: string[]): MaskingPolicy | undefined {
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--policy') {
      file = args[++i];
      if (file === undefined) fail('--policy needs a file name');
    } else if (a.startsWith('--policy=')) file = a.slice('--policy='.length);
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: npm run --silent scan -- [--policy FILE] < input.jsonl\n');
      process.exit(0);
    } else fail(`unknown argument ${JSON.stringify(a)}`);
  }
  if (file === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read policy file ${file}: ${e instanceof SyntaxError ? 'not valid JSON' : 'not readable'}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('policy file must hold a JSON object of masking settings');
  const obj = raw as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !(POLICY_SETTING_IDS as readonly string[]).includes(k));
  if (unknown.length > 0) fail(`policy file: unknown key ${unknown.join(', ')} (expected ${POLICY_SETTING_IDS.join(', ')})`);
  const parsed = parsePolicy(obj);
  if (!parsed.ok) {
    fail(`policy file: ${parsed.errors.map((e) => `${e.settingId}${e.line ? ` line ${e.line}` : ''}: ${e.message}`).join('; ')}`);
  }
  return parsed.policy;
}

function main(): void {
  const policy = loadPolicy(process.argv.slice(2));
  const scanner = createScanner(policy);
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  const out: string[] = [];
  const flush = (): void => {
    if (out.length > 0) {
      process.stdout.write(out.join(''));
      out.length = 0;
    }
  };
  rl.on('line', (line) => {
    lineNo++;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      out.push(JSON.stringify({ id: null, line: lineNo, error: 'line is not valid JSON' }) + '\n');
      process.stderr.write(`scan: line ${lineNo}: not valid JSON\n`);
      return;
    }
    const rec = (typeof obj === 'object' && obj !== null && !Array.isArray(obj) ? obj : {}) as Record<string, unknown>;
    const id = rec.id === undefined ? null : rec.id;
    if (typeof rec.text !== 'string') {
      out.push(JSON.stringify({ id, line: lineNo, error: 'no string "text" field' }) + '\n');
      process.stderr.write(`scan: line ${lineNo}: no string "text" field\n`);
      return;
    }
    const r = scanner.scan(rec.text);
    const spans = r.findings.map((f) => ({ start: f.start, end: f.end, type: f.type }));
    const result: Record<string, unknown> = { id, spans, masked: r.masked };
    if (r.blocked) result.blocked = true;
    out.push(JSON.stringify(result) + '\n');
    if (out.length >= 256) flush();
  });
  rl.on('close', flush);
  process.stdin.on('error', () => {
    process.stderr.write('scan: cannot read stdin\n');
    process.exit(1);
  });
}

main();
