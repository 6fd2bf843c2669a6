// The _opcode module: stack_effect for dis.stack_effect, and get_specialization_stats (None:
// there are no statistics). CPython: Modules/_opcode.c (_opcode_stack_effect_impl).
import type { Interpreter } from '../runtime/interpreter.ts';
import { HAVE_ARGUMENT, isPseudo, Op } from '../bytecode/opcodes.ts';
import { stackEffect } from '../bytecode/stack_effect.ts';
import { noArgs } from '../objects/args.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { cIntArg } from '../objects/args.ts';

const PSEUDO_WITH_ARG: ReadonlySet<number> = new Set([Op.JUMP, Op.JUMP_NO_INTERRUPT, Op.LOAD_METHOD, Op.LOAD_SUPER_METHOD,
  Op.LOAD_ZERO_SUPER_METHOD, Op.LOAD_ZERO_SUPER_ATTR, Op.STORE_FAST_MAYBE_NULL]);

/** CPython: HAS_ARG (Include/opcode.h) — what stack_effect asks an oparg for. */
function hasArg(op: number): boolean {
  return (op >= HAVE_ARGUMENT && !isPseudo(op)) || PSEUDO_WITH_ARG.has(op);
}

// CPython: _opcode_stack_effect_impl — stack_effect(opcode, oparg=None, /, *, jump=None)
const stack_effect: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [opObj, opargObj, jumpObj] = unpackKeywords(interp, 'stack_effect', ['', '', 'jump'], 2, 1, 2, args, kwnames);
  const None = interp.singletons.None;
  const opcode = cIntArg(interp, opObj!);
  let oparg = 0;
  if (hasArg(opcode)) {
    if (opargObj === undefined || opargObj === None) PyErr_SetString(interp, 'ValueError', 'stack_effect: opcode requires oparg but oparg was not specified');
    oparg = cIntArg(interp, opargObj);
  } else if (opargObj !== undefined && opargObj !== None) {
    PyErr_SetString(interp, 'ValueError', 'stack_effect: opcode does not permit oparg but oparg was specified');
  }
  let jump: boolean | null = null;
  if (jumpObj !== undefined && jumpObj !== None) {
    if (jumpObj === interp.singletons.True) jump = true;
    else if (jumpObj === interp.singletons.False) jump = false;
    else PyErr_SetString(interp, 'ValueError', 'stack_effect: jump must be False, True or None');
  }
  // CPython: PyCompile_OpcodeStackEffectWithJump — without `jump`, the larger of the two.
  const a = stackEffect(opcode, oparg, false);
  const b = stackEffect(opcode, oparg, true);
  const effect = jump === null ? (a === null || b === null ? null : Math.max(a, b)) : jump ? b : a;
  if (effect === null) PyErr_SetString(interp, 'ValueError', 'invalid opcode or oparg');
  return PyLong_FromNumber(interp, effect);
};

const get_specialization_stats: BuiltinImpl = (interp, _self, args, kwnames) => {
  noArgs(interp, 'get_specialization_stats', args, kwnames);
  return interp.singletons.None;
};

export function createOpcodeModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_opcode'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'Opcode support module.'));
  moduleAdd(interp, m, 'stack_effect', PyCFunction_New(interp, 'stack_effect', stack_effect, Py_NewRef(m)));
  moduleAdd(interp, m, 'get_specialization_stats', PyCFunction_New(interp, 'get_specialization_stats', get_specialization_stats, Py_NewRef(m)));
  return m;
}
