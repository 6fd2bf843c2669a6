// _io.StringIO: an in-memory text stream with TextIOWrapper's newline handling.
// CPython: Modules/_io/stringio.c. The text is a JS string and `pos` an index of its UTF-16 code
// units; Python sees positions and sizes in code points.
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_Check, PyLong_FromNumber } from '../../objects/longobject.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../../objects/object.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { reprText } from '../../objects/objectops.ts';
import { METH_FASTCALL, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject } from '../../objects/typeobject.ts';
import { callMethodObj, getstateDict, ioAlloc, ioFree, ioState, optionalSize, parseArgs, posArgs, setstateDict, ssizeArg } from './iobase.ts';
import { cpAdvance, cpLength, newlinesObject, scanNewlines } from './textcodec.ts';

interface StringIOBody {
  ok: boolean;
  closed: boolean;
  buf: string;
  pos: number;
  readuniversal: boolean;
  readtranslate: boolean;
  readnl: string | null;
  writenl: string | null;
  /** Universal newlines: the kinds seen by the decoder (null without one). */
  seennl: number | null;
}

export function stringio_new(type: PyTypeObject): PyObject {
  return ioAlloc(type, { ok: false, closed: false, buf: '', pos: 0, readuniversal: false, readtranslate: false, readnl: null, writenl: null,
    seennl: null } satisfies StringIOBody);
}

function body(o: PyObject): StringIOBody {
  return o.body as StringIOBody;
}

/** CPython: CHECK_INITIALIZED and CHECK_CLOSED */
function check(interp: Interpreter, o: PyObject): StringIOBody {
  const b = body(o);
  if (!b.ok) PyErr_SetString(interp, 'ValueError', 'I/O operation on uninitialized object');
  if (b.closed) PyErr_SetString(interp, 'ValueError', 'I/O operation on closed file');
  return b;
}

// CPython: _io_StringIO___init___impl
export function stringio_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [value, nlObj] = parseArgs(interp, 'StringIO', ['initial_value', 'newline'], 0, 2, args, kwnames);
  const none = interp.singletons.None;
  let newline: string | null = '\n';
  if (nlObj !== undefined) {
    if (nlObj === none) newline = null;
    else if (!nlObj.ob_type.isSubtypeOf(interp.types.str)) {
      PyErr_SetString(interp, 'TypeError', `newline must be str or None, not ${nlObj.ob_type.tp_name}`);
    } else newline = unicodeText(nlObj);
  }
  if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    PyErr_SetString(interp, 'ValueError', `illegal newline value: ${reprText(interp, nlObj!)}`);
  }
  if (value !== undefined && value !== none && !value.ob_type.isSubtypeOf(interp.types.str)) {
    PyErr_SetString(interp, 'TypeError', `initial_value must be str or None, not ${value.ob_type.tp_name}`);
  }
  const b = body(self);
  b.ok = false;
  b.readuniversal = newline === null || newline === '';
  b.readtranslate = newline === null;
  b.readnl = newline;
  b.writenl = newline !== null && newline.startsWith('\r') ? newline : null;
  b.seennl = b.readuniversal ? 0 : null;
  b.buf = '';
  b.pos = 0;
  b.closed = false;
  b.ok = true;
  if (value !== undefined && value !== none) {
    writeStr(b, unicodeText(value));
    b.pos = 0;
  }
}

/** CPython: write_str — newline decoding (always final), then '\n' to writenl. */
function writeStr(b: StringIOBody, s: string): void {
  let text = s;
  if (b.seennl !== null) [text, b.seennl] = scanNewlines(text, b.readtranslate, b.seennl);
  if (b.writenl !== null) text = text.replaceAll('\n', b.writenl);
  if (text.length === 0) return;
  if (b.pos > b.buf.length) b.buf += '\0'.repeat(b.pos - b.buf.length);
  b.buf = b.buf.slice(0, b.pos) + text + b.buf.slice(cpAdvance(b.buf, b.pos, cpLength(text)));
  b.pos += text.length;
}

function readline(b: StringIOBody, limit: number): string {
  if (b.pos >= b.buf.length) return '';
  const s = b.buf;
  let end = -1;
  if (b.readtranslate || !b.readuniversal) {
    const nl = b.readtranslate ? '\n' : b.readnl!;
    const i = s.indexOf(nl, b.pos);
    if (i >= 0) end = i + nl.length;
  } else {
    for (let i = b.pos; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) {
        end = i + 1;
        break;
      }
      if (c === 13) {
        end = s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        break;
      }
    }
  }
  if (end < 0) end = s.length;
  if (limit >= 0 && cpLength(s.slice(b.pos, end)) > limit) end = cpAdvance(s, b.pos, limit);
  const line = s.slice(b.pos, end);
  b.pos = end;
  return line;
}

/** A code unit index as a position in code points (past the end counts one per unit). */
function toPoints(b: StringIOBody, units: number): number {
  if (units <= b.buf.length) return cpLength(b.buf.slice(0, units));
  return cpLength(b.buf) + units - b.buf.length;
}

function toUnits(b: StringIOBody, points: number): number {
  const n = cpLength(b.buf);
  return points <= n ? cpAdvance(b.buf, 0, points) : b.buf.length + points - n;
}

const bool = (interp: Interpreter, v: boolean) => (v ? interp.singletons.True : interp.singletons.False);

// CPython: stringio_setstate
function stringio_setstate(interp: Interpreter, self: PyObject, state: PyObject): PyObject {
  const b = body(self);
  if (b.closed) PyErr_SetString(interp, 'ValueError', 'I/O operation on closed file');
  const items = state.ob_type.isSubtypeOf(interp.types.tuple) ? (state.body as PyObject[]) : null;
  if (items === null || items.length < 4) {
    PyErr_SetString(interp, 'TypeError', `${self.ob_type.tp_name}.__setstate__ argument should be 4-tuple, got ${state.ob_type.tp_name}`);
  }
  const initarg = tupleFromItemsSteal(interp, [Py_NewRef(items[0]!), Py_NewRef(items[1]!)]);
  try {
    stringio_init(self, initarg.body as PyObject[], null);
  } finally {
    Py_DECREF(initarg);
  }
  // The saved text was translated once already: it replaces what __init__ made of it.
  // (__init__ accepted a str or None.)
  b.buf = items[0] === interp.singletons.None ? '' : unicodeText(items[0]!);
  const pos = items[2]!;
  if (!PyLong_Check(pos)) PyErr_SetString(interp, 'TypeError', `third item of state must be an integer, got ${pos.ob_type.tp_name}`);
  const p = ssizeArg(interp, pos);
  if (p < 0) PyErr_SetString(interp, 'ValueError', 'position value cannot be negative');
  b.pos = toUnits(b, p);
  setstateDict(interp, self, items[3]!, 'fourth');
  return interp.singletons.None;
}

export const STRINGIO_METHODS: MethodDef[] = [
  { name: '__getstate__', flags: METH_NOARGS, impl: (interp, self) => {
    const b = check(interp, self!);
    const readnl = b.readnl === null ? Py_NewRef(interp.singletons.None) : PyUnicode_FromString(interp, b.readnl);
    return tupleFromItemsSteal(interp, [PyUnicode_FromString(interp, b.buf), readnl, PyLong_FromNumber(interp, toPoints(b, b.pos)),
      getstateDict(interp, self!)]);
  } },
  { name: '__setstate__', flags: METH_O, impl: (interp, self, args) => stringio_setstate(interp, self!, args[0]!) },
  { name: 'close', flags: METH_NOARGS, impl: (interp, self) => {
    const b = body(self!);
    b.closed = true;
    b.buf = '';
    return interp.singletons.None;
  } },
  { name: 'getvalue', flags: METH_NOARGS, impl: (interp, self) => PyUnicode_FromString(interp, check(interp, self!).buf) },
  { name: 'read', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const b = check(interp, self!);
    let n = optionalSize(interp, posArgs(interp, 'read', args, kw, 1)[0]);
    const end = b.pos >= b.buf.length ? b.pos : n < 0 ? b.buf.length : cpAdvance(b.buf, b.pos, n);
    const s = b.buf.slice(b.pos, end);
    b.pos = end;
    return PyUnicode_FromString(interp, s);
  } },
  { name: 'readline', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const b = check(interp, self!);
    const n = optionalSize(interp, posArgs(interp, 'readline', args, kw, 1)[0]);
    return PyUnicode_FromString(interp, readline(b, n));
  } },
  { name: 'write', flags: METH_O, impl: (interp, self, args) => {
    const b = check(interp, self!);
    const s = args[0]!;
    if (!s.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `string argument expected, got '${s.ob_type.tp_name}'`);
    const t = unicodeText(s);
    writeStr(b, t);
    return PyLong_FromNumber(interp, [...t].length);
  } },
  { name: 'seek', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'seek', args, kw, 2);
    if (a.length < 1) PyErr_SetString(interp, 'TypeError', 'seek expected at least 1 argument, got 0');
    const pos = ssizeArg(interp, a[0]!);
    const whence = a.length > 1 ? ssizeArg(interp, a[1]!) : 0;
    const b = check(interp, self!);
    if (whence < 0 || whence > 2) PyErr_SetString(interp, 'ValueError', `Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) PyErr_SetString(interp, 'ValueError', `Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) PyErr_SetString(interp, 'OSError', "Can't do nonzero cur-relative seeks");
    if (whence === 2) b.pos = b.buf.length;
    else if (whence === 0) b.pos = toUnits(b, pos);
    return PyLong_FromNumber(interp, toPoints(b, b.pos));
  } },
  { name: 'tell', flags: METH_NOARGS, impl: (interp, self) => {
    const b = check(interp, self!);
    return PyLong_FromNumber(interp, toPoints(b, b.pos));
  } },
  { name: 'truncate', flags: METH_FASTCALL, impl: (interp, self, args, kw) => {
    const a = posArgs(interp, 'truncate', args, kw, 1);
    const b = check(interp, self!);
    const size = a[0] === undefined || a[0] === interp.singletons.None ? toPoints(b, b.pos) : ssizeArg(interp, a[0]);
    if (size < 0) PyErr_SetString(interp, 'ValueError', `Negative size value ${size}`);
    const units = toUnits(b, size);
    if (units < b.buf.length) b.buf = b.buf.slice(0, units);
    return PyLong_FromNumber(interp, size);
  } },
  { name: 'readable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
  { name: 'writable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
  { name: 'seekable', flags: METH_NOARGS, impl: (interp, self) => (check(interp, self!), interp.singletons.True) },
];

export const STRINGIO_GETSET: GetSetDef[] = [
  { name: 'closed', get: (interp, o) => {
    if (!body(o).ok) PyErr_SetString(interp, 'ValueError', 'I/O operation on uninitialized object');
    return bool(interp, body(o).closed);
  } },
  { name: 'line_buffering', get: (interp, o) => (check(interp, o), interp.singletons.False) },
  { name: 'newlines', get: (interp, o) => {
    const b = check(interp, o);
    return b.seennl === null ? interp.singletons.None : newlinesObject(interp, b.seennl);
  } },
];

// CPython: stringio_iternext
export function stringio_iternext(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = check(interp, o);
  let line: PyObject;
  if (o.ob_type === ioState(interp).StringIO) {
    line = PyUnicode_FromString(interp, readline(b, -1));
  } else {
    line = callMethodObj(interp, o, 'readline', []);
    if (!line.ob_type.isSubtypeOf(interp.types.str)) {
      Py_DECREF(line);
      PyErr_SetString(interp, 'OSError', `readline() should have returned a str object, not '${line.ob_type.tp_name}'`);
    }
  }
  if (unicodeText(line).length === 0) {
    Py_DECREF(line);
    return null;
  }
  return line;
}

export function stringio_dealloc(o: PyObject): void {
  body(o).buf = '';
  ioFree(o);
}
