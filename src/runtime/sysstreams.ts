// sys.stdin, sys.stdout and sys.stderr: TextIOWrapper objects over fds 0, 1 and 2, and how the
// runtime writes to them (print, tracebacks, unraisable reports) and flushes them at exit.
// CPython: Python/pylifecycle.c (create_stdio, init_sys_streams, flush_std_files),
// Objects/fileobject.c (PyFile_WriteObject, PyFile_WriteString, PyFile_GetLine).
import type { Interpreter } from './interpreter.ts';
import { PyObject_GetAttr, PyObject_SetAttr } from '../objects/attributes.ts';
import { PyObject_CallOneArg, PyObject_Vectorcall } from '../objects/call.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_IsTrue, PyObject_Str } from '../objects/objectops.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import { toPyException } from '../vm/ceval.ts';
import { PyErr_WriteUnraisable } from './unraisable.ts';
import { initIoState, ioOpen } from '../modules/_io/_iomodule.ts';
import { callMethodObj, callMethodVoid } from '../modules/_io/iobase.ts';
import { isPlainTextIOWrapper, textWrite } from '../modules/_io/textio.ts';

/** sys.<name> from the interpreter's sys dict, borrowed; null when missing. CPython: _PySys_GetAttr */
export function sysGet(interp: Interpreter, name: string): PyObject | null {
  const d = interp.sysDict;
  return d === null ? null : PyDict_GetItem(interp, d, internedStr(interp, name));
}

/** One standard stream. CPython: create_stdio */
function createStdio(interp: Interpreter, fd: number, write: boolean, name: string, errors: string, buffered: boolean): PyObject {
  const io = initIoState(interp);
  const none = interp.singletons.None;
  const buffering = !buffered && write ? 0 : -1;
  const fdObj = PyLong_FromNumber(interp, fd);
  const mode = PyUnicode_FromString(interp, write ? 'wb' : 'rb');
  const bufObj = PyLong_FromNumber(interp, buffering);
  let buf: PyObject;
  try {
    buf = ioOpen(interp, null, [fdObj, mode, bufObj, none, none, none, interp.singletons.False], null);
  } finally {
    for (const o of [fdObj, mode, bufObj]) Py_DECREF(o);
  }
  const strs: PyObject[] = [];
  try {
    const raw = buffering !== 0 ? PyObject_GetAttr(interp, buf, internedStr(interp, 'raw')) : buf;
    try {
      const nameObj = PyUnicode_FromString(interp, name);
      strs.push(nameObj);
      PyObject_SetAttr(interp, raw, internedStr(interp, 'name'), nameObj);
      const r = callMethodObj(interp, raw, 'isatty', []);
      const isatty = PyObject_IsTrue(interp, r);
      Py_DECREF(r);
      const lineBuffering = buffered && (isatty || fd === 2);
      const t = interp.singletons;
      strs.push(PyUnicode_FromString(interp, 'utf-8'), PyUnicode_FromString(interp, errors), PyUnicode_FromString(interp, '\n'));
      const stream = PyObject_Vectorcall(interp, io.TextIOWrapper, [buf, strs[1]!, strs[2]!, strs[3]!, lineBuffering ? t.True : t.False,
        buffered ? t.False : t.True], null);
      const m = PyUnicode_FromString(interp, write ? 'w' : 'r');
      try {
        PyObject_SetAttr(interp, stream, internedStr(interp, 'mode'), m);
      } finally {
        Py_DECREF(m);
      }
      return stream;
    } finally {
      if (raw !== buf) Py_DECREF(raw);
    }
  } finally {
    Py_DECREF(buf);
    for (const s of strs) Py_DECREF(s);
  }
}

/** sys.stdin/stdout/stderr and sys.__stdin__/... CPython: init_sys_streams (UTF-8 locale: surrogateescape, stderr backslashreplace) */
export function initSysStreams(interp: Interpreter, buffered: boolean): void {
  const d = interp.sysDict!;
  const streams: [number, boolean, string, string][] = [[0, false, 'stdin', 'surrogateescape'], [1, true, 'stdout', 'surrogateescape'],
    [2, true, 'stderr', 'backslashreplace']];
  for (const [fd, write, name, errors] of streams) {
    // A standard fd that is not open gives None. CPython: is_valid_fd
    let valid = true;
    try {
      interp.host!.fstat(fd);
    } catch {
      valid = false;
    }
    const s = valid ? createStdio(interp, fd, write, `<${name}>`, errors, buffered) : Py_NewRef(interp.singletons.None);
    PyDict_SetItem(interp, d, internedStr(interp, name), s);
    PyDict_SetItem(interp, d, internedStr(interp, `__${name}__`), s);
    Py_DECREF(s);
  }
  const enc = new TextEncoder();
  interp.gc.writeStderr = (text) => writeStderr(interp, text, (t) => interp.host?.stderr.write(enc.encode(t)));
}

/** file.write(s) for a JS string. CPython: PyFile_WriteString / PyFile_WriteObject(.., Py_PRINT_RAW) */
export function fileWriteString(interp: Interpreter, file: PyObject, s: string): void {
  if (isPlainTextIOWrapper(interp, file)) {
    textWrite(interp, file, s);
    return;
  }
  const writer = PyObject_GetAttr(interp, file, internedStr(interp, 'write'));
  try {
    const v = PyUnicode_FromString(interp, s);
    try {
      Py_DECREF(PyObject_CallOneArg(interp, writer, v));
    } finally {
      Py_DECREF(v);
    }
  } finally {
    Py_DECREF(writer);
  }
}

/** file.write(str(v)). CPython: PyFile_WriteObject(v, file, Py_PRINT_RAW) */
export function fileWriteObject(interp: Interpreter, file: PyObject, v: PyObject): void {
  if (isPlainTextIOWrapper(interp, file)) {
    const s = PyObject_Str(interp, v);
    try {
      textWrite(interp, file, unicodeText(s));
    } finally {
      Py_DECREF(s);
    }
    return;
  }
  const writer = PyObject_GetAttr(interp, file, internedStr(interp, 'write'));
  try {
    const s = PyObject_Str(interp, v);
    try {
      Py_DECREF(PyObject_CallOneArg(interp, writer, s));
    } finally {
      Py_DECREF(s);
    }
  } finally {
    Py_DECREF(writer);
  }
}

/** file.flush(). CPython: _PyFile_Flush */
export function fileFlush(interp: Interpreter, file: PyObject): void {
  callMethodVoid(interp, file, 'flush');
}

function fileIsClosed(interp: Interpreter, file: PyObject): boolean {
  try {
    const v = PyObject_GetAttr(interp, file, internedStr(interp, 'closed'));
    try {
      return PyObject_IsTrue(interp, v);
    } finally {
      Py_DECREF(v);
    }
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
    return false;
  }
}

/**
 * Text for sys.stderr from the runtime (tracebacks, warnings, unraisable reports), then a
 * flush; nothing when sys.stderr is None, errors in writing dropped. `fallback` gets the text
 * before the streams exist or once sys.stderr is deleted. CPython: PyErr_Display's use of sys.stderr
 */
export function writeStderr(interp: Interpreter, text: string, fallback: (s: string) => void): void {
  const f = sysGet(interp, 'stderr');
  if (f === null) {
    fallback(text);
    return;
  }
  if (f === interp.singletons.None) return;
  try {
    fileWriteString(interp, f, text);
    fileFlush(interp, f);
  } catch (e) {
    Py_DECREF(toPyException(interp, e));
  }
}

/**
 * Flushes sys.stdout and sys.stderr as the interpreter ends; false when it failed (the exit
 * status becomes 120). A stdout failure is reported as unraisable. CPython: flush_std_files
 */
export function flushStdFiles(interp: Interpreter): boolean {
  let ok = true;
  const fout = sysGet(interp, 'stdout');
  const ferr = sysGet(interp, 'stderr');
  const none = interp.singletons.None;
  if (fout !== null && fout !== none && !fileIsClosed(interp, fout)) {
    try {
      fileFlush(interp, fout);
    } catch (e) {
      PyErr_WriteUnraisable(interp, toPyException(interp, e), fout);
      ok = false;
    }
  }
  if (ferr !== null && ferr !== none && !fileIsClosed(interp, ferr)) {
    try {
      fileFlush(interp, ferr);
    } catch (e) {
      Py_DECREF(toPyException(interp, e));
      ok = false;
    }
  }
  return ok;
}

/** One line from `file` without its '\n'; EOFError at the end. CPython: PyFile_GetLine(f, -1) */
export function fileGetLine(interp: Interpreter, file: PyObject): PyObject {
  const line = callMethodObj(interp, file, 'readline', []);
  const t = interp.types;
  if (line.ob_type.isSubtypeOf(t.str)) {
    const s = unicodeText(line);
    if (s.length === 0) {
      Py_DECREF(line);
      PyErr_SetString(interp, 'EOFError', 'EOF when reading a line');
    }
    if (s.endsWith('\n')) {
      Py_DECREF(line);
      return PyUnicode_FromString(interp, s.slice(0, -1));
    }
    return line;
  }
  Py_DECREF(line);
  return PyErr_SetString(interp, 'TypeError', 'object.readline() returned non-string');
}
