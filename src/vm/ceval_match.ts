// Structural pattern matching: the work behind MATCH_CLASS and MATCH_KEYS. CPython:
// Python/ceval.c (match_class, match_class_attr, match_keys) and Python/bytecodes.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_IsInstance } from '../runtime/bltin_objects.ts';
import { PyObject_GetMethod, PyObject_LookupAttr } from '../objects/attributes.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyList_Append, PyList_New, type PyListObject } from '../objects/listobject.ts';
import { Py_DECREF, Py_NewRef, Py_TPFLAGS_MATCH_SELF, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyObject_Hash, reprText } from '../objects/objectops.ts';
import { SetTable, SIZEOF_PYSETOBJECT } from '../objects/tables/settable.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import { PyTypeObject } from '../objects/typeobject.ts';
import { _PyType_Lookup } from '../objects/typeready.ts';

/**
 * The set CPython makes to catch repeated attribute names and mapping keys: a set object's
 * memory (with its GC head) and its table, so allocations and hashing match. CPython: PySet_New(NULL)
 */
class SeenSet {
  private readonly block: number;
  private readonly table: SetTable<PyObject>;

  constructor(private readonly interp: Interpreter) {
    this.block = interp.obmalloc.malloc(16 + SIZEOF_PYSETOBJECT);
    this.table = new SetTable<PyObject>(interp.dictRuntime);
  }

  /** Whether `key` was seen before; adds it if not. CPython: PySet_Contains(seen, key) || PySet_Add(seen, key) */
  seenBefore(key: PyObject): boolean {
    if (this.table.contains(key, PyObject_Hash(this.interp, key))) return true;
    this.table.add(key, PyObject_Hash(this.interp, key));
    return false;
  }

  // CPython: set_dealloc
  free(): void {
    this.table.dealloc();
    this.interp.obmalloc.free(this.block);
  }
}

/** The attribute `name` of the subject, null when it is missing. CPython: match_class_attr */
function matchClassAttr(interp: Interpreter, subject: PyObject, type: PyTypeObject, name: PyObject, seen: SeenSet): PyObject | null {
  if (seen.seenBefore(name)) {
    PyErr_SetString(interp, 'TypeError', `${type.tp_name}() got multiple sub-patterns for attribute ${reprText(interp, name)}`);
  }
  return PyObject_LookupAttr(interp, subject, name);
}

/**
 * A tuple of the attributes a class pattern extracts (a new reference), or null when the
 * subject does not match. CPython: match_class
 */
export function matchClass(interp: Interpreter, subject: PyObject, type: PyObject, nargs: number, kwargs: PyObject): PyObject | null {
  if (!(type instanceof PyTypeObject)) PyErr_SetString(interp, 'TypeError', 'called match pattern must be a class');
  if (!PyObject_IsInstance(interp, subject, type)) return null;
  const seen = new SeenSet(interp);
  let attrs: PyListObject | null = PyList_New(interp, 0);
  let matchArgs: PyObject | null = null;
  try {
    if (nargs > 0) {
      let matchSelf = false;
      matchArgs = PyObject_LookupAttr(interp, type, internedStr(interp, '__match_args__'));
      if (matchArgs !== null) {
        if (matchArgs.ob_type !== interp.types.tuple) {
          PyErr_SetString(interp, 'TypeError', `${type.tp_name}.__match_args__ must be a tuple (got ${matchArgs.ob_type.tp_name})`);
        }
      } else {
        // MATCH_SELF counts only when the class does not define __match_args__.
        matchArgs = Py_NewRef(interp.singletons.emptyTuple);
        matchSelf = (type.tp_flags & Py_TPFLAGS_MATCH_SELF) !== 0;
      }
      const names = (matchArgs as PyTupleObject).body;
      const allowed = matchSelf ? 1 : names.length;
      if (allowed < nargs) {
        PyErr_SetString(interp, 'TypeError', `${type.tp_name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
      }
      if (matchSelf) {
        PyList_Append(attrs, subject);
      } else {
        for (let i = 0; i < nargs; i++) {
          const name = names[i]!;
          if (name.ob_type !== interp.types.str) {
            PyErr_SetString(interp, 'TypeError', `__match_args__ elements must be strings (got ${name.ob_type.tp_name})`);
          }
          const attr = matchClassAttr(interp, subject, type, name, seen);
          if (attr === null) return null;
          PyList_Append(attrs, attr);
          Py_DECREF(attr);
        }
      }
      const m = matchArgs;
      matchArgs = null;
      Py_DECREF(m);
    }
    for (const name of (kwargs as PyTupleObject).body) {
      const attr = matchClassAttr(interp, subject, type, name, seen);
      if (attr === null) return null;
      PyList_Append(attrs, attr);
      Py_DECREF(attr);
    }
    // CPython: Py_SETREF(attrs, PyList_AsTuple(attrs)) — the tuple exists before the list dies.
    const items = attrs.body;
    for (const v of items) Py_NewRef(v);
    const res = tupleFromItemsSteal(interp, items.slice());
    const list = attrs;
    attrs = null;
    Py_DECREF(list);
    return res;
  } finally {
    Py_XDECREF(matchArgs);
    seen.free();
    Py_XDECREF(attrs);
  }
}

/**
 * The values of `keys` (a tuple) in the mapping, as a new tuple, or None when a key is missing.
 * Values are read with map.get(key, dummy), so __missing__ is never called. CPython: match_keys
 */
export function matchKeys(interp: Interpreter, map: PyObject, keys: PyObject): PyObject {
  const keyItems = (keys as PyTupleObject).body;
  const nkeys = keyItems.length;
  if (nkeys === 0) return Py_NewRef(interp.singletons.emptyTuple);
  const getName = internedStr(interp, 'get');
  // A dict whose type has no `get` method yet reads its table directly, as dict.get does.
  const direct = map.ob_type.isSubtypeOf(interp.types.dict) && _PyType_Lookup(interp, map.ob_type, getName) === null;
  const [get, self] = direct ? [null, null] : PyObject_GetMethod(interp, map, getName);
  let seen: SeenSet | null = null;
  let dummy: PyObject | null = null;
  let values: PyObject | null = null;
  try {
    seen = new SeenSet(interp);
    dummy = PyObject_Vectorcall(interp, interp.types.object, [], null);
    const items = new Array<PyObject>(nkeys).fill(null as unknown as PyObject);
    values = tupleFromItemsSteal(interp, items);
    for (let i = 0; i < nkeys; i++) {
      const key = keyItems[i]!;
      if (seen.seenBefore(key)) PyErr_SetString(interp, 'ValueError', `mapping pattern checks duplicate key (${reprText(interp, key)})`);
      let value: PyObject;
      if (get === null) {
        value = Py_NewRef(PyDict_GetItem(interp, map, key) ?? dummy);
      } else {
        value = PyObject_Vectorcall(interp, get, self !== null ? [self, key, dummy] : [key, dummy], null);
      }
      if (value === dummy) {
        Py_DECREF(value);
        const v = values;
        values = null;
        Py_DECREF(v);
        return Py_NewRef(interp.singletons.None);
      }
      items[i] = value;
    }
    const res = values;
    values = null;
    return res;
  } finally {
    Py_XDECREF(get);
    Py_XDECREF(self);
    seen?.free();
    Py_XDECREF(dummy);
    Py_XDECREF(values);
  }
}
