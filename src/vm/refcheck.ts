// GLASSPY_REFCHECK=2: a debug check of the reference-count invariants at the eval breaker's
// check points (RESUME, JUMP_BACKWARD). The switch keeps a bit of the breaker set, so the loop
// pays nothing when it is off. At each check point every frame of the thread is looked at:
// its code, globals, builtins, f_locals, function and local variables (locals, cells, free
// variables) must be live objects — a refcount above zero (a freed object's is zero, since
// dealloc runs when it reaches zero). The first violation is raised as SystemError naming the
// object, its type and where it is held.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import type { PyCodeObject } from '../objects/codeobject.ts';
import type { PyObject } from '../objects/object.ts';
import { unicodeText } from '../objects/unicodeobject.ts';
import type { Frame, ThreadState } from './frame.ts';
import { frameLine } from './frameobject.ts';

/** The breaker bit that keeps the check points calling checkRefInvariants. */
export const BREAK_REFCHECK = 4;

/** Turns the check on for `interp` (GLASSPY_REFCHECK=2). */
export function enableRefCheck(interp: Interpreter): void {
  interp.evalBreaker.flags |= BREAK_REFCHECK;
}

const hex = (n: number): string => `0x${n.toString(16)}`;

function where(f: Frame): string {
  const co = (f.code as PyCodeObject).body;
  return `${unicodeText(co.qualname)} (${unicodeText(co.filename)}, line ${frameLine(f, f.instr)})`;
}

function check(interp: Interpreter, o: PyObject | null, what: string, f: Frame): void {
  if (o === null || o.ob_refcnt > 0) return;
  PyErr_SetString(interp, 'SystemError',
    `refcount invariant violated: ${what} of ${where(f)} is a ${o.ob_type.tp_name} object at ${hex(o.addr)} with refcount ${o.ob_refcnt}`);
}

/** Raises SystemError at the first dead object a frame of the thread holds. */
export function checkRefInvariants(interp: Interpreter, tstate: ThreadState): void {
  for (let f = tstate.frame; f !== null; f = f.previous) {
    check(interp, f.code, 'the code', f);
    check(interp, f.globals, 'the globals', f);
    check(interp, f.builtins, 'the builtins', f);
    check(interp, f.locals, 'f_locals', f);
    check(interp, f.func, 'the function', f);
    const names = (f.code as PyCodeObject).body.localsplusnames;
    for (let i = 0; i < f.stackBase; i++) check(interp, f.localsplus[i] ?? null, `local '${unicodeText(names[i]!)}'`, f);
  }
}
