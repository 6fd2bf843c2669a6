// Formatting objects as text: format() and the __format__ of the builtin types, ascii(), str %
// args and str.format. CPython: Objects/abstract.c (PyObject_Format), Objects/object.c
// (PyObject_ASCII), Objects/typeobject.c (object___format___impl), Objects/unicodeobject.c
// (PyUnicode_Format), Objects/stringlib/unicode_format.h, Python/formatter_unicode.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_GetAttr } from './attributes.ts';
import { callMethodMaybe } from './call.ts';
import { METH_O, type MethodDef } from './typeobject.ts';
import { PyObject_GetItem } from './abstract.ts';
import { newException, excType, PyErr_SetObject, PyErr_SetString } from './exceptions.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from './longobject.ts';
import { complexValue } from './complexobject.ts';
import { formatComplex, formatFloat, formatInt, formatStr } from './numeric/format_spec.ts';
import { floatToInt } from './numeric/float.ts';
import { intToFloat } from './numeric/int.ts';
import { percentFormatStr, type StrPercentHooks } from './numeric/printf.ts';
import { formatString } from './numeric/str_format.ts';
import { Py_DECREF, Py_INCREF, type PyObject } from './object.ts';
import { PyObject_Repr, PyObject_Str, reprText, strOf } from './objectops.ts';
import type { PyTupleObject } from './tupleobject.ts';
import { PyUnicode_FromString, unicodeLength, unicodeText } from './unicodeobject.ts';
import type { PyDictObject } from './dictobject.ts';
import { PyDict_GetItem } from './dictobject.ts';

/**
 * The __format__ of the builtin types, as text. CPython: object___format___impl,
 * long__format__, float___format___impl, complex___format___impl, unicode___format___impl
 */
export function formatBuiltinText(interp: Interpreter, obj: PyObject, spec: string): string {
  const t = interp.types;
  const type = obj.ob_type;
  if (type.isSubtypeOf(t.str)) return formatStr(unicodeText(obj), spec, type.tp_name);
  if (PyLong_Check(obj)) return spec === '' ? strOf(interp, obj) : formatInt(longValue(obj), spec, type.tp_name, interp.intMaxStrDigits);
  if (type.isSubtypeOf(t.float)) return formatFloat(obj.ival, spec, type.tp_name);
  if (type.isSubtypeOf(t.complex)) {
    const [re, im] = complexValue(obj);
    return formatComplex(re, im, spec, type.tp_name);
  }
  // object.__format__: only the empty spec, which means str(self).
  if (spec.length > 0) PyErr_SetString(interp, 'TypeError', `unsupported format string passed to ${type.tp_name}.__format__`);
  return strOf(interp, obj);
}

/** format(obj, spec) as a new str; spec null means the empty spec. CPython: PyObject_Format */
export function PyObject_Format(interp: Interpreter, obj: PyObject, spec: PyObject | null): PyObject {
  const t = interp.types;
  if (spec !== null && !spec.ob_type.isSubtypeOf(t.str)) {
    PyErr_SetString(interp, 'TypeError', `Format specifier must be a string, not ${spec.ob_type.tp_name}`);
  }
  if (spec === null || unicodeLength(spec) === 0) {
    if (obj.ob_type === t.str) {
      Py_INCREF(obj);
      return obj;
    }
    if (obj.ob_type === t.int) return PyObject_Str(interp, obj);
  }
  const type = obj.ob_type;
  if (type === t.str || type === t.int || type === t.bool || type === t.float || type === t.complex) {
    const text = formatBuiltinText(interp, obj, spec === null ? '' : unicodeText(spec));
    // The builtin __format__ methods return their argument itself when nothing changes it.
    if (type === t.str && text === unicodeText(obj)) {
      Py_INCREF(obj);
      return obj;
    }
    return PyUnicode_FromString(interp, text);
  }
  // Any other type: its __format__ (object's refuses a non-empty spec).
  const r = callMethodMaybe(interp, obj, '__format__', [spec ?? interp.singletons.emptyStr]);
  if (r === null) return PyErr_SetString(interp, 'TypeError', `Type ${type.tp_name} doesn't define __format__`);
  if (!r.ob_type.isSubtypeOf(t.str)) {
    const name = r.ob_type.tp_name;
    Py_DECREF(r);
    PyErr_SetString(interp, 'TypeError', `__format__ must return a str, not ${name}`);
  }
  return r;
}

/** The __format__ method of int, bool, float and str. CPython: long__format__, float___format___impl, unicode___format___impl */
function dunderFormat(interp: Interpreter, self: PyObject, spec: PyObject): PyObject {
  if (!spec.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
  const text = formatBuiltinText(interp, self, unicodeText(spec));
  if (self.ob_type === interp.types.str && text === unicodeText(self)) {
    Py_INCREF(self);
    return self;
  }
  return PyUnicode_FromString(interp, text);
}

export const format_methods: readonly MethodDef[] = [
  { name: '__format__', flags: METH_O, impl: (interp, self, args) => dunderFormat(interp, self!, args[0]!) },
];

/** ascii(o) as text: repr(o) with non-ASCII characters escaped. CPython: PyObject_ASCII */
export function asciiText(interp: Interpreter, o: PyObject): string {
  return asciiEscape(reprText(interp, o));
}

/** The backslashreplace error handler over non-ASCII characters. */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

// CPython: PyObject_ASCII — an all-ASCII repr is the result itself
export function PyObject_ASCII(interp: Interpreter, o: PyObject): PyObject {
  const r = PyObject_Repr(interp, o);
  const text = unicodeText(r);
  const a = asciiEscape(text);
  if (a === text) return r;
  Py_DECREF(r);
  return PyUnicode_FromString(interp, a);
}

/** PyFloat_AsDouble for the builtin numbers; TypeError "must be real number, not X" otherwise. */
export function floatValueOf(interp: Interpreter, v: PyObject): number {
  if (v.ob_type.isSubtypeOf(interp.types.float)) return v.ival;
  if (PyLong_Check(v)) return intToFloat(BigInt(longValue(v)));
  return PyErr_SetString(interp, 'TypeError', `must be real number, not ${v.ob_type.tp_name}`);
}

/** The int conversions of %-formatting, for str and bytes formats. CPython: mainformatlong (PyNumber_Long, PyNumber_Index) */
export function percentIntHooks(interp: Interpreter): Pick<StrPercentHooks<PyObject>, 'toInt' | 'starInt'> {
  return {
    toInt: (v, index) => {
      if (PyLong_Check(v)) return longValue(v);
      if (index) return undefined;
      if (v.ob_type.isSubtypeOf(interp.types.float)) return floatToInt(v.ival);
      return undefined;
    },
    starInt: (v) => (PyLong_Check(v) ? longValue(v) : undefined),
  };
}

/** str % args as a new str. CPython: PyUnicode_Format */
export function PyUnicode_Format(interp: Interpreter, format: PyObject, args: PyObject): PyObject {
  const t = interp.types;
  const isTuple = args.ob_type.isSubtypeOf(t.tuple);
  const mp = args.ob_type.tp_as_mapping;
  const isMapping = mp !== null && mp.mp_subscript !== undefined && !isTuple && !args.ob_type.isSubtypeOf(t.str);
  // Values looked up by %(key)s are new references, released once the result is built.
  const held: PyObject[] = [];
  // The str the last %s, %r or %a wrote, for the shortcut below.
  let strArg: PyObject | null = null;
  const wrote = (r: PyObject): string => {
    held.push(r);
    strArg = r;
    return unicodeText(r);
  };
  try {
    const out = percentFormatStr<PyObject>(unicodeText(format), isTuple ? { tuple: (args as PyTupleObject).body, isMapping } : { single: args, isMapping }, {
      typeName: (v) => v.ob_type.tp_name,
      ...percentIntHooks(interp),
      getItem: (mapping, key) => {
        const k = PyUnicode_FromString(interp, key as string);
        try {
          const v = PyObject_GetItem(interp, mapping, k);
          held.push(v);
          return v;
        } finally {
          Py_DECREF(k);
        }
      },
      toFloat: (v) => floatValueOf(interp, v),
      str: (v) => wrote(PyObject_Str(interp, v)),
      repr: (v) => wrote(PyObject_Repr(interp, v)),
      ascii: (v) => wrote(PyObject_ASCII(interp, v)),
      toChar: (v) => {
        if (v.ob_type.isSubtypeOf(t.str)) return unicodeLength(v) === 1 ? unicodeText(v) : undefined;
        return PyLong_Check(v) ? longValue(v) : undefined;
      },
    }, interp.intMaxStrDigits);
    const whole = formatWholeResult(interp, format, strArg, out, false);
    if (whole !== null) {
      Py_INCREF(whole);
      return whole;
    }
    return PyUnicode_FromString(interp, out);
  } finally {
    for (let i = held.length - 1; i >= 0; i--) Py_DECREF(held[i]!);
  }
}

/** A format of one %s, %r or %a spec (no sign or blank flag) and nothing else. */
const SINGLE_STR_SPEC = /^%(\([^)]*\))?[-#0]*\d*(\.\d*)?[sra]$/;

/**
 * The existing str that str % args or str.format returns when the writer's only write is a
 * whole str made while it does not over-allocate (the last piece): a format without any field
 * is the format itself; else `last`, the str the last field wrote whole, when the output is
 * exactly it (the pieces before it were empty; for %, only a lone %s qualifies).
 * CPython: _PyUnicodeWriter_WriteStr (readonly buffer), unicode_format_arg, do_markup, render_field
 */
function formatWholeResult(interp: Interpreter, format: PyObject, last: PyObject | null, out: string, braces: boolean): PyObject | null {
  const text = unicodeText(format);
  if (text.length > 0 && (braces ? !/[{}]/.test(text) : text.indexOf('%') < 0)) return format;
  if (last === null || last.ob_type !== interp.types.str || out.length === 0 || out !== unicodeText(last)) return null;
  return braces || SINGLE_STR_SPEC.test(text) ? last : null;
}

/** The str's nb_remainder. CPython: unicode_mod */
export function unicode_mod(v: PyObject, w: PyObject): PyObject {
  const interp = v.ob_type.tp_interp;
  if (!v.ob_type.isSubtypeOf(interp.types.str)) return interp.singletons.NotImplemented;
  return PyUnicode_Format(interp, v, w);
}

/**
 * str.format / str.format_map. `positional` are the positional arguments (null for format_map),
 * `lookup` finds a keyword (null when absent: KeyError). CPython: do_string_format
 */
export function doStringFormat(interp: Interpreter, format: PyObject, positional: readonly PyObject[] | null,
  lookup: (key: PyObject) => PyObject | null): PyObject {
  const held: PyObject[] = [];
  const keep = (o: PyObject) => {
    held.push(o);
    return o;
  };
  // The str object the last field wrote whole (null: the field's text was built by a formatter).
  let lastWhole: PyObject | null = null;
  try {
    const out = formatString<PyObject>(unicodeText(format), {
      positionalAllowed: positional !== null,
      getPositional: (i) => positional![i],
      getKeyword: (name) => {
        const k = PyUnicode_FromString(interp, name);
        try {
          const v = lookup(k);
          if (v === null) {
            Py_INCREF(k);
            PyErr_SetObject(interp, newException(interp, excType(interp, 'KeyError'), [k]));
          }
          return keep(v);
        } finally {
          Py_DECREF(k);
        }
      },
      getAttr: (o, name) => {
        const k = PyUnicode_FromString(interp, name);
        try {
          return keep(PyObject_GetAttr(interp, o, k));
        } finally {
          Py_DECREF(k);
        }
      },
      getItem: (o, key) => {
        const k = typeof key === 'number' ? PyLong_FromNumber(interp, key) : PyUnicode_FromString(interp, key);
        try {
          return keep(PyObject_GetItem(interp, o, k));
        } finally {
          Py_DECREF(k);
        }
      },
      convert: (o, c) => keep(c === 'r' ? PyObject_Repr(interp, o) : c === 's' ? PyObject_Str(interp, o) : PyObject_ASCII(interp, o)),
      format: (o, spec) => {
        const t = interp.types;
        const type = o.ob_type;
        lastWhole = type === t.str ? o : null;
        if (spec === '' && type === t.str) return unicodeText(o);
        const s = PyUnicode_FromString(interp, spec);
        try {
          const r = keep(PyObject_Format(interp, o, s));
          // render_field writes what __format__ returned, except for the types it formats itself.
          if (type !== t.str && type !== t.int && type !== t.float && type !== t.complex) lastWhole = r;
          return unicodeText(r);
        } finally {
          Py_DECREF(s);
        }
      },
    });
    const whole = formatWholeResult(interp, format, lastWhole, out, true);
    if (whole !== null) {
      Py_INCREF(whole);
      return whole;
    }
    return PyUnicode_FromString(interp, out);
  } finally {
    for (let i = held.length - 1; i >= 0; i--) Py_DECREF(held[i]!);
  }
}

/** A keyword lookup over a dict of keyword arguments (borrowed result made a new reference). */
export function dictLookup(interp: Interpreter, d: PyObject | null): (key: PyObject) => PyObject | null {
  return (key) => {
    if (d === null) return null;
    const v = PyDict_GetItem(interp, d as PyDictObject, key);
    if (v !== null) Py_INCREF(v);
    return v;
  };
}
