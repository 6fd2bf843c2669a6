// _sysconfigdata__linux_x86_64-linux-gnu: the build configuration sysconfig reads
// (build_time_vars). CPython generates it when it is built, with several hundred entries about
// its C compiler and install; Glasspy has no C build, so it describes what a program can rely
// on: the platform, ABI and suffixes (as CPython 3.12.1 on x86-64 Linux has them), the sizes of
// C types the simulated heap follows, and the install's directories from sys.prefix and
// sys._stdlib_dir. CPython: Lib/sysconfig.py (_init_posix), Tools/build (generate_sysconfigdata)
import type { Interpreter } from '../runtime/interpreter.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, type PyObject } from '../objects/object.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';

export const SYSCONFIGDATA_NAME = '_sysconfigdata__linux_x86_64-linux-gnu';

const FIXED: Readonly<Record<string, string | number>> = {
  ABIFLAGS: '', SOABI: 'cpython-312-x86_64-linux-gnu', EXT_SUFFIX: '.cpython-312-x86_64-linux-gnu.so', SHLIB_SUFFIX: '.so',
  MULTIARCH: 'x86_64-linux-gnu', MACHDEP: 'linux', HOST_GNU_TYPE: 'x86_64-pc-linux-gnu', VERSION: '3.12', LDVERSION: '3.12',
  PY_SUPPORT_TIER: 1, TZPATH: '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
  WITH_DOC_STRINGS: 1, WITH_PYMALLOC: 1, Py_DEBUG: 0, Py_TRACE_REFS: 0, Py_ENABLE_SHARED: 0, HAVE_FORK: 0,
  SIZEOF_VOID_P: 8, SIZEOF_LONG: 8, SIZEOF_INT: 4, SIZEOF_SIZE_T: 8, SIZEOF_DOUBLE: 8, SIZEOF_FLOAT: 4, SIZEOF_SHORT: 2,
  SIZEOF_LONG_LONG: 8, SIZEOF_WCHAR_T: 4, SIZEOF_PID_T: 4, SIZEOF_TIME_T: 8, SIZEOF_OFF_T: 8,
};

function sysText(interp: Interpreter, name: string): string {
  const v = interp.sysDict === null ? null : PyDict_GetItem(interp, interp.sysDict, internedStr(interp, name));
  return v !== null && v.ob_type === interp.types.str ? unicodeText(v) : '';
}

export function createSysconfigdataModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, SYSCONFIGDATA_NAME), true);
  const prefix = sysText(interp, 'prefix');
  const stdlib = sysText(interp, '_stdlib_dir');
  const vars: Record<string, string | number> = {
    ...FIXED, prefix, exec_prefix: prefix, BINDIR: `${prefix}/bin`, LIBDIR: `${prefix}/lib`, LIBDEST: stdlib, BINLIBDEST: stdlib,
    DESTSHARED: `${stdlib}/lib-dynload`, INCLUDEPY: `${prefix}/include/python3.12`, CONFINCLUDEPY: `${prefix}/include/python3.12`,
  };
  const d = PyDict_New(interp);
  for (const [k, v] of Object.entries(vars)) {
    const key = PyUnicode_FromString(interp, k);
    const value = typeof v === 'number' ? PyLong_FromNumber(interp, v) : PyUnicode_FromString(interp, v);
    PyDict_SetItem(interp, d, key, value);
    Py_DECREF(key);
    Py_DECREF(value);
  }
  moduleAdd(interp, m, 'build_time_vars', d);
  return m;
}
