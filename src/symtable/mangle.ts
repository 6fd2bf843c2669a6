// Private name mangling: inside class C, `__spam` becomes `_C__spam`. The symbol table and
// the code generator both mangle, so both import this.
// CPython: Python/symtable.c _Py_Mangle (3.12.1)

/** The name a class body (or its methods) stores `ident` under; `privateName` is the class's name, or null outside classes. */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith('__')) return ident;
  // Dunder names and dotted import names are left alone.
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 0x5f) i++;
  // A class named only with underscores mangles nothing.
  if (i === privateName.length) return ident;
  return `_${privateName.slice(i)}${ident}`;
}
