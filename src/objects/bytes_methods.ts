// The methods of bytes and bytearray (the shared ones return the receiver's type), and
// bytearray's mutators. CPython: Objects/bytes_methods.c, Objects/bytesobject.c,
// Objects/bytearrayobject.c and their clinic argument errors; the text algorithms are
// stringlib's (src/objects/stringlib.ts) on latin-1 strings.
import type { Interpreter } from '../runtime/interpreter.ts';
import { checkPositional, noKeywords } from './args.ts';
import { bindArgs } from './args_kw.ts';
import { byteArrayResize, byteArraySetData, bytearrayReduce, PyByteArray_FromData } from './bytearrayobject.ts';
import { bufferOf, bytesFresh, byteValue, dataFromIterable, latin1Data, latin1Text, PyBytes_FromData } from './bytesobject.ts';
import { PyUnicode_Decode } from './codecs.ts';
import { PyErr_SetString } from './exceptions.ts';
import { _PyList_FromArraySteal, listFromAppends, listFromSplitParts, PySequence_Fast } from './listobject.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { isAsciiSpace } from './numeric/ascii_transform.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import {
  adjustIndices, centerPads, countIn, expandTabs, findIn, replaceText, splitLines, splitSep, splitWhitespace, stripText, tailMatch,
  zfillText,
} from './stringlib.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_CLASS, METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, METH_STATIC, METH_VARARGS, type MethodDef } from './typeobject.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';
import { parseFinds, ssizeArgOf } from './unicode_methods.ts';

type Impl = MethodDef['impl'];


function isByteArray(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(interp.types.bytearray);
}

function dataOf(o: PyObject): Uint8Array {
  return o.body as Uint8Array;
}

/**
 * A result of the receiver's kind: bytes for bytes (self when unchanged), a new bytearray for
 * bytearray. A changed bytes result is `made` when the method fills a new object itself
 * (even one byte long), else it comes through the one-byte cache.
 */
function result(interp: Interpreter, self: PyObject, s: string, built = false): PyObject {
  if (isByteArray(interp, self)) return PyByteArray_FromData(interp, latin1Data(s));
  if (self.ob_type === interp.types.bytes && s.length === dataOf(self).length && s === latin1Text(dataOf(self))) {
    Py_INCREF(self);
    return self;
  }
  return built ? made(interp, self, s) : PyBytes_FromData(interp, latin1Data(s));
}

/** A piece of the receiver's kind, a bytes one through the one-byte cache. CPython: PyBytes_FromStringAndSize */
function fresh(interp: Interpreter, self: PyObject, s: string): PyObject {
  return isByteArray(interp, self) ? PyByteArray_FromData(interp, latin1Data(s)) : PyBytes_FromData(interp, latin1Data(s));
}

/** A result the method fills itself: a new object even of one byte. CPython: PyBytes_FromStringAndSize(NULL, n) */
function made(interp: Interpreter, self: PyObject, s: string): PyObject {
  return isByteArray(interp, self) ? PyByteArray_FromData(interp, latin1Data(s)) : bytesFresh(interp, latin1Data(s));
}

/** The pieces of the receiver's kind; one piece that is all of an exact bytes `whole` is that bytes (stringlib split's shortcut). */
function pieceItems(interp: Interpreter, whole: PyObject | null, self: PyObject, parts: string[]): PyObject[] {
  if (whole !== null && parts.length === 1 && whole.ob_type === interp.types.bytes && parts[0]!.length === dataOf(whole).length) {
    Py_INCREF(whole);
    return [whole];
  }
  return parts.map((p) => fresh(interp, self, p));
}

function needBytes(interp: Interpreter, o: PyObject): string {
  const b = bufferOf(o);
  if (b === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return latin1Text(b);
}

/** CPython: stringlib_parse_args_finds_byte — the needle may be an int in range(256). */
function parseByteFinds(interp: Interpreter, name: string, args: readonly PyObject[], kwnames: PyObject | null): [string, number, number] {
  const [sub, start, end] = parseFinds(interp, name, args, kwnames);
  let needle: string;
  if (PyLong_Check(sub)) {
    const v = longValue(sub);
    if (v < 0 || v > 255) PyErr_SetString(interp, 'ValueError', 'byte must be in range(0, 256)');
    needle = String.fromCharCode(Number(v));
  } else {
    const b = bufferOf(sub);
    if (b === null) PyErr_SetString(interp, 'TypeError', `argument should be integer or bytes-like object, not '${sub.ob_type.tp_name}'`);
    needle = latin1Text(b);
  }
  return [needle, start, end];
}

function findMethod(name: string, reverse: boolean, raise: boolean): Impl {
  return (interp, self, args, kwnames) => {
    const [sub, start0, end0] = parseByteFinds(interp, name, args, kwnames);
    const s = latin1Text(dataOf(self!));
    const [start, end] = adjustIndices(start0, end0, s.length);
    const r = findIn(s, sub, start, end, reverse);
    if (r < 0 && raise) PyErr_SetString(interp, 'ValueError', 'subsection not found');
    return PyLong_FromNumber(interp, r);
  };
}

const countImpl: Impl = (interp, self, args, kwnames) => {
  const [sub, start0, end0] = parseByteFinds(interp, 'count', args, kwnames);
  const s = latin1Text(dataOf(self!));
  const [start, end] = adjustIndices(start0, end0, s.length);
  return PyLong_FromNumber(interp, countIn(s, sub, start, end));
};

function tailMethod(name: string, atEnd: boolean): Impl {
  return (interp, self, args, kwnames) => {
    const [sub, start, end] = parseFinds(interp, name, args, kwnames);
    const s = latin1Text(dataOf(self!));
    if (sub.ob_type.isSubtypeOf(interp.types.tuple)) {
      for (const p of (sub as PyTupleObject).body) {
        const b = bufferOf(p);
        if (b === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${p.ob_type.tp_name}'`);
        if (tailMatch(s, latin1Text(b), start, end, atEnd)) return interp.singletons.True;
      }
      return interp.singletons.False;
    }
    const b = bufferOf(sub);
    if (b === null) PyErr_SetString(interp, 'TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${sub.ob_type.tp_name}`);
    return tailMatch(s, latin1Text(b), start, end, atEnd) ? interp.singletons.True : interp.singletons.False;
  };
}

function splitMethod(name: string, reverse: boolean): Impl {
  return (interp, self, args, kwnames) => {
    const [sepArg, maxArg] = bindArgs(interp, name, ['sep', 'maxsplit'], 0, args, kwnames);
    const maxsplit = maxArg === undefined ? -1 : ssizeArgOf(interp, maxArg);
    const s = latin1Text(dataOf(self!));
    let parts: string[];
    if (sepArg === undefined || sepArg === interp.singletons.None) parts = splitWhitespace(s, maxsplit, isAsciiSpace, reverse);
    else {
      const sep = needBytes(interp, sepArg);
      if (sep.length === 0) PyErr_SetString(interp, 'ValueError', 'empty separator');
      parts = splitSep(s, sep, maxsplit, reverse);
    }
    // CPython: bytes_split_impl (maxsplit < 0 means PY_SSIZE_T_MAX); with maxsplit 0 the
    // whitespace splitters skip the loop that has the one-piece shortcut.
    const whole = maxsplit === 0 && (sepArg === undefined || sepArg === interp.singletons.None) ? null : self!;
    return listFromSplitParts(interp, pieceItems(interp, whole, self!, parts), maxsplit < 0 ? Number.MAX_SAFE_INTEGER : maxsplit);
  };
}

const splitlinesImpl: Impl = (interp, self, args, kwnames) => {
  const [k] = bindArgs(interp, 'splitlines', ['keepends'], 0, args, kwnames);
  let keepends = false;
  if (k !== undefined) {
    if (!PyLong_Check(k)) PyErr_SetString(interp, 'TypeError', `'${k.ob_type.tp_name}' object cannot be interpreted as an integer`);
    keepends = longValue(k) !== 0;
  }
  const parts = splitLines(latin1Text(dataOf(self!)), keepends, (c) => c === 0x0a || c === 0x0d);
  // CPython: stringlib splitlines (an empty list appended to)
  return listFromAppends(interp, pieceItems(interp, self!, self!, parts));
};

// CPython: bytes_join / stringlib_bytes_join
const joinImpl: Impl = (interp, self, args) => {
  const seq = PySequence_Fast(interp, args[0]!, 'can only join an iterable');
  try {
    const items = (seq as PyTupleObject).body;
    if (items.length === 1 && items[0]!.ob_type === interp.types.bytes && self!.ob_type === interp.types.bytes) {
      Py_INCREF(items[0]!);
      return items[0]!;
    }
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const b = bufferOf(items[i]!);
      if (b === null) PyErr_SetString(interp, 'TypeError', `sequence item ${i}: expected a bytes-like object, ${items[i]!.ob_type.tp_name} found`);
      parts.push(latin1Text(b));
    }
    return made(interp, self!, parts.join(latin1Text(dataOf(self!))));
  } finally {
    Py_DECREF(seq);
  }
};

const replaceImpl: Impl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'replace', kwnames);
  checkPositional(interp, 'replace', args.length, 2, 3);
  const old = needBytes(interp, args[0]!);
  const rep = needBytes(interp, args[1]!);
  const count = args.length > 2 ? ssizeArgOf(interp, args[2]!) : -1;
  const text = latin1Text(dataOf(self!));
  // CPython: stringlib_replace — nothing to replace gives self, anything replaced a new object
  if (count === 0 || (old.length === 0 ? rep.length === 0 : text.indexOf(old) < 0)) return result(interp, self!, text);
  return made(interp, self!, replaceText(text, old, rep, count));
};

function stripMethod(name: string, left: boolean, right: boolean): Impl {
  return (interp, self, args, kwnames) => {
    noKeywords(interp, name, kwnames);
    checkPositional(interp, name, args.length, 0, 1);
    const c = args[0];
    const chars = c === undefined || c === interp.singletons.None ? null : needBytes(interp, c);
    return result(interp, self!, stripText(latin1Text(dataOf(self!)), chars, left, right, isAsciiSpace));
  };
}

function justMethod(name: string, how: 'center' | 'left' | 'right'): Impl {
  return (interp, self, args, kwnames) => {
    noKeywords(interp, name, kwnames);
    checkPositional(interp, name, args.length, 1, 2);
    const width = ssizeArgOf(interp, args[0]!);
    let fill = ' ';
    if (args.length > 1) {
      const b = bufferOf(args[1]!);
      if (b === null || b.length !== 1) {
        PyErr_SetString(interp, 'TypeError', `${name}() argument 2 must be a byte string of length 1, not ${args[1]!.ob_type.tp_name}`);
      }
      fill = String.fromCharCode(b[0]!);
    }
    const s = latin1Text(dataOf(self!));
    if (s.length >= width) return result(interp, self!, s);
    const [l, r] = how === 'center' ? centerPads(s.length, width) : how === 'left' ? [0, width - s.length] : [width - s.length, 0];
    return made(interp, self!, fill.repeat(l) + s + fill.repeat(r));
  };
}

function partitionMethod(reverse: boolean): Impl {
  return (interp, self, args) => {
    const sep = needBytes(interp, args[0]!);
    if (sep.length === 0) PyErr_SetString(interp, 'ValueError', 'empty separator');
    const s = latin1Text(dataOf(self!));
    const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
    const mk = (t: string) => fresh(interp, self!, t);
    if (i < 0) {
      const whole = isByteArray(interp, self!) ? mk(s) : (Py_INCREF(self!), self!);
      return tupleFromItemsSteal(interp, reverse ? [mk(''), mk(''), whole] : [whole, mk(''), mk('')]);
    }
    const sepObj = isByteArray(interp, self!) || args[0]!.ob_type !== interp.types.bytes ? mk(sep) : (Py_INCREF(args[0]!), args[0]!);
    return tupleFromItemsSteal(interp, [mk(s.slice(0, i)), sepObj, mk(s.slice(i + sep.length))]);
  };
}

// ASCII case mappings. CPython: Objects/bytes_methods.c (_Py_bytes_upper ...)
const isUpperC = (c: number) => c >= 0x41 && c <= 0x5a;
const isLowerC = (c: number) => c >= 0x61 && c <= 0x7a;
const isAlphaC = (c: number) => isUpperC(c) || isLowerC(c);
const isDigitC = (c: number) => c >= 0x30 && c <= 0x39;

function mapChars(f: (c: number, prevCased: boolean, i: number) => number): Impl {
  return (interp, self) => {
    const d = dataOf(self!);
    const out = new Uint8Array(d.length);
    let prev = false;
    for (let i = 0; i < d.length; i++) {
      out[i] = f(d[i]!, prev, i);
      prev = isAlphaC(d[i]!);
    }
    // CPython: _Py_bytes_lower and the other case maps fill a new object
    return isByteArray(interp, self!) ? PyByteArray_FromData(interp, out) : bytesFresh(interp, out);
  };
}

const toUpper = (c: number) => (isLowerC(c) ? c - 32 : c);
const toLower = (c: number) => (isUpperC(c) ? c + 32 : c);

function allBytes(test: (c: number) => boolean, emptyTrue = false): Impl {
  return (interp, self) => {
    const d = dataOf(self!);
    if (d.length === 0) return emptyTrue ? interp.singletons.True : interp.singletons.False;
    for (const c of d) if (!test(c)) return interp.singletons.False;
    return interp.singletons.True;
  };
}

function caseCheck(want: (c: number) => boolean, other: (c: number) => boolean): Impl {
  return (interp, self) => {
    let cased = false;
    for (const c of dataOf(self!)) {
      if (other(c)) return interp.singletons.False;
      if (want(c)) cased = true;
    }
    return cased ? interp.singletons.True : interp.singletons.False;
  };
}

const isTitleImpl: Impl = (interp, self) => {
  let cased = false;
  let prev = false;
  for (const c of dataOf(self!)) {
    if (isUpperC(c)) {
      if (prev) return interp.singletons.False;
      prev = cased = true;
    } else if (isLowerC(c)) {
      if (!prev) return interp.singletons.False;
      prev = cased = true;
    } else prev = false;
  }
  return cased ? interp.singletons.True : interp.singletons.False;
};

// CPython: bytes_decode_impl
const decodeImpl: Impl = (interp, self, args, kwnames) => {
  const [enc, err] = bindArgs(interp, 'decode', ['encoding', 'errors'], 0, args, kwnames);
  if (enc !== undefined && !enc.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `decode() argument 'encoding' must be str, not ${enc.ob_type.tp_name}`);
  if (err !== undefined && !err.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `decode() argument 'errors' must be str, not ${err.ob_type.tp_name}`);
  return PyUnicode_Decode(interp, dataOf(self!), self!, enc === undefined ? 'utf-8' : unicodeText(enc), err === undefined ? null : unicodeText(err));
};

// CPython: _Py_strhex_impl — groups of bytes_per_sep counted from the right (from the left when negative)
const hexImpl: Impl = (interp, self, args, kwnames) => strhex(interp, dataOf(self!), args, kwnames);

/** hex(sep=, bytes_per_sep=1) of `d`, for bytes, bytearray and memoryview. CPython: _Py_strhex_impl */
export function strhex(interp: Interpreter, d: Uint8Array, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const [sepArg, perArg] = bindArgs(interp, 'hex', ['sep', 'bytes_per_sep'], 0, args, kwnames);
  return PyUnicode_FromString(interp, hexText(interp, d, sepArg, perArg));
}

/** The hex digits of `d`, grouped by bytes_per_sep with a separator when one is given (bytes.hex, binascii.hexlify). */
export function hexText(interp: Interpreter, d: Uint8Array, sepArg: PyObject | undefined, perArg: PyObject | undefined): string {
  let hex = '';
  for (const c of d) hex += c.toString(16).padStart(2, '0');
  if (sepArg === undefined) return hex;
  let sep: string;
  if (sepArg.ob_type.isSubtypeOf(interp.types.str)) sep = unicodeText(sepArg);
  else {
    const b = bufferOf(sepArg);
    if (b === null) PyErr_SetString(interp, 'TypeError', `object of type '${sepArg.ob_type.tp_name}' has no len()`);
    sep = latin1Text(b);
  }
  if (sep.length !== 1) PyErr_SetString(interp, 'ValueError', 'sep must be length 1.');
  if (sep.charCodeAt(0) > 127) PyErr_SetString(interp, 'ValueError', 'sep must be ASCII.');
  const per = perArg === undefined ? 1 : ssizeArgOf(interp, perArg);
  if (per === 0 || d.length === 0) return hex;
  const n = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    for (let end = d.length; end > 0; end -= n) groups.unshift(hex.slice(Math.max(0, end - n) * 2, end * 2));
  } else {
    for (let start = 0; start < d.length; start += n) groups.push(hex.slice(start * 2, Math.min(d.length, start + n) * 2));
  }
  return groups.join(sep);
}

// CPython: bytes_fromhex_impl / _PyBytes_FromHex
const fromhexImpl: Impl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'fromhex', kwnames);
  const a = args[0]!;
  if (args.length !== 1) PyErr_SetString(interp, 'TypeError', `fromhex() takes exactly one argument (${args.length} given)`);
  if (!a.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `fromhex() argument must be str, not ${a.ob_type.tp_name}`);
  const s = unicodeText(a);
  const out: number[] = [];
  const hexVal = (ch: string | undefined) => (ch !== undefined && /^[0-9a-fA-F]$/.test(ch) ? parseInt(ch, 16) : -1);
  let i = 0;
  while (i < s.length) {
    if (isAsciiSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const hi = hexVal(s[i]);
    if (hi < 0) PyErr_SetString(interp, 'ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = hexVal(s[i + 1]);
    if (lo < 0) PyErr_SetString(interp, 'ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  const data = Uint8Array.from(out);
  const type = self as unknown as { tp_name: string };
  return type === (interp.types.bytearray as unknown) ? PyByteArray_FromData(interp, data) : PyBytes_FromData(interp, data);
};

const expandtabsImpl: Impl = (interp, self, args, kwnames) => {
  const [t] = bindArgs(interp, 'expandtabs', ['tabsize'], 0, args, kwnames);
  const tabsize = t === undefined ? 8 : ssizeArgOf(interp, t);
  // CPython: stringlib_expandtabs always fills a new object
  return made(interp, self!, expandTabs(latin1Text(dataOf(self!)), tabsize));
};

const zfillImpl: Impl = (interp, self, args) => {
  const width = ssizeArgOf(interp, args[0]!);
  const s = latin1Text(dataOf(self!));
  return result(interp, self!, zfillText(s, s.length, width), true);
};

function affixMethod(suffix: boolean): Impl {
  return (interp, self, args) => {
    const p = needBytes(interp, args[0]!);
    const s = latin1Text(dataOf(self!));
    if (p.length > 0 && (suffix ? s.endsWith(p) : s.startsWith(p))) return fresh(interp, self!, suffix ? s.slice(0, s.length - p.length) : s.slice(p.length));
    return result(interp, self!, s);
  };
}

// CPython: bytes_translate_impl
const translateImpl: Impl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'translate', kwnames);
  checkPositional(interp, 'translate', args.length, 1, 2);
  const table = args[0] === interp.singletons.None ? null : needBytes(interp, args[0]!);
  if (table !== null && table.length !== 256) PyErr_SetString(interp, 'ValueError', 'translation table must be 256 characters long');
  const del = args.length > 1 ? new Set(needBytes(interp, args[1]!)) : new Set<string>();
  let out = '';
  for (const ch of latin1Text(dataOf(self!))) {
    if (del.has(ch)) continue;
    out += table === null ? ch : table[ch.charCodeAt(0)];
  }
  return result(interp, self!, out, true);
};

// CPython: bytes_maketrans_impl
const maketransImpl: Impl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'maketrans', kwnames);
  checkPositional(interp, 'maketrans', args.length, 2, 2);
  const frm = needBytes(interp, args[0]!);
  const to = needBytes(interp, args[1]!);
  if (frm.length !== to.length) PyErr_SetString(interp, 'ValueError', 'maketrans arguments must have same length');
  const t = new Uint8Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  for (let i = 0; i < frm.length; i++) t[frm.charCodeAt(i)] = to.charCodeAt(i);
  return PyBytes_FromData(interp, t);
};

const NOARGS = METH_NOARGS;
const FAST = METH_FASTCALL;
const VARARGS = METH_VARARGS;
const FASTKW = METH_FASTCALL | METH_KEYWORDS;

/** The methods bytes and bytearray share. */
const common: MethodDef[] = [
  { name: 'capitalize', flags: NOARGS, impl: mapChars((c, _p, i) => (i === 0 ? toUpper(c) : toLower(c))) },
  { name: 'center', flags: FAST, impl: justMethod('center', 'center') },
  { name: 'count', flags: VARARGS, impl: countImpl },
  { name: 'decode', flags: FASTKW, impl: decodeImpl },
  { name: 'endswith', flags: VARARGS, impl: tailMethod('endswith', true) },
  { name: 'expandtabs', flags: FASTKW, impl: expandtabsImpl },
  { name: 'find', flags: VARARGS, impl: findMethod('find', false, false) },
  { name: 'hex', flags: FASTKW, impl: hexImpl },
  { name: 'index', flags: VARARGS, impl: findMethod('index', false, true) },
  { name: 'isalnum', flags: NOARGS, impl: allBytes((c) => isAlphaC(c) || isDigitC(c)) },
  { name: 'isalpha', flags: NOARGS, impl: allBytes(isAlphaC) },
  { name: 'isascii', flags: NOARGS, impl: allBytes((c) => c < 0x80, true) },
  { name: 'isdigit', flags: NOARGS, impl: allBytes(isDigitC) },
  { name: 'islower', flags: NOARGS, impl: caseCheck(isLowerC, isUpperC) },
  { name: 'isspace', flags: NOARGS, impl: allBytes(isAsciiSpace) },
  { name: 'istitle', flags: NOARGS, impl: isTitleImpl },
  { name: 'isupper', flags: NOARGS, impl: caseCheck(isUpperC, isLowerC) },
  { name: 'join', flags: METH_O, impl: joinImpl },
  { name: 'ljust', flags: FAST, impl: justMethod('ljust', 'left') },
  { name: 'lower', flags: NOARGS, impl: mapChars(toLower) },
  { name: 'lstrip', flags: FAST, impl: stripMethod('lstrip', true, false) },
  { name: 'partition', flags: METH_O, impl: partitionMethod(false) },
  { name: 'replace', flags: FAST, impl: replaceImpl },
  { name: 'removeprefix', flags: METH_O, impl: affixMethod(false) },
  { name: 'removesuffix', flags: METH_O, impl: affixMethod(true) },
  { name: 'rfind', flags: VARARGS, impl: findMethod('rfind', true, false) },
  { name: 'rindex', flags: VARARGS, impl: findMethod('rindex', true, true) },
  { name: 'rjust', flags: FAST, impl: justMethod('rjust', 'right') },
  { name: 'rpartition', flags: METH_O, impl: partitionMethod(true) },
  { name: 'rsplit', flags: FASTKW, impl: splitMethod('rsplit', true) },
  { name: 'rstrip', flags: FAST, impl: stripMethod('rstrip', false, true) },
  { name: 'split', flags: FASTKW, impl: splitMethod('split', false) },
  { name: 'splitlines', flags: FASTKW, impl: splitlinesImpl },
  { name: 'startswith', flags: VARARGS, impl: tailMethod('startswith', false) },
  { name: 'strip', flags: FAST, impl: stripMethod('strip', true, true) },
  { name: 'swapcase', flags: NOARGS, impl: mapChars((c) => (isUpperC(c) ? c + 32 : isLowerC(c) ? c - 32 : c)) },
  { name: 'title', flags: NOARGS, impl: mapChars((c, prev) => (prev ? toLower(c) : toUpper(c))) },
  { name: 'translate', flags: FAST, impl: translateImpl },
  { name: 'upper', flags: NOARGS, impl: mapChars(toUpper) },
  { name: 'zfill', flags: METH_O, impl: zfillImpl },
  { name: 'fromhex', flags: METH_O | METH_CLASS, impl: fromhexImpl },
  { name: 'maketrans', flags: FAST | METH_STATIC, impl: maketransImpl },
];

export const bytes_methods: readonly MethodDef[] = common;

// bytearray's mutators. CPython: bytearray_append, bytearray_extend, bytearray_pop_impl ...
const appendImpl: Impl = (interp, self, args) => {
  const v = byteValue(interp, args[0]!, 'byte must be in range(0, 256)');
  const n = dataOf(self!).length;
  byteArrayResize(interp, self!, n + 1);
  dataOf(self!)[n] = v;
  return interp.singletons.None;
};

const extendImpl: Impl = (interp, self, args) => {
  const x = args[0]!;
  let add = bufferOf(x);
  if (add === null) {
    if (x.ob_type.tp_iter === null) PyErr_SetString(interp, 'TypeError', `can't extend bytearray with ${x.ob_type.tp_name}`);
    add = dataFromIterable(interp, x, 'byte must be in range(0, 256)');
  } else add = add.slice();
  const n = dataOf(self!).length;
  byteArrayResize(interp, self!, n + add.length);
  dataOf(self!).set(add, n);
  return interp.singletons.None;
};

const popImpl: Impl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'pop', kwnames);
  checkPositional(interp, 'pop', args.length, 0, 1);
  const d = dataOf(self!);
  if (d.length === 0) PyErr_SetString(interp, 'IndexError', 'pop from empty bytearray');
  let i = args.length > 0 ? ssizeArgOf(interp, args[0]!) : -1;
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) PyErr_SetString(interp, 'IndexError', 'pop index out of range');
  const v = d[i]!;
  const out = new Uint8Array(d.length - 1);
  out.set(d.subarray(0, i));
  out.set(d.subarray(i + 1), i);
  byteArraySetData(interp, self!, out);
  return PyLong_FromNumber(interp, v);
};

const insertImpl: Impl = (interp, self, args, kwnames) => {
  noKeywords(interp, 'insert', kwnames);
  checkPositional(interp, 'insert', args.length, 2, 2);
  let i = ssizeArgOf(interp, args[0]!);
  const v = byteValue(interp, args[1]!, 'byte must be in range(0, 256)');
  const d = dataOf(self!);
  if (i < 0) i = Math.max(0, i + d.length);
  if (i > d.length) i = d.length;
  const out = new Uint8Array(d.length + 1);
  out.set(d.subarray(0, i));
  out[i] = v;
  out.set(d.subarray(i), i + 1);
  byteArraySetData(interp, self!, out);
  return interp.singletons.None;
};

const removeImpl: Impl = (interp, self, args) => {
  const v = byteValue(interp, args[0]!, 'byte must be in range(0, 256)');
  const d = dataOf(self!);
  const i = d.indexOf(v);
  if (i < 0) PyErr_SetString(interp, 'ValueError', 'value not found in bytearray');
  const out = new Uint8Array(d.length - 1);
  out.set(d.subarray(0, i));
  out.set(d.subarray(i + 1), i);
  byteArraySetData(interp, self!, out);
  return interp.singletons.None;
};

export const bytearray_methods: readonly MethodDef[] = [
  ...common,
  // CPython: bytearray_sizeof_impl (the object and its allocated buffer)
  { name: '__sizeof__', flags: NOARGS, impl: (interp, self) => PyLong_FromNumber(interp, self!.ob_type.tp_basicsize + self!.ival) },
  { name: 'append', flags: METH_O, impl: appendImpl },
  { name: 'extend', flags: METH_O, impl: extendImpl },
  { name: 'pop', flags: FAST, impl: popImpl },
  { name: 'insert', flags: FAST, impl: insertImpl },
  { name: 'remove', flags: METH_O, impl: removeImpl },
  { name: 'clear', flags: NOARGS, impl: (interp, self) => { byteArrayResize(interp, self!, 0); return interp.singletons.None; } },
  { name: 'copy', flags: NOARGS, impl: (interp, self) => PyByteArray_FromData(interp, dataOf(self!)) },
  { name: 'reverse', flags: NOARGS, impl: (interp, self) => { dataOf(self!).reverse(); return interp.singletons.None; } },
  { name: '__reduce__', flags: NOARGS, impl: (interp, self) => bytearrayReduce(interp, self!, 2) },
  { name: '__reduce_ex__', flags: FAST, impl: (interp, self, args) => {
    checkPositional(interp, '__reduce_ex__', args.length, 0, 1);
    return bytearrayReduce(interp, self!, args.length === 0 ? 0 : ssizeArgOf(interp, args[0]!));
  } },
];
