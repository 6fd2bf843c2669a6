// The _io module: its types, open(), open_code(), text_encoding(), DEFAULT_BUFFER_SIZE,
// UnsupportedOperation and BlockingIOError. CPython: Modules/_io/_iomodule.c
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyObject_SetAttr } from '../../objects/attributes.ts';
import { PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyDict_New, PyDict_SetItem } from '../../objects/dictobject.ts';
import { excType, PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_Check, PyLong_FromNumber, longValue } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { tupleFromItemsSteal } from '../../objects/tupleobject.ts';
import { PyTypeObject, type GetSetDef, type MethodDef, type TypeSpec } from '../../objects/typeobject.ts';
import { PyType_ReadyStatic } from '../../objects/typeready.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { toPyException } from '../../vm/ceval.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { BUFFEREDIOBASE_METHODS, callMethodObj, CANNOT_PICKLE_METHODS, DEFAULT_BUFFER_SIZE, DICT_GETSET, ioAlloc, iobase_dealloc, iobase_finalize, iobase_iter,
  iobase_iternext, IOBASE_GETSET, IOBASE_METHODS, ioStateIfAny, parseArgs, RAWIOBASE_METHODS, setIoState, TEXTIOBASE_GETSET, TEXTIOBASE_METHODS, type IoState } from './iobase.ts';
import { FILEIO_GETSET, FILEIO_METHODS, fileio_dealloc, fileio_init, fileio_new, fileio_repr } from './fileio.ts';
import { BUFFERED_GETSET, BUFFEREDRANDOM_METHODS, BUFFEREDREADER_METHODS, BUFFEREDWRITER_METHODS, buffered_dealloc, buffered_init, buffered_new, buffered_repr, buffered_traverse, RWPAIR_GETSET,
  RWPAIR_METHODS, rwpair_dealloc, rwpair_init, rwpair_new } from './bufferedio.ts';
import { TEXTIOWRAPPER_GETSET, TEXTIOWRAPPER_METHODS, textiowrapper_dealloc, textiowrapper_init, textiowrapper_iternext,
  textiowrapper_new, textiowrapper_repr, textiowrapper_traverse } from './textio.ts';
import { STRINGIO_GETSET, STRINGIO_METHODS, stringio_dealloc, stringio_init, stringio_iternext, stringio_new } from './stringio.ts';
import { NLDECODER_GETSET, NLDECODER_METHODS, nldecoder_dealloc, nldecoder_init, nldecoder_new, nldecoder_traverse } from './nldecoder.ts';
import { BYTESIO_GETSET, BYTESIO_METHODS, bytesio_dealloc, bytesio_init, bytesio_iternext, bytesio_new, bytesiobuf_dealloc, bytesiobuf_traverse,
  setupBytesIOBuffer } from './bytesio.ts';

const FLAGS = Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_IMMUTABLETYPE;

/** Creates and readies the _io types of an interpreter (once). CPython: the type specs of _iomodule.c's module exec */
export function initIoTypes(interp: Interpreter): IoState {
  const make = (name: string, basicsize: number, base: PyTypeObject | null, methods: readonly MethodDef[], getset: readonly GetSetDef[],
    dealloc: (o: PyObject) => void, extra: Partial<TypeSpec> = {}) => {
    const t = new PyTypeObject(interp, interp.types.type, { name: `_io.${name}`, basicsize, flags: FLAGS, dealloc, methods, getset, ...extra },
      interp.staticAddress(416, 16));
    t.tp_base = base ?? interp.types.object;
    t.tp_hasdict = true;
    t.tp_hasweaklist = true;
    return t;
  };
  const IOBase = make('_IOBase', 32, null, IOBASE_METHODS, IOBASE_GETSET, iobase_dealloc);
  IOBase.tp_new = (type) => ioAlloc(type, null);
  IOBase.tp_finalize = iobase_finalize;
  IOBase.tp_iter = iobase_iter;
  IOBase.tp_iternext = iobase_iternext;
  const RawIOBase = make('_RawIOBase', 32, IOBase, RAWIOBASE_METHODS, [], iobase_dealloc);
  const BufferedIOBase = make('_BufferedIOBase', 32, IOBase, BUFFEREDIOBASE_METHODS, [], iobase_dealloc);
  const TextIOBase = make('_TextIOBase', 32, IOBase, TEXTIOBASE_METHODS, TEXTIOBASE_GETSET, iobase_dealloc);
  const FileIO = make('FileIO', 48, RawIOBase, [...FILEIO_METHODS, ...CANNOT_PICKLE_METHODS], [...FILEIO_GETSET, DICT_GETSET], fileio_dealloc);
  FileIO.tp_new = fileio_new;
  FileIO.tp_init = fileio_init;
  FileIO.tp_repr = fileio_repr;
  const buffered = (name: string, methods: readonly MethodDef[]) => {
    const t = make(name, 152, BufferedIOBase, [...methods, ...CANNOT_PICKLE_METHODS], [...BUFFERED_GETSET, DICT_GETSET], buffered_dealloc, { traverse: buffered_traverse });
    t.tp_new = buffered_new;
    t.tp_init = buffered_init;
    t.tp_repr = buffered_repr;
    return t;
  };
  const BufferedReader = buffered('BufferedReader', BUFFEREDREADER_METHODS);
  const BufferedWriter = buffered('BufferedWriter', BUFFEREDWRITER_METHODS);
  const BufferedRandom = buffered('BufferedRandom', BUFFEREDRANDOM_METHODS);
  const BufferedRWPair = make('BufferedRWPair', 48, BufferedIOBase, RWPAIR_METHODS, RWPAIR_GETSET, rwpair_dealloc);
  BufferedRWPair.tp_new = rwpair_new;
  BufferedRWPair.tp_init = rwpair_init;
  const TextIOWrapper = make('TextIOWrapper', 200, TextIOBase, [...TEXTIOWRAPPER_METHODS, ...CANNOT_PICKLE_METHODS], [...TEXTIOWRAPPER_GETSET, DICT_GETSET], textiowrapper_dealloc,
    { traverse: textiowrapper_traverse });
  TextIOWrapper.tp_new = textiowrapper_new;
  TextIOWrapper.tp_init = textiowrapper_init;
  TextIOWrapper.tp_repr = textiowrapper_repr;
  TextIOWrapper.tp_iternext = textiowrapper_iternext;
  const StringIO = make('StringIO', 168, TextIOBase, STRINGIO_METHODS, [...STRINGIO_GETSET, DICT_GETSET], stringio_dealloc);
  StringIO.tp_new = stringio_new;
  StringIO.tp_init = stringio_init;
  StringIO.tp_iternext = stringio_iternext;
  const BytesIO = make('BytesIO', 64, BufferedIOBase, BYTESIO_METHODS, [...BYTESIO_GETSET, DICT_GETSET], bytesio_dealloc);
  BytesIO.tp_new = bytesio_new;
  BytesIO.tp_init = bytesio_init;
  BytesIO.tp_iternext = bytesio_iternext;
  // Not subclassable and without __new__: made only by getbuffer().
  const BytesIOBuffer = new PyTypeObject(interp, interp.types.type, { name: '_io._BytesIOBuffer', basicsize: 24, flags: Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    dealloc: bytesiobuf_dealloc, traverse: bytesiobuf_traverse }, interp.staticAddress(416, 16));
  BytesIOBuffer.tp_base = interp.types.object;
  setupBytesIOBuffer(BytesIOBuffer);
  const IncrementalNewlineDecoder = make('IncrementalNewlineDecoder', 40, null, NLDECODER_METHODS, NLDECODER_GETSET, nldecoder_dealloc,
    { traverse: nldecoder_traverse });
  IncrementalNewlineDecoder.tp_hasdict = false;
  IncrementalNewlineDecoder.tp_hasweaklist = false;
  IncrementalNewlineDecoder.tp_new = nldecoder_new;
  IncrementalNewlineDecoder.tp_init = nldecoder_init;
  for (const t of [IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair,
    TextIOWrapper, StringIO, BytesIO, BytesIOBuffer, IncrementalNewlineDecoder]) PyType_ReadyStatic(interp, t);
  // CPython: UnsupportedOperation = type('UnsupportedOperation', (OSError, ValueError), {}), shown as io.UnsupportedOperation.
  const ns = PyDict_New(interp);
  PyDict_SetItem(interp, ns, internedStr(interp, '__module__'), internedStr(interp, 'io'));
  const bases = tupleFromItemsSteal(interp, [Py_NewRef(excType(interp, 'OSError')), Py_NewRef(excType(interp, 'ValueError'))]);
  const name = PyUnicode_FromString(interp, 'UnsupportedOperation');
  const UnsupportedOperation = PyObject_Vectorcall(interp, interp.types.type, [name, bases, ns], null) as PyTypeObject;
  for (const o of [name, bases, ns]) Py_DECREF(o);
  const state: IoState = {
    IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper,
    StringIO, BytesIO, BytesIOBuffer, IncrementalNewlineDecoder, UnsupportedOperation,
  };
  setIoState(interp, state);
  return state;
}

const OPEN_NAMES = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

function strOrNone(interp: Interpreter, o: PyObject | undefined, what: string): string | null {
  if (o === undefined || o === interp.singletons.None) return null;
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `open() argument '${what}' must be str or None, not ${o.ob_type.tp_name}`);
  return unicodeText(o);
}

/** A C int argument of open(). */
function intArg(interp: Interpreter, o: PyObject): number {
  if (o.ob_type === interp.types.float) PyErr_SetString(interp, 'TypeError', `'float' object cannot be interpreted as an integer`);
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = longValue(o);
  if (typeof v === 'bigint' || v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
  return v;
}

/** open(). CPython: _io_open_impl */
export const ioOpen: BuiltinImpl = (interp, _self, args, kwnames) => {
  const a = parseArgs(interp, 'open', OPEN_NAMES, 1, 8, args, kwnames);
  const file = a[0]!;
  let mode = 'r';
  if (a[1] !== undefined) {
    if (!a[1].ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `open() argument 'mode' must be str, not ${a[1].ob_type.tp_name}`);
    mode = unicodeText(a[1]);
  }
  let buffering = a[2] === undefined ? -1 : intArg(interp, a[2]);
  const encoding = strOrNone(interp, a[3], 'encoding');
  const errors = strOrNone(interp, a[4], 'errors');
  const newline = strOrNone(interp, a[5], 'newline');
  const closefd = a[6] === undefined ? true : PyObject_IsTrue(interp, a[6]);
  const opener = a[7] ?? interp.singletons.None;
  const t = interp.types;
  const isNumber = file.ob_type.tp_as_number?.nb_index !== undefined || file.ob_type.tp_as_number?.nb_int !== undefined ||
    file.ob_type.tp_as_number?.nb_float !== undefined;
  if (!isNumber && !file.ob_type.isSubtypeOf(t.str) && !file.ob_type.isSubtypeOf(t.bytes)) {
    PyErr_SetString(interp, 'TypeError', `expected str, bytes or os.PathLike object, not ${file.ob_type.tp_name}`);
  }
  const seen = new Set<string>();
  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  for (const c of mode) {
    if (!'xrwa+tb'.includes(c) || seen.has(c)) PyErr_SetString(interp, 'ValueError', `invalid mode: '${mode}'`);
    seen.add(c);
    if (c === 'x') creating = true;
    else if (c === 'r') reading = true;
    else if (c === 'w') writing = true;
    else if (c === 'a') appending = true;
    else if (c === '+') updating = true;
    else if (c === 't') text = true;
    else binary = true;
  }
  const rawmode = (creating ? 'x' : '') + (reading ? 'r' : '') + (writing ? 'w' : '') + (appending ? 'a' : '') + (updating ? '+' : '');
  if (text && binary) PyErr_SetString(interp, 'ValueError', "can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) {
    PyErr_SetString(interp, 'ValueError', 'must have exactly one of create/read/write/append mode');
  }
  if (binary && encoding !== null) PyErr_SetString(interp, 'ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) PyErr_SetString(interp, 'ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== null) PyErr_SetString(interp, 'ValueError', "binary mode doesn't take a newline argument");
  const io = initIoState(interp);
  const rawmodeObj = PyUnicode_FromString(interp, rawmode);
  let raw: PyObject;
  try {
    raw = PyObject_Vectorcall(interp, io.FileIO, [file, rawmodeObj, closefd ? interp.singletons.True : interp.singletons.False, opener], null);
  } finally {
    Py_DECREF(rawmodeObj);
  }
  let result: PyObject = raw;
  try {
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && callTrue(interp, raw, 'isatty'))) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) buffering = 4096;
    if (buffering === 0) {
      if (!binary) PyErr_SetString(interp, 'ValueError', "can't have unbuffered text I/O");
      return raw;
    }
    const cls = updating ? io.BufferedRandom : creating || writing || appending ? io.BufferedWriter : reading ? io.BufferedReader : null;
    if (cls === null) PyErr_SetString(interp, 'ValueError', `unknown mode: '${mode}'`);
    const size = PyLong_FromNumber(interp, buffering);
    let buffer: PyObject;
    try {
      buffer = PyObject_Vectorcall(interp, cls, [raw, size], null);
    } finally {
      Py_DECREF(size);
    }
    result = buffer;
    Py_DECREF(raw);
    if (binary) return buffer;
    const none = interp.singletons.None;
    const str = (s: string | null) => (s === null ? Py_NewRef(none) : PyUnicode_FromString(interp, s));
    const targs = [buffer, str(encoding), str(errors), str(newline), lineBuffering ? interp.singletons.True : interp.singletons.False];
    let wrapper: PyObject;
    try {
      wrapper = PyObject_Vectorcall(interp, io.TextIOWrapper, targs, null);
    } finally {
      for (const o of targs.slice(1, 4)) Py_DECREF(o);
    }
    result = wrapper;
    Py_DECREF(buffer);
    const modeObj = PyUnicode_FromString(interp, mode);
    try {
      PyObject_SetAttr(interp, wrapper, internedStr(interp, 'mode'), modeObj);
    } finally {
      Py_DECREF(modeObj);
    }
    return wrapper;
  } catch (e) {
    const exc = toPyException(interp, e);
    try {
      Py_DECREF(callMethodObj(interp, result, 'close', []));
    } catch (e2) {
      Py_DECREF(toPyException(interp, e2));
    }
    Py_DECREF(result);
    throw exc;
  }
};

function callTrue(interp: Interpreter, o: PyObject, m: string): boolean {
  const r = callMethodObj(interp, o, m, []);
  try {
    return PyObject_IsTrue(interp, r);
  } finally {
    Py_DECREF(r);
  }
}

/** The _io state of `interp`, creating the types on first use. */
export function initIoState(interp: Interpreter): IoState {
  return ioStateIfAny(interp) ?? initIoTypes(interp);
}

// CPython: _io_text_encoding_impl
const textEncoding: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [enc] = unpackKeywords(interp, 'text_encoding', ['encoding', 'stacklevel'], 0, 1, 2, args, kwnames);
  if (enc === interp.singletons.None) return PyUnicode_FromString(interp, 'locale');
  return Py_NewRef(enc!);
};

// CPython: _io_open_code_impl
const openCode: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [path] = unpackKeywords(interp, 'open_code', ['path'], 0, 1, 1, args, kwnames);
  if (!path!.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `open_code() argument 'path' must be str, not ${path!.ob_type.tp_name}`);
  const rb = PyUnicode_FromString(interp, 'rb');
  try {
    return ioOpen(interp, null, [path!, rb], null);
  } finally {
    Py_DECREF(rb);
  }
};

/** The _io module. CPython: iomodule_exec */
export function createIoModule(interp: Interpreter): PyObject {
  const io = initIoState(interp);
  const m = PyModule_New(interp, internedStr(interp, '_io'), true);
  moduleAdd(interp, m, 'DEFAULT_BUFFER_SIZE', PyLong_FromNumber(interp, DEFAULT_BUFFER_SIZE));
  moduleAdd(interp, m, 'UnsupportedOperation', Py_NewRef(io.UnsupportedOperation));
  moduleAdd(interp, m, 'BlockingIOError', Py_NewRef(excType(interp, 'BlockingIOError')));
  moduleAdd(interp, m, 'open', PyCFunction_New(interp, 'open', ioOpen, Py_NewRef(m)));
  moduleAdd(interp, m, 'open_code', PyCFunction_New(interp, 'open_code', openCode, Py_NewRef(m)));
  moduleAdd(interp, m, 'text_encoding', PyCFunction_New(interp, 'text_encoding', textEncoding, Py_NewRef(m)));
  for (const [name, t] of [['_IOBase', io.IOBase], ['_RawIOBase', io.RawIOBase], ['_BufferedIOBase', io.BufferedIOBase], ['_TextIOBase', io.TextIOBase],
    ['FileIO', io.FileIO], ['BytesIO', io.BytesIO], ['StringIO', io.StringIO], ['BufferedReader', io.BufferedReader],
    ['BufferedWriter', io.BufferedWriter], ['BufferedRWPair', io.BufferedRWPair], ['BufferedRandom', io.BufferedRandom],
    ['TextIOWrapper', io.TextIOWrapper], ['IncrementalNewlineDecoder', io.IncrementalNewlineDecoder], ['_BytesIOBuffer', io.BytesIOBuffer]] as const) {
    moduleAdd(interp, m, name, Py_NewRef(t));
  }
  return m;
}
