// What itemgetter and attrgetter share.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import { Py_ReprEnter, Py_ReprLeave, reprText } from '../../objects/objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';

/** "type(item)" for one item, "type(a, b)" for several; "type(...)" when recursive. CPython: itemgetter_repr, attrgetter_repr */
export function getterRepr(o: PyObject, args: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const name = o.ob_type.tp_name;
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, `${name}(...)`);
  try {
    const items = (args as PyTupleObject).body;
    return PyUnicode_FromString(interp, items.length === 1 ? `${name}(${reprText(interp, items[0]!)})` : `${name}${reprText(interp, args)}`);
  } finally {
    Py_ReprLeave(interp, o);
  }
}

/** (type(o), args), stealing `args`. */
export function getterReduce(interp: Interpreter, o: PyObject, args: PyObject): PyObject {
  return tupleFromItemsSteal(interp, [Py_NewRef(o.ob_type), args]);
}
