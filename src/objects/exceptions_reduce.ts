// How exceptions pickle and copy: BaseException.__reduce__/__setstate__ and the __reduce__ of
// OSError (its file names) and ImportError (name, path, name_from). CPython:
// Objects/exceptions.c (BaseException_reduce, BaseException_setstate, OSError_reduce,
// ImportError_getstate, ImportError_reduce).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_SetAttr } from './attributes.ts';
import { internedStr } from './codeobject.ts';
import { dictCopy, dictKeys, PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { excField, PyErr_SetString, type PyBaseExceptionObject } from './exceptions.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from './object.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_NOARGS, METH_O, type MethodDef } from './typeobject.ts';

/** `(type(self), args)`, with `state` (stolen) as a third item unless null. */
function reduceValue(interp: Interpreter, self: PyObject, args: PyObject, state: PyObject | null): PyObject {
  const items = [Py_NewRef(self.ob_type), args];
  if (state !== null) items.push(state);
  return tupleFromItemsSteal(interp, items);
}

const argsOf = (o: PyObject): PyObject => (o as PyBaseExceptionObject).body.args;
const dictOf = (o: PyObject): PyObject | null => (o.ob_dict === null ? null : Py_NewRef(o.ob_dict));

// CPython: BaseException_reduce
function BaseException_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  return reduceValue(interp, self!, Py_NewRef(argsOf(self!)), dictOf(self!));
}

// CPython: BaseException_setstate — each item of the dict becomes an attribute.
function BaseException_setstate(interp: Interpreter, self: PyObject | null, args: readonly PyObject[]): PyObject {
  const state = args[0]!;
  if (state === interp.singletons.None) return interp.singletons.None;
  if (!state.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', 'state is not a dictionary');
  for (const key of dictKeys(state)) {
    const value = PyDict_GetItem(interp, state, key);
    if (value !== null) PyObject_SetAttr(interp, self!, key, value);
  }
  return interp.singletons.None;
}

// CPython: OSError_reduce — args hold only (errno, strerror) when a file name was given.
function OSError_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const o = self!;
  const args = argsOf(o) as PyTupleObject;
  const filename = excField(o, 'filename');
  let newArgs: PyObject;
  if (args.body.length === 2 && filename !== null) {
    const filename2 = excField(o, 'filename2');
    const items = [Py_NewRef(args.body[0]!), Py_NewRef(args.body[1]!), Py_NewRef(filename)];
    // OSError(errno, strerror, filename, winerror, filename2)
    if (filename2 !== null) items.push(Py_NewRef(interp.singletons.None), Py_NewRef(filename2));
    newArgs = tupleFromItemsSteal(interp, items);
  } else {
    newArgs = Py_NewRef(args);
  }
  return reduceValue(interp, o, newArgs, dictOf(o));
}

const IMPORT_FIELDS = ['name', 'path', 'name_from'] as const;

// CPython: ImportError_getstate
function ImportError_getstate(interp: Interpreter, o: PyObject): PyObject | null {
  const set = IMPORT_FIELDS.filter((f) => excField(o, f) !== null);
  if (set.length === 0) return dictOf(o);
  const dict = o.ob_dict === null ? PyDict_New(interp) : dictCopy(interp, o.ob_dict);
  try {
    for (const f of set) PyDict_SetItem(interp, dict, internedStr(interp, f), excField(o, f)!);
  } catch (e) {
    Py_DECREF(dict);
    throw e;
  }
  return dict;
}

// CPython: ImportError_reduce
function ImportError_reduce(interp: Interpreter, self: PyObject | null): PyObject {
  const state = ImportError_getstate(interp, self!);
  return reduceValue(interp, self!, Py_NewRef(argsOf(self!)), state);
}

/** The pickling methods of the exception type `name`, or undefined when it has none of its own. */
export function exceptionReduceMethods(name: string): MethodDef[] | undefined {
  switch (name) {
    case 'BaseException':
      return [
        { name: '__reduce__', flags: METH_NOARGS, impl: BaseException_reduce },
        { name: '__setstate__', flags: METH_O, impl: BaseException_setstate },
      ];
    case 'OSError':
      return [{ name: '__reduce__', flags: METH_NOARGS, impl: OSError_reduce }];
    case 'ImportError':
      return [{ name: '__reduce__', flags: METH_NOARGS, impl: ImportError_reduce }];
    default:
      return undefined;
  }
}
