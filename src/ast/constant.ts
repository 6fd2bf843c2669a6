// Values a Constant node (or MatchSingleton) can hold, modelled without host-type confusion:
// int is bigint, float is number, so 1 and 1.0 stay distinct as in Python.
export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}
export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * The bytes values of one-token bytes literals, which CPython's parser arena holds twice (as the
 * token's value, then as the concatenation's result; see src/compiler/parser_consts.ts).
 */
export const bytesHeldTwiceByParser = new WeakSet<PyBytes>();
export const PyEllipsis: unique symbol = Symbol('Ellipsis');
export type PyConstant = null | boolean | bigint | number | string | PyComplex | PyBytes | typeof PyEllipsis;
