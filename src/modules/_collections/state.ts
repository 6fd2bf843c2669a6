// The _collections types of an interpreter, made when the module is first imported.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_SEQUENCE } from '../../objects/object.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyObject_HashNotImplemented } from '../../objects/typeslots.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { defdict_dealloc, defdict_getset, defdict_init, defdict_methods, defdict_or, defdict_repr, defdict_tp_clear, defdict_traverse } from './defaultdict.ts';
import { deque_ass_subscript, deque_concat, deque_contains, deque_dealloc, deque_getset, deque_init, deque_inplace_concat, deque_inplace_repeat, deque_length,
  deque_methods, deque_new, deque_repeat, deque_repr, deque_richcompare, deque_subscript, deque_tp_clear, deque_traverse } from './deque.ts';
import { deque_iter, deque_reversed_meth, dequeiter_dealloc, dequeiter_methods, dequeiter_new, dequeiter_next, dequeiter_traverse, dequereviter_new,
  dequereviter_next } from './dequeiter.ts';
import { tuplegetter_dealloc, tuplegetter_descr_get, tuplegetter_descr_set, tuplegetter_getset, tuplegetter_methods, tuplegetter_new,
  tuplegetter_traverse } from './tuplegetter.ts';
import { METH_NOARGS } from '../../objects/typeobject.ts';

export interface CollectionsState {
  deque: PyTypeObject;
  defaultdict: PyTypeObject;
  dequeIter: PyTypeObject;
  dequeRevIter: PyTypeObject;
  _tuplegetter: PyTypeObject;
}

const DEQUE_DOC = 'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.';
const DEFDICT_DOC = 'defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\n' +
  'a new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\n' +
  'All remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n';

// CPython: collections_exec (the types' specs)
export const collectionsState = moduleState((interp: Interpreter): CollectionsState => {
  const deque = createModuleType(interp, {
    name: 'collections.deque', basicsize: 216, weaklist: true, new: deque_new, init: deque_init, dealloc: deque_dealloc, traverse: deque_traverse, clear: deque_tp_clear,
    repr: deque_repr, doc: DEQUE_DOC, getset: deque_getset,
    methods: [...deque_methods, { name: '__reversed__', flags: METH_NOARGS, impl: deque_reversed_meth, doc: 'D.__reversed__() -- return a reverse iterator over the deque' }],
    setup: (t) => {
      t.tp_flags |= Py_TPFLAGS_SEQUENCE;
      t.tp_hash = PyObject_HashNotImplemented;
      t.tp_richcompare = deque_richcompare;
      t.tp_iter = deque_iter;
      t.tp_as_sequence = { sq_length: deque_length, sq_concat: deque_concat, sq_repeat: deque_repeat, sq_contains: deque_contains,
        sq_inplace_concat: deque_inplace_concat, sq_inplace_repeat: deque_inplace_repeat };
      t.tp_as_mapping = { mp_length: deque_length, mp_subscript: deque_subscript, mp_ass_subscript: deque_ass_subscript };
    },
  });
  const defaultdict = createModuleType(interp, {
    name: 'collections.defaultdict', basicsize: 56, base: interp.types.dict, init: defdict_init, dealloc: defdict_dealloc, traverse: defdict_traverse, clear: defdict_tp_clear,
    repr: defdict_repr, doc: DEFDICT_DOC, methods: defdict_methods, getset: defdict_getset,
    setup: (t) => {
      t.tp_flags |= Py_TPFLAGS_DICT_SUBCLASS;
      t.tp_as_number = { nb_or: defdict_or };
    },
  });
  const iterDef = (name: string, next: typeof dequeiter_next, make: typeof dequeiter_new) => createModuleType(interp, {
    name: `collections.${name}`, basicsize: 56, subclassable: false, new: make, next, dealloc: dequeiter_dealloc, traverse: dequeiter_traverse, methods: dequeiter_methods,
  });
  return {
    deque, defaultdict,
    dequeIter: iterDef('_deque_iterator', dequeiter_next, dequeiter_new),
    dequeRevIter: iterDef('_deque_reverse_iterator', dequereviter_next, dequereviter_new),
    _tuplegetter: createModuleType(interp, {
      name: 'collections._tuplegetter', basicsize: 32, subclassable: false, new: tuplegetter_new, dealloc: tuplegetter_dealloc, traverse: tuplegetter_traverse,
      methods: tuplegetter_methods, getset: tuplegetter_getset,
      setup: (t) => {
        t.tp_descr_get = tuplegetter_descr_get;
        t.tp_descr_set = tuplegetter_descr_set;
      },
    }),
  };
});
