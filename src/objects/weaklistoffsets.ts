// The builtin types whose instances can be weakly referenced, with CPython's tp_weaklistoffset
// (64-bit 3.12). A leaf module: the type registry reads it while the types are being made.
export const STATIC_WEAKLISTOFFSET: Readonly<Record<string, number>> = {
  async_generator: 16, builtin_function_or_method: 40, code: 144, coroutine: 16, frozenset: 192, function: 96, generator: 16,
  memoryview: 136, method: 32, module: 40, set: 192, type: 368, 'types.GenericAlias': 40,
};
