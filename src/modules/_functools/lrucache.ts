// functools._lru_cache_wrapper, what functools.lru_cache() builds. CPython:
// Modules/_functoolsmodule.c (lru_cache_new, lru_cache_make_key, uncached_lru_cache_wrapper,
// infinite_lru_cache_wrapper, bounded_lru_cache_wrapper, lru_cache_cache_info). The bounded
// cache keeps its order in a list of functools._lru_list_elem links, the cache dict's values.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { allocObject, freeObject } from '../../objects/alloc.ts';
import { bindArgs } from '../../objects/args_kw.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { PyMethod_New } from '../../objects/classobject.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { dictLength, PyDict_DelItem, PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromNumber } from '../../objects/longobject.ts';
import { Py_CLEAR, Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyNumber_AsSsize_t } from '../../objects/abstract.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { METH_NOARGS, METH_O, type MethodDef, type PyTypeObject, type visitproc, visitFields } from '../../objects/typeobject.ts';
import { allocInstance, kwCount } from '../modsupport.ts';
import { functoolsState } from './state.ts';

/** A link of the bounded cache's recency list; root links hold no key. */
interface Link {
  prev: Link;
  next: Link;
  key: PyObject | null;
  result: PyObject | null;
}

interface LruBody {
  func: PyObject;
  /** -1: unbounded; 0: no caching. */
  maxsize: number;
  typed: boolean;
  cache: PyObject;
  cacheInfoType: PyObject;
  hits: number;
  misses: number;
  /** The bounded cache's list: root.next is the least recently used. */
  root: Link;
}

const body = (o: PyObject): LruBody => o.body as LruBody;

function newRoot(): Link {
  const root = { key: null, result: null } as unknown as Link;
  root.prev = root;
  root.next = root;
  return root;
}

// CPython: lru_cache_new — _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
export function lru_cache_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const names = ['user_function', 'maxsize', 'typed', 'cache_info_type'];
  const a = bindArgs(interp, 'lru_cache', names, 0, args, kwnames);
  for (let i = 0; i < names.length; i++) {
    if (a[i] === undefined) PyErr_SetString(interp, 'TypeError', `lru_cache() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  const [func, maxsizeObj, typedObj, cacheInfoType] = a as PyObject[];
  const typed = PyObject_IsTrue(interp, typedObj!);
  if (func!.ob_type.tp_call === null) PyErr_SetString(interp, 'TypeError', 'the first argument must be callable');
  let maxsize = -1;
  if (maxsizeObj !== interp.singletons.None) {
    if (maxsizeObj!.ob_type.tp_as_number?.nb_index === undefined) PyErr_SetString(interp, 'TypeError', 'maxsize should be integer or None');
    maxsize = Math.max(0, PyNumber_AsSsize_t(interp, maxsizeObj!));
  }
  const b: LruBody = {
    func: Py_NewRef(func!), maxsize, typed, cache: PyDict_New(interp), cacheInfoType: Py_NewRef(cacheInfoType!), hits: 0, misses: 0, root: newRoot(),
  };
  return allocInstance(interp, type, 128, 0, b);
}

// CPython: lru_cache_dealloc
export function lru_cache_dealloc(o: PyObject): void {
  lru_cache_tp_clear(o);
  freeObject(o);
}

/** The keys and results of the recency list's links (which are not GC objects), then the fields. CPython: lru_cache_tp_traverse */
export function lru_cache_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = body(o);
  const root = b.root;
  for (let link = root.next; link !== root; link = link.next) {
    if (link.key !== null) visit(link.key, arg);
    if (link.result !== null) visit(link.result, arg);
  }
  visitFields(visit, arg, b.cache, b.func, b.cacheInfoType, o.ob_dict);
}

/** Drops the cache, the function, the cache info type and the dict. CPython: lru_cache_tp_clear */
export function lru_cache_tp_clear(o: PyObject): void {
  const b = body(o);
  // The links go with the cache, which owns them. CPython: lru_cache_unlink_list
  b.root.next = b.root.prev = b.root;
  Py_CLEAR(b, 'cache');
  Py_CLEAR(b, 'func');
  Py_CLEAR(b, 'cacheInfoType');
  Py_CLEAR(o, 'ob_dict');
}

/** The cache key of a call (a new reference). CPython: lru_cache_make_key */
function makeKey(interp: Interpreter, typed: boolean, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const nkw = kwCount(kwnames);
  const npos = args.length - nkw;
  if (!typed && nkw === 0) {
    if (npos === 1) {
      const k = args[0]!;
      if (k.ob_type === interp.types.str || k.ob_type === interp.types.int) return Py_NewRef(k);
    }
    return tupleFromItemsSteal(interp, args.map((x) => Py_NewRef(x)));
  }
  const items: PyObject[] = args.slice(0, npos);
  if (nkw > 0) {
    items.push(functoolsState(interp).kwdMark);
    for (let i = 0; i < nkw; i++) items.push((kwnames!.body as PyObject[])[i]!, args[npos + i]!);
  }
  if (typed) for (const x of args) items.push(x.ob_type);
  return tupleFromItemsSteal(interp, items.map((x) => Py_NewRef(x)));
}

function unlink(link: Link): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

function appendLink(root: Link, link: Link): void {
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

// CPython: bounded_lru_cache_wrapper — a full cache reuses its oldest link for the new key.
function boundedCall(interp: Interpreter, b: LruBody, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const key = makeKey(interp, b.typed, args, kwnames);
  let result: PyObject;
  try {
    const elem = PyDict_GetItem(interp, b.cache, key);
    if (elem !== null) {
      const link = elem.body as Link;
      unlink(link);
      appendLink(b.root, link);
      b.hits++;
      Py_DECREF(key);
      return Py_NewRef(link.result!);
    }
    b.misses++;
    result = PyObject_Vectorcall(interp, b.func, args, kwnames);
    if (PyDict_GetItem(interp, b.cache, key) !== null) {
      Py_DECREF(key);
      return result;
    }
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
  const root = b.root;
  if (dictLength(b.cache) < b.maxsize || root.next === root) {
    const link: Link = { prev: root, next: root, key, result: Py_NewRef(result) };
    const elem = allocObject(interp, functoolsState(interp).lruListElem, 48, 0, link);
    try {
      PyDict_SetItem(interp, b.cache, key, elem);
    } finally {
      Py_DECREF(elem);
    }
    appendLink(root, link);
    return result;
  }
  const oldlink = root.next;
  unlink(oldlink);
  const oldElem = Py_NewRef(PyDict_GetItem(interp, b.cache, oldlink.key!)!);
  PyDict_DelItem(interp, b.cache, oldlink.key!);
  const oldkey = oldlink.key!;
  const oldresult = oldlink.result!;
  oldlink.key = key;
  oldlink.result = Py_NewRef(result);
  try {
    PyDict_SetItem(interp, b.cache, key, oldElem);
    appendLink(root, oldlink);
  } finally {
    Py_DECREF(oldElem);
    Py_DECREF(oldkey);
    Py_DECREF(oldresult);
  }
  return result;
}

// CPython: lru_cache_call (uncached_, infinite_ and bounded_lru_cache_wrapper)
export function lru_cache_call(o: PyObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = o.ob_type.tp_interp;
  const b = body(o);
  if (b.maxsize === 0) {
    b.misses++;
    return PyObject_Vectorcall(interp, b.func, args, kwnames);
  }
  if (b.maxsize > 0) return boundedCall(interp, b, args, kwnames);
  const key = makeKey(interp, b.typed, args, kwnames);
  try {
    const cached = PyDict_GetItem(interp, b.cache, key);
    if (cached !== null) {
      b.hits++;
      return Py_NewRef(cached);
    }
    b.misses++;
    const result = PyObject_Vectorcall(interp, b.func, args, kwnames);
    try {
      PyDict_SetItem(interp, b.cache, key, result);
    } catch (e) {
      Py_DECREF(result);
      throw e;
    }
    return result;
  } finally {
    Py_DECREF(key);
  }
}

// CPython: lru_cache_descr_get — a method when looked up on an instance.
export function lru_cache_descr_get(self: PyObject, obj: PyObject | null): PyObject {
  const interp = self.ob_type.tp_interp;
  if (obj === null || obj === interp.singletons.None) return Py_NewRef(self);
  return PyMethod_New(interp, self, obj);
}

export function lru_list_elem_dealloc(o: PyObject): void {
  const link = o.body as Link;
  Py_XDECREF(link.key);
  Py_XDECREF(link.result);
  freeObject(o);
}

// CPython: lru_cache_cache_info
function cache_info(interp: Interpreter, self: PyObject | null): PyObject {
  const b = body(self!);
  const vals = [PyLong_FromNumber(interp, b.hits), PyLong_FromNumber(interp, b.misses),
    b.maxsize === -1 ? Py_NewRef(interp.singletons.None) : PyLong_FromNumber(interp, b.maxsize), PyLong_FromNumber(interp, dictLength(b.cache))];
  try {
    return PyObject_Vectorcall(interp, b.cacheInfoType, vals, null);
  } finally {
    for (const v of vals) Py_DECREF(v);
  }
}

// CPython: lru_cache_cache_clear
function cache_clear(interp: Interpreter, self: PyObject | null): PyObject {
  const b = body(self!);
  b.root = newRoot();
  b.hits = 0;
  b.misses = 0;
  const old = b.cache;
  b.cache = PyDict_New(interp);
  Py_DECREF(old);
  return Py_NewRef(interp.singletons.None);
}

export const lru_cache_methods: readonly MethodDef[] = [
  { name: 'cache_info', flags: METH_NOARGS, impl: cache_info, doc: 'Report cache statistics' },
  { name: 'cache_clear', flags: METH_NOARGS, impl: cache_clear, doc: 'Clear the cache and cache statistics' },
  { name: '__reduce__', flags: METH_NOARGS, impl: (interp, self) => PyObject_GetAttr(interp, self!, internedStr(interp, '__qualname__')) },
  { name: '__copy__', flags: METH_NOARGS, impl: (_interp, self) => Py_NewRef(self!) },
  { name: '__deepcopy__', flags: METH_O, impl: (_interp, self) => Py_NewRef(self!) },
];
