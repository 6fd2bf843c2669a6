// What the lock types share: acquire()'s arguments and waiting. Glasspy runs one thread, so a
// lock held when acquire() is called can only be released by the caller: a timed wait sleeps
// for the timeout and fails, an untimed one waits forever, as it would in CPython.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import type { PyObject } from '../../objects/object.ts';
import { sleepNs } from '../timemodule.ts';

/** The largest timeout acquire() takes, in seconds. CPython: PY_TIMEOUT_MAX / 1e6 (as a double) */
export const TIMEOUT_MAX = 9223372036.0;

/** acquire()'s (blocking, timeout) as a timeout in ns: -1n to wait forever. CPython: lock_acquire_parse_args */
export function acquireTimeout(interp: Interpreter, args: readonly PyObject[], kwnames: PyObject | null): bigint {
  const [b, t] = unpackKeywords(interp, 'acquire', ['blocking', 'timeout'], 0, 0, 2, args, kwnames);
  const blocking = b === undefined ? true : PyObject_IsTrue(interp, b);
  const timeout = t === undefined ? -1_000_000_000n : sleepNs(interp, t);
  if (!blocking && timeout !== -1_000_000_000n) PyErr_SetString(interp, 'ValueError', "can't specify a timeout for a non-blocking call");
  if (timeout < 0n && timeout !== -1_000_000_000n) PyErr_SetString(interp, 'ValueError', 'timeout value must be positive');
  if (!blocking) return 0n;
  if (timeout === -1_000_000_000n) return -1n;
  if (timeout > BigInt(TIMEOUT_MAX) * 1_000_000_000n) PyErr_SetString(interp, 'OverflowError', 'timeout value is too large');
  return timeout;
}

/** Waits for a lock nobody else can release: `ns` nanoseconds, or forever (-1n). */
export function waitForever(interp: Interpreter, ns: bigint): void {
  const host = interp.host;
  if (host === null) PyErr_SetString(interp, 'SystemError', '_thread: no host');
  if (ns >= 0n) {
    host.sleepNs(ns);
    return;
  }
  for (;;) host.sleepNs(3_600_000_000_000n);
}
