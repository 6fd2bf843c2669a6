// The Unicode Character Database behind the unicodedata module: property records, decompositions,
// numeric values and the normalization forms, for Unicode 15.0.0 and for the 3.2.0 view that
// IDNA and stringprep use. Made from the generated tables on first use only (the module's import).
// CPython: Modules/unicodedata.c, Tools/unicode/makeunicodedata.py
import { L_BASE, L_COUNT, N_COUNT, S_BASE, S_COUNT, T_BASE, T_COUNT, V_BASE, V_COUNT } from './hangul.ts';
import { unicodeDataTables } from './unicodedata.gen.ts';

export interface CharRecord {
  readonly category: string;
  readonly bidirectional: string;
  readonly combining: number;
  readonly eastAsianWidth: string;
  readonly mirrored: number;
}

/** The decimal, digit and numeric values of a character, each undefined when it has none. */
export interface NumericValue {
  readonly decimal: number | undefined;
  readonly digit: number | undefined;
  readonly numeric: number | undefined;
}

/** What a code point answers in one version of the database. */
export interface CharProps extends CharRecord {
  readonly numeric: NumericValue | undefined;
  /** The decomposition as unicodedata.decomposition() writes it, '' for none. */
  readonly decomposition: string;
}

export interface Ucd {
  readonly version: string;
  props(cp: number): CharProps;
  /** Whether the code point is unassigned in this version while assigned in 15.0.0 (3.2.0 only). */
  newerThan(cp: number): boolean;
  /** NormalizationCorrections.txt's replacement of a decomposition (3.2.0 only), 0 for none. */
  correction(cp: number): number;
}

interface Decomp {
  readonly text: string;
  /** The mapped code points. */
  readonly cps: readonly number[];
  /** A compatibility mapping (<tag> prefix). */
  readonly compat: boolean;
}

interface Tables {
  readonly records: CharRecord[];
  /** The record index of each code point. */
  readonly recordOf: Uint8Array;
  readonly decomp: Map<number, Decomp>;
  readonly numeric: Map<number, NumericValue>;
  /** Primary composites by (first << 21) + last. */
  readonly compose: Map<number, number>;
  readonly firsts: Set<number>;
  readonly lasts: Set<number>;
}

const MAX_CP = 0x110000;
let tables: Tables | undefined;

function parseRecord(text: string): CharRecord {
  const [category, bidi, combining, eastAsianWidth, mirrored] = text.split(' ');
  return { category: category!, bidirectional: bidi === '-' ? '' : bidi!, combining: Number(combining), eastAsianWidth: eastAsianWidth!, mirrored: Number(mirrored) };
}

function parseNumeric(text: string): NumericValue {
  const [decimal, digit, numeric] = text.split(',').map((v) => (v === '' ? undefined : Number(v)));
  return { decimal, digit, numeric };
}

function parseDecomp(text: string): Decomp {
  const parts = text.split(' ');
  const compat = parts[0]!.startsWith('<');
  return { text, cps: (compat ? parts.slice(1) : parts).map((h) => parseInt(h, 16)), compat };
}

/** Each "hexgap:value" entry of a '|'-joined table, with its code point. */
function* entries(table: string): Generator<[number, string]> {
  let cp = 0;
  for (const e of table.split('|')) {
    const colon = e.indexOf(':');
    cp += parseInt(e.slice(0, colon), 16);
    yield [cp, e.slice(colon + 1)];
  }
}

function getTables(): Tables {
  if (tables !== undefined) return tables;
  const t = unicodeDataTables();
  const records = t.records.split('|').map(parseRecord);
  const recordOf = new Uint8Array(MAX_CP);
  for (let i = 0, at = 0; i < t.runs.length; i += 2) {
    const end = at + t.runs[i]!;
    recordOf.fill(t.runs[i + 1]!, at, end);
    at = end;
  }
  const decomp = new Map<number, Decomp>();
  const compose = new Map<number, number>();
  const firsts = new Set<number>();
  const lasts = new Set<number>();
  for (const [cp, text] of entries(t.decomp)) {
    const excluded = text.startsWith('!');
    const d = parseDecomp(excluded ? text.slice(1) : text);
    decomp.set(cp, d);
    if (!excluded && !d.compat && d.cps.length === 2) {
      compose.set(d.cps[0]! * MAX_CP + d.cps[1]!, cp);
      firsts.add(d.cps[0]!);
      lasts.add(d.cps[1]!);
    }
  }
  const numeric = new Map<number, NumericValue>();
  for (const [cp, text] of entries(t.numeric)) numeric.set(cp, parseNumeric(text));
  tables = { records, recordOf, decomp, numeric, compose, firsts, lasts };
  return tables;
}

/** The 15.0.0 record of a code point. CPython: _getrecord_ex */
export function charRecord(cp: number): CharRecord {
  const t = getTables();
  return t.records[t.recordOf[cp]!]!;
}

const current: Ucd = {
  version: '15.0.0',
  props(cp) {
    const t = getTables();
    return { ...t.records[t.recordOf[cp]!]!, numeric: t.numeric.get(cp), decomposition: t.decomp.get(cp)?.text ?? '' };
  },
  newerThan: () => false,
  correction: () => 0,
};

let old: Ucd | undefined;

/** The database as Unicode 3.2.0 had it. CPython: the PreviousDBVersion of ucd_3_2_0 */
function oldUcd(): Ucd {
  if (old !== undefined) return old;
  const t = unicodeDataTables();
  const props: CharProps[] = t.oldRecords.split('\n').map((line) => {
    const [category, bidi, combining, width, mirrored, numeric, decomposition] = line.split('\t');
    return {
      ...parseRecord(`${category} ${bidi} ${combining} ${width} ${mirrored}`),
      numeric: numeric === '-' ? undefined : parseNumeric(numeric!),
      decomposition: decomposition === '-' ? '' : decomposition!,
    };
  });
  // 0 where 3.2.0 answers as 15.0.0, else the old record's index + 1.
  const oldOf = new Uint8Array(MAX_CP);
  for (let i = 0, at = 0; i < t.oldRuns.length; i += 3) {
    const begin = at + t.oldRuns[i]!;
    at = begin + t.oldRuns[i + 1]!;
    oldOf.fill(t.oldRuns[i + 2]! + 1, begin, at);
  }
  const corrections = new Map<number, number>();
  for (let i = 0; i < t.corrections.length; i += 2) corrections.set(t.corrections[i]!, t.corrections[i + 1]!);
  old = {
    version: '3.2.0',
    props: (cp) => (oldOf[cp] === 0 ? current.props(cp) : props[oldOf[cp]! - 1]!),
    newerThan: (cp) => oldOf[cp] !== 0 && props[oldOf[cp]! - 1]!.category === 'Cn' && charRecord(cp).category !== 'Cn',
    correction: (cp) => corrections.get(cp) ?? 0,
  };
  return old;
}

export function ucd(version: '15.0.0' | '3.2.0'): Ucd {
  return version === '3.2.0' ? oldUcd() : current;
}

const combiningOf = (cp: number): number => charRecord(cp).combining;

// CPython: nfd_nfkd
export function decompose(db: Ucd, input: ArrayLike<number>, k: boolean): number[] {
  const t = getTables();
  const out: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < input.length; i++) {
    stack.push(input[i]!);
    while (stack.length > 0) {
      const code = stack.pop()!;
      if (code >= S_BASE && code < S_BASE + S_COUNT) {
        const s = code - S_BASE;
        out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
        if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
        continue;
      }
      const corrected = db.correction(code);
      if (corrected !== 0) {
        stack.push(corrected);
        continue;
      }
      const d = db.newerThan(code) ? undefined : t.decomp.get(code);
      if (d === undefined || (d.compat && !k)) {
        out.push(code);
        continue;
      }
      for (let j = d.cps.length - 1; j >= 0; j--) stack.push(d.cps[j]!);
    }
  }
  // Canonical ordering: each combining mark moves back past the marks of a higher class.
  if (out.length === 0) return out;
  let prev = combiningOf(out[0]!);
  for (let i = 1; i < out.length; i++) {
    const cur = combiningOf(out[i]!);
    if (prev === 0 || cur === 0 || prev <= cur) {
      prev = cur;
      continue;
    }
    for (let o = i - 1; ; o--) {
      const tmp = out[o + 1]!;
      out[o + 1] = out[o]!;
      out[o] = tmp;
      if (o === 0) break;
      prev = combiningOf(out[o - 1]!);
      if (prev === 0 || prev <= cur) break;
    }
    prev = combiningOf(out[i]!);
  }
  return out;
}

// CPython: nfc_nfkc
export function compose(db: Ucd, input: ArrayLike<number>, k: boolean): number[] {
  const t = getTables();
  const data = decompose(db, input, k);
  const len = data.length;
  const out: number[] = [];
  const skipped = new Set<number>();
  let i = 0;
  while (i < len) {
    if (skipped.delete(i)) {
      i++;
      continue;
    }
    let code = data[i]!;
    // Hangul: L V (T) from decomposed data; TBase itself is no trailing consonant.
    if (code >= L_BASE && code < L_BASE + L_COUNT && i + 1 < len && data[i + 1]! >= V_BASE && data[i + 1]! < V_BASE + V_COUNT) {
      code = S_BASE + ((code - L_BASE) * V_COUNT + (data[i + 1]! - V_BASE)) * T_COUNT;
      i += 2;
      if (i < len && data[i]! > T_BASE && data[i]! < T_BASE + T_COUNT) code += data[i++]! - T_BASE;
      out.push(code);
      continue;
    }
    if (!t.firsts.has(code)) {
      out.push(code);
      i++;
      continue;
    }
    // Combine with each following unblocked character that composes with the result so far.
    let comb = 0;
    for (let i1 = i + 1; i1 < len; i1++) {
      const code1 = data[i1]!;
      const comb1 = combiningOf(code1);
      if (comb !== 0) {
        if (comb1 === 0) break;
        if (comb >= comb1) continue;
      }
      const composite = t.lasts.has(code1) ? t.compose.get(code * MAX_CP + code1) : undefined;
      if (composite === undefined) {
        if (comb1 === 0) break;
        comb = comb1;
        continue;
      }
      code = composite;
      skipped.add(i1);
      if (!t.firsts.has(code)) break;
    }
    out.push(code);
    i++;
  }
  return out;
}

export const NORMAL_FORMS = ['NFC', 'NFKC', 'NFD', 'NFKD'] as const;
export type NormalForm = typeof NORMAL_FORMS[number];

export function normalize(db: Ucd, form: NormalForm, input: ArrayLike<number>): number[] {
  const k = form === 'NFKC' || form === 'NFKD';
  return form === 'NFC' || form === 'NFKC' ? compose(db, input, k) : decompose(db, input, k);
}
