// The modules built into the interpreter. CPython: Modules/config.c (_PyImport_Inittab), BuiltinImporter.
import { MODULE_TABLE } from '../modules/index.ts';

/** The modules `import` creates on first use (sys and builtins exist from the start). */
export const BUILTIN_MODULES = MODULE_TABLE;

/** CPython 3.12.1's sys.builtin_module_names on Linux (the others are extension modules or Python). */
const CPYTHON_BUILTINS: readonly string[] = [
  '_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale', '_operator', '_signal', '_sre', '_stat',
  '_string', '_symtable', '_thread', '_tokenize', '_tracemalloc', '_typing', '_warnings', '_weakref', 'atexit', 'builtins',
  'errno', 'faulthandler', 'gc', 'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time',
];

/** sys.builtin_module_names: those of CPython's that Glasspy has (_io and _warnings exist from the start). */
export const BUILTIN_MODULE_NAMES: readonly string[] = CPYTHON_BUILTINS.filter(
  (n) => MODULE_TABLE.has(n) || n === 'builtins' || n === 'sys' || n === '_io' || n === '_warnings',
);
