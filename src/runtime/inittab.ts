// The modules built into the interpreter. CPython: Modules/config.c (_PyImport_Inittab), BuiltinImporter.
import { MODULE_TABLE } from '../modules/index.ts';

/** The modules `import` creates on first use (sys and builtins exist from the start). */
export const BUILTIN_MODULES = MODULE_TABLE;

/** sys.builtin_module_names: the modules compiled in (importlib and math are served natively but are not among them in CPython). */
export const BUILTIN_MODULE_NAMES: readonly string[] = ['_collections', '_io', '_warnings', '_weakref', 'builtins', 'itertools', 'sys'];
