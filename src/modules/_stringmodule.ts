// The _string module: str.format's parser for string.Formatter. CPython: Objects/unicodeobject.c
// (_string module), Objects/stringlib/unicode_format.h (formatteriter, fieldnameiter).
import type { Interpreter } from '../runtime/interpreter.ts';
import { internedStr } from '../objects/codeobject.ts';
import { PyErr_SetString } from '../objects/exceptions.ts';
import { freeObject } from '../objects/alloc.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { fieldNameRest, parseFormatString, splitFieldName, type FieldAccessor, type FormatChunk } from '../objects/numeric/str_format.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { tupleFromItemsSteal } from '../objects/tupleobject.ts';
import { PyUnicode_FromString, unicodeText } from '../objects/unicodeobject.ts';
import { oneArg } from '../objects/args.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { allocInstance, createModuleType, moduleState } from './modsupport.ts';

/** An iterator over a JS generator's items, each made into a Python object as it is reached. */
interface GenIterBody {
  readonly gen: Generator<unknown, void, void>;
  readonly make: (interp: Interpreter, item: unknown) => PyObject;
  /** The str being parsed, kept alive as CPython's iterators keep it. */
  readonly str: PyObject;
}

function geniter_dealloc(o: PyObject): void {
  const b = o.body as GenIterBody;
  freeObject(o);
  Py_DECREF(b.str);
}

function geniter_next(o: PyObject): PyObject | null {
  const b = o.body as GenIterBody;
  const r = b.gen.next();
  return r.done === true ? null : b.make(o.ob_type.tp_interp, r.value);
}

const stringState = moduleState((interp) => ({
  formatter: createModuleType(interp, { name: 'formatteriterator', basicsize: 48, subclassable: false, dealloc: geniter_dealloc, next: geniter_next }),
  fieldname: createModuleType(interp, { name: 'fieldnameiterator', basicsize: 48, subclassable: false, dealloc: geniter_dealloc, next: geniter_next }),
}));

function strOrNone(interp: Interpreter, s: string | undefined): PyObject {
  return s === undefined ? Py_NewRef(interp.singletons.None) : PyUnicode_FromString(interp, s);
}

// CPython: formatteriter_next — (literal, field_name, format_spec, conversion)
function formatterItem(interp: Interpreter, item: unknown): PyObject {
  const chunk = item as FormatChunk;
  const f = chunk.field;
  return tupleFromItemsSteal(interp, [
    PyUnicode_FromString(interp, chunk.literal), strOrNone(interp, f?.name), strOrNone(interp, f?.spec),
    f === undefined || f.conversion === '' ? Py_NewRef(interp.singletons.None) : PyUnicode_FromString(interp, f.conversion),
  ]);
}

// CPython: fieldnameiter_next — (is_attribute, name or index)
function fieldItem(interp: Interpreter, item: unknown): PyObject {
  const a = item as FieldAccessor;
  const key = !a.isAttribute && a.index >= 0 ? PyLong_FromNumber(interp, a.index) : PyUnicode_FromString(interp, a.name);
  return tupleFromItemsSteal(interp, [Py_NewRef(a.isAttribute ? interp.singletons.True : interp.singletons.False), key]);
}

function strArg(interp: Interpreter, o: PyObject): string {
  if (!o.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `expected str, got ${o.ob_type.tp_name}`);
  return unicodeText(o);
}

function newGenIter(interp: Interpreter, type: PyTypeObject, str: PyObject, gen: Generator<unknown, void, void>, make: GenIterBody['make']): PyObject {
  return allocInstance(interp, type, 48, 0, { gen, make, str: Py_NewRef(str) } satisfies GenIterBody);
}

const FUNCTIONS: [string, BuiltinImpl][] = [
  ['formatter_parser', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'formatter_parser', args, kw);
    const s = strArg(interp, o);
    return newGenIter(interp, stringState(interp).formatter, o, parseFormatString(s), formatterItem);
  }],
  // CPython: formatter_field_name_split — (first, iterator over the rest)
  ['formatter_field_name_split', (interp, _s, args, kw) => {
    const o = oneArg(interp, 'formatter_field_name_split', args, kw);
    const s = strArg(interp, o);
    const { first, restPos } = splitFieldName(s);
    const head = typeof first === 'number' ? PyLong_FromNumber(interp, first) : PyUnicode_FromString(interp, first);
    const rest = newGenIter(interp, stringState(interp).fieldname, o, fieldNameRest(s, restPos), fieldItem);
    return tupleFromItemsSteal(interp, [head, rest]);
  }],
];

export function createStringModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_string'), true);
  moduleAdd(interp, m, '__doc__', PyUnicode_FromString(interp, 'string helper module'));
  for (const [name, impl] of FUNCTIONS) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  return m;
}
