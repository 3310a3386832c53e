/**
 * Checks an administrator's regex before it is used on live chat: it must compile, must not match
 * the empty string, and must not be able to backtrack super-linearly. The check is static and
 * conservative (regexpp AST): it rejects, with a reason, anything it cannot bound:
 *  - back-references, unbounded repetition (`*`, `+`, `{n,}`), bounds above 1000,
 *  - nested repetition (a repeated group that contains another repetition),
 *  - a worst-case number of backtracking steps per start position above 10,000 (the product of
 *    the repetition bounds met in sequence), which keeps a 64 KiB message fast.
 * Reasons never echo the pattern text (it may contain PHI).
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';

export type RegexCheck = { ok: true; regex: RegExp } | { ok: false; reason: string };

const MAX_SOURCE = 500;
const MAX_BOUND = 1000;
const MAX_STEPS = 10_000;

class Unsafe extends Error {
  override name = 'Unsafe';
}

/** Worst-case steps for one start position (throws Unsafe for constructs that are not allowed). */
function cost(node: AST.Node, insideRepeat: boolean): number {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.reduce((sum, a) => sum + cost(a, insideRepeat), 0);
    case 'Assertion':
      if ('alternatives' in node && node.alternatives) return node.alternatives.reduce((sum, a) => sum + cost(a, insideRepeat), 0);
      return 1;
    case 'Alternative': {
      let product = 1;
      for (const e of node.elements) {
        product *= Math.max(1, cost(e, insideRepeat));
        if (product > MAX_STEPS) throw new Unsafe('the repetitions in sequence allow too many backtracking steps; lower their bounds');
      }
      return product;
    }
    case 'Quantifier': {
      if (node.max === Infinity) throw new Unsafe('unbounded repetition (*, + or {n,}) is not allowed; use a bound such as {1,64}');
      if (node.max > MAX_BOUND) throw new Unsafe(`a repetition bound above ${MAX_BOUND}`);
      if (node.max > 1 && insideRepeat) throw new Unsafe('nested repetition (a repeated group containing another repetition) can backtrack catastrophically');
      return node.max * Math.max(1, cost(node.element, insideRepeat || node.max > 1));
    }
    case 'Backreference':
      throw new Unsafe('back-references are not allowed');
    default:
      return 1;
  }
}

/** Compiles and checks one admin pattern. Flags: global + unicode (+ i when asked). */
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
  try {
    cost(ast, false);
  } catch (e) {
    return { ok: false, reason: e instanceof Unsafe ? e.message : 'the pattern could not be analysed' };
  }
  try {
    if (new RegExp(`^(?:${source})$`, flags.replace('g', '')).test('')) return { ok: false, reason: 'the pattern matches the empty string' };
  } catch {
    return { ok: false, reason: 'the pattern does not compile' };
  }
  return { ok: true, regex };
}
