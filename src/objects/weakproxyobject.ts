// weakref.ProxyType and weakref.CallableProxyType: weak references used as their object. Every
// operation unwraps the proxy (ReferenceError once the object died) and applies to the object.
// CPython: Objects/weakrefobject.c (PyWeakref_NewProxy, proxy_* and the WRAP_* macros).
import type { Interpreter } from '../runtime/interpreter.ts';
import { NB, PyNumber_Absolute, PyNumber_BinaryOp, PyNumber_Divmod, PyNumber_Index, PyNumber_Invert, PyNumber_Negative, PyNumber_Positive, PyNumber_Power, PyObject_DelItem, PyObject_GetItem, PyObject_SetItem, PySequence_Contains } from './abstract.ts';
import { PyObject_GetAttr, PyObject_SetAttr } from './attributes.ts';
import { PyNumber_Float, PyNumber_Long } from './constructors.ts';
import { callMethod, PyObject_Vectorcall } from './call.ts';
import { PyErr_SetString } from './exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { PyIter_Next, PyObject_GetIter, PyObject_IsTrue, PyObject_RichCompare, PyObject_Size, PyObject_Str } from './objectops.ts';
import { METH_NOARGS, type MethodDef, type NumberMethods, type PyTypeObject } from './typeobject.ts';
import { PyUnicode_FromString } from './unicodeobject.ts';
import { basicRefs, insertWeakref, isProxyType, newWeakref, refType, supportsWeakrefs, weakrefType, type PyWeakReference } from './weakrefobject.ts';

/** The proxy's object (a new reference), or ReferenceError. CPython: proxy_check_ref + UNWRAP */
function unwrap(o: PyObject): PyObject {
  const obj = (o as PyWeakReference).body.object;
  if (obj === null) PyErr_SetString(o.ob_type.tp_interp, 'ReferenceError', 'weakly-referenced object no longer exists');
  return Py_NewRef(obj);
}

function isProxy(interp: Interpreter, o: PyObject): boolean {
  return isProxyType(interp, o.ob_type);
}

/** `o` itself, or its object (a new reference either way) when it is a proxy. */
function unwrapAny(interp: Interpreter, o: PyObject): PyObject {
  return isProxy(interp, o) ? unwrap(o) : Py_NewRef(o);
}

/** Applies `f` to the unwrapped operands and releases them. */
function withObjects<T>(interp: Interpreter, operands: readonly PyObject[], f: (objs: PyObject[]) => T): T {
  const objs: PyObject[] = [];
  try {
    for (const o of operands) objs.push(unwrapAny(interp, o));
    return f(objs);
  } finally {
    for (const o of objs) Py_DECREF(o);
  }
}

function unary(f: (interp: Interpreter, o: PyObject) => PyObject): (o: PyObject) => PyObject {
  return (o) => {
    const interp = o.ob_type.tp_interp;
    return withObjects(interp, [o], ([x]) => f(interp, x!));
  };
}

function binary(op: NB): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    const interp = (isProxy(a.ob_type.tp_interp, a) ? a : b).ob_type.tp_interp;
    return withObjects(interp, [a, b], ([x, y]) => PyNumber_BinaryOp(interp, x!, y!, op));
  };
}

/** The in-place form of `op` (NB_INPLACE_ADD + op, as BINARY_OP numbers them). */
function inplace(op: NB): (a: PyObject, b: PyObject) => PyObject {
  return binary((NB.INPLACE_ADD + op) as NB);
}

// CPython: proxy_repr
function proxy_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  // A dead proxy shows None as its referent (PyWeakref_GET_OBJECT).
  const obj = (o as PyWeakReference).body.object ?? interp.singletons.None;
  const at = `0x${o.addr.toString(16)}`;
  return PyUnicode_FromString(interp, `<weakproxy at ${at} to ${obj.ob_type.tp_name} at 0x${obj.addr.toString(16)}>`);
}

const PROXY_NUMBER: NumberMethods = {
  nb_add: binary(NB.ADD), nb_subtract: binary(NB.SUBTRACT), nb_multiply: binary(NB.MULTIPLY),
  nb_remainder: binary(NB.REMAINDER), nb_floor_divide: binary(NB.FLOOR_DIVIDE), nb_true_divide: binary(NB.TRUE_DIVIDE),
  nb_lshift: binary(NB.LSHIFT), nb_rshift: binary(NB.RSHIFT), nb_and: binary(NB.AND), nb_xor: binary(NB.XOR),
  nb_or: binary(NB.OR), nb_matrix_multiply: binary(NB.MATRIX_MULTIPLY),
  nb_inplace_add: inplace(NB.ADD), nb_inplace_subtract: inplace(NB.SUBTRACT),
  nb_inplace_multiply: inplace(NB.MULTIPLY), nb_inplace_remainder: inplace(NB.REMAINDER),
  nb_inplace_floor_divide: inplace(NB.FLOOR_DIVIDE), nb_inplace_true_divide: inplace(NB.TRUE_DIVIDE),
  nb_inplace_lshift: inplace(NB.LSHIFT), nb_inplace_rshift: inplace(NB.RSHIFT),
  nb_inplace_and: inplace(NB.AND), nb_inplace_xor: inplace(NB.XOR), nb_inplace_or: inplace(NB.OR),
  nb_inplace_matrix_multiply: inplace(NB.MATRIX_MULTIPLY),
  nb_power: (a, b, c) => {
    const interp = (isProxy(a.ob_type.tp_interp, a) ? a : b).ob_type.tp_interp;
    return withObjects(interp, [a, b, c], ([x, y, z]) => PyNumber_Power(interp, x!, y!, z!));
  },
  nb_divmod: (a, b) => {
    const interp = (isProxy(a.ob_type.tp_interp, a) ? a : b).ob_type.tp_interp;
    return withObjects(interp, [a, b], ([x, y]) => PyNumber_Divmod(interp, x!, y!));
  },
  nb_negative: unary(PyNumber_Negative), nb_positive: unary(PyNumber_Positive), nb_invert: unary(PyNumber_Invert),
  nb_absolute: unary(PyNumber_Absolute), nb_int: unary(PyNumber_Long), nb_float: unary(PyNumber_Float),
  nb_index: unary(PyNumber_Index),
  nb_bool: (o) => {
    const interp = o.ob_type.tp_interp;
    return withObjects(interp, [o], ([x]) => PyObject_IsTrue(interp, x!));
  },
};

function initProxyType(t: PyTypeObject, callable: boolean): void {
  t.tp_repr = proxy_repr;
  t.tp_str = unary(PyObject_Str);
  t.tp_getattro = (o, name) => withObjects(o.ob_type.tp_interp, [o], ([x]) => PyObject_GetAttr(o.ob_type.tp_interp, x!, name));
  t.tp_setattro = (o, name, v) => withObjects(o.ob_type.tp_interp, [o], ([x]) => PyObject_SetAttr(o.ob_type.tp_interp, x!, name, v));
  t.tp_richcompare = (a, b, op) => {
    const interp = a.ob_type.tp_interp;
    return withObjects(interp, [a, b], ([x, y]) => PyObject_RichCompare(interp, x!, y!, op));
  };
  t.tp_iter = unary(PyObject_GetIter);
  // CPython: proxy_iternext (the object must be an iterator)
  t.tp_iternext = (o) => {
    const interp = o.ob_type.tp_interp;
    return withObjects(interp, [o], ([x]) => {
      if (x!.ob_type.tp_iternext === null) PyErr_SetString(interp, 'TypeError', `Weakref proxy referenced a non-iterator '${x!.ob_type.tp_name}' object`);
      return PyIter_Next(interp, x!);
    });
  };
  t.tp_as_number = PROXY_NUMBER;
  t.tp_as_sequence = {
    sq_contains: (o, v) => withObjects(o.ob_type.tp_interp, [o], ([x]) => PySequence_Contains(o.ob_type.tp_interp, x!, v)),
  };
  t.tp_as_mapping = {
    mp_length: (o) => withObjects(o.ob_type.tp_interp, [o], ([x]) => PyObject_Size(o.ob_type.tp_interp, x!)),
    mp_subscript: (o, k) => withObjects(o.ob_type.tp_interp, [o], ([x]) => PyObject_GetItem(o.ob_type.tp_interp, x!, k)),
    mp_ass_subscript: (o, k, v) => withObjects(o.ob_type.tp_interp, [o], ([x]) => {
      if (v === null) PyObject_DelItem(o.ob_type.tp_interp, x!, k);
      else PyObject_SetItem(o.ob_type.tp_interp, x!, k, v);
    }),
  };
  t.tp_hash = (o) => PyErr_SetString(o.ob_type.tp_interp, 'TypeError', `unhashable type: '${o.ob_type.tp_name}'`);
  if (callable) {
    t.tp_call = (o, args, kw) => withObjects(o.ob_type.tp_interp, [o], ([x]) => PyObject_Vectorcall(o.ob_type.tp_interp, x!, args, kw));
  }
}

/** A method of the referent called through the proxy: proxy_bytes, proxy_reversed. */
function forwardMethod(name: string): MethodDef {
  return {
    name, flags: METH_NOARGS,
    impl: (interp, self) => withObjects(interp, [self!], ([x]) => callMethod(interp, x!, name, [])),
  };
}

// CPython: proxy_methods (ProxyType only: CallableProxyType has none)
const PROXY_METHODS: MethodDef[] = [forwardMethod('__bytes__'), forwardMethod('__reversed__')];

export function proxyType(interp: Interpreter, callable: boolean): PyTypeObject {
  return weakrefType(interp, callable ? 'weakref.CallableProxyType' : 'weakref.ProxyType', (t) => initProxyType(t, callable), false, callable ? [] : PROXY_METHODS);
}

/** weakref.proxy(obj, callback=None): the shared basic proxy when there is no callback. CPython: PyWeakref_NewProxy */
export function PyWeakref_NewProxy(interp: Interpreter, obj: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(obj)) PyErr_SetString(interp, 'TypeError', `cannot create weak reference to '${obj.ob_type.tp_name}' object`);
  if (callback === interp.singletons.None) callback = null;
  refType(interp);
  const list = interp.weakrefLists.get(obj);
  if (callback === null && list !== undefined) {
    const { proxy } = basicRefs(interp, list);
    if (proxy !== null) return Py_NewRef(proxy);
  }
  const callable = obj.ob_type.tp_call !== null;
  const self = newWeakref(interp, proxyType(interp, callable), obj, callback);
  insertWeakref(interp, obj, self, callback === null ? 'proxy' : null);
  return self;
}
