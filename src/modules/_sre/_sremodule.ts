// The _sre module: the regular expression engine the re package compiles patterns for.
// CPython: Modules/_sre/sre.c (sre_exec, _sre_compile_impl, _sre_template_impl,
// _sre_getcodesize_impl, _sre_ascii_iscased_impl, _sre_unicode_iscased_impl, _sre_*_tolower_impl).
import type { Interpreter } from '../../runtime/interpreter.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { checkPositional, cIntArg, noKeywords } from '../../objects/args.ts';
import { internedStr } from '../../objects/codeobject.ts';
import { dictLength } from '../../objects/dictobject.ts';
import { PyErr_SetString } from '../../objects/exceptions.ts';
import { type PyListObject } from '../../objects/listobject.ts';
import { longValue, PyLong_Check, PyLong_FromNumber } from '../../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../../objects/moduleobject.ts';
import { Py_NewRef, type PyObject } from '../../objects/object.ts';
import type { PyTupleObject } from '../../objects/tupleobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { ssizeIndexArg } from '../modsupport.ts';
import { lowerAscii, lowerUnicode, upperUnicode } from './chars.ts';
import { CODESIZE, MAXGROUPS, MAXREPEAT, SRE_MAGIC } from './constants.ts';
import { newPattern } from './pattern.ts';
import { getString } from './subject.ts';
import { sre_template } from './template.ts';

const COPYRIGHT = ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ';

function needType(interp: Interpreter, fname: string, arg: string, o: PyObject, t: PyObject & { tp_name: string }, tname: string): void {
  if (!o.ob_type.isSubtypeOf(t as never)) PyErr_SetString(interp, 'TypeError', `${fname}() argument '${arg}' must be ${tname}, not ${o.ob_type.tp_name}`);
}

// CPython: _sre_compile_impl — compile(pattern, flags, code, groups, groupindex, indexgroup)
const sre_compile: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [pattern, flagsObj, code, groupsObj, groupindex, indexgroup] = unpackKeywords(interp, 'compile',
    ['pattern', 'flags', 'code', 'groups', 'groupindex', 'indexgroup'], 0, 6, 6, args, kwnames) as PyObject[];
  const t = interp.types;
  const flags = cIntArg(interp, flagsObj!);
  needType(interp, 'compile', 'code', code!, t.list, 'list');
  const groups = ssizeIndexArg(interp, groupsObj!);
  needType(interp, 'compile', 'groupindex', groupindex!, t.dict, 'dict');
  needType(interp, 'compile', 'indexgroup', indexgroup!, t.tuple, 'tuple');
  const items = (code as PyListObject).body;
  const words = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const o = items[i]!;
    if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', 'an integer is required');
    const v = longValue(o);
    if (v < 0) PyErr_SetString(interp, 'OverflowError', "can't convert negative value to unsigned int");
    if (v > 0xffffffffffffffffn) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C unsigned long');
    if (v > 0xffffffff) PyErr_SetString(interp, 'OverflowError', 'regular expression code size limit exceeded');
    words[i] = Number(v);
  }
  let isbytes = -1;
  if (pattern !== interp.singletons.None) isbytes = getString(interp, pattern!).isbytes ? 1 : 0;
  const hasIndex = dictLength(groupindex!) > 0;
  return newPattern(interp, {
    code: words, pattern: Py_NewRef(pattern!), flags, groups,
    groupindex: hasIndex ? Py_NewRef(groupindex!) : null,
    indexgroup: hasIndex && (indexgroup as PyTupleObject).body.length > 0 ? Py_NewRef(indexgroup!) : null,
    isbytes,
  });
};

// CPython: _sre_template_impl
const template: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'template', kwnames);
  checkPositional(interp, 'template', args.length, 2, 2);
  return sre_template(interp, args[1]!);
};

/** A function of one int `character` (Argument Clinic's `int`). */
function charFunction(name: string, f: (interp: Interpreter, ch: number) => PyObject): BuiltinImpl {
  return (interp, _self, args, kwnames) => {
    noKeywords(interp, name, kwnames);
    checkPositional(interp, name, args.length, 1, 1);
    const o = args[0]!;
    if (!PyLong_Check(o) && o.ob_type.tp_as_number?.nb_index === undefined) {
      PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    return f(interp, cIntArg(interp, o));
  };
}

const bool = (interp: Interpreter, v: boolean): PyObject => Py_NewRef(v ? interp.singletons.True : interp.singletons.False);

/** The _sre module object. CPython: sre_exec */
export function createSreModule(interp: Interpreter): PyObject {
  const m = PyModule_New(interp, internedStr(interp, '_sre'), true);
  const fns: [string, BuiltinImpl][] = [
    ['compile', sre_compile],
    ['template', template],
    ['getcodesize', (i, _s, args, kw) => {
      noKeywords(i, 'getcodesize', kw);
      checkPositional(i, 'getcodesize', args.length, 0, 0);
      return PyLong_FromNumber(i, CODESIZE);
    }],
    ['ascii_iscased', charFunction('ascii_iscased', (i, ch) => bool(i, ch >= 0 && ch < 128 && (ch | 32) >= 0x61 && (ch | 32) <= 0x7a))],
    ['unicode_iscased', charFunction('unicode_iscased', (i, ch) => bool(i, ch !== lowerUnicode(ch) || ch !== upperUnicode(ch)))],
    ['ascii_tolower', charFunction('ascii_tolower', (i, ch) => PyLong_FromNumber(i, lowerAscii(ch)))],
    ['unicode_tolower', charFunction('unicode_tolower', (i, ch) => PyLong_FromNumber(i, lowerUnicode(ch)))],
  ];
  for (const [name, impl] of fns) moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  moduleAdd(interp, m, 'MAGIC', PyLong_FromNumber(interp, SRE_MAGIC));
  moduleAdd(interp, m, 'CODESIZE', PyLong_FromNumber(interp, CODESIZE));
  moduleAdd(interp, m, 'MAXREPEAT', PyLong_FromNumber(interp, MAXREPEAT));
  moduleAdd(interp, m, 'MAXGROUPS', PyLong_FromNumber(interp, MAXGROUPS));
  moduleAdd(interp, m, 'copyright', PyUnicode_FromString(interp, COPYRIGHT));
  return m;
}
