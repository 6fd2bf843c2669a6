// The _random module: the Random type over the Mersenne Twister, which random.Random extends.
// CPython: Modules/_randommodule.c (random_init, random_seed, random_seed_urandom,
// random_seed_time_pid, _random_Random_* methods).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { noKeywords } from '../../objects/args.ts';
import { indexValueOf } from '../../objects/abstract.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt, PyLong_FromNumber } from '../../objects/longobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_Hash } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { allocInstance, createModuleType, kwCount, moduleState } from '../modsupport.ts';
import { genrandBits, genrandDouble, initByArray, MT_N, newState, type MTState } from './mt19937.ts';

const SIZEOF_RANDOM = 2520;

const stateOf = (o: PyObject): MTState => o.body as MTState;

/** The 32-bit words of a non-negative int, least significant first (at least one). */
function words32(v: bigint): Uint32Array {
  const out: number[] = [];
  do {
    out.push(Number(v & 0xffffffffn));
    v >>= 32n;
  } while (v > 0n);
  return Uint32Array.from(out);
}

// CPython: random_seed_urandom, then random_seed_time_pid when no entropy can be had.
function seedFromEntropy(interp: Interpreter, st: MTState): void {
  let key: Uint32Array;
  try {
    const bytes = interp.host!.randomBytes(MT_N * 4);
    key = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + MT_N * 4));
  } catch {
    const now = Date.now();
    key = Uint32Array.of(now >>> 0, Math.floor(now / 2 ** 32) >>> 0, 0, 0, Math.floor(performance.now() * 1000) >>> 0);
  }
  initByArray(st, key);
}

// CPython: random_seed — an int's absolute value, else the object's hash as an unsigned size_t.
function randomSeed(interp: Interpreter, self: PyObject, arg: PyObject | null): void {
  const st = stateOf(self);
  if (arg === null || arg === interp.singletons.None) {
    seedFromEntropy(interp, st);
    return;
  }
  let n: bigint;
  if (PyLong_Check(arg)) {
    n = BigInt(longValue(arg));
    if (n < 0n) n = -n;
  } else n = BigInt.asUintN(64, BigInt(PyObject_Hash(interp, arg)));
  initByArray(st, words32(n));
}

export function random_new(type: PyTypeObject): PyObject {
  const interp = type.tp_interp;
  const st = newState();
  return allocInstance(interp, type, SIZEOF_RANDOM, 0, st);
}

// CPython: random_init
function random_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const base = randomState(interp).Random;
  if (self.ob_type === base || self.ob_type.tp_init === base.tp_init) noKeywords(interp, 'Random', kwnames);
  const nargs = args.length - kwCount(kwnames);
  if (nargs > 1) PyErr_SetString(interp, 'TypeError', 'Random() requires 0 or 1 argument');
  randomSeed(interp, self, nargs === 1 ? args[0]! : null);
}

function random_dealloc(o: PyObject): void {
  freeObject(o);
}

// CPython: _random_Random_getstate_impl — the 624 words and the index.
function getstate(interp: Interpreter, self: PyObject): PyObject {
  const st = stateOf(self);
  const items: PyObject[] = [];
  for (let i = 0; i < MT_N; i++) items.push(PyLong_FromNumber(interp, st.mt[i]!));
  items.push(PyLong_FromNumber(interp, st.index));
  return tupleFromItemsSteal(interp, items);
}

/** An element of a state vector. CPython: PyLong_AsUnsignedLong, cast to uint32_t */
function stateWord(interp: Interpreter, o: PyObject): number {
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', 'an integer is required');
  const v = BigInt(longValue(o));
  if (v < 0n) PyErr_SetString(interp, 'OverflowError', "can't convert negative value to unsigned int");
  if (v >= 2n ** 64n) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C unsigned long');
  return Number(v & 0xffffffffn);
}

// CPython: _random_Random_setstate_impl
function setstate(interp: Interpreter, self: PyObject, state: PyObject): PyObject {
  if (!state.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', 'state vector must be a tuple');
  const items = state.body as PyObject[];
  if (items.length !== MT_N + 1) PyErr_SetString(interp, 'ValueError', 'state vector is the wrong size');
  const mt = new Uint32Array(MT_N);
  for (let i = 0; i < MT_N; i++) mt[i] = stateWord(interp, items[i]!);
  const last = items[MT_N]!;
  if (!PyLong_Check(last)) PyErr_SetString(interp, 'TypeError', 'an integer is required');
  const index = BigInt(longValue(last));
  if (index > 0x7fffffffffffffffn || index < -0x8000000000000000n) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C long');
  if (index < 0n || index > BigInt(MT_N)) PyErr_SetString(interp, 'ValueError', 'invalid state');
  const st = stateOf(self);
  st.mt.set(mt);
  st.index = Number(index);
  return Py_NewRef(interp.singletons.None);
}

// CPython: _random_Random_getrandbits_impl (k converted by _PyLong_AsInt)
function getrandbits(interp: Interpreter, self: PyObject, arg: PyObject): PyObject {
  const v = indexValueOf(interp, arg);
  if (v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
  const k = Number(v);
  if (k < 0) PyErr_SetString(interp, 'ValueError', 'number of bits must be non-negative');
  if (k === 0) return PyLong_FromNumber(interp, 0);
  const r = genrandBits(stateOf(self), k);
  return typeof r === 'number' ? PyLong_FromNumber(interp, r) : PyLong_FromBigInt(interp, r);
}

const random_methods: readonly MethodDef[] = [
  { name: 'random', flags: METH_NOARGS, doc: 'random() -> x in the interval [0, 1).', impl: (interp, self) => PyFloat_FromDouble(interp, genrandDouble(stateOf(self!))) },
  { name: 'seed', flags: METH_FASTCALL, doc: 'seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.',
    impl: (interp, self, args, kwnames) => {
      noKeywords(interp, 'seed', kwnames);
      if (args.length > 1) PyErr_SetString(interp, 'TypeError', `seed expected at most 1 argument, got ${args.length}`);
      randomSeed(interp, self!, args.length === 1 ? args[0]! : null);
      return Py_NewRef(interp.singletons.None);
    } },
  { name: 'getstate', flags: METH_NOARGS, doc: 'getstate() -> tuple containing the current state.', impl: (interp, self) => getstate(interp, self!) },
  { name: 'setstate', flags: METH_O, doc: 'setstate(state) -> None.  Restores generator state.', impl: (interp, self, args) => setstate(interp, self!, args[0]!) },
  { name: 'getrandbits', flags: METH_O, doc: 'getrandbits(k) -> x.  Generates an int with k random bits.', impl: (interp, self, args) => getrandbits(interp, self!, args[0]!) },
];

interface RandomState {
  Random: PyTypeObject;
}

const randomState = moduleState((interp: Interpreter): RandomState => ({
  Random: createModuleType(interp, {
    name: '_random.Random', basicsize: SIZEOF_RANDOM, gc: false, new: random_new, init: random_init, dealloc: random_dealloc, methods: random_methods,
    doc: 'Random() -> create a random number generator with its own internal state.',
  }),
}));

/** The _random module object. CPython: _random_exec */
export function createRandomModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_random'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Module implements the Mersenne Twister random number generator.'));
  moduleAdd(interp, m, 'Random', Py_NewRef(randomState(interp).Random));
  return m;
}
