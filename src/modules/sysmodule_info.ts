// The sys module's descriptive values: version_info, flags, float_info, int_info, hash_info,
// thread_info (struct sequences) and implementation, with CPython 3.12.1's values on 64-bit
// Linux. CPython: Python/sysmodule.c (make_version_info, make_flags, make_impl_info,
// get_hash_info, PyThread_GetInfo), Objects/floatobject.c (PyFloat_GetInfo),
// Objects/longobject.c (PyLong_GetInfo).
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { PyLong_FromBigInt, PyLong_FromNumber } from '../objects/longobject.ts';
import { namespaceNew } from '../objects/namespaceobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { structSeqNew, structSeqType, type StructSeqDesc } from '../objects/structseq.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { PYTHON_VERSION } from '../cli/version.ts';

const [MAJOR, MINOR, MICRO] = PYTHON_VERSION.split('.').map(Number) as [number, number, number];
export const HEXVERSION = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xf0;

const seq = (name: string, doc: string, fields: string[]): StructSeqDesc => ({ name, doc, fields, nInSequence: fields.length, instantiable: false });

const VERSION_INFO = seq('sys.version_info', 'sys.version_info\n\nVersion information as a named tuple.', ['major', 'minor', 'micro', 'releaselevel', 'serial']);

/** The sys.flags fields, in order. */
export const FLAG_NAMES = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
  'int_max_str_digits'] as const;
export type SysFlags = Partial<Record<(typeof FLAG_NAMES)[number], number | boolean>>;

const FLAGS = seq('sys.flags', 'sys.flags\n\nFlags provided through command line arguments or environment vars.', [...FLAG_NAMES]);
const FLOAT_INFO = seq('sys.float_info', "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
  ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
const INT_INFO = seq('sys.int_info', "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
  ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const HASH_INFO = seq('sys.hash_info', 'hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.',
  ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
const THREAD_INFO = seq('sys.thread_info', 'sys.thread_info\n\nA named tuple holding information about the thread implementation.', ['name', 'lock', 'version']);

type Value = number | bigint | string | boolean | null | { float: number };

function toPy(interp: Interpreter, v: Value): PyObject {
  if (v === null) return Py_NewRef(interp.singletons.None);
  if (typeof v === 'boolean') return Py_NewRef(v ? interp.singletons.True : interp.singletons.False);
  if (typeof v === 'string') return PyUnicode_FromString(interp, v);
  if (typeof v === 'bigint') return PyLong_FromBigInt(interp, v);
  if (typeof v === 'number') return PyLong_FromNumber(interp, v);
  return PyFloat_FromDouble(interp, v.float);
}

function make(interp: Interpreter, desc: StructSeqDesc, values: readonly Value[]): PyObject {
  return structSeqNew(interp, structSeqType(interp, desc), values.map((v) => toPy(interp, v)));
}

export function makeVersionInfo(interp: Interpreter): PyObject {
  return make(interp, VERSION_INFO, [MAJOR, MINOR, MICRO, 'final', 0]);
}

export function makeFlags(interp: Interpreter, flags: SysFlags): PyObject {
  const defaults: Required<SysFlags> = {
    debug: 0, inspect: 0, interactive: 0, optimize: 0, dont_write_bytecode: 0, no_user_site: 0, no_site: 0, ignore_environment: 0,
    verbose: 0, bytes_warning: 0, quiet: 0, hash_randomization: 1, isolated: 0, dev_mode: false, utf8_mode: 0, warn_default_encoding: 0,
    safe_path: false, int_max_str_digits: 4300,
  };
  return make(interp, FLAGS, FLAG_NAMES.map((n) => flags[n] ?? defaults[n]));
}

export function makeFloatInfo(interp: Interpreter): PyObject {
  return make(interp, FLOAT_INFO, [{ float: Number.MAX_VALUE }, 1024, 308, { float: 2.2250738585072014e-308 }, -1021, -307, 15, 53, { float: Number.EPSILON }, 2, 1]);
}

export function makeIntInfo(interp: Interpreter): PyObject {
  return make(interp, INT_INFO, [30, 4, 4300, 640]);
}

export function makeHashInfo(interp: Interpreter): PyObject {
  return make(interp, HASH_INFO, [64, 2n ** 61n - 1n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]);
}

export function makeThreadInfo(interp: Interpreter): PyObject {
  return make(interp, THREAD_INFO, ['pthread', 'semaphore', 'NPTL 2.36']);
}

/** sys.implementation. CPython: make_impl_info */
export function makeImplementation(interp: Interpreter): PyObject {
  const values: [string, PyObject][] = [
    ['name', PyUnicode_FromString(interp, 'cpython')],
    ['cache_tag', PyUnicode_FromString(interp, 'cpython-312')],
    ['version', makeVersionInfo(interp)],
    ['hexversion', PyLong_FromNumber(interp, HEXVERSION)],
    ['_multiarch', PyUnicode_FromString(interp, 'x86_64-linux-gnu')],
  ];
  const ns = namespaceNew(interp, values);
  for (const [, v] of values) Py_DECREF(v);
  return ns;
}
