// The _functools types of an interpreter, made when the module is first imported.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_CallNoArgs } from '../../objects/call.ts';
import { PyDict_New } from '../../objects/dictobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyObject_HashNotImplemented } from '../../objects/typeslots.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { keyobject_call, keyobject_dealloc, keyobject_getset, keyobject_richcompare, keyobject_traverse } from './keywrapper.ts';
import { lru_cache_call, lru_cache_dealloc, lru_cache_descr_get, lru_cache_methods, lru_cache_new, lru_cache_tp_clear, lru_cache_traverse, lru_list_elem_dealloc } from './lrucache.ts';
import { partial_call, partial_clear, partial_dealloc, partial_getset, partial_methods, partial_new, partial_repr, partial_traverse } from './partial.ts';

export interface FunctoolsState {
  partial: PyTypeObject;
  KeyWrapper: PyTypeObject;
  _lru_cache_wrapper: PyTypeObject;
  lruListElem: PyTypeObject;
  /** The separator of positional and keyword arguments in cache keys. CPython: kwd_mark */
  kwdMark: PyObject;
}

const PARTIAL_DOC = 'partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n';
const LRU_DOC = 'Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\n' +
  'maxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\n' +
  'typed:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\n' +
  'cache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n';

// CPython: _functools_exec (the types' specs)
export const functoolsState = moduleState((interp: Interpreter): FunctoolsState => ({
  partial: createModuleType(interp, {
    name: 'functools.partial', basicsize: 64, weaklist: true, new: partial_new, dealloc: partial_dealloc, traverse: partial_traverse, clear: partial_clear, repr: partial_repr,
    methods: partial_methods, getset: partial_getset, doc: PARTIAL_DOC,
    setup: (t) => {
      t.tp_call = partial_call;
      t.tp_hasdict = true;
    },
  }),
  KeyWrapper: createModuleType(interp, {
    name: 'functools.KeyWrapper', basicsize: 32, subclassable: false, dealloc: keyobject_dealloc, traverse: keyobject_traverse, getset: keyobject_getset,
    setup: (t) => {
      t.tp_call = keyobject_call;
      t.tp_richcompare = keyobject_richcompare;
      t.tp_hash = PyObject_HashNotImplemented;
    },
  }),
  _lru_cache_wrapper: createModuleType(interp, {
    name: 'functools._lru_cache_wrapper', basicsize: 152, subclassable: false, weaklist: true, new: lru_cache_new, dealloc: lru_cache_dealloc,
    traverse: lru_cache_traverse, clear: lru_cache_tp_clear, methods: lru_cache_methods, doc: LRU_DOC,
    getset: [{ name: '__dict__', get: (i, o) => {
      o.ob_dict ??= PyDict_New(i);
      return Py_NewRef(o.ob_dict);
    } }],
    setup: (t) => {
      t.tp_call = lru_cache_call;
      t.tp_descr_get = lru_cache_descr_get;
      t.tp_hasdict = true;
    },
  }),
  lruListElem: createModuleType(interp, { name: 'functools._lru_list_elem', basicsize: 48, subclassable: false, gc: false, dealloc: lru_list_elem_dealloc }),
  kwdMark: PyObject_CallNoArgs(interp, interp.types.object),
}));
