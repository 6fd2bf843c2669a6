// Unicode 15.0.0 character names as Python 3.12's unicodedata knows them: the \N{...} escape's
// lookup and unicodedata.name()'s reverse direction.
//
// The table (names.gen.ts, ~330 KB of plain string) is only made, expanded and indexed on the
// first call (~5-15 ms), so programs that never use \N{} or unicodedata pay nothing but reading
// the literal's source. The expanded names live in one byte buffer with an open-addressing hash
// over it (CPython's unicodename_db also hashes into a code table) rather than as 35k JS strings
// in a Map, which took twice as long to build. The index is immutable data shared by every interpreter: a
// cache, not interpreter state.
import { N_COUNT, S_BASE, S_COUNT, T_COUNT, V_COUNT } from './hangul.ts';
import { nameTables, PREFIX_MARKS } from './names.gen.ts';

interface NameIndex {
  /** All names, upper case ASCII, back to back; name e is text[offsets[e], offsets[e + 1]). */
  text: Uint8Array;
  offsets: Int32Array;
  /** The code point of name e, ascending. */
  cps: Int32Array;
  /** Open addressing: entry index + 1, or 0 for an empty slot; size a power of two. */
  slots: Int32Array;
  aliases: Map<string, number>;
}

let index: NameIndex | null = null;

function hashName(name: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h;
}

function buildIndex(): NameIndex {
  const { runs: NAME_RUNS, aliases: ALIASES, names: NAMES } = nameTables();
  const mark = new Int8Array(128).fill(-1);
  for (let k = 0; k < PREFIX_MARKS.length; k++) mark[PREFIX_MARKS.charCodeAt(k)] = k;
  let total = 0;
  for (let r = 1; r < NAME_RUNS.length; r += 2) total += NAME_RUNS[r]!;
  const cps = new Int32Array(total);
  let n = 0;
  let at = 0;
  for (let r = 0; r < NAME_RUNS.length; r += 2) {
    at += NAME_RUNS[r]!;
    for (const end = at + NAME_RUNS[r + 1]!; at < end; at++) cps[n++] = at;
  }
  // Each name is a PREFIX_MARKS character (how many characters it shares with the previous
  // name) followed by the rest of it, up to the next mark. The hash (FNV-1a) of the shared part
  // is the previous name's running hash at that length, so only the new characters are hashed.
  let text = new Uint8Array(NAMES.length * 4);
  const offsets = new Int32Array(total + 1);
  const hashes = new Int32Array(total);
  const running = new Int32Array(PREFIX_MARKS.length + 128);
  running[0] = 0x811c9dc5 | 0;
  let o = 0;
  let i = 0;
  let prevStart = 0;
  for (let e = 0; e < total; e++) {
    const shared = mark[NAMES.charCodeAt(i++)]!;
    if (o + shared + 128 > text.length) {
      const bigger = new Uint8Array(text.length * 2);
      bigger.set(text);
      text = bigger;
    }
    offsets[e] = o;
    text.copyWithin(o, prevStart, prevStart + shared);
    prevStart = o;
    o += shared;
    let len = shared;
    let h = running[len]!;
    for (let c = NAMES.charCodeAt(i); i < NAMES.length && mark[c]! < 0; c = NAMES.charCodeAt(++i)) {
      text[o++] = c;
      h = Math.imul(h ^ c, 0x01000193);
      running[++len] = h;
    }
    hashes[e] = h;
  }
  offsets[total] = o;
  const slots = new Int32Array(1 << Math.ceil(Math.log2(total * 2)));
  const maskBits = slots.length - 1;
  for (let e = 0; e < total; e++) {
    let h = hashes[e]! & maskBits;
    while (slots[h] !== 0) h = (h + 1) & maskBits;
    slots[h] = e + 1;
  }
  const aliases = new Map<string, number>();
  for (let a = 0; a < ALIASES.length; a += 2) aliases.set(ALIASES[a + 1] as string, ALIASES[a] as number);
  return { text: text.subarray(0, o), offsets, cps, slots, aliases };
}

function getIndex(): NameIndex {
  return (index ??= buildIndex());
}

/** The code point whose name is `upper` (upper case ASCII), aliases included. */
function findName(upper: string): number | undefined {
  const { text, offsets, cps, slots, aliases } = getIndex();
  const maskBits = slots.length - 1;
  for (let h = hashName(upper) & maskBits; slots[h] !== 0; h = (h + 1) & maskBits) {
    const e = slots[h]! - 1;
    const start = offsets[e]!;
    if (offsets[e + 1]! - start !== upper.length) continue;
    let k = 0;
    while (k < upper.length && text[start + k] === upper.charCodeAt(k)) k++;
    if (k === upper.length) return cps[e];
  }
  return aliases.get(upper);
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
  return findName(name.toUpperCase());
}

/** unicodedata.name(chr(cp)) without a default: the character's name, or undefined. */
export function charName(cp: number): string | undefined {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return HANGUL_PREFIX + JAMO_L[Math.floor(s / N_COUNT)]! + JAMO_V[Math.floor((s % N_COUNT) / T_COUNT)]! + JAMO_T[s % T_COUNT]!;
  }
  if (isUnifiedIdeograph(cp)) return CJK_PREFIX + cp.toString(16).toUpperCase();
  const { text, offsets, cps } = getIndex();
  let lo = 0;
  let hi = cps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cps[mid]!;
    if (c === cp) return String.fromCharCode.apply(null, text.subarray(offsets[mid]!, offsets[mid + 1]!) as unknown as number[]);
    if (c < cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
