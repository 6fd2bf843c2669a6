// The array module: array.array (ArrayType), typecodes and _array_reconstructor, which
// unpickles an array from its machine representation. CPython 3.12: Modules/arraymodule.c
// (arraymodule_modexec, array__array_reconstructor_impl, make_array).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { callMethod, PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyFloat_FromDouble } from '../../objects/floatobject.ts';
import { _PyList_FromArraySteal } from '../../objects/listobject.ts';
import { longValue, PyLong_Check, PyLong_FromBigInt } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { PyUnicode_FromCodePoints, PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { importModuleLevel } from '../../vm/ceval_import.ts';
import { checkPositional, noKeywords } from '../../objects/args.ts';
import { unicodeCharArg } from './arrayobject.ts';
import { DESCRIPTORS, descrOf, mformatInt, TYPECODES } from './descr.ts';
import { arrayState } from './state.ts';

const MODULE_DOC = 'This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating-point\n' +
  'numbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n';

/** arraytype(typecode, items). CPython: make_array */
function makeArray(interp: Interpreter, arraytype: PyTypeObject, typecode: string, items: PyObject): PyObject {
  const tc = PyUnicode_FromString(interp, typecode);
  try {
    return PyObject_Vectorcall(interp, arraytype, [tc, items], null);
  } finally {
    Py_DECREF(tc);
  }
}

/** The items of `data` in a foreign machine format, as a list or a str. CPython: the slow path of array__array_reconstructor_impl */
function decodeItems(interp: Interpreter, mformat: number, data: Uint8Array): { typecode?: string; items: PyObject } {
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  // CPython's mformat_descriptors give the text formats twice their code unit's size (4 and 8),
  // and the length check uses those sizes.
  const checkSize = mformat <= 13 ? mformatInt(mformat)!.size : mformat <= 15 ? 4 : mformat <= 17 ? 8 : mformat <= 19 ? 4 : 8;
  if (data.length % checkSize !== 0) PyErr_SetString(interp, 'ValueError', 'string length not a multiple of item size');
  const size = mformat === 18 || mformat === 19 ? 2 : mformat >= 20 ? 4 : checkSize;
  const count = data.length / size;
  if (mformat >= 14 && mformat <= 17) {
    const le = mformat % 2 === 0;
    const items: PyObject[] = [];
    for (let i = 0; i < count; i++) items.push(PyFloat_FromDouble(interp, size === 4 ? dv.getFloat32(i * 4, le) : dv.getFloat64(i * 8, le)));
    return { items: _PyList_FromArraySteal(interp, items) };
  }
  if (mformat >= 18) {
    // UTF-16 or UTF-32 text (strict: a lone surrogate or a code point past U+10FFFF is an error).
    const le = mformat % 2 === 0;
    const cps: number[] = [];
    for (let i = 0; i < count; i++) {
      const u = size === 2 ? dv.getUint16(i * 2, le) : dv.getUint32(i * 4, le);
      if (size === 2 && u >= 0xd800 && u < 0xdc00 && i + 1 < count) {
        const lo = dv.getUint16((i + 1) * 2, le);
        if (lo >= 0xdc00 && lo < 0xe000) {
          cps.push(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00));
          i++;
          continue;
        }
      }
      if ((u >= 0xd800 && u < 0xe000) || u > 0x10ffff) PyErr_SetString(interp, 'UnicodeDecodeError', 'illegal encoding');
      cps.push(u);
    }
    return { items: PyUnicode_FromCodePoints(interp, cps) };
  }
  const mf = mformatInt(mformat)!;
  // The last integer typecode of the item size and signedness (CPython walks all descriptors).
  let typecode: string | undefined;
  for (const d of DESCRIPTORS) if (d.isInteger && d.itemsize === mf.size && d.isSigned === mf.signed) typecode = d.typecode;
  const items: PyObject[] = [];
  for (let i = 0; i < count; i++) {
    let v = 0n;
    for (let k = 0; k < mf.size; k++) v = (v << 8n) | BigInt(data[i * mf.size + (mf.bigEndian ? k : mf.size - 1 - k)]!);
    if (mf.signed) v = BigInt.asIntN(mf.size * 8, v);
    items.push(PyLong_FromBigInt(interp, v));
  }
  return { typecode, items: _PyList_FromArraySteal(interp, items) };
}

// CPython: array__array_reconstructor_impl
const array_reconstructor: BuiltinImpl = (interp, module, args, kwnames) => {
  noKeywords(interp, '_array_reconstructor', kwnames);
  checkPositional(interp, '_array_reconstructor', args.length, 4, 4);
  const [arraytype, tcObj, mfObj, items] = args as [PyObject, PyObject, PyObject, PyObject];
  const state = arrayState(interp);
  if (!arraytype.ob_type.isSubtypeOf(interp.types.type)) {
    PyErr_SetString(interp, 'TypeError', `first argument must be a type object, not ${arraytype.ob_type.tp_name}`);
  }
  const typecode = unicodeCharArg(interp, '_array_reconstructor', 2, tcObj);
  if (!PyLong_Check(mfObj)) PyErr_SetString(interp, 'TypeError', `'${mfObj.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const mformat = Number(longValue(mfObj));
  const t = arraytype as PyTypeObject;
  if (!t.isSubtypeOf(state.ArrayType)) PyErr_SetString(interp, 'TypeError', `${t.tp_name} is not a subtype of ${state.ArrayType.tp_name}`);
  const descr = descrOf(typecode);
  if (descr === undefined) PyErr_SetString(interp, 'ValueError', 'second argument must be a valid type code');
  if (mformat < 0 || mformat > 21) PyErr_SetString(interp, 'ValueError', 'third argument must be a valid machine format code.');
  if (!items.ob_type.isSubtypeOf(interp.types.bytes)) PyErr_SetString(interp, 'TypeError', `fourth argument should be bytes, not ${items.ob_type.tp_name}`);
  if (mformat === descr.mformat) return makeArray(interp, t, typecode, items);
  const converted = decodeItems(interp, mformat, items.body as Uint8Array);
  try {
    return makeArray(interp, t, converted.typecode ?? typecode, converted.items);
  } finally {
    Py_DECREF(converted.items);
  }
};

/** The array module object. CPython: arraymodule_modexec */
export function createArrayModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, 'array'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, MODULE_DOC));
  const state = arrayState(interp);
  const reconstructor = PyCFunction_New(interp, '_array_reconstructor', array_reconstructor, Py_NewRef(m), 'Internal. Used for pickling support.');
  // __reduce_ex__ finds it through the module state (CPython imports it on first use).
  if (state.reconstructor === null) state.reconstructor = Py_NewRef(reconstructor);
  moduleAdd(interp, m, '_array_reconstructor', reconstructor);
  moduleAdd(interp, m, 'ArrayType', Py_NewRef(state.ArrayType));
  // collections.abc.MutableSequence.register(array.array), as the module's exec does.
  const abc = importModuleLevel(interp, 'collections.abc', null, interp.singletons.None, 0);
  try {
    const sub = PyObject_GetAttr(interp, abc, internedStr(interp, 'abc'));
    try {
      const ms = PyObject_GetAttr(interp, sub, internedStr(interp, 'MutableSequence'));
      try {
        Py_DECREF(callMethod(interp, ms, 'register', [state.ArrayType]));
      } finally {
        Py_DECREF(ms);
      }
    } finally {
      Py_DECREF(sub);
    }
  } finally {
    Py_DECREF(abc);
  }
  moduleAdd(interp, m, 'array', Py_NewRef(state.ArrayType));
  moduleAdd(interp, m, 'typecodes', PyUnicode_FromString(interp, TYPECODES));
  return m;
}
