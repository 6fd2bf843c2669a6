// bool. CPython: Objects/boolobject.c. True and False are the singletons; bool uses int's number
// slots except those boolobject.c overrides.
import { PyErr_SetString } from './exceptions.ts';
import { long_as_number } from './longobject.ts';
import type { PyObject } from './object.ts';

// CPython: bool_invert, which issues a DeprecationWarning before inverting as an int. Without the
// warnings machinery the warning cannot be issued (or turned into an error by -W), so ~ on a bool
// is refused rather than silently run.
function bool_invert(o: PyObject): PyObject {
  return PyErr_SetString(o.ob_type.tp_interp, 'SystemError', 'Glasspy does not implement ~ on bool yet (it needs the warnings machinery)');
}

export const bool_as_number = { ...long_as_number, nb_invert: bool_invert };
