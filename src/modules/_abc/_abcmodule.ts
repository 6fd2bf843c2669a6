// The _abc module: the state of abc.ABCMeta classes (_abc_data: the registry of virtual
// subclasses and the positive and negative caches, sets of weak references), the abstract
// method computation, register, and the instance and subclass checks, with the cache token
// that register() bumps. abc.py builds ABCMeta over it. CPython: Modules/_abc.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_IsSubclass } from '../../runtime/bltin_objects.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from '../../objects/args.ts';
import { PyObject_GetAttr, PyObject_LookupAttr, PyObject_SetAttr } from '../../objects/attributes.ts';
import { callMethodObj } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_DelItem, PyDict_GetItem } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyList_Check, type PyListObject } from '../../objects/listobject.ts';
import { longValue, PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_CLEAR, Py_DECREF, Py_NewRef, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_MAPPING, Py_TPFLAGS_SEQUENCE, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue } from '../../objects/objectops.ts';
import { make_new_set, PySet_Add, PySet_Clear, PySet_Discard, set_contains, set_len, setKeys } from '../../objects/setobject.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { PyTypeObject, type visitproc, visitFields } from '../../objects/typeobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { PyWeakref_NewRef, type PyWeakReference } from '../../objects/weakrefobject.ts';
import { freeObject } from '../../objects/alloc.ts';
import { allocInstance, createModuleType, isExcOf, moduleState } from '../modsupport.ts';

const COLLECTION_FLAGS = Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING;

/** An ABC's state. CPython: _abc_data */
interface AbcData {
  registry: PyObject | null;
  cache: PyObject | null;
  negativeCache: PyObject | null;
  negativeCacheVersion: number;
}

const data = (o: PyObject): AbcData => o.body as AbcData;

const state = moduleState((interp: Interpreter) => {
  const abcData = createModuleType(interp, {
    name: '_abc._abc_data', basicsize: 48, subclassable: false, doc: 'Internal state held by ABC machinery.',
    new: (type) => newData(type.tp_interp),
    // CPython: abc_data_dealloc
    dealloc: (o) => {
      const d = data(o);
      const refs = [d.registry, d.cache, d.negativeCache];
      d.registry = d.cache = d.negativeCache = null;
      freeObject(o);
      for (const r of refs) Py_XDECREF(r);
    },
    traverse: abc_data_traverse,
    clear: abc_data_clear,
  });
  return { abcData, invalidationCounter: 0 };
});

// CPython: abc_data_traverse
function abc_data_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const d = data(o);
  visitFields(visit, arg, d.registry, d.cache, d.negativeCache);
}

// CPython: abc_data_clear
function abc_data_clear(o: PyObject): void {
  const d = data(o);
  Py_CLEAR(d, 'registry');
  Py_CLEAR(d, 'cache');
  Py_CLEAR(d, 'negativeCache');
}

// CPython: abc_data_new
function newData(interp: Interpreter): PyObject {
  const st = state(interp);
  return allocInstance(interp, st.abcData, 48, 0, { registry: null, cache: null, negativeCache: null, negativeCacheVersion: st.invalidationCounter } satisfies AbcData);
}

// CPython: _get_impl
function getImpl(interp: Interpreter, self: PyObject): PyObject {
  const impl = PyObject_GetAttr(interp, self, internedStr(interp, '_abc_impl'));
  if (impl.ob_type !== state(interp).abcData) {
    Py_DECREF(impl);
    PyErr_SetString(interp, 'TypeError', '_abc_impl is set to a wrong type');
  }
  return impl;
}

/** Runs `f` with the ABC's state, released afterwards. */
function withImpl<T>(interp: Interpreter, self: PyObject, f: (d: AbcData) => T): T {
  const impl = getImpl(interp, self);
  try {
    return f(data(impl));
  } finally {
    Py_DECREF(impl);
  }
}

// CPython: _in_weak_set — objects that cannot be weakly referenced are never in it.
function inWeakSet(interp: Interpreter, set: PyObject | null, obj: PyObject): boolean {
  if (set === null || set_len(set) === 0) return false;
  let ref: PyObject;
  try {
    ref = PyWeakref_NewRef(interp, obj, null);
  } catch (e) {
    if (isExcOf(interp, e, 'TypeError')) {
      Py_DECREF(e as PyObject);
      return false;
    }
    throw e;
  }
  try {
    return set_contains(set, ref);
  } finally {
    Py_DECREF(ref);
  }
}

// CPython: _destroy — the callback that drops a dead class's ref from the set (held weakly).
const destroy: BuiltinImpl = (interp, setRef, args) => {
  const set = (setRef as PyWeakReference).body.object;
  if (set !== null) {
    Py_NewRef(set);
    try {
      PySet_Discard(interp, set, args[0]!);
    } finally {
      Py_DECREF(set);
    }
  }
  return interp.singletons.None;
};

type SetField = 'registry' | 'cache' | 'negativeCache';

// CPython: _add_to_weak_set
function addToWeakSet(interp: Interpreter, d: AbcData, field: SetField, obj: PyObject): void {
  const set = (d[field] ??= make_new_set(interp, interp.types.set, null));
  const wr = PyWeakref_NewRef(interp, set, null);
  const destroyCb = PyCFunction_New(interp, '_destroy', destroy, wr);
  let ref: PyObject;
  try {
    ref = PyWeakref_NewRef(interp, obj, destroyCb);
  } finally {
    Py_DECREF(destroyCb);
  }
  try {
    PySet_Add(interp, set, ref);
  } finally {
    Py_DECREF(ref);
  }
}

/** Whether `o` has a true __isabstractmethod__. CPython: _PyObject_IsAbstract */
function isAbstract(interp: Interpreter, o: PyObject): boolean {
  const v = PyObject_LookupAttr(interp, o, internedStr(interp, '__isabstractmethod__'));
  if (v === null) return false;
  try {
    return PyObject_IsTrue(interp, v);
  } finally {
    Py_DECREF(v);
  }
}

/** Sets __abstractmethods__: the abstract names of the class and those it inherits. CPython: compute_abstract_methods */
function computeAbstractMethods(interp: Interpreter, self: PyObject): void {
  const abstracts = make_new_set(interp, interp.types.frozenset, null);
  const held: PyObject[] = [abstracts];
  try {
    const ns = PyObject_GetAttr(interp, self, internedStr(interp, '__dict__'));
    held.push(ns);
    const items = callMethodObj(interp, ns, 'items', []);
    held.push(items);
    const it = PyObject_GetIter(interp, items);
    held.push(it);
    for (let pair = PyIter_Next(interp, it); pair !== null; pair = PyIter_Next(interp, it)) {
      try {
        if (pair.ob_type !== interp.types.tuple || (pair as PyTupleObject).body.length !== 2) {
          PyErr_SetString(interp, 'TypeError', 'items() returned item which size is not 2');
        }
        const [key, value] = (pair as PyTupleObject).body as [PyObject, PyObject];
        if (isAbstract(interp, value)) PySet_Add(interp, abstracts, key);
      } finally {
        Py_DECREF(pair);
      }
    }
    const bases = PyObject_GetAttr(interp, self, internedStr(interp, '__bases__'));
    held.push(bases);
    if (bases.ob_type !== interp.types.tuple) PyErr_SetString(interp, 'TypeError', '__bases__ is not tuple');
    for (const base of (bases as PyTupleObject).body) {
      const baseAbstracts = PyObject_LookupAttr(interp, base, internedStr(interp, '__abstractmethods__'));
      if (baseAbstracts === null) continue;
      const names = PyObject_GetIter(interp, baseAbstracts);
      Py_DECREF(baseAbstracts);
      try {
        for (let key = PyIter_Next(interp, names); key !== null; key = PyIter_Next(interp, names)) {
          try {
            const value = PyObject_LookupAttr(interp, self, key);
            if (value === null) continue;
            let abstract: boolean;
            try {
              abstract = isAbstract(interp, value);
            } finally {
              Py_DECREF(value);
            }
            if (abstract) PySet_Add(interp, abstracts, key);
          } finally {
            Py_DECREF(key);
          }
        }
      } finally {
        Py_DECREF(names);
      }
    }
    PyObject_SetAttr(interp, self, internedStr(interp, '__abstractmethods__'), abstracts);
  } finally {
    for (const o of held) Py_DECREF(o);
  }
}

/** Sets `flags` (within `mask`) on a class and its subclasses. CPython: _PyType_SetFlagsRecursive */
function setFlagsRecursive(type: PyTypeObject, mask: number, flags: number): void {
  if (type.tp_flags & Py_TPFLAGS_IMMUTABLETYPE || (type.tp_flags & mask) === flags) return;
  type.tp_flags = (type.tp_flags & ~mask) | flags;
  for (const sub of type.tp_subclasses ?? []) setFlagsRecursive(sub, mask, flags);
}

/** The two arguments of a clinic function taking (self, x) positionally (METH_FASTCALL). */
function twoArgs(interp: Interpreter, name: string, args: readonly PyObject[], kw: PyObject | null): [PyObject, PyObject] {
  noKeywords(interp, `_abc.${name}`, kw);
  checkPositional(interp, name, args.length, 2, 2);
  return [args[0]!, args[1]!];
}

// CPython: _abc__abc_init
const abcInit: BuiltinImpl = (interp, _m, args, kw) => {
  const self = oneArg(interp, '_abc._abc_init', args, kw);
  computeAbstractMethods(interp, self);
  const d = newData(interp);
  try {
    PyObject_SetAttr(interp, self, internedStr(interp, '_abc_impl'), d);
  } finally {
    Py_DECREF(d);
  }
  // collections.abc's Sequence and Mapping mark themselves for pattern matching this way.
  if (self instanceof PyTypeObject) {
    const dict = self.tp_dict!;
    const key = internedStr(interp, '__abc_tpflags__');
    const flags = PyDict_GetItem(interp, dict, key);
    if (flags !== null) {
      if (flags.ob_type === interp.types.int) {
        const val = Number(longValue(flags));
        if ((val & COLLECTION_FLAGS) === COLLECTION_FLAGS) {
          PyErr_SetString(interp, 'TypeError', '__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
        }
        self.tp_flags |= val & COLLECTION_FLAGS;
      }
      PyDict_DelItem(interp, dict, key);
    }
  }
  return interp.singletons.None;
};

// CPython: _abc__abc_register_impl
const abcRegister: BuiltinImpl = (interp, _m, args, kw) => {
  const [self, subclass] = twoArgs(interp, '_abc_register', args, kw);
  if (!(subclass instanceof PyTypeObject)) PyErr_SetString(interp, 'TypeError', 'Can only register classes');
  if (PyObject_IsSubclass(interp, subclass, self)) return Py_NewRef(subclass);
  // Testing for a cycle after "already a subclass" lets X.register(X) be a no-op.
  if (PyObject_IsSubclass(interp, self, subclass)) PyErr_SetString(interp, 'RuntimeError', 'Refusing to create an inheritance cycle');
  withImpl(interp, self, (d) => addToWeakSet(interp, d, 'registry', subclass));
  state(interp).invalidationCounter++;
  if (self instanceof PyTypeObject) {
    const flag = self.tp_flags & COLLECTION_FLAGS;
    if (flag) setFlagsRecursive(subclass as PyTypeObject, COLLECTION_FLAGS, flag);
  }
  return Py_NewRef(subclass);
};

const callSubclasscheck = (interp: Interpreter, self: PyObject, cls: PyObject): PyObject => callMethodObj(interp, self, '__subclasscheck__', [cls]);

// CPython: _abc__abc_instancecheck_impl
const abcInstancecheck: BuiltinImpl = (interp, _m, args, kw) => {
  const [self, instance] = twoArgs(interp, '_abc_instancecheck', args, kw);
  const impl = getImpl(interp, self);
  const subclass = PyObject_GetAttr(interp, instance, internedStr(interp, '__class__'));
  try {
    const d = data(impl);
    if (inWeakSet(interp, d.cache, subclass)) return interp.singletons.True;
    const subtype = instance.ob_type;
    if (subtype === subclass) {
      if (d.negativeCacheVersion === state(interp).invalidationCounter && inWeakSet(interp, d.negativeCache, subclass)) {
        return interp.singletons.False;
      }
      return callSubclasscheck(interp, self, subclass);
    }
    const result = callSubclasscheck(interp, self, subclass);
    let truth: boolean;
    try {
      truth = PyObject_IsTrue(interp, result);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    if (truth) return result;
    Py_DECREF(result);
    return callSubclasscheck(interp, self, subtype);
  } finally {
    Py_DECREF(impl);
    Py_DECREF(subclass);
  }
};

// CPython: subclasscheck_check_registry
function checkRegistry(interp: Interpreter, d: AbcData, subclass: PyObject): boolean {
  if (inWeakSet(interp, d.registry, subclass)) return true;
  if (d.registry === null || set_len(d.registry) === 0) return false;
  // A weakref callback may change the registry: iterate over a snapshot.
  const copy = setKeys(d.registry).map((r) => Py_NewRef(r));
  try {
    for (const r of copy) {
      const rkey = (r as PyWeakReference).body.object;
      if (rkey === null) continue;
      Py_NewRef(rkey);
      let sub: boolean;
      try {
        sub = PyObject_IsSubclass(interp, subclass, rkey);
      } finally {
        Py_DECREF(rkey);
      }
      if (sub) {
        addToWeakSet(interp, d, 'cache', subclass);
        return true;
      }
    }
    return false;
  } finally {
    for (const r of copy) Py_DECREF(r);
  }
}

// CPython: _abc__abc_subclasscheck_impl
const abcSubclasscheck: BuiltinImpl = (interp, _m, args, kw) => {
  const [self, subclass] = twoArgs(interp, '_abc_subclasscheck', args, kw);
  if (!(subclass instanceof PyTypeObject)) PyErr_SetString(interp, 'TypeError', 'issubclass() arg 1 must be a class');
  const { True, False, NotImplemented } = interp.singletons;
  return withImpl(interp, self, (d) => {
    // 1. The cache.
    if (inWeakSet(interp, d.cache, subclass)) return True;
    // 2. The negative cache, emptied when a register() happened since it was filled.
    const st = state(interp);
    if (d.negativeCacheVersion < st.invalidationCounter) {
      if (d.negativeCache !== null) PySet_Clear(d.negativeCache);
      d.negativeCacheVersion = st.invalidationCounter;
    } else if (inWeakSet(interp, d.negativeCache, subclass)) {
      return False;
    }
    // 3. The subclass hook.
    const ok = callMethodObj(interp, self, '__subclasshook__', [subclass]);
    Py_DECREF(ok);
    if (ok === True || ok === False) {
      addToWeakSet(interp, d, ok === True ? 'cache' : 'negativeCache', subclass);
      return ok;
    }
    if (ok !== NotImplemented) PyErr_SetString(interp, 'AssertionError', '__subclasshook__ must return either False, True, or NotImplemented');
    // 4. A direct subclass.
    for (const t of ((subclass as PyTypeObject).tp_mro as PyTupleObject).body) {
      if (t === self) {
        addToWeakSet(interp, d, 'cache', subclass);
        return True;
      }
    }
    // 5. A subclass of a registered class.
    if (checkRegistry(interp, d, subclass)) return True;
    // 6. A subclass of a subclass.
    const subclasses = callMethodObj(interp, self, '__subclasses__', []);
    try {
      if (!PyList_Check(subclasses)) PyErr_SetString(interp, 'TypeError', '__subclasses__() must return a list');
      for (const sc of [...(subclasses as PyListObject).body]) {
        if (PyObject_IsSubclass(interp, subclass, sc)) {
          addToWeakSet(interp, d, 'cache', subclass);
          return True;
        }
      }
    } finally {
      Py_DECREF(subclasses);
    }
    addToWeakSet(interp, d, 'negativeCache', subclass);
    return False;
  });
};

// CPython: _abc__get_dump_impl
const getDump: BuiltinImpl = (interp, _m, args, kw) => {
  const self = oneArg(interp, '_abc._get_dump', args, kw);
  return withImpl(interp, self, (d) => {
    const copy = (s: PyObject | null) => make_new_set(interp, interp.types.set, s);
    return tupleFromItemsSteal(interp, [copy(d.registry), copy(d.cache), copy(d.negativeCache), PyLong_FromNumber(interp, d.negativeCacheVersion)]);
  });
};

// CPython: _abc__reset_registry
const resetRegistry: BuiltinImpl = (interp, _m, args, kw) => {
  const self = oneArg(interp, '_abc._reset_registry', args, kw);
  withImpl(interp, self, (d) => {
    if (d.registry !== null) PySet_Clear(d.registry);
  });
  return interp.singletons.None;
};

// CPython: _abc__reset_caches
const resetCaches: BuiltinImpl = (interp, _m, args, kw) => {
  const self = oneArg(interp, '_abc._reset_caches', args, kw);
  withImpl(interp, self, (d) => {
    if (d.cache !== null) PySet_Clear(d.cache);
    if (d.negativeCache !== null) PySet_Clear(d.negativeCache);
  });
  return interp.singletons.None;
};

// CPython: _abc_get_cache_token_impl
const getCacheToken: BuiltinImpl = (interp, _m, args, kw) => {
  noArgs(interp, '_abc.get_cache_token', args, kw);
  return PyLong_FromNumber(interp, state(interp).invalidationCounter);
};

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['get_cache_token', getCacheToken], ['_abc_init', abcInit], ['_reset_registry', resetRegistry], ['_reset_caches', resetCaches],
  ['_get_dump', getDump], ['_abc_register', abcRegister], ['_abc_instancecheck', abcInstancecheck], ['_abc_subclasscheck', abcSubclasscheck],
];

export function createAbcModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_abc'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Module contains faster C implementation of abc.ABCMeta'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
