// The type objects of list, set, frozenset, their iterators and views, and the iterators over
// iterables (enumerate, reversed, map, filter, zip), created with the other
// builtin types (src/objects/registry.ts). CPython: PyList_Type, PyListIter_Type,
// PyListRevIter_Type, ... in the types' own files.
import { indexIterPickling } from './iterreduce.ts';
import type { Interpreter } from '../runtime/interpreter.ts';
import { Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_READY, Py_TPFLAGS_SEQUENCE,
  Py_INCREF, type PyObject } from './object.ts';
import type { PyTypeObject, TypeSpec } from './typeobject.ts';
import { PyObject_HashNotImplemented } from './typeslots.ts';
import { _list_clear, list_init, list_new, list_sq_item, list_ass_subscript, list_concat, list_contains, list_dealloc, list_inplace_concat, list_inplace_repeat, list_iter, list_length, list_methods, list_repeat,
  list_repr, list_richcompare, list_subscript, list_traverse, list_vectorcall, listiter_dealloc, listiter_methods, listiter_next, listiter_traverse,
  listreviter_methods, listreviter_next } from './listobject.ts';
import { enum_dealloc, enum_next, enum_traverse, enum_vectorcall, reversed_dealloc, reversed_methods, reversed_next, reversed_traverse,
  reversed_vectorcall } from './enumobject.ts';
import { filter_dealloc, filter_next, filter_traverse, filter_vectorcall } from './filterobject.ts';
import { map_dealloc, map_next, map_traverse, map_vectorcall } from './mapobject.ts';
import { set_clear_internal, frozenset_as_number, frozenset_hash, frozenset_methods, frozenset_new, frozenset_vectorcall, set_as_number, set_contains, set_dealloc, set_init, set_iter, set_len,
  set_methods, set_new, set_repr, set_richcompare, set_traverse, set_vectorcall, setiter_dealloc, setiter_methods, setiter_next, setiter_traverse } from './setobject.ts';
import { zip_dealloc, zip_next, zip_traverse, zip_vectorcall } from './zipobject.ts';

export interface ContainerTypes {
  list: PyTypeObject;
  list_iterator: PyTypeObject;
  list_reverseiterator: PyTypeObject;
  enumerate: PyTypeObject;
  reversed: PyTypeObject;
  map: PyTypeObject;
  filter: PyTypeObject;
  zip: PyTypeObject;
  set: PyTypeObject;
  frozenset: PyTypeObject;
  set_iterator: PyTypeObject;
}

const STATIC = Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE;

/** An iterator's __iter__: the iterator itself. CPython: PyObject_SelfIter */
export function selfIter(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

/** Creates the container types; `iterators` are the other builtin iterator types, which get PyObject_SelfIter. */
export function createContainerTypes(interp: Interpreter, make: (meta: PyTypeObject | null, spec: TypeSpec) => PyTypeObject, type: PyTypeObject,
  object: PyTypeObject, iterators: readonly PyTypeObject[]): ContainerTypes {
  const list = make(type, {
    name: 'list', basicsize: 40, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_LIST_SUBCLASS | Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MATCH_SELF,
    dealloc: list_dealloc, traverse: list_traverse, clear: _list_clear, methods: list_methods,
  });
  const iterSpec = (name: string, methods: TypeSpec['methods']): TypeSpec => ({
    name, basicsize: 32, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: listiter_dealloc, traverse: listiter_traverse, methods,
  });
  const list_iterator = make(type, iterSpec('list_iterator', [...listiter_methods, ...indexIterPickling('list')]));
  const list_reverseiterator = make(type, iterSpec('list_reverseiterator', [...listreviter_methods, ...indexIterPickling('listreverse')]));
  for (const t of [list, list_iterator, list_reverseiterator]) t.tp_base = object;
  for (const t of [...iterators, list_iterator, list_reverseiterator]) t.tp_iter = selfIter;
  list.tp_repr = list_repr;
  list.tp_hash = PyObject_HashNotImplemented;
  list.tp_richcompare = list_richcompare;
  list.tp_iter = list_iter;
  list.tp_vectorcall = list_vectorcall;
  list.tp_new = list_new;
  list.tp_init = list_init;
  list.tp_as_sequence = {
    sq_length: list_length, sq_concat: list_concat, sq_repeat: list_repeat, sq_item: list_sq_item, sq_contains: list_contains,
    sq_inplace_concat: list_inplace_concat, sq_inplace_repeat: list_inplace_repeat,
  };
  list.tp_as_mapping = { mp_length: list_length, mp_subscript: list_subscript, mp_ass_subscript: list_ass_subscript };
  list_iterator.tp_iternext = listiter_next;
  list_reverseiterator.tp_iternext = listreviter_next;
  const iterType = (name: string, basicsize: number, dealloc: TypeSpec['dealloc'], traverse: TypeSpec['traverse'],
    vectorcall: PyTypeObject['tp_vectorcall'], next: PyTypeObject['tp_iternext'], methods?: TypeSpec['methods']) => {
    const t = make(type, { name, basicsize, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, dealloc, traverse, methods });
    t.tp_base = object;
    t.tp_vectorcall = vectorcall;
    t.tp_iter = selfIter;
    t.tp_iternext = next;
    return t;
  };
  const enumerate = iterType('enumerate', 56, enum_dealloc, enum_traverse, enum_vectorcall, enum_next);
  const reversed = iterType('reversed', 32, reversed_dealloc, reversed_traverse, reversed_vectorcall, reversed_next, reversed_methods);
  const map = iterType('map', 32, map_dealloc, map_traverse, map_vectorcall, map_next);
  const filter = iterType('filter', 32, filter_dealloc, filter_traverse, filter_vectorcall, filter_next);
  const zip = iterType('zip', 48, zip_dealloc, zip_traverse, zip_vectorcall, zip_next);
  // zip has no vectorcall in CPython 3.12 (enumerate, reversed, map and filter have).
  zip.tp_call_makes_args = true;
  const setFlags = STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_MATCH_SELF;
  const set = make(type, { name: 'set', basicsize: 200, flags: setFlags, dealloc: set_dealloc, traverse: set_traverse, clear: set_clear_internal, methods: set_methods });
  const frozenset = make(type, { name: 'frozenset', basicsize: 200, flags: setFlags, dealloc: set_dealloc, traverse: set_traverse, clear: set_clear_internal, methods: frozenset_methods });
  const set_iterator = make(type, {
    name: 'set_iterator', basicsize: 48, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: setiter_dealloc, traverse: setiter_traverse, methods: setiter_methods,
  });
  for (const t of [set, frozenset, set_iterator]) t.tp_base = object;
  for (const t of [set, frozenset]) {
    t.tp_repr = set_repr;
    t.tp_richcompare = set_richcompare;
    t.tp_iter = set_iter;
    t.tp_as_sequence = { sq_length: set_len, sq_contains: set_contains };
  }
  set.tp_as_number = set_as_number;
  set.tp_hash = PyObject_HashNotImplemented;
  frozenset.tp_as_number = frozenset_as_number;
  set.tp_vectorcall = set_vectorcall;
  set.tp_new = set_new;
  set.tp_init = set_init;
  frozenset.tp_vectorcall = frozenset_vectorcall;
  frozenset.tp_new = frozenset_new;
  frozenset.tp_hash = frozenset_hash;
  set_iterator.tp_iter = selfIter;
  set_iterator.tp_iternext = setiter_next;
  return { list, list_iterator, list_reverseiterator, enumerate, reversed, map, filter, zip, set, frozenset, set_iterator };
}
