// The type objects of dict's views and iterators, and of types.GenericAlias (what the
// containers' __class_getitem__ returns), created with the other builtin types
// (src/objects/registry.ts). CPython: PyDictKeys_Type, PyDictIterKey_Type, ... in
// Objects/dictobject.c, Py_GenericAliasType in Objects/genericaliasobject.c.
import { dictiter_dealloc, dictiter_iternextitem, dictiter_iternextkey, dictiter_iternextvalue, dictiter_methods, dictiter_traverse,
  dictreviter_iternextitem, dictreviter_iternextkey, dictreviter_iternextvalue } from './dictiterobject.ts';
import { dictitems_contains, dictitems_iter, dictitems_methods, dictkeys_contains, dictkeys_iter, dictkeys_methods, dictvalues_iter,
  dictvalues_methods, dictview_dealloc, dictview_getset, dictview_len, dictview_repr, dictview_richcompare, dictview_traverse,
  dictviews_as_number } from './dictviewobject.ts';
import { ga_call, ga_dealloc, ga_getattro, ga_getitem, ga_getset, ga_hash, ga_methods, ga_new, ga_repr, ga_richcompare, ga_traverse } from './genericaliasobject.ts';
import { Py_INCREF, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_READY,
  type PyObject } from './object.ts';
import type { PyTypeObject, TypeSpec } from './typeobject.ts';
import { PyObject_HashNotImplemented } from './typeslots.ts';
import { union_type_or } from './unionobject.ts';

export interface DictTypes {
  dict_keys: PyTypeObject;
  dict_values: PyTypeObject;
  dict_items: PyTypeObject;
  dict_valueiterator: PyTypeObject;
  dict_itemiterator: PyTypeObject;
  dict_reversekeyiterator: PyTypeObject;
  dict_reversevalueiterator: PyTypeObject;
  dict_reverseitemiterator: PyTypeObject;
  GenericAlias: PyTypeObject;
}

const GC = Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_HAVE_GC;

function selfIter(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

/**
 * Creates the view, iterator and GenericAlias types; `dict_keyiterator` (made with dict) gets
 * the iterators' methods here too.
 */
export function createDictTypes(make: (meta: PyTypeObject | null, spec: TypeSpec) => PyTypeObject, type: PyTypeObject,
  object: PyTypeObject, dict_keyiterator: PyTypeObject): DictTypes {
  const view = (name: string, methods: TypeSpec['methods']) => {
    const t = make(type, { name, basicsize: 24, flags: GC, dealloc: dictview_dealloc, traverse: dictview_traverse, methods, getset: dictview_getset });
    t.tp_repr = dictview_repr;
    return t;
  };
  const dict_keys = view('dict_keys', dictkeys_methods);
  const dict_values = view('dict_values', dictvalues_methods);
  const dict_items = view('dict_items', dictitems_methods);
  dict_keys.tp_iter = dictkeys_iter;
  dict_values.tp_iter = dictvalues_iter;
  dict_items.tp_iter = dictitems_iter;
  dict_keys.tp_as_sequence = { sq_length: dictview_len, sq_contains: dictkeys_contains };
  dict_items.tp_as_sequence = { sq_length: dictview_len, sq_contains: dictitems_contains };
  dict_values.tp_as_sequence = { sq_length: dictview_len };
  for (const t of [dict_keys, dict_items]) {
    t.tp_as_number = dictviews_as_number;
    t.tp_richcompare = dictview_richcompare;
    // CPython: type_ready_set_hash — a comparable type without a hash is unhashable.
    t.tp_hash = PyObject_HashNotImplemented;
  }
  const iter = (name: string, next: PyTypeObject['tp_iternext']) => {
    const t = make(type, { name, basicsize: 56, flags: GC, dealloc: dictiter_dealloc, traverse: dictiter_traverse, methods: dictiter_methods });
    t.tp_iternext = next;
    return t;
  };
  dict_keyiterator.tp_methods = dictiter_methods;
  const dict_valueiterator = iter('dict_valueiterator', dictiter_iternextvalue);
  const dict_itemiterator = iter('dict_itemiterator', dictiter_iternextitem);
  const dict_reversekeyiterator = iter('dict_reversekeyiterator', dictreviter_iternextkey);
  const dict_reversevalueiterator = iter('dict_reversevalueiterator', dictreviter_iternextvalue);
  const dict_reverseitemiterator = iter('dict_reverseitemiterator', dictreviter_iternextitem);
  dict_keyiterator.tp_iternext = dictiter_iternextkey;
  const iterators = [dict_keyiterator, dict_valueiterator, dict_itemiterator, dict_reversekeyiterator, dict_reversevalueiterator, dict_reverseitemiterator];
  for (const t of iterators) t.tp_iter = selfIter;
  const GenericAlias = make(type, {
    name: 'types.GenericAlias', basicsize: 64, flags: GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_VECTORCALL, dealloc: ga_dealloc, traverse: ga_traverse,
    methods: ga_methods, getset: ga_getset,
  });
  GenericAlias.tp_repr = ga_repr;
  GenericAlias.tp_getattro = ga_getattro;
  GenericAlias.tp_richcompare = ga_richcompare;
  GenericAlias.tp_hash = ga_hash;
  GenericAlias.tp_call = ga_call;
  GenericAlias.tp_new = ga_new;
  GenericAlias.tp_as_mapping = { mp_subscript: ga_getitem };
  GenericAlias.tp_as_number = { nb_or: union_type_or };
  for (const t of [dict_keys, dict_values, dict_items, ...iterators, GenericAlias]) t.tp_base = object;
  return {
    dict_keys, dict_values, dict_items, dict_valueiterator, dict_itemiterator, dict_reversekeyiterator, dict_reversevalueiterator,
    dict_reverseitemiterator, GenericAlias,
  };
}
