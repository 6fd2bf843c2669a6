// _io.IncrementalNewlineDecoder: universal newlines over another incremental decoder (or over
// str input when it is None). CPython: Modules/_io/textio.c (_io_IncrementalNewlineDecoder_*)
import type { Interpreter } from '../../runtime/interpreter.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { PyLong_Check, PyLong_FromNumber, longValue } from '../../objects/longobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue } from '../../objects/objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { PyBytes_FromData } from '../../objects/bytesobject.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_O, type GetSetDef, type MethodDef, type PyTypeObject, type visitproc, visitFields } from '../../objects/typeobject.ts';
import { callMethodObj, ioAlloc, ioFree, parseArgs } from './iobase.ts';
import { newlineDecode, newlinesObject, type NewlineState } from './textcodec.ts';

interface NLDecoderBody extends NewlineState {
  ok: boolean;
  decoder: PyObject | null;
  errors: PyObject | null;
  translate: boolean;
}

export function nldecoder_new(type: PyTypeObject): PyObject {
  return ioAlloc(type, { ok: false, decoder: null, errors: null, translate: false, pendingcr: false, seennl: 0 } satisfies NLDecoderBody);
}

function body(interp: Interpreter, o: PyObject): NLDecoderBody {
  const b = o.body as NLDecoderBody;
  if (!b.ok) PyErr_SetString(interp, 'ValueError', 'IncrementalNewlineDecoder.__init__() not called');
  return b;
}

// CPython: _io_IncrementalNewlineDecoder___init___impl
export function nldecoder_init(self: PyObject, args: readonly PyObject[], kwnames: PyObject | null): void {
  const interp = self.ob_type.tp_interp;
  const [decoder, translate, errors] = parseArgs(interp, 'IncrementalNewlineDecoder', ['decoder', 'translate', 'errors'], 2, 3, args, kwnames);
  const b = self.body as NLDecoderBody;
  const old = [b.decoder, b.errors];
  b.decoder = decoder === interp.singletons.None ? null : Py_NewRef(decoder!);
  b.errors = errors === undefined ? PyUnicode_FromString(interp, 'strict') : Py_NewRef(errors);
  b.translate = PyObject_IsTrue(interp, translate!);
  b.pendingcr = false;
  b.seennl = 0;
  b.ok = true;
  for (const o of old) Py_XDECREF(o);
}

const falseOrTrue = (interp: Interpreter, o: PyObject | undefined) => o !== undefined && PyObject_IsTrue(interp, o);

export const NLDECODER_METHODS: MethodDef[] = [
  { name: 'decode', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, self, args, kw) => {
    const [input, final] = parseArgs(interp, 'decode', ['input', 'final'], 1, 2, args, kw);
    const b = body(interp, self!);
    const fin = falseOrTrue(interp, final);
    let decoded: PyObject;
    if (b.decoder === null) {
      decoded = Py_NewRef(input!);
    } else {
      decoded = callMethodObj(interp, b.decoder, 'decode', [input!, fin ? interp.singletons.True : interp.singletons.False]);
    }
    try {
      if (!decoded.ob_type.isSubtypeOf(interp.types.str)) {
        PyErr_SetString(interp, 'TypeError', `decoder should return a string result, not '${decoded.ob_type.tp_name}'`);
      }
      return PyUnicode_FromString(interp, newlineDecode(b, unicodeText(decoded), fin));
    } finally {
      Py_DECREF(decoded);
    }
  } },
  { name: 'getstate', flags: METH_NOARGS, impl: (interp, self) => {
    const b = body(interp, self!);
    let buffer: PyObject;
    let flag = 0n;
    if (b.decoder !== null) {
      const state = callMethodObj(interp, b.decoder, 'getstate', []);
      try {
        const items = state.ob_type.isSubtypeOf(interp.types.tuple) ? (state as PyTupleObject).body : null;
        if (items === null || items.length !== 2 || !PyLong_Check(items[1]!)) PyErr_SetString(interp, 'TypeError', 'illegal decoder state');
        buffer = Py_NewRef(items[0]!);
        flag = BigInt(longValue(items[1]!));
      } finally {
        Py_DECREF(state);
      }
    } else {
      buffer = PyBytes_FromData(interp, new Uint8Array(0));
    }
    flag = (flag << 1n) | (b.pendingcr ? 1n : 0n);
    return tupleFromItemsSteal(interp, [buffer, PyLong_FromNumber(interp, Number(flag))]);
  } },
  { name: 'setstate', flags: METH_O, impl: (interp, self, args) => {
    const b = body(interp, self!);
    const state = args[0]!;
    const items = state.ob_type.isSubtypeOf(interp.types.tuple) ? (state as PyTupleObject).body : null;
    if (items === null) PyErr_SetString(interp, 'TypeError', 'state argument must be a tuple');
    if (items.length !== 2 || !PyLong_Check(items[1]!)) PyErr_SetString(interp, 'TypeError', 'setstate(): illegal state argument');
    const flag = BigInt(longValue(items[1]!));
    b.pendingcr = (flag & 1n) === 1n;
    if (b.decoder === null) return interp.singletons.None;
    const inner = tupleFromItemsSteal(interp, [Py_NewRef(items[0]!), PyLong_FromNumber(interp, Number(flag >> 1n))]);
    try {
      return callMethodObj(interp, b.decoder, 'setstate', [inner]);
    } finally {
      Py_DECREF(inner);
    }
  } },
  { name: 'reset', flags: METH_NOARGS, impl: (interp, self) => {
    const b = body(interp, self!);
    b.seennl = 0;
    b.pendingcr = false;
    return b.decoder === null ? interp.singletons.None : callMethodObj(interp, b.decoder, 'reset', []);
  } },
];

export const NLDECODER_GETSET: GetSetDef[] = [
  { name: 'newlines', get: (interp, o) => newlinesObject(interp, body(interp, o).seennl) },
];

export function nldecoder_dealloc(o: PyObject): void {
  const b = o.body as NLDecoderBody;
  const refs = [b.decoder, b.errors];
  b.decoder = b.errors = null;
  for (const r of refs) Py_XDECREF(r);
  ioFree(o);
}

export function nldecoder_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = o.body as NLDecoderBody;
  visitFields(visit, arg, b.decoder, b.errors);
}
