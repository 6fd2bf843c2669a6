// str. CPython: Objects/unicodeobject.c (PEP 393 compact strings).
//
// A Python str is a sequence of code points. Glasspy keeps it in `body` as a JS string whose
// UTF-16 decoding gives those code points — which cannot express a str holding a surrogate pair
// as two code points ('\ud83d\ude00' is two in Python, one astral character in JS). Such strs
// keep their code points in a Uint32Array instead (flag CODEPOINTS).
// `ival` packs the PEP 393 state: the kind, interned, a cached UTF-8 form, and the length in
// code points. `extra` caches the hash.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { IMMORTAL_REFCNT, Py_DECREF, Py_INCREF, Py_XDECREF, PyObject } from './object.ts';
import type { visitproc } from './typeobject.ts';
import { indexOrNull } from './abstract.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PySlice_AdjustIndices, PySlice_Unpack } from './sliceobject.ts';

export interface PyUnicodeObject extends PyObject {
  body: string | Uint32Array;
}

// ival layout: bits 0-1 kind code, bit 2 interned, bit 3 UTF-8 cached, bit 4 code point array,
// then the length times 32.
export const KIND_ASCII = 0;
export const KIND_LATIN1 = 1;
export const KIND_UCS2 = 2;
export const KIND_UCS4 = 3;
const INTERNED = 4;
const UTF8_CACHED = 8;
const CODEPOINTS = 16;
const LENGTH_UNIT = 32;

export function unicodeLength(o: PyObject): number {
  return Math.floor(o.ival / LENGTH_UNIT);
}

export function unicodeKindCode(o: PyObject): number {
  return o.ival & 3;
}

/** Bytes per code point of the compact representation (PyUnicode_KIND). */
export function unicodeKind(o: PyObject): 1 | 2 | 4 {
  const k = o.ival & 3;
  return k <= KIND_LATIN1 ? 1 : k === KIND_UCS2 ? 2 : 4;
}

export function isInterned(o: PyObject): boolean {
  return (o.ival & INTERNED) !== 0;
}

/** Kind code and code point count of a JS string read as UTF-16 (pairs are one code point). */
export function scanString(s: string): [kind: number, length: number] {
  let max = 0;
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  const kind = pairs > 0 ? KIND_UCS4 : max < 0x80 ? KIND_ASCII : max < 0x100 ? KIND_LATIN1 : KIND_UCS2;
  return [kind, s.length - pairs];
}

/** The bytes CPython allocates for a compact str of `length` code points of kind code `kind`. */
// CPython: PyUnicode_New (struct sizes: PyASCIIObject 40, PyCompactUnicodeObject 56)
export function unicodeAllocSize(kind: number, length: number): number {
  if (kind === KIND_ASCII) return 40 + length + 1;
  const charSize = kind === KIND_LATIN1 ? 1 : kind === KIND_UCS2 ? 2 : 4;
  return 56 + (length + 1) * charSize;
}

/** UTF-8 length of the str's code points (for the UTF-8 cache that sys.getsizeof counts). */
function utf8Length(o: PyObject): number {
  const b = (o as PyUnicodeObject).body;
  let n = 0;
  if (typeof b === 'string') {
    for (let i = 0; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < b.length && (b.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        n += 4;
        i++;
      } else n += 3;
    }
    return n;
  }
  for (const c of b) n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  return n;
}

// CPython: unicode_sizeof_impl
export function unicode_sizeof(o: PyObject): number {
  const kind = unicodeKindCode(o);
  // An instance of a subclass is not compact: the PyUnicodeObject, then its characters in a
  // block of their own (ASCII ones share it with the UTF-8 form).
  let size = o.ob_type === o.ob_type.tp_interp.types.str ? unicodeAllocSize(kind, unicodeLength(o)) : 64 + (unicodeLength(o) + 1) * unicodeKind(o);
  if ((o.ival & UTF8_CACHED) !== 0 && kind !== KIND_ASCII) size += utf8Length(o) + 1;
  return size;
}

/** Marks the str's UTF-8 form as cached (CPython fills it when C code asks for UTF-8). */
export function cacheUtf8(o: PyObject): void {
  o.ival |= UTF8_CACHED;
}

/** A new str for a JS string without surrogate code points. CPython: PyUnicode_FromStringAndSize */
export function PyUnicode_FromString(interp: Interpreter, s: string): PyObject {
  if (s.length === 0) return interp.singletons.emptyStr;
  if (s.length === 1 && s.charCodeAt(0) < 256) return interp.singletons.latin1Chars[s.charCodeAt(0)]!;
  return PyUnicode_New(interp, s);
}

/**
 * A new str object for a non-empty JS string, even of one latin-1 character: what CPython's
 * functions that fill a PyUnicode_New result themselves return (str(7) is not chr(55)).
 */
export function PyUnicode_New(interp: Interpreter, s: string): PyObject {
  const [kind, length] = scanString(s);
  return allocObject(interp, interp.types.str, unicodeAllocSize(kind, length), length * LENGTH_UNIT + kind, s);
}

// CPython: unicode_dealloc (interned strs are immortal in 3.12.1 and never get here)
export function unicode_dealloc(o: PyObject): void {
  const type = o.ob_type;
  type.tp_interp.obmalloc.free(o.addr - type.tp_preheader);
}

/**
 * Interns a str: the first str with a given value becomes the interned one and immortal, as in
 * 3.12.1 (gh-113993 made interned strs mortal only in 3.12.6). Takes over the reference to `o`
 * (dropped when an equal str is already interned). CPython: PyUnicode_InternInPlace
 */
export function internInPlace(interp: Interpreter, o: PyObject): PyObject {
  if (isInterned(o)) return o;
  const key = (o as PyUnicodeObject).body;
  const k = typeof key === 'string' ? key : String.fromCodePoint(...key);
  const existing = interp.interned.get(k);
  if (existing !== undefined) {
    Py_DECREF(o);
    return existing;
  }
  o.ival |= INTERNED;
  o.ob_refcnt = IMMORTAL_REFCNT;
  interp.interned.set(k, o);
  return o;
}

/**
 * The one-character names among CPython 3.12.1's static identifier strings (_Py_ID): objects of
 * their own, interned before anything else, so the interned 'a' is not the latin-1 singleton
 * chr(97) (`chr(97) is 'a'` is False, `chr(121) is 'y'` True).
 */
const CHAR_IDENTIFIERS = '_abcdenprsx';

/** The static single-character and empty strs (immortal, UTF-8 pre-filled for chr(128..255)), and CHAR_IDENTIFIERS. */
export function makeStaticStrs(interp: Interpreter, strType: PyObject['ob_type']): { empty: PyObject; chars: PyObject[]; charIdentifiers: PyObject[] } {
  const make = (s: string) => {
    const [kind, length] = scanString(s);
    const o = new PyObject(strType, interp.staticAddress(unicodeAllocSize(kind, length)), length * LENGTH_UNIT + kind, s, IMMORTAL_REFCNT);
    if (kind === KIND_LATIN1) o.ival |= UTF8_CACHED;
    return o;
  };
  const chars: PyObject[] = [];
  for (let c = 0; c < 256; c++) chars.push(make(String.fromCharCode(c)));
  const charIdentifiers = Array.from(CHAR_IDENTIFIERS, (c) => {
    const o = make(c);
    o.ival |= INTERNED;
    return o;
  });
  return { empty: make(''), chars, charIdentifiers };
}

/** The code points of a str (for the operations that cannot work on UTF-16 units). */
function codePoints(o: PyObject): ArrayLike<number> {
  const b = (o as PyUnicodeObject).body;
  return typeof b === 'string' ? Array.from(b, (c) => c.codePointAt(0)!) : b;
}

/** The code point at index i (0 <= i < length). CPython: PyUnicode_READ_CHAR */
function codePointAt(o: PyObject, i: number): number {
  const b = (o as PyUnicodeObject).body;
  if (typeof b !== 'string') return b[i]!;
  // Below UCS4 a str has no surrogate pairs, so UTF-16 units are its code points.
  return (o.ival & 3) !== KIND_UCS4 ? b.charCodeAt(i) : codePoints(o)[i]!;
}

/** A new reference to the one-character str at index i (0 <= i < length). CPython: unicode_char */
export function unicodeItem(interp: Interpreter, o: PyObject, i: number): PyObject {
  const cp = codePointAt(o, i);
  if (cp < 256) return interp.singletons.latin1Chars[cp]!;
  return PyUnicode_FromString(interp, String.fromCodePoint(cp));
}

// CPython: unicode_subscript
export function unicode_subscript(o: PyObject, key: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  let i = indexOrNull(interp, key);
  if (i === null && key.ob_type === interp.types.slice) return unicodeSlice(interp, o, key);
  if (i === null) return PyErr_SetString(interp, 'TypeError', `string indices must be integers, not '${key.ob_type.tp_name}'`);
  const n = unicodeLength(o);
  if (i < 0) i += n;
  if (i < 0 || i >= n) PyErr_SetString(interp, 'IndexError', 'string index out of range');
  return unicodeItem(interp, o, i);
}

// CPython: PyUnicode_Contains
export function unicode_contains(o: PyObject, sub: PyObject): boolean {
  const interp = o.ob_type.tp_interp;
  if (!sub.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `'in <string>' requires string as left operand, not ${sub.ob_type.tp_name}`);
  }
  const h = (o as PyUnicodeObject).body;
  const n = (sub as PyUnicodeObject).body;
  if (typeof h === 'string' && typeof n === 'string') return h.includes(n);
  const hs = codePoints(o);
  const ns = codePoints(sub);
  outer: for (let i = 0; i + ns.length <= hs.length; i++) {
    for (let j = 0; j < ns.length; j++) if (hs[i + j] !== ns[j]) continue outer;
    return true;
  }
  return false;
}

/** sizeof(unicodeiterobject) on 64-bit 3.12 (the GC head comes from the type's pre-header). */
const SIZEOF_UNICODEITEROBJECT = 32;

// A str iterator keeps its index in `ival` and the str in `body` (null once exhausted).
// CPython: unicode_iter — compact ASCII strs get the str_ascii_iterator type.
export function unicode_iter(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const type = (o.ival & 3) === KIND_ASCII ? interp.types.str_ascii_iterator : interp.types.str_iterator;
  Py_INCREF(o);
  return allocObject(interp, type, SIZEOF_UNICODEITEROBJECT, 0, o);
}

// CPython: unicodeiter_next / unicode_ascii_iter_next — the iterator lets go of the str when it
// is exhausted.
export function unicodeiter_next(it: PyObject): PyObject | null {
  const seq = it.body as PyObject | null;
  if (seq === null) return null;
  if (it.ival < unicodeLength(seq)) return unicodeItem(seq.ob_type.tp_interp, seq, it.ival++);
  it.body = null;
  Py_DECREF(seq);
  return null;
}

// CPython: unicodeiter_dealloc
export function unicodeiter_dealloc(it: PyObject): void {
  Py_XDECREF(it.body as PyObject | null);
  freeObject(it);
}

// CPython: unicodeiter_traverse
export function unicodeiter_traverse(it: PyObject, visit: visitproc, arg: unknown): void {
  if (it.body !== null) visit(it.body as PyObject, arg);
}

/**
 * A new str of the given code points (at least one). `fresh` makes even a one-character latin-1
 * result its own object (PyUnicode_New) instead of the shared character (unicode_char).
 */
function strFromCodePoints(interp: Interpreter, cps: number[], fresh: boolean): PyObject {
  if (cps.length === 1 && cps[0]! < 256 && !fresh) return interp.singletons.latin1Chars[cps[0]!]!;
  let max = 0;
  let pair = false;
  for (let k = 0; k < cps.length; k++) {
    const c = cps[k]!;
    if (c > max) max = c;
    if (c >= 0xd800 && c < 0xdc00 && k + 1 < cps.length && cps[k + 1]! >= 0xdc00 && cps[k + 1]! < 0xe000) pair = true;
  }
  const kind = max < 128 ? KIND_ASCII : max < 256 ? KIND_LATIN1 : max < 0x10000 ? KIND_UCS2 : KIND_UCS4;
  const n = cps.length;
  // Adjacent surrogates would read back as one character from a JS string: keep the code points.
  if (pair) return allocObject(interp, interp.types.str, unicodeAllocSize(kind, n), n * LENGTH_UNIT + CODEPOINTS + kind, Uint32Array.from(cps));
  return allocObject(interp, interp.types.str, unicodeAllocSize(kind, n), n * LENGTH_UNIT + kind, codePointsText(cps));
}

/** A new str of the given code points (any number; adjacent surrogates stay two). CPython: PyUnicode_FromKindAndData */
export function PyUnicode_FromCodePoints(interp: Interpreter, cps: ArrayLike<number>): PyObject {
  if (cps.length === 0) return interp.singletons.emptyStr;
  return strFromCodePoints(interp, Array.isArray(cps) ? cps as number[] : Array.from(cps), false);
}

/** The JS string of code points, in pieces (a spread of a long array would overflow the stack). */
export function codePointsText(cps: ArrayLike<number>): string {
  if (cps.length <= 4096) return String.fromCodePoint(...(cps as number[]));
  let s = '';
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...(Array.prototype.slice.call(cps, i, i + 4096) as number[]));
  return s;
}

// CPython: the slice branch of unicode_subscript — the whole of an exact str is the str itself;
// a contiguous slice is PyUnicode_Substring (one character: the shared latin-1 one), an extended
// one a new str (PyUnicode_New).
function unicodeSlice(interp: Interpreter, o: PyObject, slice: PyObject): PyObject {
  const len = unicodeLength(o);
  const r = PySlice_Unpack(interp, slice);
  const n = PySlice_AdjustIndices(len, r);
  if (n <= 0) return interp.singletons.emptyStr;
  const [start, , step] = r;
  if (start === 0 && step === 1 && n === len && o.ob_type === interp.types.str) {
    Py_INCREF(o);
    return o;
  }
  const b = (o as PyUnicodeObject).body;
  const src = typeof b === 'string' && (o.ival & 3) !== KIND_UCS4 ? null : codePoints(o);
  const cps: number[] = new Array(n);
  for (let k = 0, cur = start; k < n; k++, cur += step) cps[k] = src === null ? (b as string).charCodeAt(cur) : src[cur]!;
  return strFromCodePoints(interp, cps, step !== 1);
}

/** The str's value as a JS string (surrogate pairs of a code point array come out as one astral character). */
export function unicodeText(o: PyObject): string {
  const b = (o as PyUnicodeObject).body;
  return typeof b === 'string' ? b : codePointsText(b);
}
// CPython: unicode_length
export function unicode_length(o: PyObject): number {
  return unicodeLength(o);
}

// CPython: PyUnicode_Concat (an empty operand gives the other one)
export function unicode_concat(a: PyObject, b: PyObject): PyObject {
  const interp = a.ob_type.tp_interp;
  if (!b.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `can only concatenate str (not "${b.ob_type.tp_name}") to str`);
  }
  const empty = interp.singletons.emptyStr;
  if (a === empty) return PyUnicode_FromObject(interp, b);
  if (b === empty) return PyUnicode_FromObject(interp, a);
  return unicodeFromPieces(interp, [a, b], '');
}

/** An exact str with o's text: o itself when it is one, else a copy. CPython: PyUnicode_FromObject, _PyUnicode_Copy */
export function PyUnicode_FromObject(interp: Interpreter, o: PyObject): PyObject {
  if (o.ob_type === interp.types.str) {
    Py_INCREF(o);
    return o;
  }
  const cps = codePoints(o);
  return cps.length === 0 ? interp.singletons.emptyStr : strFromCodePoints(interp, Array.from(cps), true);
}

/**
 * A new str joining the strs `pieces` with `sep` between them. Where a high surrogate and a low
 * surrogate end up side by side they stay two code points (a JS string would read them as one).
 * CPython: _PyUnicode_JoinArray
 */
export function unicodeFromPieces(interp: Interpreter, pieces: readonly PyObject[], sep: string): PyObject {
  let plain = true;
  let prevHigh = false;
  const sepHigh = sep.length > 0 && isHigh(sep.charCodeAt(sep.length - 1));
  for (let i = 0; i < pieces.length && plain; i++) {
    const b = (pieces[i] as PyUnicodeObject).body;
    if (typeof b !== 'string') plain = false;
    else {
      if (i > 0 && sep.length > 0) {
        if (prevHigh && isLow(sep.charCodeAt(0))) plain = false;
        prevHigh = sepHigh;
      }
      if (b.length > 0) {
        // An ASCII or latin-1 str has no surrogates; not reading its ends keeps a concatenated
        // JS string unflattened.
        if ((pieces[i]!.ival & 3) < KIND_UCS2) prevHigh = false;
        else {
          if (prevHigh && isLow(b.charCodeAt(0))) plain = false;
          prevHigh = isHigh(b.charCodeAt(b.length - 1));
        }
      }
    }
  }
  if (plain) {
    // No code point is split or joined at a seam: the kind and length follow from the pieces'
    // without scanning the result (which would make `s += t` in a loop quadratic).
    let kind = KIND_ASCII;
    let length = 0;
    const texts = new Array<string>(pieces.length);
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      texts[i] = (p as PyUnicodeObject).body as string;
      kind = Math.max(kind, p.ival & 3);
      length += unicodeLength(p);
    }
    if (pieces.length > 1 && sep.length > 0) {
      const [sepKind, sepLength] = scanString(sep);
      kind = Math.max(kind, sepKind);
      length += sepLength * (pieces.length - 1);
    }
    const text = pieces.length === 2 && sep.length === 0 ? texts[0]! + texts[1]! : texts.join(sep);
    // The result is a new object even of one latin-1 character (PyUnicode_New), only '' is shared.
    if (length === 0) return interp.singletons.emptyStr;
    return allocObject(interp, interp.types.str, unicodeAllocSize(kind, length), length * LENGTH_UNIT + kind, text);
  }
  const sepCps = Array.from(sep, (c) => c.codePointAt(0)!);
  const cps: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) cps.push(...sepCps);
    const b = (pieces[i] as PyUnicodeObject).body;
    if (typeof b === 'string') for (let k = 0; k < b.length;) {
      const c = b.codePointAt(k)!;
      cps.push(c);
      k += c > 0xffff ? 2 : 1;
    } else cps.push(...b);
  }
  return cps.length === 0 ? interp.singletons.emptyStr : strFromCodePoints(interp, cps, true);
}

/** A new str object for a JS string, even of one latin-1 character; '' is the shared empty str. CPython: PyUnicode_New */
export function unicodeFresh(interp: Interpreter, s: string): PyObject {
  return s.length === 0 ? interp.singletons.emptyStr : PyUnicode_New(interp, s);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

// CPython: unicode_repeat — once is the str itself.
export function unicode_repeat(a: PyObject, n: number): PyObject {
  const interp = a.ob_type.tp_interp;
  if (n < 1) return interp.singletons.emptyStr;
  if (n === 1 && a.ob_type === interp.types.str) {
    Py_INCREF(a);
    return a;
  }
  const len = unicodeLength(a);
  if (len > (2 ** 63 - 1) / n) PyErr_SetString(interp, 'OverflowError', 'repeated string is too long');
  if (len * n > 2 ** 29) PyErr_SetString(interp, 'MemoryError', '');
  return PyUnicode_FromString(interp, unicodeText(a).repeat(n));
}

// CPython: unicode_getitem
export function unicode_item(o: PyObject, i: number): PyObject {
  const interp = o.ob_type.tp_interp;
  if (i < 0 || i >= unicodeLength(o)) PyErr_SetString(interp, 'IndexError', 'string index out of range');
  return unicodeItem(interp, o, i);
}

/** The code points of a str as numbers. */
export function unicodeCodePoints(o: PyObject): ArrayLike<number> {
  const b = (o as PyUnicodeObject).body;
  if (typeof b === 'string' && (o.ival & 3) !== KIND_UCS4) {
    const out = new Uint16Array(b.length);
    for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
    return out;
  }
  return codePoints(o);
}

/** The code points [start, end) of a str (the str itself when that is all of an exact str). CPython: PyUnicode_Substring */
export function PyUnicode_Substring(interp: Interpreter, o: PyObject, start: number, end: number): PyObject {
  const len = unicodeLength(o);
  if (start === 0 && end >= len && o.ob_type === interp.types.str) {
    Py_INCREF(o);
    return o;
  }
  if (end <= start) return interp.singletons.emptyStr;
  const b = (o as PyUnicodeObject).body;
  if (typeof b === 'string' && (o.ival & 3) !== KIND_UCS4) return PyUnicode_FromString(interp, b.slice(start, end));
  return strFromCodePoints(interp, Array.prototype.slice.call(codePoints(o), start, end) as number[], false);
}
