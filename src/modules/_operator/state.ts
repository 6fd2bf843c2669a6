// The _operator types of an interpreter, made when the module is first imported.
import type { Interpreter } from '../../runtime/interpreter.ts';
import type { PyTypeObject } from '../../objects/typeobject.ts';
import { createModuleType, moduleState } from '../modsupport.ts';
import { attrgetter_call, attrgetter_dealloc, attrgetter_methods, attrgetter_new, attrgetter_repr, attrgetter_traverse } from './attrgetter.ts';
import { itemgetter_call, itemgetter_dealloc, itemgetter_methods, itemgetter_new, itemgetter_repr, itemgetter_traverse } from './itemgetter.ts';
import { methodcaller_call, methodcaller_dealloc, methodcaller_methods, methodcaller_new, methodcaller_repr, methodcaller_traverse } from './methodcaller.ts';

export interface OperatorState {
  itemgetter: PyTypeObject;
  attrgetter: PyTypeObject;
  methodcaller: PyTypeObject;
}

const ITEMGETTER_DOC = 'Return a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\n' +
  'After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])';
const ATTRGETTER_DOC = "Return a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\n" +
  "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n" +
  '(r.name.first, r.name.last).';
const METHODCALLER_DOC = "Return a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\n" +
  "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).";

// CPython: operator_exec (the types' specs)
export const operatorState = moduleState((interp: Interpreter): OperatorState => ({
  itemgetter: createModuleType(interp, {
    name: 'operator.itemgetter', basicsize: 48, subclassable: false, new: itemgetter_new, keepsArgsTuple: true, dealloc: itemgetter_dealloc, traverse: itemgetter_traverse,
    repr: itemgetter_repr, methods: itemgetter_methods, doc: ITEMGETTER_DOC, setup: (t) => { t.tp_call = itemgetter_call; },
  }),
  attrgetter: createModuleType(interp, {
    name: 'operator.attrgetter', basicsize: 40, subclassable: false, new: attrgetter_new, dealloc: attrgetter_dealloc, traverse: attrgetter_traverse,
    repr: attrgetter_repr, methods: attrgetter_methods, doc: ATTRGETTER_DOC, setup: (t) => { t.tp_call = attrgetter_call; },
  }),
  methodcaller: createModuleType(interp, {
    name: 'operator.methodcaller', basicsize: 40, subclassable: false, new: methodcaller_new, dealloc: methodcaller_dealloc, traverse: methodcaller_traverse,
    repr: methodcaller_repr, methods: methodcaller_methods, doc: METHODCALLER_DOC, setup: (t) => { t.tp_call = methodcaller_call; },
  }),
}));
