// Numeric semantics and formatting for the object model: pure functions on plain JS values
// (int = bigint or safe-integer number, float = number, complex = [re, im], str = string).
export * from './errors.ts';
export * from './ascii_transform.ts';
export * from './dtoa.ts';
export * from './int.ts';
export * from './int_str.ts';
export * from './float.ts';
export * from './float_pow.ts';
export * from './complex.ts';
export * from './format_spec.ts';
export * from './printf.ts';
export * from './str_format.ts';
export * from './libm.ts';
