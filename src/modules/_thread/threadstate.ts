// The one thread Glasspy runs: its identifiers as _thread reports them (threads come with the GIL).
import type { Interpreter } from '../../runtime/interpreter.ts';

/** get_ident(): what pthread_self() gives the main thread of a 64-bit Linux process, fixed here. */
const MAIN_THREAD_IDENT = 0x7f0000001740n;

export function threadIdent(_interp: Interpreter): bigint {
  return MAIN_THREAD_IDENT;
}
