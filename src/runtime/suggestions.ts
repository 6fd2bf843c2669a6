// "Did you mean" suggestions of CPython 3.12.1 (Python/suggestions.c): the text the C
// display appends to the message line of an exact AttributeError, NameError or ImportError.
// Pure functions over names; the VM supplies dir(obj), the frame's co_varnames, globals and
// builtins keys, and whether `self` has the attribute.
import { reprStr } from '../ast/repr.ts';
import { STDLIB_MODULE_NAMES } from './stdlib_module_names.gen.ts';

/** Candidate lists this long or longer get no suggestion. */
export const MAX_CANDIDATE_ITEMS = 750;
/** Strings longer than this (in UTF-8 bytes, after trimming common affixes) never match. */
export const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const encoder = new TextEncoder();

// CPython: substitution_cost. Bytes whose low five bits differ are different letters; equal
// low bits may be a case flip of an ASCII letter, which costs less.
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 0x41 && a <= 0x5a) a += 0x20;
  if (b >= 0x41 && b <= 0x5a) b += 0x20;
  return a === b ? CASE_COST : MOVE_COST;
}

/**
 * Weighted Levenshtein distance between the UTF-8 encodings of two strings, giving up (and
 * returning maxCost + 1) as soon as the result must exceed maxCost.
 * CPython: levenshtein_distance
 */
export function levenshteinDistance(a: string | Uint8Array, b: string | Uint8Array, maxCost: number): number {
  let x = typeof a === 'string' ? encoder.encode(a) : a;
  let y = typeof b === 'string' ? encoder.encode(b) : b;
  // Trim common prefix and suffix.
  let xs = 0;
  let xe = x.length;
  let ys = 0;
  let ye = y.length;
  while (xs < xe && ys < ye && x[xs] === y[ys]) {
    xs++;
    ys++;
  }
  while (xs < xe && ys < ye && x[xe - 1] === y[ye - 1]) {
    xe--;
    ye--;
  }
  let xl = xe - xs;
  let yl = ye - ys;
  if (xl === 0 || yl === 0) return (xl + yl) * MOVE_COST;
  if (xl > MAX_STRING_SIZE || yl > MAX_STRING_SIZE) return maxCost + 1;
  x = x.subarray(xs, xe);
  y = y.subarray(ys, ye);
  // The row buffer runs along the shorter string.
  if (yl < xl) {
    [x, y] = [y, x];
    [xl, yl] = [yl, xl];
  }
  if ((yl - xl) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(xl);
  for (let i = 0, tmp = MOVE_COST; i < xl; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < yl; bi++) {
    const code = y[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < xl; i++) {
      const substitute = distance + substitutionCost(code, x[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

// A str with a lone surrogate has no UTF-8 form: PyUnicode_AsUTF8AndSize fails and the
// whole lookup gives up.
function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

/**
 * The closest candidate to `name`, or null: equal names are skipped, at most a third of the
 * characters may change (the distance bound), the first best candidate in list order wins.
 * CPython: calculate_suggestions
 */
export function calculateSuggestion(dir: readonly string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  if (hasLoneSurrogate(name)) return null;
  const nameBytes = encoder.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of dir) {
    if (hasLoneSurrogate(item)) return null;
    if (item === name) continue;
    const itemBytes = encoder.encode(item);
    // No more than 1/3 of the involved characters should need changing, and a candidate
    // must beat the best so far.
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshteinDistance(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** The suggestion for an AttributeError: dir(obj) as PyObject_Dir returns it (sorted). */
export function suggestForAttribute(name: string, dir: readonly string[]): string | null {
  return calculateSuggestion(dir, name);
}

/** The innermost frame of a NameError's traceback, as get_suggestions_for_name_error reads it. */
export interface NameScope {
  /** co_varnames of the frame's code object (arguments and locals, not cells or frees). */
  readonly varnames: readonly string[];
  /** Keys of the frame's globals, in dict order. */
  readonly globals: readonly string[];
  /** Keys of the frame's builtins, in dict order. */
  readonly builtins: readonly string[];
  /**
   * Only read when varnames contains 'self': true/false whether the local `self` has the
   * attribute (hasattr), 'unbound' when `self` is not bound in the frame's locals, in which
   * case CPython gives up on suggestions.
   */
  readonly self?: boolean | 'unbound';
}

/**
 * The suggestion for a NameError: "self.name" when a `self` local has the attribute, else the
 * closest local, global, then builtin name.
 * CPython: get_suggestions_for_name_error
 */
export function suggestForName(name: string, scope: NameScope): string | null {
  if (scope.varnames.includes('self')) {
    if (scope.self === 'unbound' || scope.self === undefined) return null;
    if (scope.self) return `self.${name}`;
  }
  return calculateSuggestion(scope.varnames, name) ?? calculateSuggestion(scope.globals, name) ?? calculateSuggestion(scope.builtins, name);
}

/** Whether `name` is in sys.stdlib_module_names. CPython: is_name_stdlib_module */
export function isStdlibModuleName(name: string): boolean {
  return STDLIB_MODULE_NAMES.has(name);
}

/** ". Did you mean: 'x'?" (CPython formats the suggestion with %R). */
export function didYouMean(suggestion: string): string {
  return `. Did you mean: ${reprStr(suggestion)}?`;
}

/** The AttributeError suffix, or null. CPython: offer_suggestions_for_attribute_error */
export function attributeErrorSuffix(name: string, dir: readonly string[]): string | null {
  const s = suggestForAttribute(name, dir);
  return s === null ? null : didYouMean(s);
}

/**
 * The NameError suffix, or null: a suggestion, a reminder to import a standard library
 * module of that name, or both. CPython: offer_suggestions_for_name_error
 */
export function nameErrorSuffix(name: string, scope: NameScope): string | null {
  const s = suggestForName(name, scope);
  const stdlib = isStdlibModuleName(name);
  if (s === null && !stdlib) return null;
  if (!stdlib) return didYouMean(s!);
  if (s === null) return `. Did you forget to import ${reprStr(name)}?`;
  return `. Did you mean: ${reprStr(s)}? Or did you forget to import ${reprStr(name)}?`;
}

/**
 * The ImportError suffix for `from module import name`, or null; dir is dir(module) of the
 * module found in sys.modules. CPython: offer_suggestions_for_import_error
 */
export function importErrorSuffix(name: string, dir: readonly string[]): string | null {
  const s = calculateSuggestion(dir, name);
  return s === null ? null : didYouMean(s);
}
