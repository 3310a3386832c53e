/**
 * Checks an administrator's regex before it is used on live chat: it must compile, must not match
 * the empty string, and must not be able to backtrack super-linearly. The check is static
 * (regexpp AST + scslre analysis) and rejects, with a reason, anything it cannot prove safe enough:
 * nested repetition, back-references, quantifier bounds above 1000, patterns over 500 characters.
 * The reasons never echo the pattern text (it may contain PHI).
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';
import { analyse } from 'scslre';

export type RegexCheck = { ok: true; regex: RegExp } | { ok: false; reason: string };

const MAX_SOURCE = 500;
const MAX_BOUND = 1000;

function walk(node: AST.Node, visit: (n: AST.Node, repeatDepth: number) => string | null, depth = 0): string | null {
  const own = visit(node, depth);
  if (own) return own;
  const nextDepth = node.type === 'Quantifier' && node.max > 1 ? depth + 1 : depth;
  const kids: AST.Node[] = [];
  switch (node.type) {
    case 'Pattern':
    case 'CapturingGroup':
    case 'Group':
    case 'Assertion':
      if ('alternatives' in node && node.alternatives) kids.push(...node.alternatives);
      break;
    case 'Alternative':
      kids.push(...node.elements);
      break;
    case 'Quantifier':
      kids.push(node.element);
      break;
    default:
      break;
  }
  for (const k of kids) {
    const r = walk(k, visit, nextDepth);
    if (r) return r;
  }
  return null;
}

/** Compiles and checks one admin pattern. Flags: global + unicode; `(?i)` is not JS, use a class. */
export function checkCustomRegex(source: string, caseInsensitive = false): RegexCheck {
  if (source.length === 0) return { ok: false, reason: 'the pattern is empty' };
  if (source.length > MAX_SOURCE) return { ok: false, reason: `the pattern is longer than ${MAX_SOURCE} characters` };
  const flags = caseInsensitive ? 'giu' : 'gu';
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch {
    return { ok: false, reason: 'the pattern does not compile as a JavaScript regular expression (unicode mode)' };
  }
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return { ok: false, reason: 'the pattern could not be parsed' };
  }
  const structural = walk(ast, (n, depth) => {
    if (n.type === 'Backreference') return 'back-references are not allowed';
    if (n.type === 'Quantifier') {
      if (n.max !== Infinity && n.max > MAX_BOUND) return `a repetition bound above ${MAX_BOUND}`;
      if (n.max > 1 && depth > 0) return 'nested repetition (a repeated group containing another repetition) can backtrack catastrophically';
    }
    return null;
  });
  if (structural) return { ok: false, reason: structural };
  try {
    const result = analyse({ source, flags }, { maxReports: 1 });
    if (result.reports.length > 0) {
      const r = result.reports[0];
      return {
        ok: false,
        reason: r?.exponential
          ? 'the pattern can backtrack exponentially'
          : 'the pattern can backtrack super-linearly; bound the repetitions (e.g. {1,64} instead of + or *)',
      };
    }
  } catch {
    return { ok: false, reason: 'the pattern could not be analysed for backtracking' };
  }
  try {
    if (new RegExp(`^(?:${source})$`, flags.replace('g', '')).test('')) return { ok: false, reason: 'the pattern matches the empty string' };
  } catch {
    return { ok: false, reason: 'the pattern does not compile' };
  }
  return { ok: true, regex };
}
