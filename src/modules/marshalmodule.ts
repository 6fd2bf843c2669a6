// The marshal module: CPython's serialization of the values code objects hold, and of code
// objects themselves, in version 4 of the format that .pyc files use. Glasspy's compiler gives
// CPython's code objects, so what dumps writes CPython reads, and the other way round. An object
// referred to more than once (a reference count above 1, or an interned str) is written once and
// referred to after, as CPython does. CPython: Python/marshal.c
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyComplex, PyBytes as ConstBytes, PyEllipsis } from '../ast/constant.ts';
import { ConstFrozenSet, ConstTuple, type CodeConstant } from '../bytecode/constants.ts';
import { CodeDescriptor, type CodeFields } from '../compiler/code.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { PyObject_GetAttr } from '../objects/attributes.ts';
import { bufferOf, PyBytes_FromData } from '../objects/bytesobject.ts';
import { PyObject_CallOneArg, PyObject_Vectorcall } from '../objects/call.ts';
import { codeFromDescriptor, internedStr, type CodeBody } from '../objects/codeobject.ts';
import { PyComplex_FromDoubles } from '../objects/complexobject.ts';
import { dictKeys, PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { excType, PyErr_SetString } from '../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { PyList_New } from '../objects/listobject.ts';
import { longValue, PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyIter_Next, PyObject_GetIter } from '../objects/objectops.ts';
import { make_new_set, PySet_Add } from '../objects/setobject.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { internInPlace, isInterned, PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import { cIntArg } from '../objects/args.ts';

const VERSION = 4;
const FLAG_REF = 0x80;
// CPython: MAX_MARSHAL_STACK_DEPTH
const MAX_DEPTH = 2000;

const T = {
  NULL: 0x30, NONE: 0x4e, FALSE: 0x46, TRUE: 0x54, STOPITER: 0x53, ELLIPSIS: 0x2e, INT: 0x69, INT64: 0x49, FLOAT: 0x66,
  BINARY_FLOAT: 0x67, COMPLEX: 0x78, BINARY_COMPLEX: 0x79, LONG: 0x6c, STRING: 0x73, INTERNED: 0x74, REF: 0x72, TUPLE: 0x28,
  LIST: 0x5b, DICT: 0x7b, CODE: 0x63, UNICODE: 0x75, UNKNOWN: 0x3f, SET: 0x3c, FROZENSET: 0x3e, ASCII: 0x61,
  ASCII_INTERNED: 0x41, SMALL_TUPLE: 0x29, SHORT_ASCII: 0x7a, SHORT_ASCII_INTERNED: 0x5a,
} as const;

class Unmarshallable extends Error {}
class TooDeep extends Error {}

/** The bytes of a str in UTF-8, lone surrogates included (the "surrogatepass" handler). */
function utf8Surrogatepass(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

function decodeSurrogatepass(b: Uint8Array): string | null {
  let s = '';
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    let cp: number;
    let n: number;
    if (c < 0x80) [cp, n] = [c, 1];
    else if (c >= 0xc2 && c < 0xe0) [cp, n] = [c & 0x1f, 2];
    else if (c >= 0xe0 && c < 0xf0) [cp, n] = [c & 0x0f, 3];
    else if (c >= 0xf0 && c < 0xf5) [cp, n] = [c & 0x07, 4];
    else return null;
    if (i + n > b.length) return null;
    for (let k = 1; k < n; k++) {
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (d & 0x3f);
    }
    if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    s += String.fromCodePoint(cp);
    i += n;
  }
  return s;
}

/** printf's "%.17g". */
function formatG17(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const [mant, expText] = x.toExponential(16).split('e') as [string, string];
  const exp = Number(expText);
  const strip = (t: string) => (t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t);
  if (exp < -4 || exp >= 17) return `${strip(mant)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return strip(x.toFixed(Math.max(0, 16 - exp)));
}

// CPython: WFILE, w_object, w_complex_object, w_ref
class Writer {
  private readonly out: number[] = [];
  private readonly refs = new Map<PyObject, number>();
  private depth = 0;
  private readonly f64 = new DataView(new ArrayBuffer(8));

  constructor(private readonly interp: Interpreter, private readonly version: number) {}

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }

  private byte(b: number): void {
    this.out.push(b & 0xff);
  }

  long(x: number): void {
    for (let k = 0; k < 4; k++) this.byte(x >> (8 * k));
  }

  private pstring(b: ArrayLike<number>): void {
    this.long(b.length);
    for (let i = 0; i < b.length; i++) this.out.push(b[i]!);
  }

  /** 8 bytes, or before version 2 the text of "%.17g" after its length byte. CPython: w_float_bin, w_float_str */
  private float(x: number): void {
    if (this.version > 1) {
      this.f64.setFloat64(0, x, true);
      for (let k = 0; k < 8; k++) this.byte(this.f64.getUint8(k));
      return;
    }
    const text = formatG17(x);
    this.byte(text.length);
    for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
  }

  /** Writes a reference to `v` if it was written before; else notes it (FLAG_REF) when it may be shared. */
  private ref(v: PyObject, shared: boolean): number | null {
    if (this.version < 3) return 0;
    const interp = this.interp;
    const internedStr = v.ob_type === interp.types.str && isInterned(v);
    if (!shared && v.ob_refcnt === 1 && !internedStr) return 0;
    const at = this.refs.get(v);
    if (at !== undefined) {
      this.byte(T.REF);
      this.long(at);
      return null;
    }
    this.refs.set(v, this.refs.size);
    return FLAG_REF;
  }

  // Apart from complex(), so that nesting costs little of the JS stack per level.
  private items(items: readonly PyObject[]): void {
    for (let i = 0; i < items.length; i++) this.object(items[i]!);
  }

  object(v: PyObject | null, shared = false): void {
    const s = this.interp.singletons;
    if (++this.depth > MAX_DEPTH) throw new TooDeep();
    if (v === null) this.byte(T.NULL);
    else if (v === s.None) this.byte(T.NONE);
    else if (v === excType(this.interp, 'StopIteration')) this.byte(T.STOPITER);
    else if (v === s.Ellipsis) this.byte(T.ELLIPSIS);
    else if (v === s.False) this.byte(T.FALSE);
    else if (v === s.True) this.byte(T.TRUE);
    else {
      const flag = this.ref(v, shared);
      if (flag !== null) this.complex(v, flag);
    }
    this.depth--;
  }

  private complex(v: PyObject, flag: number): void {
    const interp = this.interp;
    const types = interp.types;
    const t = v.ob_type;
    if (t === types.int) {
      const x = BigInt(longValue(v));
      if (x >= -0x80000000n && x <= 0x7fffffffn) {
        this.byte(T.INT | flag);
        this.long(Number(x));
      } else {
        // CPython: w_PyLong — base 2**15 digits, least significant first, the count signed.
        this.byte(T.LONG | flag);
        const digits: number[] = [];
        for (let a = x < 0n ? -x : x; a > 0n; a >>= 15n) digits.push(Number(a & 0x7fffn));
        this.long(x < 0n ? -digits.length : digits.length);
        for (const d of digits) this.out.push(d & 0xff, d >> 8);
      }
    } else if (t === types.float) {
      this.byte((this.version > 1 ? T.BINARY_FLOAT : T.FLOAT) | flag);
      this.float(v.ival as number);
    } else if (t === types.complex) {
      const [re, im] = v.body as [number, number];
      this.byte((this.version > 1 ? T.BINARY_COMPLEX : T.COMPLEX) | flag);
      this.float(re);
      this.float(im);
    } else if (t === types.bytes) {
      this.byte(T.STRING | flag);
      this.pstring(bufferOf(v)!);
    } else if (t === types.str) {
      const s = unicodeText(v);
      const interned = isInterned(v);
      if (this.version >= 4 && /^[\x00-\x7f]*$/.test(s)) {
        if (s.length < 256) {
          this.byte((interned ? T.SHORT_ASCII_INTERNED : T.SHORT_ASCII) | flag);
          this.byte(s.length);
        } else {
          this.byte((interned ? T.ASCII_INTERNED : T.ASCII) | flag);
          this.long(s.length);
        }
        for (let i = 0; i < s.length; i++) this.out.push(s.charCodeAt(i));
      } else {
        this.byte((interned && this.version >= 3 ? T.INTERNED : T.UNICODE) | flag);
        this.pstring(utf8Surrogatepass(s));
      }
    } else if (t === types.tuple) {
      const items = (v as PyTupleObject).body;
      if (this.version >= 4 && items.length < 256) {
        this.byte(T.SMALL_TUPLE | flag);
        this.byte(items.length);
      } else {
        this.byte(T.TUPLE | flag);
        this.long(items.length);
      }
      this.items(items);
    } else if (t === types.list) {
      this.byte(T.LIST | flag);
      this.long((v.body as PyObject[]).length);
      this.items([...(v.body as PyObject[])]);
    } else if (t === types.dict) {
      this.byte(T.DICT | flag);
      for (const k of dictKeys(v)) {
        const value = PyDict_GetItem(interp, v, k);
        if (value === null) continue;
        this.object(k);
        this.object(value);
      }
      this.object(null);
    } else if (t === types.set || t === types.frozenset) {
      this.byte((t === types.set ? T.SET : T.FROZENSET) | flag);
      const it = PyObject_GetIter(interp, v);
      const items: PyObject[] = [];
      try {
        for (let x = PyIter_Next(interp, it); x !== null; x = PyIter_Next(interp, it)) items.push(x);
        this.long(items.length);
        for (const x of items) this.object(x);
      } finally {
        Py_DECREF(it);
        for (const x of items) Py_DECREF(x);
      }
    } else if (t === types.code) {
      this.code(v, flag);
    } else {
      const buf = bufferOf(v);
      if (buf === null) {
        this.byte(T.UNKNOWN | flag);
        throw new Unmarshallable();
      }
      this.byte(T.STRING | flag);
      this.pstring(buf);
    }
  }

  // The fields in CPython's order; co_code is the unquickened code a cache holds (so shared).
  private code(v: PyObject, flag: number): void {
    const interp = this.interp;
    const b = v.body as CodeBody;
    const d = b.desc as unknown as CodeFields;
    this.byte(T.CODE | flag);
    for (const n of [d.co_argcount, d.co_posonlyargcount, d.co_kwonlyargcount, d.co_stacksize, d.co_flags]) this.long(n);
    // co_code is a bytes object the code object caches (so shared); the other bytes fields are
    // the code object's own, but for b'', which is one shared object.
    const coCode = PyBytes_FromData(interp, d.co_code.slice());
    try {
      this.object(coCode, true);
    } finally {
      Py_DECREF(coCode);
    }
    this.object(b.constsTuple);
    this.object(b.namesTuple);
    this.object(b.localsplusnamesTuple);
    this.ownBytes(d.co_localspluskinds);
    this.object(b.filename);
    this.object(b.name);
    this.object(b.qualname);
    this.long(d.co_firstlineno);
    this.ownBytes(d.co_linetable);
    this.ownBytes(d.co_exceptiontable);
  }

  /** A bytes object only its code object refers to. */
  private ownBytes(data: Uint8Array): void {
    if (data.length > 0) {
      this.byte(T.STRING);
      this.pstring(data);
      return;
    }
    const empty = PyBytes_FromData(this.interp, data);
    try {
      this.object(empty);
    } finally {
      Py_DECREF(empty);
    }
  }
}

class BadData extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

// CPython: RFILE, r_object, r_ref_reserve, r_ref_insert
class Reader {
  pos = 0;
  private readonly refs: (PyObject | null)[] = [];
  private depth = 0;

  constructor(private readonly interp: Interpreter, private readonly data: Uint8Array) {}

  private take(n: number): Uint8Array {
    if (this.pos + n > this.data.length) throw new BadData('EOFError', 'marshal data too short');
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  private long(): number {
    const b = this.take(4);
    return b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24);
  }

  private f64(): number {
    const b = this.take(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }

  private size(): number {
    const n = this.long();
    if (n < 0) throw new BadData('ValueError', 'bad marshal data (size out of range)');
    return n;
  }

  /** Drops what was read (the references list owns one reference to each object). */
  release(): void {
    for (const o of this.refs) if (o !== null) Py_DECREF(o);
  }

  /** A new reference. */
  object(): PyObject {
    if (this.pos >= this.data.length) throw new BadData('EOFError', 'EOF read where object expected');
    if (++this.depth > MAX_DEPTH) throw new BadData('ValueError', 'recursion limit exceeded');
    try {
      return this.read();
    } finally {
      this.depth--;
    }
  }

  private keep(flag: number, o: PyObject, at: number): PyObject {
    if (flag) this.refs[at] = Py_NewRef(o);
    return o;
  }

  private reserve(flag: number): number {
    if (!flag) return -1;
    this.refs.push(null);
    return this.refs.length - 1;
  }

  private read(): PyObject {
    const interp = this.interp;
    const s = interp.singletons;
    const code = this.data[this.pos++]!;
    const flag = code & FLAG_REF;
    const type = code & ~FLAG_REF;
    switch (type) {
      case T.NULL: throw new BadData('TypeError', 'NULL object in marshal data for object');
      case T.NONE: return Py_NewRef(s.None);
      case T.STOPITER: return Py_NewRef(excType(interp, 'StopIteration'));
      case T.ELLIPSIS: return Py_NewRef(s.Ellipsis);
      case T.FALSE: return Py_NewRef(s.False);
      case T.TRUE: return Py_NewRef(s.True);
      case T.INT: return this.keep(flag, PyLong_FromNumber(interp, this.long()), this.reserve(flag));
      case T.INT64: {
        const b = this.take(8);
        return this.keep(flag, PyLong_FromBigInt(interp, new DataView(b.buffer, b.byteOffset, 8).getBigInt64(0, true)), this.reserve(flag));
      }
      case T.LONG: {
        const n = this.long();
        let v = 0n;
        const count = Math.abs(n);
        for (let i = 0; i < count; i++) {
          const b = this.take(2);
          const d = b[0]! | (b[1]! << 8);
          if (d > 0x7fff) throw new BadData('ValueError', 'bad marshal data (digit out of range in long)');
          if (d === 0 && i === count - 1) throw new BadData('ValueError', 'bad marshal data (unnormalized long data)');
          v |= BigInt(d) << BigInt(15 * i);
        }
        return this.keep(flag, PyLong_FromBigInt(interp, n < 0 ? -v : v), this.reserve(flag));
      }
      case T.FLOAT: case T.COMPLEX: {
        const parts: number[] = [];
        for (let k = 0; k < (type === T.FLOAT ? 1 : 2); k++) {
          const n = this.data[this.pos++];
          if (n === undefined) throw new BadData('EOFError', 'EOF read where not expected');
          parts.push(Number(String.fromCharCode(...this.take(n))));
        }
        const o = type === T.FLOAT ? PyFloat_FromDouble(interp, parts[0]!) : PyComplex_FromDoubles(interp, parts[0]!, parts[1]!);
        return this.keep(flag, o, this.reserve(flag));
      }
      case T.BINARY_FLOAT: return this.keep(flag, PyFloat_FromDouble(interp, this.f64()), this.reserve(flag));
      case T.BINARY_COMPLEX: {
        const re = this.f64();
        return this.keep(flag, PyComplex_FromDoubles(interp, re, this.f64()), this.reserve(flag));
      }
      case T.STRING: return this.keep(flag, PyBytes_FromData(interp, this.take(this.size()).slice()), this.reserve(flag));
      case T.UNICODE: case T.INTERNED: {
        const text = decodeSurrogatepass(this.take(this.size()));
        if (text === null) throw new BadData('UnicodeDecodeError', 'bad marshal data (invalid utf-8)');
        return this.keep(flag, this.str(text, type === T.INTERNED), this.reserve(flag));
      }
      case T.ASCII: case T.ASCII_INTERNED: case T.SHORT_ASCII: case T.SHORT_ASCII_INTERNED: {
        const short = type === T.SHORT_ASCII || type === T.SHORT_ASCII_INTERNED;
        const n = short ? this.take(1)[0]! : this.size();
        const text = String.fromCharCode(...this.take(n));
        return this.keep(flag, this.str(text, type === T.ASCII_INTERNED || type === T.SHORT_ASCII_INTERNED), this.reserve(flag));
      }
      case T.SMALL_TUPLE: case T.TUPLE: {
        const n = type === T.SMALL_TUPLE ? this.take(1)[0]! : this.size();
        const at = this.reserve(flag);
        const items: PyObject[] = [];
        try {
          for (let i = 0; i < n; i++) items.push(this.object());
        } catch (e) {
          for (const x of items) Py_DECREF(x);
          throw e;
        }
        return this.keep(flag, tupleFromItemsSteal(interp, items), at);
      }
      case T.LIST: {
        const n = this.size();
        // CPython: PyList_New(n), then each item set in place (null until it is read). Each
        // item takes a byte at least: a longer list runs out of data.
        if (n > this.data.length - this.pos) throw new BadData('EOFError', 'EOF read where object expected');
        const list = this.keep(flag, PyList_New(interp, n), this.reserve(flag));
        const items = (list.body as (PyObject | null)[]).fill(null);
        try {
          for (let i = 0; i < n; i++) items[i] = this.object();
        } catch (e) {
          Py_DECREF(list);
          throw e;
        }
        return list;
      }
      case T.DICT: {
        const d = this.keep(flag, PyDict_New(interp), this.reserve(flag));
        try {
          for (;;) {
            if (this.data[this.pos] === T.NULL) {
              this.pos++;
              break;
            }
            const k = this.object();
            try {
              const v = this.object();
              PyDict_SetItem(interp, d, k, v);
              Py_DECREF(v);
            } finally {
              Py_DECREF(k);
            }
          }
        } catch (e) {
          Py_DECREF(d);
          throw e;
        }
        return d;
      }
      case T.SET: case T.FROZENSET: {
        const n = this.size();
        const at = this.reserve(flag);
        const set = make_new_set(interp, interp.types.set, null);
        try {
          for (let i = 0; i < n; i++) {
            const x = this.object();
            PySet_Add(interp, set, x);
            Py_DECREF(x);
          }
          if (type === T.SET) return this.keep(flag, set, at);
          const frozen = make_new_set(interp, interp.types.frozenset, set);
          Py_DECREF(set);
          return this.keep(flag, frozen, at);
        } catch (e) {
          Py_DECREF(set);
          throw e;
        }
      }
      case T.CODE: return this.codeObject(flag);
      case T.REF: {
        const n = this.long();
        const o = n >= 0 && n < this.refs.length ? this.refs[n] : null;
        if (o === null || o === undefined) throw new BadData('ValueError', 'bad marshal data (invalid reference)');
        return Py_NewRef(o);
      }
      default: throw new BadData('ValueError', 'bad marshal data (unknown type code)');
    }
  }

  private str(text: string, interned: boolean): PyObject {
    const o = PyUnicode_FromString(this.interp, text);
    if (!interned) return o;
    return internInPlace(this.interp, o);
  }

  // CPython: r_object's TYPE_CODE case — the fields, then a code object made of them.
  private codeObject(flag: number): PyObject {
    const at = this.reserve(flag);
    const ints = [this.long(), this.long(), this.long(), this.long(), this.long()];
    const fields: PyObject[] = [];
    try {
      for (let i = 0; i < 8; i++) fields.push(this.object());
      const firstlineno = this.long();
      fields.push(this.object(), this.object());
      const [code, consts, names, localsplusnames, kinds, filename, name, qualname, linetable, exceptiontable] = fields;
      const desc = new CodeDescriptor({
        co_argcount: ints[0]!, co_posonlyargcount: ints[1]!, co_kwonlyargcount: ints[2]!, co_stacksize: ints[3]!, co_flags: ints[4]!,
        co_firstlineno: firstlineno, co_name: this.text(name!), co_qualname: this.text(qualname!), co_filename: this.text(filename!),
        co_code: this.buffer(code!), co_consts: this.tupleItems(consts!).map((c) => this.constant(c)),
        co_names: this.tupleItems(names!).map((n) => this.text(n)), co_localsplusnames: this.tupleItems(localsplusnames!).map((n) => this.text(n)),
        co_localspluskinds: this.buffer(kinds!), co_linetable: this.buffer(linetable!), co_exceptiontable: this.buffer(exceptiontable!),
      } satisfies CodeFields);
      return this.keep(flag, codeFromDescriptor(this.interp, desc), at);
    } finally {
      for (const o of fields) Py_DECREF(o);
    }
  }

  private text(o: PyObject): string {
    if (o.ob_type !== this.interp.types.str) throw new BadData('SystemError', 'bad marshal data (a code object field is not a str)');
    return unicodeText(o);
  }

  private buffer(o: PyObject): Uint8Array {
    if (o.ob_type !== this.interp.types.bytes) throw new BadData('SystemError', 'bad marshal data (a code object field is not bytes)');
    return bufferOf(o)!.slice();
  }

  private tupleItems(o: PyObject): readonly PyObject[] {
    if (o.ob_type !== this.interp.types.tuple) throw new BadData('SystemError', 'bad marshal data (a code object field is not a tuple)');
    return (o as PyTupleObject).body;
  }

  /** A code object's constant as the compiler describes it. */
  private constant(o: PyObject): CodeConstant {
    const interp = this.interp;
    const s = interp.singletons;
    const t = o.ob_type;
    const types = interp.types;
    if (o === s.None) return null;
    if (o === s.True) return true;
    if (o === s.False) return false;
    if (o === s.Ellipsis) return PyEllipsis;
    if (t === types.int) return BigInt(longValue(o));
    if (t === types.float) return o.ival as number;
    if (t === types.complex) {
      const [re, im] = o.body as [number, number];
      return new PyComplex(re, im);
    }
    if (t === types.str) return unicodeText(o);
    if (t === types.bytes) return new ConstBytes(bufferOf(o)!.slice());
    if (t === types.tuple) return new ConstTuple((o as PyTupleObject).body.map((x) => this.constant(x)));
    if (t === types.frozenset) {
      const it = PyObject_GetIter(interp, o);
      const items: CodeConstant[] = [];
      try {
        for (let x = PyIter_Next(interp, it); x !== null; x = PyIter_Next(interp, it)) {
          items.push(this.constant(x));
          Py_DECREF(x);
        }
      } finally {
        Py_DECREF(it);
      }
      return new ConstFrozenSet(items);
    }
    if (t === types.code) return (o.body as CodeBody).desc as unknown as CodeDescriptor;
    throw new BadData('SystemError', `bad marshal data (a ${t.tp_name} constant in a code object)`);
  }
}

function versionArg(interp: Interpreter, args: readonly PyObject[], at: number): number {
  return args.length > at ? cIntArg(interp, args[at]!) : VERSION;
}

/** `value` in marshal format (version 4), or null when it holds what marshal cannot write. */
export function marshalDumps(interp: Interpreter, value: PyObject): Uint8Array | null {
  const w = new Writer(interp, VERSION);
  try {
    w.object(value);
  } catch (e) {
    if (e instanceof TooDeep || e instanceof Unmarshallable) return null;
    throw e;
  }
  return w.bytes();
}

/** The object `data` holds (a new reference), or null for data marshal cannot read. */
export function marshalLoads(interp: Interpreter, data: Uint8Array): PyObject | null {
  const r = new Reader(interp, data);
  try {
    return r.object();
  } catch (e) {
    if (e instanceof BadData) return null;
    throw e;
  } finally {
    r.release();
  }
}

// CPython: marshal_dumps_impl (the writer's errors become ValueError)
function dumps(interp: Interpreter, value: PyObject, version: number): PyObject {
  const w = new Writer(interp, version);
  try {
    w.object(value);
  } catch (e) {
    if (e instanceof TooDeep) PyErr_SetString(interp, 'ValueError', 'object too deeply nested to marshal');
    if (e instanceof Unmarshallable) PyErr_SetString(interp, 'ValueError', 'unmarshallable object');
    throw e;
  }
  return PyBytes_FromData(interp, w.bytes());
}

// CPython: marshal_loads_impl
function loads(interp: Interpreter, data: Uint8Array): { value: PyObject; used: number } {
  const r = new Reader(interp, data);
  try {
    return { value: r.object(), used: r.pos };
  } catch (e) {
    if (e instanceof BadData) PyErr_SetString(interp, e.type, e.message);
    throw e;
  } finally {
    r.release();
  }
}

function bytesLike(interp: Interpreter, fname: string, o: PyObject): Uint8Array {
  const b = bufferOf(o);
  if (b === null) PyErr_SetString(interp, 'TypeError', `a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  return b!;
}

function callMethodOf(interp: Interpreter, o: PyObject, name: string, arg: PyObject): PyObject {
  const m = PyObject_GetAttr(interp, o, internedStr(interp, name));
  try {
    return PyObject_CallOneArg(interp, m, arg);
  } finally {
    Py_DECREF(m);
  }
}

const FUNCTIONS: readonly [string, BuiltinImpl][] = [
  ['dumps', (interp, _s, args, kw) => {
    noKeywords(interp, 'dumps', kw);
    checkPositional(interp, 'dumps', args.length, 1, 2);
    return dumps(interp, args[0]!, versionArg(interp, args, 1));
  }],
  ['loads', (interp, _s, args, kw) => {
    noKeywords(interp, 'loads', kw);
    checkPositional(interp, 'loads', args.length, 1, 1);
    return loads(interp, bytesLike(interp, 'loads', args[0]!).slice()).value;
  }],
  // CPython: marshal_dump_impl — file.write(dumps(value, version))
  ['dump', (interp, _s, args, kw) => {
    noKeywords(interp, 'dump', kw);
    checkPositional(interp, 'dump', args.length, 2, 3);
    const data = dumps(interp, args[0]!, versionArg(interp, args, 2));
    try {
      return callMethodOf(interp, args[1]!, 'write', data);
    } finally {
      Py_DECREF(data);
    }
  }],
  // CPython: marshal_load_impl — reads what the file has, then seeks back over what was not used.
  ['load', (interp, _s, args, kw) => {
    noKeywords(interp, 'load', kw);
    checkPositional(interp, 'load', args.length, 1, 1);
    const file = args[0]!;
    const read = PyObject_GetAttr(interp, file, internedStr(interp, 'read'));
    let data: PyObject;
    try {
      data = PyObject_CallOneArg(interp, read, PyLong_FromNumber(interp, -1));
    } finally {
      Py_DECREF(read);
    }
    try {
      const bytes = bytesLike(interp, 'load', data);
      const { value, used } = loads(interp, bytes.slice());
      if (used < bytes.length) {
        const back = PyLong_FromNumber(interp, used - bytes.length);
        const whence = PyLong_FromNumber(interp, 1);
        const seek = PyObject_GetAttr(interp, file, internedStr(interp, 'seek'));
        try {
          Py_DECREF(PyObject_Vectorcall(interp, seek, [back, whence], null));
        } finally {
          Py_DECREF(seek);
          Py_DECREF(back);
          Py_DECREF(whence);
        }
      }
      return value;
    } finally {
      Py_DECREF(data);
    }
  }],
];

export function createMarshalModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'marshal'), true);
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  moduleAdd(interp, m, 'version', PyLong_FromNumber(interp, VERSION));
  return m;
}
