// The builtin types, created in one place for each interpreter (style-anchors practice 2).
import type { Interpreter } from '../runtime/interpreter.ts';
import { STATIC_WEAKLISTOFFSET } from './weaklistoffsets.ts';
import { PyTypeObject, type TypeSpec } from './typeobject.ts';
import { Py_TPFLAGS_ITEMS_AT_END, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_MAPPING, Py_TPFLAGS_METHOD_DESCRIPTOR, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_MATCH_SELF, Py_TPFLAGS_READY,
  Py_TPFLAGS_TUPLE_SUBCLASS, Py_TPFLAGS_TYPE_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS } from './object.ts';
import { long_as_number, long_dealloc } from './longobject.ts';
import { long_getset, long_methods } from './long_methods.ts';
import { float_getset, float_methods } from './float_methods.ts';
import { float_as_number, float_dealloc } from './floatobject.ts';
import { tuple_item, tuple_concat, tuple_length, tuple_repeat, tuple_contains, tuple_dealloc, tuple_iter, tuple_methods, tuple_new, tuple_subscript, tuple_traverse, tuple_vectorcall,
  tupleiter_dealloc, tupleiter_methods, tupleiter_next, tupleiter_traverse } from './tupleobject.ts';
import { indexIterPickling } from './iterreduce.ts';
import { DESCR_METHODS, initMethodWrapperCompare, METHODWRAPPER_METHODS } from './descr_methods.ts';
import { unicode_item, unicode_concat, unicode_length, unicode_repeat, unicode_contains, unicode_dealloc, unicode_iter, unicode_subscript, unicodeiter_dealloc, unicodeiter_next, unicodeiter_traverse, PyUnicode_FromString, unicodeText } from './unicodeobject.ts';
import { bool_as_number, bool_vectorcall } from './boolobject.ts';
import { createBytesTypes, type BytesTypes } from './bytestypes.ts';
import { unicode_methods } from './unicode_methods.ts';
import { installConstructors } from './constructors.ts';
import { complex_as_number, complex_dealloc, complex_getset, complex_hash, complex_methods, complex_repr, complex_richcompare, complex_vectorcall } from './complexobject.ts';
import { unicode_mod } from './unicode_format.ts';
import { createExceptionTypes } from './exceptions.ts';
import { readyExceptionGroupType } from './exceptions_group.ts';
import { dictLength, dict_ass_sub, dict_contains, dict_dealloc, dict_init, dict_new, dict_subscript, dict_vectorcall } from './dictobject.ts';
import { dict_traverse, dict_tp_clear } from './dict_gc.ts';
import { type_clear, type_traverse } from './type_gc.ts';
import { dict_iter, dictiter_dealloc, dictiter_traverse } from './dictiterobject.ts';
import { dict_as_number, dict_methods, dict_repr, dict_richcompare } from './dict_methods.ts';
import { createDictTypes, type DictTypes } from './dicttypes.ts';
import { CODE_GETSET, code_dealloc, code_hash, code_richcompare } from './codeobject.ts';
import { CODE_METHODS, CODE_TABLE_GETSET } from './code_tables_attrs.ts';
import { func_clear, func_dealloc, func_traverse } from './funcobject.ts';
import { meth_dealloc, meth_traverse } from './methodobject.ts';
import { range_as_number, range_getset, range_methods, range_length, range_contains, range_dealloc, range_iter, range_new, range_richcompare, range_subscript, range_vectorcall,
  rangeiter_dealloc, rangeiter_methods, rangeiter_next } from './rangeobject.ts';
import { tb_clear, tb_dealloc, tb_new, tb_traverse, traceback_getset } from './traceback.ts';
import { slice_dealloc, slice_traverse, slice_getset, slice_methods, slice_new, slice_richcompare } from './sliceobject.ts';
import { gen_dealloc, gen_getset, gen_iter, gen_iternext, gen_methods, gen_repr, gen_tp_finalize, gen_traverse } from './genobject.ts';
import { coro_await, coro_wrapper_dealloc, coro_wrapper_iternext, coro_wrapper_methods, coro_wrapper_traverse } from './coroobject.ts';
import { async_gen_anext, async_gen_asend_dealloc, async_gen_asend_iternext, async_gen_asend_methods, async_gen_asend_traverse, async_gen_athrow_dealloc,
  async_gen_athrow_iternext, async_gen_athrow_methods, async_gen_athrow_traverse, async_gen_methods, async_gen_wrapped_val_dealloc,
  async_gen_wrapped_val_traverse } from './asyncgenobject.ts';
import { cell_clear, cell_dealloc, cell_getset, cell_new, cell_repr, cell_richcompare, cell_traverse } from './cellobject.ts';
import { createContainerTypes, type ContainerTypes } from './containertypes.ts';
import { bool_repr, code_repr, exception_repr, exception_str, float_hash, float_repr, float_richcompare, func_repr, long_hash, long_repr,
  long_richcompare, meth_repr, none_hash, none_repr, notimplemented_repr, range_hash, range_repr, slice_hash, slice_repr, tuple_hash, tuple_repr,
  tuple_richcompare, unicode_hash, unicode_repr, unicode_richcompare } from './objectops.ts';
import { ELLIPSIS_METHODS, ellipsis_new, ellipsis_repr, none_new, notimplemented_bool, NOTIMPLEMENTED_METHODS, notimplemented_new } from './ellipsisobject.ts';
import { DESCR_GETSET, DESCR_SIGNATURE_GETSET, METHODWRAPPER_GETSET, descr_dealloc, descr_traverse, initDescrTypes, methodwrapper_dealloc, methodwrapper_traverse } from './descrobject.ts';
import { METHOD_GETSET, METHOD_METHODS, method_call, method_dealloc, method_getattro, method_hash, method_new, method_repr, method_richcompare, method_traverse } from './classobject.ts';
import { FUNCWRAPPER_GETSET, funcwrapper_clear, funcwrapper_dealloc, funcwrapper_repr, funcwrapper_traverse } from './funcwrapper.ts';
import { sm_call, sm_descr_get, sm_new } from './staticmethodobject.ts';
import { cm_descr_get, cm_new } from './classmethodobject.ts';
import { PROPERTY_GETSET, PROPERTY_METHODS, property_clear, property_dealloc, property_descr_get, property_descr_set, property_new, property_traverse } from './descrproperty.ts';
import { MAPPINGPROXY_METHODS, mappingproxy_as_mapping, mappingproxy_as_sequence, mappingproxy_dealloc, mappingproxy_iter, mappingproxy_new, mappingproxy_repr,
  mappingproxy_richcompare, mappingproxy_str, mappingproxy_traverse } from './mappingproxyobject.ts';
import { SUPER_GETSET, super_dealloc, super_descr_get, super_getattro, super_new, super_repr, super_traverse } from './superobject.ts';
import { MODULE_GETSET, MODULE_METHODS, module_clear, module_dealloc, module_getattro, module_repr, module_traverse, module_vectorcall } from './moduleobject.ts';
import { calliter_dealloc, calliter_next, calliter_traverse, seqiter_dealloc, seqiter_next, seqiter_traverse } from './iterobject.ts';
import { initObjectType, OBJECT_GETSET, OBJECT_METHODS } from './objecttype.ts';
import { TYPE_GETSET, TYPE_METHODS, type_call, type_dealloc, type_getattro, type_init, type_new, type_repr, type_setattro } from './typetype.ts';
import { FUNC_GETSET, func_call, func_descr_get } from './funcobject.ts';
import { BUILTIN_GETSET, BUILTIN_METHODS, meth_call, meth_hash, meth_richcompare } from './methodobject.ts';
import { PyObject_HashNotImplemented } from './typeslots.ts';
import { PyType_ReadyStatic } from './typeready.ts';
import { IMMORTAL_REFCNT, type PyObject } from './object.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from './attributes.ts';
import { initUnionType, UNION_GETSET, union_type_or } from './unionobject.ts';
import { initMemoryTypes, MEMORY_GETSET, MEMORY_METHODS } from './memoryobject.ts';
import { ANEXTAWAITABLE_METHODS, initAnextAwaitableType } from './anextawaitableobject.ts';

export interface BuiltinTypes extends ContainerTypes, BytesTypes, DictTypes {
  type: PyTypeObject;
  object: PyTypeObject;
  NoneType: PyTypeObject;
  int: PyTypeObject;
  bool: PyTypeObject;
  float: PyTypeObject;
  complex: PyTypeObject;
  tuple: PyTypeObject;
  tuple_iterator: PyTypeObject;
  str: PyTypeObject;
  str_iterator: PyTypeObject;
  str_ascii_iterator: PyTypeObject;
  NotImplementedType: PyTypeObject;
  ellipsis: PyTypeObject;
  dict: PyTypeObject;
  dict_keyiterator: PyTypeObject;
  code: PyTypeObject;
  function: PyTypeObject;
  builtin_function_or_method: PyTypeObject;
  range: PyTypeObject;
  slice: PyTypeObject;
  range_iterator: PyTypeObject;
  longrange_iterator: PyTypeObject;
  traceback: PyTypeObject;
  cell: PyTypeObject;
  generator: PyTypeObject;
  coroutine: PyTypeObject;
  async_generator: PyTypeObject;
  coroutine_wrapper: PyTypeObject;
  async_generator_asend: PyTypeObject;
  async_generator_athrow: PyTypeObject;
  async_generator_wrapped_value: PyTypeObject;
  method_descriptor: PyTypeObject;
  classmethod_descriptor: PyTypeObject;
  getset_descriptor: PyTypeObject;
  member_descriptor: PyTypeObject;
  wrapper_descriptor: PyTypeObject;
  method_wrapper: PyTypeObject;
  method: PyTypeObject;
  staticmethod: PyTypeObject;
  classmethod: PyTypeObject;
  property: PyTypeObject;
  mappingproxy: PyTypeObject;
  iterator: PyTypeObject;
  callable_iterator: PyTypeObject;
  super: PyTypeObject;
  module: PyTypeObject;
  memoryview: PyTypeObject;
  memory_iterator: PyTypeObject;
  anext_awaitable: PyTypeObject;
  /** types.UnionType (src/objects/unionobject.ts). */
  UnionType: PyTypeObject;
  /** Its slots come from src/vm/frameobject.ts. */
  frame: PyTypeObject;
  /** The builtin exception types by name. */
  exceptions: Map<string, PyTypeObject>;
}

const STATIC = Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE;

/** Static objects are never deallocated: reaching it is a refcount bug. */
function neverDeallocated(o: { ob_type: PyTypeObject }): void {
  throw new Error(`deallocating a static ${o.ob_type.tp_name} object`);
}

// CPython: the static PyTypeObject definitions and _PyTypes_InitTypes
export function createBuiltinTypes(interp: Interpreter): BuiltinTypes {
  // sizeof(PyTypeObject) is 416 on 64-bit 3.12; type is a GC type (16-byte GC head).
  const make = (meta: PyTypeObject | null, spec: TypeSpec) => new PyTypeObject(interp, meta, spec, interp.staticAddress(416, 16));
  const type = make(null, { name: 'type', basicsize: 920, itemsize: 40, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_TYPE_SUBCLASS | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_ITEMS_AT_END, dealloc: type_dealloc, traverse: type_traverse, clear: type_clear });
  const object = make(type, { name: 'object', basicsize: 16, flags: STATIC | Py_TPFLAGS_BASETYPE, dealloc: neverDeallocated });
  const NoneType = make(type, { name: 'NoneType', basicsize: 16, flags: STATIC, dealloc: neverDeallocated });
  const int = make(type, { name: 'int', basicsize: 24, itemsize: 4, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_MATCH_SELF, dealloc: long_dealloc, methods: long_methods, getset: long_getset });
  const bool = make(type, { name: 'bool', basicsize: 24, itemsize: 4, flags: STATIC | Py_TPFLAGS_LONG_SUBCLASS | Py_TPFLAGS_MATCH_SELF, dealloc: neverDeallocated });
  const float = make(type, { name: 'float', basicsize: 24, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_MATCH_SELF, dealloc: float_dealloc, methods: float_methods, getset: float_getset });
  const tuple = make(type, { name: 'tuple', basicsize: 24, itemsize: 8, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_TUPLE_SUBCLASS | Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MATCH_SELF, dealloc: tuple_dealloc, traverse: tuple_traverse, methods: tuple_methods });
  const tuple_iterator = make(type, { name: 'tuple_iterator', basicsize: 32, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: tupleiter_dealloc, traverse: tupleiter_traverse,
    methods: [...tupleiter_methods, ...indexIterPickling('tuple')] });
  const str = make(type, { name: 'str', basicsize: 64, itemsize: 0, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS | Py_TPFLAGS_MATCH_SELF, dealloc: unicode_dealloc, methods: unicode_methods });
  const str_iterator = make(type, { name: 'str_iterator', basicsize: 32, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: unicodeiter_dealloc, traverse: unicodeiter_traverse });
  const str_ascii_iterator = make(type, { name: 'str_ascii_iterator', basicsize: 32, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: unicodeiter_dealloc, traverse: unicodeiter_traverse });
  const NotImplementedType = make(type, { name: 'NotImplementedType', basicsize: 16, flags: STATIC, dealloc: neverDeallocated, methods: NOTIMPLEMENTED_METHODS });
  const ellipsis = make(type, { name: 'ellipsis', basicsize: 16, flags: STATIC, dealloc: neverDeallocated, methods: ELLIPSIS_METHODS });
  const dict = make(type, { name: 'dict', basicsize: 48, flags: STATIC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_MAPPING | Py_TPFLAGS_MATCH_SELF, dealloc: dict_dealloc, traverse: dict_traverse, clear: dict_tp_clear, methods: dict_methods });
  // Exact dicts are tracked once they may be part of a cycle (src/objects/dict_gc.ts).
  dict.tp_gc_track_on_alloc = false;
  const dict_keyiterator = make(type, { name: 'dict_keyiterator', basicsize: 56, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: dictiter_dealloc, traverse: dictiter_traverse });
  const code = make(type, { name: 'code', basicsize: 192, itemsize: 2, flags: STATIC, dealloc: code_dealloc });
  const function_ = make(type, { name: 'function', basicsize: 144, flags: STATIC | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_METHOD_DESCRIPTOR | Py_TPFLAGS_HAVE_VECTORCALL, dealloc: func_dealloc, traverse: func_traverse, clear: func_clear });
  const builtin = make(type, { name: 'builtin_function_or_method', basicsize: 56, flags: STATIC | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL, dealloc: meth_dealloc, traverse: meth_traverse });
  const range = make(type, { name: 'range', basicsize: 48, flags: STATIC | Py_TPFLAGS_SEQUENCE, dealloc: range_dealloc, methods: range_methods, getset: range_getset });
  const range_iterator = make(type, { name: 'range_iterator', basicsize: 40, flags: STATIC, dealloc: rangeiter_dealloc, methods: rangeiter_methods });
  const longrange_iterator = make(type, { name: 'longrange_iterator', basicsize: 40, flags: STATIC, dealloc: rangeiter_dealloc, methods: rangeiter_methods });
  const complex = make(type, { name: 'complex', basicsize: 32, flags: STATIC | Py_TPFLAGS_BASETYPE, dealloc: complex_dealloc, methods: complex_methods, getset: complex_getset });
  const slice = make(type, { name: 'slice', basicsize: 40, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: slice_dealloc, traverse: slice_traverse, methods: slice_methods, getset: slice_getset });
  const traceback = make(type, { name: 'traceback', basicsize: 40, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: tb_dealloc, traverse: tb_traverse, clear: tb_clear, getset: traceback_getset });
  const cell = make(type, { name: 'cell', basicsize: 24, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: cell_dealloc, traverse: cell_traverse, clear: cell_clear, getset: cell_getset });
  cell.tp_repr = cell_repr;
  cell.tp_new = cell_new;
  cell.tp_vectorcall = cell_new;
  cell.tp_richcompare = cell_richcompare;
  const genSpec = (name: string, prefix: string): TypeSpec => ({
    name, basicsize: 144, itemsize: 8, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: gen_dealloc, traverse: gen_traverse,
    methods: gen_methods, getset: gen_getset(prefix),
  });
  const generator = make(type, genSpec('generator', 'gi'));
  generator.tp_iter = gen_iter;
  generator.tp_iternext = gen_iternext;
  const coroutine = make(type, genSpec('coroutine', 'cr'));
  coroutine.tp_as_async = { am_await: coro_await };
  const async_generator = make(type, { ...genSpec('async_generator', 'ag'), methods: async_gen_methods });
  async_generator.tp_as_async = { am_aiter: gen_iter, am_anext: async_gen_anext };
  for (const g of [generator, coroutine, async_generator]) {
    g.tp_repr = gen_repr;
    g.tp_finalize = gen_tp_finalize;
  }
  const coroutine_wrapper = make(type, {
    name: 'coroutine_wrapper', basicsize: 24, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: coro_wrapper_dealloc, traverse: coro_wrapper_traverse,
    methods: coro_wrapper_methods,
  });
  coroutine_wrapper.tp_iter = gen_iter;
  coroutine_wrapper.tp_iternext = coro_wrapper_iternext;
  const async_generator_asend = make(type, {
    name: 'async_generator_asend', basicsize: 40, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: async_gen_asend_dealloc,
    traverse: async_gen_asend_traverse, methods: async_gen_asend_methods,
  });
  async_generator_asend.tp_as_async = { am_await: gen_iter };
  async_generator_asend.tp_iter = gen_iter;
  async_generator_asend.tp_iternext = async_gen_asend_iternext;
  const async_generator_athrow = make(type, {
    name: 'async_generator_athrow', basicsize: 40, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: async_gen_athrow_dealloc,
    traverse: async_gen_athrow_traverse, methods: async_gen_athrow_methods,
  });
  async_generator_athrow.tp_as_async = { am_await: gen_iter };
  async_generator_athrow.tp_iter = gen_iter;
  async_generator_athrow.tp_iternext = async_gen_athrow_iternext;
  const async_generator_wrapped_value = make(type, {
    name: 'async_generator_wrapped_value', basicsize: 24, flags: STATIC | Py_TPFLAGS_HAVE_GC, dealloc: async_gen_wrapped_val_dealloc,
    traverse: async_gen_wrapped_val_traverse,
  });
  const GC = STATIC | Py_TPFLAGS_HAVE_GC;
  const descr = (name: string, size: number) => make(type, { name, basicsize: size, flags: name === 'method_descriptor' ? GC | Py_TPFLAGS_METHOD_DESCRIPTOR | Py_TPFLAGS_HAVE_VECTORCALL : GC, dealloc: descr_dealloc, traverse: descr_traverse,
    getset: name.endsWith('method_descriptor') ? DESCR_SIGNATURE_GETSET : DESCR_GETSET,
    // CPython gives descr_reduce to these three only.
    methods: name === 'method_descriptor' || name === 'member_descriptor' ? DESCR_METHODS : undefined });
  const method_descriptor = descr('method_descriptor', 56);
  const classmethod_descriptor = descr('classmethod_descriptor', 56);
  const getset_descriptor = descr('getset_descriptor', 48);
  const member_descriptor = descr('member_descriptor', 48);
  const wrapper_descriptor = make(type, { name: 'wrapper_descriptor', basicsize: 56, flags: GC | Py_TPFLAGS_METHOD_DESCRIPTOR, dealloc: descr_dealloc, traverse: descr_traverse, getset: DESCR_SIGNATURE_GETSET, methods: DESCR_METHODS });
  const method_wrapper = make(type, { name: 'method-wrapper', basicsize: 32, flags: GC, dealloc: methodwrapper_dealloc, traverse: methodwrapper_traverse, getset: METHODWRAPPER_GETSET, methods: METHODWRAPPER_METHODS });
  const method = make(type, { name: 'method', basicsize: 48, flags: GC, dealloc: method_dealloc, traverse: method_traverse, getset: METHOD_GETSET, methods: METHOD_METHODS });
  const wrapperSpec = (name: string) => ({ name, basicsize: 32, flags: GC | Py_TPFLAGS_BASETYPE, dealloc: funcwrapper_dealloc, traverse: funcwrapper_traverse, clear: funcwrapper_clear, getset: FUNCWRAPPER_GETSET });
  const staticmethod = make(type, wrapperSpec('staticmethod'));
  const classmethod = make(type, wrapperSpec('classmethod'));
  const property = make(type, { name: 'property', basicsize: 64, flags: GC | Py_TPFLAGS_BASETYPE, dealloc: property_dealloc, traverse: property_traverse, clear: property_clear, methods: PROPERTY_METHODS, getset: PROPERTY_GETSET });
  const mappingproxy = make(type, { name: 'mappingproxy', basicsize: 24, flags: GC | Py_TPFLAGS_MAPPING, dealloc: mappingproxy_dealloc, traverse: mappingproxy_traverse, methods: MAPPINGPROXY_METHODS });
  const super_ = make(type, { name: 'super', basicsize: 40, flags: GC | Py_TPFLAGS_BASETYPE, dealloc: super_dealloc, traverse: super_traverse, getset: SUPER_GETSET });
  const module = make(type, { name: 'module', basicsize: 56, flags: GC | Py_TPFLAGS_BASETYPE, dealloc: module_dealloc, traverse: module_traverse, clear: module_clear, methods: MODULE_METHODS, getset: MODULE_GETSET });
  const memoryview = make(type, { name: 'memoryview', basicsize: 144, itemsize: 8, flags: GC | Py_TPFLAGS_SEQUENCE, dealloc: neverDeallocated,
    methods: MEMORY_METHODS, getset: MEMORY_GETSET, doc: 'Create a new memoryview object which references the given object.' });
  const memory_iterator = make(type, { name: 'memory_iterator', basicsize: 48, flags: GC, dealloc: neverDeallocated });
  initMemoryTypes(memoryview, memory_iterator);
  const anext_awaitable = make(type, { name: 'anext_awaitable', basicsize: 32, flags: GC, dealloc: neverDeallocated, methods: ANEXTAWAITABLE_METHODS });
  initAnextAwaitableType(anext_awaitable);
  const UnionType = make(type, { name: 'types.UnionType', basicsize: 32, flags: GC, dealloc: neverDeallocated, getset: UNION_GETSET,
    doc: 'Represent a PEP 604 union type\n\nE.g. for int | str' });
  initUnionType(UnionType);
  const frame = make(type, { name: 'frame', basicsize: 120, itemsize: 8, flags: GC, dealloc: neverDeallocated });
  // A frame object is tracked when it takes over its finished frame (src/vm/frameobject.ts).
  frame.tp_gc_track_on_alloc = false;
  const iterator = make(type, { name: 'iterator', basicsize: 32, flags: GC, dealloc: seqiter_dealloc, traverse: seqiter_traverse });
  const callable_iterator = make(type, { name: 'callable_iterator', basicsize: 32, flags: GC, dealloc: calliter_dealloc, traverse: calliter_traverse });
  for (const t of [method_descriptor, classmethod_descriptor, getset_descriptor, member_descriptor, wrapper_descriptor, method_wrapper, method,
    staticmethod, classmethod, property, mappingproxy, iterator, callable_iterator, super_, module, frame, UnionType, memoryview, memory_iterator, anext_awaitable]) t.tp_base = object;
  type.tp_methods = TYPE_METHODS;
  type.tp_getset = TYPE_GETSET;
  type.tp_call = type_call;
  type.tp_new = type_new;
  type.tp_init = type_init;
  type.tp_repr = type_repr;
  type.tp_as_number = { nb_or: union_type_or };
  type.tp_getattro = type_getattro;
  type.tp_setattro = type_setattro;
  type.tp_hasdict = true;
  type.tp_hasweaklist = true;
  object.tp_methods = OBJECT_METHODS;
  object.tp_getset = OBJECT_GETSET;
  method.tp_call = method_call;
  method.tp_getattro = method_getattro;
  method.tp_repr = method_repr;
  method.tp_richcompare = method_richcompare;
  method.tp_hash = method_hash;
  method.tp_new = method_new;
  method.tp_flags |= Py_TPFLAGS_HAVE_VECTORCALL;
  staticmethod.tp_descr_get = sm_descr_get;
  staticmethod.tp_call = sm_call;
  staticmethod.tp_new = sm_new;
  staticmethod.tp_repr = funcwrapper_repr;
  staticmethod.tp_hasdict = true;
  classmethod.tp_descr_get = cm_descr_get;
  classmethod.tp_new = cm_new;
  classmethod.tp_repr = funcwrapper_repr;
  classmethod.tp_hasdict = true;
  property.tp_new = property_new;
  property.tp_descr_get = property_descr_get;
  property.tp_descr_set = property_descr_set;
  mappingproxy.tp_new = mappingproxy_new;
  mappingproxy.tp_vectorcall = mappingproxy_new;
  mappingproxy.tp_repr = mappingproxy_repr;
  mappingproxy.tp_str = mappingproxy_str;
  mappingproxy.tp_as_mapping = mappingproxy_as_mapping;
  mappingproxy.tp_as_sequence = mappingproxy_as_sequence;
  mappingproxy.tp_iter = mappingproxy_iter;
  mappingproxy.tp_richcompare = mappingproxy_richcompare;
  iterator.tp_iter = selfIter;
  callable_iterator.tp_iter = selfIter;
  callable_iterator.tp_iternext = calliter_next;
  super_.tp_vectorcall = super_new;
  module.tp_vectorcall = module_vectorcall;
  module.tp_getattro = module_getattro;
  module.tp_repr = module_repr;
  module.tp_hasdict = true;
  module.tp_hasweaklist = true;
  super_.tp_getattro = super_getattro;
  super_.tp_descr_get = super_descr_get;
  super_.tp_repr = super_repr;
  iterator.tp_iternext = seqiter_next;
  function_.tp_call = func_call;
  function_.tp_descr_get = func_descr_get;
  function_.tp_repr = func_repr;
  function_.tp_getset = FUNC_GETSET;
  function_.tp_hasdict = true;
  function_.tp_hasweaklist = true;
  builtin.tp_call = meth_call;
  builtin.tp_repr = meth_repr;
  builtin.tp_richcompare = meth_richcompare;
  builtin.tp_hash = meth_hash;
  builtin.tp_getset = BUILTIN_GETSET;
  builtin.tp_methods = BUILTIN_METHODS;
  int.tp_repr = long_repr;
  int.tp_hash = long_hash;
  bool.tp_repr = bool_repr;
  bool.tp_vectorcall = bool_vectorcall;
  bool.tp_new = bool_vectorcall;
  NoneType.tp_repr = none_repr;
  NoneType.tp_hash = none_hash;
  NotImplementedType.tp_repr = notimplemented_repr;
  NotImplementedType.tp_new = notimplemented_new;
  NoneType.tp_new = none_new;
  ellipsis.tp_repr = ellipsis_repr;
  ellipsis.tp_new = ellipsis_new;
  float.tp_repr = float_repr;
  float.tp_hash = float_hash;
  str.tp_repr = unicode_repr;
  // CPython: unicode_str (unicode_result_unchanged: a subclass instance gives an exact copy)
  str.tp_str = (o: PyObject) => {
    if (o.ob_type !== str) return PyUnicode_FromString(interp, unicodeText(o));
    o.ob_refcnt = o.ob_refcnt < IMMORTAL_REFCNT ? o.ob_refcnt + 1 : o.ob_refcnt;
    return o;
  };
  str.tp_hash = unicode_hash;
  tuple.tp_repr = tuple_repr;
  tuple.tp_hash = tuple_hash;
  dict.tp_repr = dict_repr;
  dict.tp_hash = PyObject_HashNotImplemented;
  range.tp_repr = range_repr;
  range.tp_hash = range_hash;
  slice.tp_repr = slice_repr;
  slice.tp_hash = slice_hash;
  slice.tp_new = slice_new;
  slice.tp_richcompare = slice_richcompare;
  code.tp_repr = code_repr;
  code.tp_getset = [...CODE_GETSET, ...CODE_TABLE_GETSET];
  code.tp_methods = CODE_METHODS;
  code.tp_richcompare = code_richcompare;
  traceback.tp_new = tb_new;
  code.tp_hash = code_hash;
  for (const it of [tuple_iterator, str_iterator, str_ascii_iterator, dict_keyiterator, range_iterator, longrange_iterator]) it.tp_iter = selfIter;
  for (const t of [NoneType, int, float, tuple, tuple_iterator, str, str_iterator, str_ascii_iterator, NotImplementedType, ellipsis, dict, dict_keyiterator, code, function_, builtin, range, range_iterator, longrange_iterator, slice, traceback, cell, generator, coroutine, async_generator, coroutine_wrapper, async_generator_asend, async_generator_athrow, async_generator_wrapped_value]) t.tp_base = object;
  complex.tp_base = object;
  complex.tp_as_number = complex_as_number;
  complex.tp_repr = complex_repr;
  complex.tp_hash = complex_hash;
  complex.tp_richcompare = complex_richcompare;
  complex.tp_vectorcall = complex_vectorcall;
  int.tp_richcompare = long_richcompare;
  float.tp_richcompare = float_richcompare;
  str.tp_richcompare = unicode_richcompare;
  tuple.tp_richcompare = tuple_richcompare;
  range.tp_vectorcall = range_vectorcall;
  range.tp_new = range_new;
  range.tp_as_number = range_as_number;
  range.tp_richcompare = range_richcompare;
  range.tp_iter = range_iter;
  range_iterator.tp_iternext = rangeiter_next;
  longrange_iterator.tp_iternext = rangeiter_next;
  bool.tp_base = int;
  type.tp_base = object;
  int.tp_as_number = long_as_number;
  // CPython: none_as_number (only nb_bool): None takes part in the number protocol and fails it.
  NoneType.tp_as_number = { nb_bool: () => false };
  NotImplementedType.tp_as_number = { nb_bool: notimplemented_bool };
  float.tp_as_number = float_as_number;
  bool.tp_as_number = bool_as_number;
  tuple.tp_as_sequence = { sq_length: tuple_length, sq_concat: tuple_concat, sq_repeat: tuple_repeat, sq_item: tuple_item, sq_contains: tuple_contains };
  tuple.tp_iter = tuple_iter;
  tuple.tp_vectorcall = tuple_vectorcall;
  tuple.tp_new = tuple_new;
  tuple_iterator.tp_iternext = tupleiter_next;
  tuple.tp_as_mapping = { mp_subscript: tuple_subscript };
  str.tp_as_sequence = { sq_length: unicode_length, sq_concat: unicode_concat, sq_repeat: unicode_repeat, sq_item: unicode_item, sq_contains: unicode_contains };
  str.tp_as_number = { nb_remainder: unicode_mod };
  str.tp_iter = unicode_iter;
  str_iterator.tp_iternext = unicodeiter_next;
  str_ascii_iterator.tp_iternext = unicodeiter_next;
  str.tp_as_mapping = { mp_subscript: unicode_subscript };
  dict.tp_as_sequence = { sq_contains: dict_contains };
  dict.tp_iter = dict_iter;
  dict.tp_as_mapping = { mp_length: dictLength, mp_subscript: dict_subscript, mp_ass_subscript: dict_ass_sub };
  dict.tp_as_number = dict_as_number;
  dict.tp_richcompare = dict_richcompare;
  dict.tp_new = dict_new;
  dict.tp_init = dict_init;
  dict.tp_vectorcall = dict_vectorcall;
  const dictTypes = createDictTypes(make, type, object, dict_keyiterator);
  range.tp_as_sequence = { sq_length: range_length, sq_contains: range_contains };
  range.tp_as_mapping = { mp_subscript: range_subscript };
  const containers = createContainerTypes(interp, make, type, object, [tuple_iterator, str_iterator, str_ascii_iterator, dict_keyiterator, range_iterator, longrange_iterator]);
  const bytesTypes = createBytesTypes(interp, make, type, object);
  const exceptions = createExceptionTypes(interp, type, object);
  for (const [name, e] of exceptions) {
    if (name === 'BaseException') e.tp_repr = exception_repr;
    if (OWN_EXCEPTION_STR.has(name)) e.tp_str = exception_str;
    e.tp_hasdict = true;
  }
  return {
    type, object, NoneType, int, bool, float, tuple, tuple_iterator, str, str_iterator, str_ascii_iterator, NotImplementedType, ellipsis, dict, dict_keyiterator, code, function: function_,
    builtin_function_or_method: builtin, range, slice, range_iterator, longrange_iterator, traceback, cell, generator, coroutine, async_generator,
    coroutine_wrapper, async_generator_asend, async_generator_athrow, async_generator_wrapped_value, exceptions,
    method_descriptor, classmethod_descriptor, getset_descriptor, member_descriptor, wrapper_descriptor, method_wrapper, method, staticmethod,
    classmethod, property, mappingproxy, iterator, callable_iterator, super: super_, module, frame, UnionType, memoryview, memory_iterator, anext_awaitable, ...containers,
    complex, ...bytesTypes, ...dictTypes,
  };
}

// The exception types whose __str__ is their own (the others inherit their base's).
const OWN_EXCEPTION_STR = new Set(['BaseException', 'AttributeError', 'BaseExceptionGroup', 'OSError', 'ImportError', 'KeyError', 'NameError',
  'SyntaxError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError']);

// The builtin types whose static definitions leave tp_getattro empty (they inherit object's
// and have no __getattribute__ of their own); every other one names PyObject_GenericGetAttr
// (or its own function) and so gets a __getattribute__ slot wrapper.
const INHERITED_GETATTRO = new Set(['NoneType', 'NotImplementedType', 'function', 'staticmethod', 'classmethod', 'bool']);
// The builtin types whose static definitions name a tp_setattro (__setattr__, __delattr__).
const OWN_SETATTRO = new Set(['object', 'type', 'BaseException', 'frame', 'method', 'module']);

/** Fills tp_getattro/tp_setattro as the static definitions do, before the type is readied. */
function declareGenericAttrSlots(t: PyTypeObject): void {
  if (t.tp_getattro === null && !INHERITED_GETATTRO.has(t.tp_name) && (t.tp_base === null || t.tp_name === 'BaseException' || !t.tp_base.isSubtypeOf(t.tp_interp.types.exceptions.get('BaseException')!))) {
    t.tp_getattro = PyObject_GenericGetAttr;
  }
  if (t.tp_setattro === null && OWN_SETATTRO.has(t.tp_name)) t.tp_setattro = PyObject_GenericSetAttr;
}

// CPython: PyObject_SelfIter
function selfIter(o: PyObject): PyObject {
  if (o.ob_refcnt < IMMORTAL_REFCNT) o.ob_refcnt++;
  return o;
}

/**
 * Readies every builtin type once the interpreter's singletons and dict runtime exist: their
 * MROs, dicts of descriptors and inherited slots. CPython: _PyTypes_InitTypes
 */
export function readyBuiltinTypes(interp: Interpreter): void {
  const t = interp.types;
  installConstructors(interp);
  initObjectType(interp);
  initDescrTypes(interp);
  initMethodWrapperCompare(t.method_wrapper);
  for (const v of Object.values(t)) {
    if (!(v instanceof PyTypeObject)) continue;
    declareGenericAttrSlots(v);
    if (Object.hasOwn(STATIC_WEAKLISTOFFSET, v.tp_name)) v.tp_hasweaklist = true;
  }
  for (const e of t.exceptions.values()) declareGenericAttrSlots(e);
  PyType_ReadyStatic(interp, t.object);
  PyType_ReadyStatic(interp, t.type);
  for (const [key, v] of Object.entries(t)) {
    if (key === 'exceptions' || v === t.object || v === t.type || v === t.bool) continue;
    PyType_ReadyStatic(interp, v as PyTypeObject);
  }
  PyType_ReadyStatic(interp, t.bool);
  for (const e of t.exceptions.values()) PyType_ReadyStatic(interp, e);
  readyExceptionGroupType(interp);
}
