// Unicode 15.0.0 character names as Python 3.12's unicodedata knows them: the \N{...} escape's
// lookup and unicodedata.name()'s reverse direction.
//
// The table (names.gen.ts, ~150 KB of base64) is only inflated and indexed on the first call, so
// programs that never use \N{} or unicodedata pay nothing but the scan of one string literal.
// The index is immutable data shared by every interpreter: a cache of constants, not interpreter state.
import { inflateSync } from 'fflate';
import { NAMES_DEFLATED_BASE64, NAMES_INFLATED_SIZE } from './names.gen.ts';

interface NameIndex {
  /** Upper-case name or alias to code point. */
  byName: Map<string, number>;
  /** Code points that have a (non-algorithmic) name, ascending, and their names. */
  cps: Int32Array;
  names: string[];
}

let index: NameIndex | null = null;

function base64Decode(s: string): Uint8Array {
  const table = new Int8Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 0x3d) n--;
  const out = new Uint8Array((n * 3) >> 2);
  let bits = 0;
  let nbits = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    bits = (bits << 6) | table[s.charCodeAt(i)]!;
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[o++] = (bits >> nbits) & 0xff;
    }
  }
  return out;
}

function buildIndex(): NameIndex {
  const raw = inflateSync(base64Decode(NAMES_DEFLATED_BASE64), { out: new Uint8Array(NAMES_INFLATED_SIZE) });
  const byName = new Map<string, number>();
  const cps: number[] = [];
  const names: string[] = [];
  // Names section: see tools/gen-unicode-tables.ts for the front-coded layout.
  let i = 0;
  let cp = -1;
  let prev = '';
  while (raw[i] !== 0x0a) {
    let delta = 1;
    if (raw[i]! < 0x80) {
      delta = 0;
      while (raw[i] !== 0x3a) delta = delta * 10 + raw[i++]! - 0x30;
      i++;
    }
    cp += delta;
    const keep = raw[i++]! - 0x80;
    const start = i;
    while (raw[i] !== 0x0a) i++;
    const name = prev.slice(0, keep) + String.fromCharCode.apply(null, Array.from(raw.subarray(start, i)));
    i++;
    cps.push(cp);
    names.push(name);
    byName.set(name, cp);
    prev = name;
  }
  i++;
  // Aliases section: "hexcp;ALIAS" lines.
  while (i < raw.length) {
    const start = i;
    while (raw[i] !== 0x0a) i++;
    const line = String.fromCharCode.apply(null, Array.from(raw.subarray(start, i)));
    i++;
    const semi = line.indexOf(';');
    byName.set(line.slice(semi + 1), parseInt(line.slice(0, semi), 16));
  }
  return { byName, cps: Int32Array.from(cps), names };
}

function getIndex(): NameIndex {
  return (index ??= buildIndex());
}

// CPython: Modules/unicodedata.c is_unified_ideograph (Unicode 15.0.0 ranges)
const CJK_RANGES: readonly number[] = [
  0x3400, 0x4dbf, 0x4e00, 0x9fff, 0x20000, 0x2a6df, 0x2a700, 0x2b739, 0x2b740, 0x2b81d,
  0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x30000, 0x3134a, 0x31350, 0x323af,
];

export function isUnifiedIdeograph(cp: number): boolean {
  for (let i = 0; i < CJK_RANGES.length; i += 2) {
    if (cp >= CJK_RANGES[i]! && cp <= CJK_RANGES[i + 1]!) return true;
  }
  return false;
}

// Hangul syllables: the Unicode standard's algorithmic names (Unicode 15.0 section 3.12).
const S_BASE = 0xac00;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

// CPython: Modules/unicodedata.c find_syllable — the longest jamo short name at `at`, first
// one wins among equals; case-sensitive. Returns [index, length] or null.
function findSyllable(s: string, at: number, table: readonly string[]): [number, number] | null {
  let best = -1;
  let bestLen = -1;
  for (let i = 0; i < table.length; i++) {
    const j = table[i]!;
    if (j.length <= bestLen) continue;
    if (s.startsWith(j, at)) {
      best = i;
      bestLen = j.length;
    }
  }
  return best < 0 ? null : [best, bestLen];
}

const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

/**
 * The code point named `name` as \N{name} resolves it (CPython: Modules/unicodedata.c _getcode with
 * with_named_seq=0): character names and name aliases compared case-insensitively (ASCII only),
 * algorithmic Hangul and CJK names with their prefixes and parts in upper case. Named sequences
 * are not characters and are not found.
 */
export function lookupName(name: string): number | undefined {
  if (name.startsWith(HANGUL_PREFIX)) {
    let at = HANGUL_PREFIX.length;
    const l = findSyllable(name, at, JAMO_L);
    if (!l) return undefined;
    at += l[1];
    const v = findSyllable(name, at, JAMO_V);
    if (!v) return undefined;
    at += v[1];
    const t = findSyllable(name, at, JAMO_T);
    if (!t) return undefined;
    at += t[1];
    return at === name.length ? S_BASE + (l[0] * V_COUNT + v[0]) * T_COUNT + t[0] : undefined;
  }
  if (name.startsWith(CJK_PREFIX)) {
    const hex = name.length - CJK_PREFIX.length;
    if (hex !== 4 && hex !== 5) return undefined;
    let v = 0;
    for (let i = CJK_PREFIX.length; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) v = v * 16 + c - 0x30;
      else if (c >= 0x41 && c <= 0x46) v = v * 16 + c - 0x41 + 10;
      else return undefined;
    }
    return isUnifiedIdeograph(v) ? v : undefined;
  }
  // Names are ASCII; upper-casing anything else (e.g. 'ß' to 'SS') could invent a match.
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0x7f) return undefined;
  return getIndex().byName.get(name.toUpperCase());
}

/** unicodedata.name(chr(cp)) without a default: the character's name, or undefined. */
export function charName(cp: number): string | undefined {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return HANGUL_PREFIX + JAMO_L[Math.floor(s / N_COUNT)]! + JAMO_V[Math.floor((s % N_COUNT) / T_COUNT)]! + JAMO_T[s % T_COUNT]!;
  }
  if (isUnifiedIdeograph(cp)) return CJK_PREFIX + cp.toString(16).toUpperCase();
  const { cps, names } = getIndex();
  let lo = 0;
  let hi = cps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cps[mid]!;
    if (c === cp) return names[mid];
    if (c < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
