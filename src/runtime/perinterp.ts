// State a module or subsystem keeps for each interpreter. It lives in the interpreter's
// `states` map rather than in a module-level WeakMap, so that what it owns is reachable from
// the interpreter (the refcount audit, src/runtime/refaudit.ts, counts it as a root).
import type { Interpreter } from './interpreter.ts';

/** A WeakMap<Interpreter, S> whose entries are kept by the interpreters themselves. */
export class PerInterpreter<S> {
  private readonly key = {};

  get(interp: Interpreter): S | undefined {
    return interp.states.get(this.key) as S | undefined;
  }

  has(interp: Interpreter): boolean {
    return interp.states.has(this.key);
  }

  set(interp: Interpreter, s: S): this {
    interp.states.set(this.key, s);
    return this;
  }

  delete(interp: Interpreter): boolean {
    return interp.states.delete(this.key);
  }
}
