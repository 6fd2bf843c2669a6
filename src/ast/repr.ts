// Python repr() of constant values, as ast.dump prints them.
import { PyBytes, PyComplex, PyEllipsis, type PyConstant } from './constant.ts';

export function reprConstant(v: PyConstant): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === PyEllipsis) return 'Ellipsis';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return `'${v}'`;
  if (v instanceof PyComplex) return `${v.imag}j`;
  if (v instanceof PyBytes) return `b'${Array.from(v.bytes, (b) => String.fromCharCode(b)).join('')}'`;
  return String(v);
}
