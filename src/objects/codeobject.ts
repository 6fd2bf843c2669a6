// code. CPython: Objects/codeobject.c (PyCode_NewWithPosOnlyArgs, intern_strings,
// intern_string_constants, code_dealloc). A code object wraps the compiler's CodeDescriptor with
// what the eval loop reads: co_code as 16-bit code units, and its constants, names and local
// names materialized once as PyObjects.
import type { CodeDescriptor } from '../compiler/code.ts';
import type { GetSetDef } from './typeobject.ts';
import { CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL, CO_VARARGS, CO_VARKEYWORDS, parserConstantsOf } from '../compiler/code.ts';
import { PyBytes, PyComplex, PyEllipsis, type PyConstant } from '../ast/constant.ts';
import { PyBytes_FromData } from './bytesobject.ts';
import { PyComplex_FromDoubles } from './complexobject.ts';
import { ConstFrozenSet, ConstTuple, constantKey, isCodeConstant, type CodeConstant, type CodeObjectLike } from '../bytecode/constants.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { decodePositions, parseExceptionTable, type ExceptionHandlerEntry, type Positions } from '../vm/code_tables.ts';
import { allocObject, freeObject } from './alloc.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PyFloat_FromDouble } from './floatobject.ts';
import { PyLong_FromBigInt, PyLong_FromNumber } from './longobject.ts';
import { IMMORTAL_REFCNT, Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from './object.ts';
import { PyObject_Hash, Py_EQ, Py_NE } from './objectops.ts';
import { bytesHash } from './hash/siphash.ts';
import { hashFromBigInt, hashToBigInt, type PyHash } from './hash/pyhash.ts';
import { cacheEntries, Op } from '../bytecode/opcodes.ts';
import { _PyTuple_MaybeUntrack, tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { make_new_set } from './setobject.ts';
import { internInPlace, PyUnicode_FromString, unicodeText } from './unicodeobject.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

export interface CodeBody {
  readonly desc: CodeObjectLike & { readonly co_stacksize: number };
  /** co_code: one unit is opcode | oparg << 8. */
  readonly units: Uint16Array;
  /** co_consts, co_names and co_localsplusnames as tuples the code object owns. */
  readonly constsTuple: PyObject;
  readonly namesTuple: PyObject;
  readonly localsplusnamesTuple: PyObject;
  /** Their items (views of the tuples' item arrays). */
  readonly consts: readonly PyObject[];
  readonly names: readonly PyObject[];
  readonly localsplusnames: readonly PyObject[];
  readonly filename: PyObject;
  readonly name: PyObject;
  readonly qualname: PyObject;
  readonly nlocalsplus: number;
  /** co_nlocals: the CO_FAST_LOCAL entries (arguments first). */
  readonly nlocals: number;
  /** co_nfreevars: the CO_FAST_FREE entries, the last ones of localsplus. */
  readonly nfreevars: number;
  readonly stacksize: number;
  /**
   * _co_firsttraceable: the unit of the first RESUME. A frame whose instruction is before it has
   * not really started (it makes its cells or its generator): tracebacks skip it.
   */
  readonly firstTraceable: number;
  /**
   * co_argcount when the parameters are positional ones only (no *args, **kwargs or
   * keyword-only ones), else -1: a call with exactly that many positional arguments moves them
   * into the frame without the binding checks.
   */
  readonly simpleArgcount: number;
  /** Finished frames of this code kept for reuse (src/vm/frame.ts; CPython's frames live in a per-thread stack instead). */
  readonly framePool: unknown[];
  /** LOAD_GLOBAL's inline caches, made on first use (src/vm/ceval_fast.ts). */
  globalCache: unknown;
  /** co_code, co_linetable and co_exceptiontable as bytes, made on first use and kept (CPython: _co_cached, and the code's own bytes). */
  readonly bytesAttrs: Map<string, PyObject>;
  /** LOAD_ATTR's and STORE_ATTR's inline caches, made on first use (src/vm/ceval_attr.ts). */
  attrCache: unknown;
  /** Entry hints for the dict lookups of LOAD_NAME, STORE_NAME, LOAD_ATTR and STORE_ATTR, three per code unit (see dictHints()). */
  dictHints: Int32Array | null;
  /** Each CALL site's adaptive state, for its eval breaker check (src/vm/call_sites.ts). */
  callSites: Int32Array | null;
  /** Decoded on first use (an exception or a traceback needs them). */
  positions: Positions | null;
  handlers: ExceptionHandlerEntry[] | null;
}

// CPython: init_code (entry_point)
function firstTraceable(units: Uint16Array): number {
  let i = 0;
  while (i < units.length && (units[i]! & 0xff) !== Op.RESUME) i++;
  return i;
}

export interface PyCodeObject extends PyObject {
  body: CodeBody;
}

/** offsetof(PyCodeObject, co_code_adaptive) on 64-bit 3.12; the code units follow it. */
const CODE_BASICSIZE = 192;

/** The bytes of a code object of `nunits` code units, rounded up to a pointer. CPython: _PyObject_VAR_SIZE */
export function codeObjectSize(nunits: number): number {
  return (CODE_BASICSIZE + 2 * nunits + 7) & ~7;
}

/** A new str, interned (and so immortal) as CPython interns names. CPython: intern_strings */
export function internedStr(interp: Interpreter, s: string): PyObject {
  const known = interp.interned.get(s);
  if (known !== undefined) return known;
  const o = PyUnicode_FromString(interp, s);
  return internInPlace(interp, o);
}

// CPython: all_name_chars — str constants made only of [A-Za-z0-9_] are interned.
function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/**
 * Materializes constants; equal constants (by CPython's _PyCode_ConstantKey) become one object,
 * as the compiler's const cache makes them one object for a whole compilation.
 */
class ConstMaterializer {
  private readonly cache = new Map<string, PyObject>();
  constructor(private readonly interp: Interpreter) {}

  /** The object made for the constant with this key, if any (borrowed). */
  made(key: string): PyObject | undefined {
    return this.cache.get(key);
  }

  /**
   * Makes `o` (borrowed, alive while the code is made) the object of the constant with this
   * key, as the objects of an AST given to compile() become its constants; an identifier-like
   * str is interned in place first. CPython: merge_consts_recursive, intern_string_constants
   */
  seed(key: string, o: PyObject): void {
    if (this.cache.has(key)) return;
    const t = this.interp.types;
    const obj = o.ob_type === t.str && allNameChars(unicodeText(o)) ? internInPlace(this.interp, Py_NewRef(o)) : o;
    this.cache.set(key, obj);
  }

  private filenameObj: PyObject | null = null;

  /**
   * A new reference to the compilation's co_filename: one str for all its code objects, not
   * interned (CPython passes the compiler's filename object along).
   */
  filename(s: string): PyObject {
    const known = this.filenameObj;
    if (known !== null && unicodeText(known) === s) return Py_NewRef(known);
    const o = PyUnicode_FromString(this.interp, s);
    this.filenameObj = o;
    return o;
  }

  /** A new reference to the object for `v`. */
  get(v: CodeConstant): PyObject {
    const key = constantKey(v);
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      Py_INCREF(hit);
      return hit;
    }
    const o = this.make(v);
    this.cache.set(key, o);
    return o;
  }

  private make(v: CodeConstant): PyObject {
    const interp = this.interp;
    if (typeof v === 'string') return allNameChars(v) ? internedStr(interp, v) : PyUnicode_FromString(interp, v);
    if (!(v instanceof ConstTuple || v instanceof ConstFrozenSet || (typeof v === 'object' && v !== null && isCodeConstant(v)))) return pyConstantObject(interp, v);
    if (v instanceof ConstTuple) return untrackedConstTuple(interp, v.items.map((x) => this.get(x)));
    if (v instanceof ConstFrozenSet) {
      // The compiler builds a constant frozenset from a tuple of its items (PyFrozenSet_New).
      const items = tupleFromItemsSteal(interp, v.items.map((x) => this.get(x)));
      try {
        return make_new_set(interp, interp.types.frozenset, items);
      } finally {
        Py_DECREF(items);
      }
    }
    if (isCodeConstant(v)) return codeFromDescriptorWith(interp, v as CodeDescriptor, this);
    return PyErr_SetString(interp, 'SystemError', `Glasspy does not implement ${(v as object).constructor.name} constants yet`);
  }
}

/**
 * A tuple of a code object (a constant, co_consts, co_names), untracked when none of its items
 * may be tracked, nested constant tuples being made first. CPython creates these tuples tracked,
 * but its compiler allocates so many GC objects that the generation 0 collections it sets off
 * untrack them (untrack_tuples) before the code runs; here no collection is needed for that.
 */
function untrackedConstTuple(interp: Interpreter, items: PyObject[]): PyObject {
  const t = tupleFromItemsSteal(interp, items);
  _PyTuple_MaybeUntrack(interp, t);
  return t;
}

const anonymousNames = new PerInterpreter<Map<string, PyObject>>();

/**
 * co_name: the function or class name, interned as the parser interns identifiers; the names the
 * compiler gives ('<module>', '<lambda>', '<genexpr>', ...) are its static strings — immortal, one
 * per interpreter, not interned. CPython: _Py_STR(anon_module) and friends
 */
function codeName(interp: Interpreter, s: string): PyObject {
  if (!s.startsWith('<')) return internedStr(interp, s);
  let known = anonymousNames.get(interp);
  if (known === undefined) anonymousNames.set(interp, (known = new Map()));
  let o = known.get(s);
  if (o === undefined) {
    o = PyUnicode_FromString(interp, s);
    o.ob_refcnt = IMMORTAL_REFCNT;
    known.set(s, o);
  }
  return o;
}

/** The object for a scalar constant of the AST (a new reference; singletons are immortal). */
export function pyConstantObject(interp: Interpreter, v: PyConstant): PyObject {
  const s = interp.singletons;
  if (v === null) return s.None;
  if (v === true) return s.True;
  if (v === false) return s.False;
  if (v === PyEllipsis) return s.Ellipsis;
  if (typeof v === 'bigint') return PyLong_FromBigInt(interp, v);
  if (typeof v === 'number') return PyFloat_FromDouble(interp, v);
  if (typeof v === 'string') return PyUnicode_FromString(interp, v);
  if (v instanceof PyComplex) return PyComplex_FromDoubles(interp, v.real, v.imag);
  return PyBytes_FromData(interp, v.bytes.slice());
}

/**
 * co_qualname: the compiler's qualname object, which a class body also loads as a constant
 * (for `__qualname__ = ...`), so the two are one object there.
 */
function qualnameObject(interp: Interpreter, desc: CodeDescriptor, consts: ConstMaterializer): PyObject {
  return desc.co_consts.includes(desc.co_qualname) ? consts.get(desc.co_qualname) : PyUnicode_FromString(interp, desc.co_qualname);
}

/** The code object for a compiled CodeDescriptor (a new reference). */
export function codeFromDescriptor(interp: Interpreter, desc: CodeDescriptor, objects?: ReadonlyMap<string, PyObject>): PyObject {
  const consts = new ConstMaterializer(interp);
  if (objects !== undefined) for (const [key, o] of objects) consts.seed(key, o);
  return codeFromDescriptorWith(interp, desc, consts);
}

/**
 * codeFromDescriptor for code run while the parser's arena lives: also takes the arena's
 * references to the constants (parserConstantsOf; see src/compiler/parser_consts.ts).
 * Give them back with releaseParserArena once the code ran.
 */
export function codeWithParserArena(interp: Interpreter, desc: CodeDescriptor): { code: PyObject; arena: PyObject[] } {
  const consts = new ConstMaterializer(interp);
  const code = codeFromDescriptorWith(interp, desc, consts);
  const arena: PyObject[] = [];
  const refs = parserConstantsOf(desc);
  if (refs !== null) {
    for (const [key, n] of refs) {
      const o = consts.made(key);
      if (o === undefined) continue;
      for (let i = 0; i < n; i++) arena.push(Py_NewRef(o));
    }
  }
  return { code, arena };
}

/** Frees the parser's arena: its references to constants, last first. CPython: _PyArena_Free */
export function releaseParserArena(arena: PyObject[]): void {
  while (arena.length > 0) Py_DECREF(arena.pop()!);
}

function codeFromDescriptorWith(interp: Interpreter, desc: CodeDescriptor, consts: ConstMaterializer): PyObject {
  const bytes = desc.co_code;
  const n = bytes.length >> 1;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  // co_consts, co_names and co_localsplusnames go through the constant cache, which makes equal
  // tuples of one compilation one object, as CPython's compiler merges them (merge_const_one).
  const constsTuple = consts.get(new ConstTuple(desc.co_consts));
  const namesTuple = consts.get(new ConstTuple(desc.co_names));
  // Names are interned even when they are no identifiers ('.0'); such a tuple stays apart.
  const localsplusnamesTuple = desc.co_localsplusnames.every(allNameChars) ? consts.get(new ConstTuple(desc.co_localsplusnames))
    : untrackedConstTuple(interp, desc.co_localsplusnames.map((n) => internedStr(interp, n)));
  let nlocals = 0;
  let nfreevars = 0;
  for (const k of desc.co_localspluskinds) {
    if (k & CO_FAST_LOCAL) nlocals++;
    if (k & CO_FAST_FREE) nfreevars++;
  }
  const name = codeName(interp, desc.co_name);
  const body: CodeBody = {
    desc,
    units,
    constsTuple,
    namesTuple,
    localsplusnamesTuple,
    consts: (constsTuple as PyTupleObject).body,
    names: (namesTuple as PyTupleObject).body,
    localsplusnames: (localsplusnamesTuple as PyTupleObject).body,
    filename: consts.filename(desc.co_filename),
    name,
    qualname: desc.co_qualname === desc.co_name ? Py_NewRef(name) : qualnameObject(interp, desc, consts),
    nlocalsplus: desc.co_localsplusnames.length,
    nlocals,
    nfreevars,
    stacksize: desc.co_stacksize,
    firstTraceable: firstTraceable(units),
    simpleArgcount: (desc.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && desc.co_kwonlyargcount === 0 ? desc.co_argcount : -1,
    framePool: [],
    globalCache: null,
    bytesAttrs: new Map(),
    attrCache: null,
    dictHints: null,
    callSites: null,
    positions: null,
    handlers: null,
  };
  return allocObject(interp, interp.types.code, codeObjectSize(n), 0, body);
}

/** co_positions() of the code, decoded once. */
export function codePositions(co: PyObject): Positions {
  const b = (co as PyCodeObject).body;
  if (b.positions === null) b.positions = decodePositions(b.desc.co_linetable, b.desc.co_firstlineno, b.units.length);
  return b.positions;
}

/** co_exceptiontable's entries, parsed once. */
export function codeHandlers(co: PyObject): ExceptionHandlerEntry[] {
  const b = (co as PyCodeObject).body;
  if (b.handlers === null) b.handlers = parseExceptionTable(b.desc.co_exceptiontable);
  return b.handlers;
}

// CPython: code_dealloc
export function code_dealloc(o: PyObject): void {
  const b = (o as PyCodeObject).body;
  Py_DECREF(b.constsTuple);
  Py_DECREF(b.namesTuple);
  Py_DECREF(b.localsplusnamesTuple);
  Py_DECREF(b.filename);
  Py_DECREF(b.name);
  Py_DECREF(b.qualname);
  for (const v of b.bytesAttrs.values()) Py_DECREF(v);
  freeObject(o);
}

function namesOfKind(interp: Interpreter, o: PyObject, kind: number): PyObject {
  const b = (o as PyCodeObject).body;
  const kinds = b.desc.co_localspluskinds;
  const out: PyObject[] = [];
  b.localsplusnames.forEach((n, i) => {
    if (kinds[i]! & kind) out.push(Py_NewRef(n));
  });
  return tupleFromItemsSteal(interp, out);
}

const intField = (k: 'co_argcount' | 'co_posonlyargcount' | 'co_kwonlyargcount' | 'co_flags' | 'co_firstlineno' | 'co_stacksize'): GetSetDef['get'] =>
  (interp, o) => PyLong_FromNumber(interp, (o as PyCodeObject).body.desc[k]);

// CPython: code_memberlist and code_getsetlist (the attributes that exist so far)
export const CODE_GETSET: GetSetDef[] = [
  { name: 'co_argcount', get: intField('co_argcount') },
  { name: 'co_posonlyargcount', get: intField('co_posonlyargcount') },
  { name: 'co_kwonlyargcount', get: intField('co_kwonlyargcount') },
  { name: 'co_stacksize', get: intField('co_stacksize') },
  { name: 'co_flags', get: intField('co_flags') },
  { name: 'co_firstlineno', get: intField('co_firstlineno') },
  { name: 'co_nlocals', get: (interp, o) => PyLong_FromNumber(interp, (o as PyCodeObject).body.nlocals) },
  { name: 'co_name', get: (_i, o) => Py_NewRef((o as PyCodeObject).body.name) },
  { name: 'co_qualname', get: (_i, o) => Py_NewRef((o as PyCodeObject).body.qualname) },
  { name: 'co_filename', get: (_i, o) => Py_NewRef((o as PyCodeObject).body.filename) },
  { name: 'co_consts', get: (_i, o) => Py_NewRef((o as PyCodeObject).body.constsTuple) },
  { name: 'co_names', get: (_i, o) => Py_NewRef((o as PyCodeObject).body.namesTuple) },
  { name: 'co_varnames', get: (interp, o) => namesOfKind(interp, o, CO_FAST_LOCAL) },
  { name: 'co_cellvars', get: (interp, o) => namesOfKind(interp, o, CO_FAST_CELL) },
  { name: 'co_freevars', get: (interp, o) => namesOfKind(interp, o, CO_FAST_FREE) },
];

// CPython: code_richcompare — equal fields, constants compared by _PyCode_ConstantKey.
export function code_richcompare(a: PyObject, b: PyObject, op: number): PyObject {
  const interp = a.ob_type.tp_interp;
  const s = interp.singletons;
  if ((op !== Py_EQ && op !== Py_NE) || a.ob_type !== interp.types.code || b.ob_type !== interp.types.code) return s.NotImplemented;
  const da = (a as PyCodeObject).body.desc as unknown as CodeObjectLike;
  const db = (b as PyCodeObject).body.desc as unknown as CodeObjectLike;
  const eq = a === b || constantKey(da as CodeConstant) === constantKey(db as CodeConstant);
  return eq === (op === Py_EQ) ? s.True : s.False;
}

// CPython: code_hash — the fields scrambled in with _PyHASH_MULTIPLIER, then each instruction's
// base opcode and argument.
export function code_hash(o: PyObject): PyHash {
  const interp = o.ob_type.tp_interp;
  const b = (o as PyCodeObject).body;
  const d = b.desc as unknown as CodeDescriptor;
  let h = 20221211n;
  const scramble = (x: bigint | number) => {
    h = BigInt.asUintN(64, (h ^ BigInt.asUintN(64, BigInt(x))) * 1000003n);
  };
  for (const x of [b.name, b.constsTuple, b.namesTuple, b.localsplusnamesTuple]) scramble(hashToBigInt(PyObject_Hash(interp, x)));
  scramble(hashToBigInt(bytesHash(interp.hashSecret, d.co_linetable)));
  scramble(hashToBigInt(bytesHash(interp.hashSecret, d.co_exceptiontable)));
  for (const n of [d.co_argcount, d.co_posonlyargcount, d.co_kwonlyargcount, d.co_flags, d.co_firstlineno]) scramble(n);
  const code = d.co_code;
  const units = code.length >> 1;
  scramble(units);
  for (let i = 0; i < units; i++) {
    const op = code[2 * i]!;
    scramble(op);
    scramble(code[2 * i + 1]!);
    i += cacheEntries(op);
  }
  const signed = BigInt.asIntN(64, h);
  return signed === -1n ? -2 : hashFromBigInt(signed);
}
