// The _decimal module, which decimal.py re-exports: Decimal, Context, the signals, the context
// templates and the current context's functions. CPython: Modules/_decimal/_decimal.c (PyInit__decimal).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_FromBigInt } from '../../objects/longobject.ts';
import { PyCFunction_New } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { importModuleLevel } from '../../vm/ceval_import.ts';
import { localcontext } from './contextobject.ts';
import { Round, ROUND_NAMES, S_CLAMPED, S_DIVISION_BY_ZERO, S_IEEE_INVALID, S_OVERFLOW, S_UNDERFLOW } from './number.ts';
import { ctxBody, currentContext, decimalState, isContext, setCurrentContext } from './state.ts';

/** A context template with CPython's settings. CPython: init_basic_context, init_extended_context */
function template(interp: Interpreter, prec: number, round: Round, traps: number | null): PyObject {
  const c = PyObject_Vectorcall(interp, decimalState(interp).Context, [], null);
  const b = ctxBody(c);
  b.ctx.prec = prec;
  b.ctx.round = round;
  if (traps !== null) b.ctx.traps = traps;
  return c;
}

function registerNumber(interp: Interpreter, cls: PyObject): void {
  const numbers = importModuleLevel(interp, 'numbers', null, interp.singletons.None, 0);
  try {
    const number = PyObject_GetAttr(interp, numbers, internedStr(interp, 'Number'));
    const reg = PyObject_GetAttr(interp, number, internedStr(interp, 'register'));
    Py_DECREF(number);
    Py_DECREF(PyObject_Vectorcall(interp, reg, [cls], null));
    Py_DECREF(reg);
  } finally {
    Py_DECREF(numbers);
  }
}

/** The _decimal module object. CPython: PyInit__decimal */
export function createDecimalModule(interp: Interpreter): PyObject {
  const st = decimalState(interp);
  const m = PyModule_New(interp, internedStr(interp, '_decimal'), true);
  const add = (name: string, v: PyObject): void => moduleAdd(interp, m, name, v);
  add('__doc__', PyUnicode_FromString(interp, 'C decimal arithmetic module'));
  add('Decimal', Py_NewRef(st.Decimal));
  add('Context', Py_NewRef(st.Context));
  add('DecimalTuple', Py_NewRef(st.DecimalTuple));
  add('DecimalException', Py_NewRef(st.DecimalException));
  for (const s of [...st.signals, ...st.conds.slice(1)]) add(s.name, Py_NewRef(s.ex));
  if (st.templates.length === 0) {
    st.templates.push(template(interp, 28, Round.HALF_EVEN, null));
    st.templates.push(template(interp, 9, Round.HALF_UP, S_CLAMPED | S_IEEE_INVALID | S_DIVISION_BY_ZERO | S_OVERFLOW | S_UNDERFLOW));
    st.templates.push(template(interp, 9, Round.HALF_EVEN, 0));
  }
  add('DefaultContext', Py_NewRef(st.templates[0]!));
  add('BasicContext', Py_NewRef(st.templates[1]!));
  add('ExtendedContext', Py_NewRef(st.templates[2]!));
  add('getcontext', PyCFunction_New(interp, 'getcontext', (i) => Py_NewRef(currentContext(i)), Py_NewRef(m)));
  add('setcontext', PyCFunction_New(interp, 'setcontext', (i, _s, args) => {
    const v = args[0];
    if (args.length !== 1) PyErr_SetString(i, 'TypeError', `setcontext() takes exactly one argument (${args.length} given)`);
    if (!isContext(i, v!)) PyErr_SetString(i, 'TypeError', 'argument must be a context');
    setCurrentContext(i, v!);
    return Py_NewRef(i.singletons.None);
  }, Py_NewRef(m)));
  add('localcontext', PyCFunction_New(interp, 'localcontext', (i, _s, args, kwnames) => localcontext(i, args, kwnames), Py_NewRef(m)));
  add('MAX_PREC', PyLong_FromBigInt(interp, 999999999999999999n));
  add('MAX_EMAX', PyLong_FromBigInt(interp, 999999999999999999n));
  add('MIN_EMIN', PyLong_FromBigInt(interp, -999999999999999999n));
  add('MIN_ETINY', PyLong_FromBigInt(interp, -1999999999999999997n));
  add('HAVE_THREADS', Py_NewRef(interp.singletons.True));
  add('HAVE_CONTEXTVAR', Py_NewRef(interp.singletons.True));
  for (const name of ROUND_NAMES) add(name, PyUnicode_FromString(interp, name));
  add('__version__', PyUnicode_FromString(interp, '1.70'));
  add('__libmpdec_version__', PyUnicode_FromString(interp, '2.5.1'));
  registerNumber(interp, st.Decimal);
  return m;
}
