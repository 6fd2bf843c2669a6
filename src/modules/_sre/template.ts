// _sre.SRE_Template, a parsed replacement template (re._compile_template makes it with
// _sre.template), and its expansion for sub() and Match.expand(). CPython: Modules/_sre/sre.c
// (_sre_template_impl, compile_template, expand_template).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { freeObject } from '../../objects/alloc.ts';
import { bufferOf, PyBytes_FromData } from '../../objects/bytesobject.ts';
import { PyUnicode_FromString, unicodeText } from '../../objects/unicodeobject.ts';
import { PyObject_GetAttr } from '../../objects/attributes.ts';
import { callMethod, PyObject_Vectorcall } from '../../objects/call.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { _PyList_FromArraySteal, type PyListObject } from '../../objects/listobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import type { visitproc } from '../../objects/typeobject.ts';
import { importModuleLevel } from '../../vm/ceval_import.ts';
import { allocInstance, dropException, isExcOf, longAsSsize } from '../modsupport.ts';
import { matchGroupSlice, matchGroupCount } from './match.ts';
import { sreState } from './sremodule_state.ts';
import { getString } from './subject.ts';

interface TemplateBody {
  /** The text before the first group reference. */
  literal: PyObject;
  /** Each group reference and the (non-empty) text after it. */
  items: { index: number; literal: PyObject | null }[];
}

const tpl = (o: PyObject): TemplateBody => o.body as TemplateBody;

// CPython: _sre_template_impl — template(pattern, template, /)
export function sre_template(interp: Interpreter, template: PyObject): PyObject {
  if (!template.ob_type.isSubtypeOf(interp.types.list)) {
    PyErr_SetString(interp, 'TypeError', `template() argument 2 must be list, not ${template.ob_type.tp_name}`);
  }
  const list = (template as PyListObject).body;
  const n = list.length;
  if ((n & 1) === 0 || n < 1) PyErr_SetString(interp, 'TypeError', 'invalid template');
  const items: TemplateBody['items'] = [];
  try {
    for (let i = 0; i < (n - 1) / 2; i++) {
      const index = longAsSsize(interp, list[2 * i + 1]!, 'an integer is required');
      if (index < 0) PyErr_SetString(interp, 'TypeError', 'invalid template');
      let literal: PyObject | null = list[2 * i + 2]!;
      const t = interp.types;
      if ((literal.ob_type.isSubtypeOf(t.str) || literal.ob_type.isSubtypeOf(t.bytes)) && getString(interp, literal).chars.length === 0) literal = null;
      items.push({ index, literal: literal === null ? null : Py_NewRef(literal) });
    }
  } catch (e) {
    for (const it of items) Py_XDECREF(it.literal);
    throw e;
  }
  return allocInstance(interp, sreState(interp).Template, 32 + 16 * items.length, 0, { literal: Py_NewRef(list[0]!), items } satisfies TemplateBody);
}

export function template_dealloc(o: PyObject): void {
  const b = tpl(o);
  Py_DECREF(b.literal);
  for (const it of b.items) Py_XDECREF(it.literal);
  freeObject(o);
}

export function template_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  const b = tpl(o);
  visit(b.literal, arg);
  for (const it of b.items) if (it.literal !== null) visit(it.literal, arg);
}

/** The template's whole text when it refers to no group, else null. */
export function templateOnlyLiteral(t: PyObject): PyObject | null {
  const b = tpl(t);
  return b.items.length === 0 ? b.literal : null;
}

/** Whether a replacement is a str or bytes-like object without a backslash (used as it is). */
export function templateIsLiteral(interp: Interpreter, repl: PyObject): boolean {
  let chars: ArrayLike<number>;
  try {
    chars = getString(interp, repl).chars;
  } catch (e) {
    dropException(e);
    return false;
  }
  for (let i = 0; i < chars.length; i++) if (chars[i] === 0x5c) return false;
  return true;
}

// CPython: compile_template — re._compile_template(pattern, repl), which must make a template.
export function compileTemplate(interp: Interpreter, pattern: PyObject, repl: PyObject): PyObject {
  const s = sreState(interp);
  if (s.compileTemplate === null) {
    const re = importModuleLevel(interp, 're', null, interp.singletons.None, 0);
    try {
      s.compileTemplate = PyObject_GetAttr(interp, re, internedStr(interp, '_compile_template'));
    } finally {
      Py_DECREF(re);
    }
  }
  let result: PyObject;
  try {
    result = PyObject_Vectorcall(interp, s.compileTemplate, [pattern, repl], null);
  } catch (e) {
    // An unhashable replacement (a bytearray, a str subclass with __eq__) is retried as str or bytes.
    const exact = isExcOf(interp, e, 'TypeError') ? exactString(interp, repl) : null;
    if (exact === null) throw e;
    Py_DECREF(e as PyObject);
    try {
      result = PyObject_Vectorcall(interp, s.compileTemplate, [pattern, exact], null);
    } finally {
      Py_DECREF(exact);
    }
  }
  if (result.ob_type !== s.Template) {
    const name = result.ob_type.tp_name;
    Py_DECREF(result);
    PyErr_SetString(interp, 'RuntimeError', `the result of compiling a replacement string is ${name}`);
  }
  return result;
}

/** A str subclass as an exact str, another bytes-like object than an exact bytes as bytes, else null. */
function exactString(interp: Interpreter, repl: PyObject): PyObject | null {
  const t = interp.types;
  if (repl.ob_type.isSubtypeOf(t.str)) return repl.ob_type === t.str ? null : PyUnicode_FromString(interp, unicodeText(repl));
  if (repl.ob_type === t.bytes) return null;
  const data = bufferOf(repl);
  return data === null ? null : PyBytes_FromData(interp, data.slice());
}

// CPython: expand_template
export function expandTemplate(interp: Interpreter, t: PyObject, match: PyObject): PyObject {
  const b = tpl(t);
  if (b.items.length === 0) return Py_NewRef(b.literal);
  const out: PyObject[] = [Py_NewRef(b.literal)];
  try {
    for (const it of b.items) {
      if (it.index >= matchGroupCount(match)) PyErr_SetString(interp, 'IndexError', 'no such group');
      const item = matchGroupSlice(interp, match, it.index, interp.singletons.None);
      if (item !== interp.singletons.None) out.push(item);
      else Py_DECREF(item);
      if (it.literal !== null) out.push(Py_NewRef(it.literal));
    }
  } catch (e) {
    for (const x of out) Py_DECREF(x);
    throw e;
  }
  const list = _PyList_FromArraySteal(interp, out);
  const empty = b.literal.ob_type.isSubtypeOf(interp.types.str) ? interp.singletons.emptyStr : PyBytes_FromData(interp, new Uint8Array(0));
  try {
    return callMethod(interp, empty, 'join', [list]);
  } finally {
    Py_DECREF(list);
  }
}
