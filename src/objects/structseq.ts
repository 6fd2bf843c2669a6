// Struct sequences: tuple subclasses whose items are also named attributes (sys.version_info,
// sys.flags, time.struct_time, ...). The first n_sequence_fields items are the tuple (`body`);
// the remaining fields exist only as attributes and live in `extra`. CPython:
// Objects/structseq.c (PyStructSequence_NewType, structseq_new_impl, structseq_repr,
// structseq_reduce, structseq_dealloc). The types are created once per interpreter, as
// CPython's static sys types are.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { internedStr } from './codeobject.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { PyErr_SetString } from './exceptions.ts';
import { PySequence_Fast } from './listobject.ts';
import { PyLong_FromNumber } from './longobject.ts';
import { IMMORTAL_REFCNT, Py_DECREF, Py_NewRef, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_READY, Py_TPFLAGS_TUPLE_SUBCLASS, Py_XDECREF, type PyObject } from './object.ts';
import { Py_ReprEnter, Py_ReprLeave, reprText } from './objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from './tupleobject.ts';
import { METH_NOARGS, PyTypeObject, type GetSetDef, type MethodDef, type visitproc } from './typeobject.ts';
import { PyType_ReadyStatic } from './typeready.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

export interface StructSeqDesc {
  /** The full name, 'module.name' (tp_name). */
  readonly name: string;
  readonly doc: string;
  /** The field names; null for an unnamed field (visible items only, e.g. os.stat_result's int times). */
  readonly fields: readonly (string | null)[];
  /** How many fields the tuple shows (n_sequence_fields); the rest are attributes only. */
  readonly nInSequence: number;
  /** Whether Python code may create instances (time.struct_time yes, sys.version_info no). */
  readonly instantiable: boolean;
}

interface StructSeqType extends PyTypeObject {
  structseq: StructSeqDesc;
}

/** The fields an instance holds beyond its visible items. */
function hidden(o: PyObject): (PyObject | null)[] {
  return o.extra as (PyObject | null)[];
}

function descOf(type: PyTypeObject): StructSeqDesc {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    const d = (t as Partial<StructSeqType>).structseq;
    if (d !== undefined) return d;
  }
  throw new Error('not a struct sequence type');
}

// CPython: structseq_dealloc
function structseq_dealloc(o: PyObject): void {
  const items = (o as PyTupleObject).body;
  for (let i = items.length - 1; i >= 0; i--) Py_XDECREF(items[i]!);
  const extra = hidden(o);
  for (let i = extra.length - 1; i >= 0; i--) Py_XDECREF(extra[i]!);
  freeObject(o);
}

function structseq_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const items = (o as PyTupleObject).body;
  for (let i = 0; i < items.length; i++) visit(items[i]!, arg);
  const more = hidden(o);
  for (let i = 0; i < more.length; i++) {
    const x = more[i]!;
    if (x !== null) visit(x, arg);
  }
}

/** A new instance of `type` holding `values` (stolen), one per field. CPython: PyStructSequence_New + SET_ITEM */
export function structSeqNew(interp: Interpreter, type: PyTypeObject, values: PyObject[]): PyObject {
  const desc = descOf(type);
  // sizeof(PyTupleObject) less the one item it declares, plus every field (the hidden ones too).
  const o = allocObject(interp, type, 24 + 8 * desc.fields.length, 0, values.slice(0, desc.nInSequence));
  o.extra = values.slice(desc.nInSequence);
  return o;
}

// CPython: structseq_repr
function structseq_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const desc = descOf(o.ob_type);
  if (!Py_ReprEnter(interp, o)) return PyUnicode_FromString(interp, `${o.ob_type.tp_name}(...)`);
  try {
    const items = (o as PyTupleObject).body;
    // CPython names the i-th item after the i-th *named* field (os.stat_result shows its int
    // times as st_atime=...).
    const named = desc.fields.filter((f) => f !== null);
    const parts = items.map((v, i) => `${named[i]}=${reprText(interp, v)}`);
    return PyUnicode_FromString(interp, `${o.ob_type.tp_name}(${parts.join(', ')})`);
  } finally {
    Py_ReprLeave(interp, o);
  }
}

// CPython: structseq_new_impl
function structseq_new(type: PyTypeObject, args: readonly PyObject[], kwnames: PyObject | null): PyObject {
  const interp = type.tp_interp;
  const desc = descOf(type);
  const fname = type.tp_name;
  const kw = kwnames === null ? [] : (kwnames.body as PyObject[]);
  const npos = args.length - kw.length;
  let seqArg: PyObject | undefined = npos > 0 ? args[0] : undefined;
  let dictArg: PyObject | undefined = npos > 1 ? args[1] : undefined;
  if (npos > 2) PyErr_SetString(interp, 'TypeError', `${fname}() takes at most 2 arguments (${npos} given)`);
  kw.forEach((k, i) => {
    const name = unicodeText(k);
    if (name === 'sequence' && npos < 1) seqArg = args[npos + i];
    else if (name === 'dict' && npos < 2) dictArg = args[npos + i];
    else if (name === 'sequence' || name === 'dict') PyErr_SetString(interp, 'TypeError', `argument for ${fname}() given by name ('${name}') and position (${name === 'sequence' ? 1 : 2})`);
    else PyErr_SetString(interp, 'TypeError', `${fname}() got an unexpected keyword argument '${name}'`);
  });
  if (seqArg === undefined) PyErr_SetString(interp, 'TypeError', `${fname}() missing required argument 'sequence' (pos 1)`);
  const seq = PySequence_Fast(interp, seqArg, 'constructor requires a sequence');
  try {
    const items = seq.body as PyObject[];
    const min = desc.nInSequence;
    const max = desc.fields.length;
    const n = items.length;
    if (n < min) {
      PyErr_SetString(interp, 'TypeError', min === max ? `${fname}() takes a ${min}-sequence (${n}-sequence given)`
        : `${fname}() takes an at least ${min}-sequence (${n}-sequence given)`);
    }
    if (n > max) {
      PyErr_SetString(interp, 'TypeError', min === max ? `${fname}() takes a ${max}-sequence (${n}-sequence given)`
        : `${fname}() takes an at most ${max}-sequence (${n}-sequence given)`);
    }
    const dict = dictArg === undefined || dictArg === interp.singletons.None ? null : dictArg;
    if (dict !== null && !dict.ob_type.isSubtypeOf(interp.types.dict)) PyErr_SetString(interp, 'TypeError', `${fname}() takes a dict as second arg, if any`);
    const values: PyObject[] = [];
    for (let i = 0; i < max; i++) {
      if (i < n) values.push(Py_NewRef(items[i]!));
      else {
        const name = desc.fields[i];
        const v = dict === null || name === null ? null : PyDict_GetItem(interp, dict, internedStr(interp, name!));
        values.push(Py_NewRef(v ?? interp.singletons.None));
      }
    }
    return structSeqNew(interp, type, values);
  } finally {
    Py_DECREF(seq);
  }
}

const STRUCTSEQ_METHODS: MethodDef[] = [
  {
    // CPython: structseq_reduce — (type, (visible items, {hidden field: value}))
    name: '__reduce__', flags: METH_NOARGS, impl: (interp, self) => {
      const o = self!;
      const desc = descOf(o.ob_type);
      const tup = tupleFromItemsSteal(interp, (o as PyTupleObject).body.map((x) => Py_NewRef(x)));
      const d = PyDict_New(interp);
      hidden(o).forEach((v, i) => PyDict_SetItem(interp, d, internedStr(interp, desc.fields[desc.nInSequence + i]!), v ?? interp.singletons.None));
      return tupleFromItemsSteal(interp, [Py_NewRef(o.ob_type), tupleFromItemsSteal(interp, [tup, d])]);
    },
  },
];

function fieldGetter(index: number, nInSequence: number, name: string): GetSetDef {
  return {
    name,
    member: true,
    get: (interp, o) => {
      const v = index < nInSequence ? (o as PyTupleObject).body[index] : hidden(o)[index - nInSequence];
      return Py_NewRef(v ?? interp.singletons.None);
    },
  };
}

/**
 * The struct sequence type described by `desc`, created on first use and kept for the
 * interpreter's lifetime. CPython: PyStructSequence_InitBuiltinType / PyStructSequence_NewType
 */
export function structSeqType(interp: Interpreter, desc: StructSeqDesc): PyTypeObject {
  const known = interp.lazyTypes.get(desc.name);
  if (known !== undefined) return known;
  const type = new PyTypeObject(interp, interp.types.type, {
    name: desc.name,
    basicsize: 24,
    itemsize: 8,
    flags: (Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_TUPLE_SUBCLASS) & ~Py_TPFLAGS_READY,
    dealloc: structseq_dealloc,
    traverse: structseq_traverse,
    methods: STRUCTSEQ_METHODS,
    getset: desc.fields.flatMap((f, i) => (f === null ? [] : [fieldGetter(i, desc.nInSequence, f)])),
    doc: desc.doc,
  }, interp.staticAddress(416, 16)) as StructSeqType;
  type.ob_refcnt = IMMORTAL_REFCNT;
  type.structseq = desc;
  type.tp_base = interp.types.tuple;
  type.tp_repr = structseq_repr;
  type.tp_new = desc.instantiable ? structseq_new : null;
  PyType_ReadyStatic(interp, type);
  if (!desc.instantiable) type.tp_new = null;
  const dict = type.tp_dict!;
  const put = (name: string, v: PyObject) => {
    PyDict_SetItem(interp, dict, internedStr(interp, name), v);
    Py_DECREF(v);
  };
  put('n_sequence_fields', PyLong_FromNumber(interp, desc.nInSequence));
  put('n_fields', PyLong_FromNumber(interp, desc.fields.length));
  put('n_unnamed_fields', PyLong_FromNumber(interp, desc.fields.filter((f) => f === null).length));
  const matchArgs = desc.fields.slice(0, desc.nInSequence).filter((f) => f !== null);
  put('__match_args__', tupleFromItemsSteal(interp, matchArgs.map((f) => PyUnicode_FromString(interp, f!))));
  interp.lazyTypes.set(desc.name, type);
  return type;
}
