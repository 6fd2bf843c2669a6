// The arithmetic builtins: divmod, pow and round. CPython: Python/bltinmodule.c (builtin_divmod_impl,
// builtin_pow_impl, builtin_round_impl).
import type { Interpreter } from './interpreter.ts';
import { lookupSpecial, PyNumber_Divmod, PyNumber_Power } from '../objects/abstract.ts';
import { checkPositional, noKeywords } from '../objects/args.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { PyObject_Vectorcall } from '../objects/call.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import type { BuiltinImpl } from '../objects/methodobject.ts';
import { Py_DECREF, type PyObject } from '../objects/object.ts';

// CPython: builtin_divmod_impl
const builtinDivmod: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'divmod', kwnames);
  checkPositional(interp, 'divmod', args.length, 2, 2);
  return PyNumber_Divmod(interp, args[0]!, args[1]!);
};

// CPython: builtin_pow_impl — pow(base, exp, mod=None)
const builtinPow: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [base, exp, mod] = unpackKeywords(interp, 'pow', ['base', 'exp', 'mod'], 0, 2, 3, args, kwnames);
  return PyNumber_Power(interp, base!, exp!, mod ?? interp.singletons.None);
};

// CPython: builtin_round_impl — number.__round__() or number.__round__(ndigits)
const builtinRound: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [number, ndigits] = unpackKeywords(interp, 'round', ['number', 'ndigits'], 0, 1, 2, args, kwnames);
  const round = lookupSpecial(interp, number!, '__round__');
  if (round === null) {
    return PyErr_SetString(interp, 'TypeError', `type ${number!.ob_type.tp_name} doesn't define __round__ method`);
  }
  try {
    return PyObject_Vectorcall(interp, round, ndigits === undefined || ndigits === interp.singletons.None ? [] : [ndigits], null);
  } finally {
    Py_DECREF(round);
  }
};

/** Adds this file's builtins through `set` (which takes over the reference). */
export function addNumberBuiltins(_interp: Interpreter, set: (name: string, v: PyObject) => void, fn: (name: string, impl: BuiltinImpl) => PyObject): void {
  set('divmod', fn('divmod', builtinDivmod));
  set('pow', fn('pow', builtinPow));
  set('round', fn('round', builtinRound));
}
