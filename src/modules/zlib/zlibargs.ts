// The argument conversions the zlib functions share.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { cIntArg } from '../../objects/args.ts';
import type { PyObject } from '../../objects/object.ts';
import { ssizeIndexArg } from '../modsupport.ts';

/** A C int argument, or its default when not given. */
export function intArg(interp: Interpreter, o: PyObject | undefined, dflt: number): number {
  return o === undefined ? dflt : cIntArg(interp, o);
}

/** A Py_ssize_t argument, or its default when not given. */
export function ssizeArg(interp: Interpreter, o: PyObject | undefined, dflt: number): number {
  return o === undefined ? dflt : ssizeIndexArg(interp, o);
}
