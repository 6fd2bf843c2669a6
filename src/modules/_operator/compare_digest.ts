// _operator._compare_digest: equality in time independent of where inputs differ. CPython:
// Modules/_operator.c (_operator__compare_digest_impl, _tscmp).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { bufferOf, needBuffer } from '../../objects/bytesobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import type { PyObject } from '../../objects/object.ts';
import { unicodeText } from '../../objects/unicodeobject.ts';

// CPython: _tscmp — every byte of b is read whatever the lengths.
function tscmp(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let result = a.length === b.length ? 0 : 1;
  const left = a.length === b.length ? a : b;
  for (let i = 0; i < b.length; i++) result |= left[i]! ^ b[i]!;
  return result === 0;
}

const codes = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

// CPython: _operator__compare_digest_impl (ASCII str, or bytes-like objects)
export function compare_digest(interp: Interpreter, a: PyObject, b: PyObject): boolean {
  const str = interp.types.str;
  if (a.ob_type.isSubtypeOf(str) && b.ob_type.isSubtypeOf(str)) {
    const x = unicodeText(a);
    const y = unicodeText(b);
    if (/[^\x00-\x7f]/.test(x) || /[^\x00-\x7f]/.test(y)) PyErr_SetString(interp, 'TypeError', 'comparing strings with non-ASCII characters is not supported');
    return tscmp(codes(x), codes(y));
  }
  if (bufferOf(a) === null && bufferOf(b) === null) {
    PyErr_SetString(interp, 'TypeError', `unsupported operand types(s) or combination of types: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`);
  }
  return tscmp(needBuffer(interp, a), needBuffer(interp, b));
}
