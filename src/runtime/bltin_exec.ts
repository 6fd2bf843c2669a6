// The builtins that compile and run code at run time: compile, exec, eval, globals, locals.
// CPython: Python/bltinmodule.c (builtin_compile_impl, builtin_exec_impl, builtin_eval_impl,
// builtin_globals_impl, builtin_locals_impl), Python/pythonrun.c (_Py_SourceAsString,
// PyRun_StringFlags, run_eval_code_obj), Python/ceval.c (PyEval_EvalCode,
// PyEval_MergeCompilerFlags, _PyEval_BuiltinsFromGlobals) and Python/getargs.c
// (_PyArg_UnpackKeywords' messages).
import type { Interpreter } from './interpreter.ts';
import { compile, compileSource, type CodeDescriptor, type CompileMode, type WarningCategory } from '../compiler/index.ts';
import { PyErr_WarnEx, PyErr_WarnExplicit } from '../modules/warningsmodule.ts';
import { PyAST_mod2obj } from '../modules/_ast/ast2obj.ts';
import { constantObjects, PyAST_Check, PyAST_obj2mod } from '../modules/_ast/obj2ast.ts';
import { validateMod } from '../modules/_ast/validate.ts';
import { parse, type Mode as ParseMode } from '../parser/index.ts';
import { PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_MASK, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS } from '../compiler/compiler.ts';
import { CO_NESTED } from '../compiler/code.ts';
import { checkPositional, noArgs, noKeywords } from '../objects/args.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { codeFromDescriptor, codeWithParserArena, internedStr, releaseParserArena, type PyCodeObject } from '../objects/codeobject.ts';
import { PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject.ts';
import { excType, PyErr_SetString } from '../objects/exceptions.ts';
import { PyFunction_New, type PyFunctionObject } from '../objects/funcobject.ts';
import { longValue, PyLong_Check } from '../objects/longobject.ts';
import type { BuiltinImpl } from '../objects/methodobject.ts';
import { Py_DECREF, Py_INCREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_IsTrue } from '../objects/objectops.ts';
import type { PyTupleObject } from '../objects/tupleobject.ts';
import { cacheUtf8, unicodeText } from '../objects/unicodeobject.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';
import { evalFrame } from '../vm/ceval.ts';
import { Frame } from '../vm/frame.ts';
import { PyEval_GetFrameLocals } from '../vm/frame_locals.ts';
import { raiseSyntaxError } from './syntaxerror_raise.ts';

const PyCF_SOURCE_IS_UTF8 = 0x0100;
const PyCF_DONT_IMPLY_DEDENT = 0x0200;
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;


/** A C int argument. CPython: _PyLong_AsInt */
function intArg(interp: Interpreter, o: PyObject): number {
  if (!PyLong_Check(o)) PyErr_SetString(interp, 'TypeError', `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const v = longValue(o);
  if (typeof v !== 'number' || v > 0x7fffffff || v < -0x80000000) PyErr_SetString(interp, 'OverflowError', 'Python int too large to convert to C int');
  return v;
}

/** The builtins of code run in `globals` (borrowed). CPython: _PyEval_BuiltinsFromGlobals */
function currentBuiltins(interp: Interpreter): PyObject {
  const f = interp.tstate.frame;
  return f === null ? interp.builtinsDict : f.builtins;
}

/** Merges the running code's __future__ flags into `flags`. CPython: PyEval_MergeCompilerFlags */
function mergeCompilerFlags(interp: Interpreter, flags: number): number {
  const f = interp.tstate.frame;
  return f === null ? flags : flags | (f.co.desc.co_flags & PyCF_MASK);
}

/**
 * Runs a code object with `globals` and `locals` (borrowed) in a new frame, under a function
 * made for it; returns the result (a new reference). CPython: PyEval_EvalCode / PyEval_EvalCodeEx
 */
export function PyEval_EvalCode(interp: Interpreter, code: PyObject, globals: PyObject, locals: PyObject, closure: PyObject | null = null): PyObject {
  const func = PyFunction_New(interp, code, globals);
  const fb = (func as PyFunctionObject).body;
  if (closure !== null) fb.closure = Py_NewRef(closure);
  Py_INCREF(code);
  Py_INCREF(locals);
  return evalFrame(interp, interp.tstate, Frame.acquire(code, func, globals, fb.builtins, locals));
}

/**
 * The text or bytes of a source argument; anything else raises "<fname>() arg 1 must be a
 * <what> object". CPython: _Py_SourceAsString
 */
export function sourceData(interp: Interpreter, source: PyObject, fname: string, what: string): string | Uint8Array {
  const t = interp.types;
  if (source.ob_type.isSubtypeOf(t.str)) {
    // The source is read as UTF-8 (PyUnicode_AsUTF8AndSize), which caches that form in the str.
    cacheUtf8(source);
    return unicodeText(source);
  }
  if (source.ob_type.isSubtypeOf(t.bytes) || source.ob_type.isSubtypeOf(t.bytearray)) return (source.body as Uint8Array).slice();
  return PyErr_SetString(interp, 'TypeError', `${fname}() arg 1 must be a ${what} object`);
}

/** What `run` parses or compiles; a syntax error becomes the Python exception. */
function compiledOrRaise<T>(interp: Interpreter, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof PySyntaxError) raiseSyntaxError(interp, e);
    throw e;
  }
}

/**
 * Parses and compiles source text (parserArena: for running it at once, see runString).
 * CPython: Py_CompileStringObject
 */
function compileText(interp: Interpreter, text: string | Uint8Array, filename: string, mode: CompileMode, flags: number, optimize: number, parserArena: boolean): CodeDescriptor {
  return compiledOrRaise(interp, () => compileSource(text, filename, mode, {
    flags: flags & (PyCF_MASK | PyCF_ALLOW_TOP_LEVEL_AWAIT), optimize, intMaxStrDigits: interp.intMaxStrDigits, onWarning: compileWarning(interp, filename), parserArena,
  }));
}

/**
 * The warnings of a compile at run time go through the warnings module: a SyntaxWarning at its
 * line of `filename` (one the filters turn into an error becomes a SyntaxError there), the AST
 * optimizer's DeprecationWarning at the caller. CPython: compiler_warn, _PyErr_EmitSyntaxWarning
 */
function compileWarning(interp: Interpreter, filename: string): (msg: string, lineno: number, category: WarningCategory) => 'error' | void {
  return (msg, lineno, category) => {
    try {
      if (category === 'SyntaxWarning') PyErr_WarnExplicit(interp, category, msg, filename, lineno);
      else PyErr_WarnEx(interp, category, msg, 1);
    } catch (e) {
      const exc = e as PyObject;
      if (category !== 'SyntaxWarning' || exc.ob_type === undefined || !exc.ob_type.isSubtypeOf(excType(interp, 'SyntaxWarning'))) throw e;
      Py_DECREF(exc);
      return 'error';
    }
    return undefined;
  };
}

/** Runs source text in `globals` and `locals`. CPython: PyRun_StringFlags */
function runString(interp: Interpreter, text: string | Uint8Array, mode: CompileMode, globals: PyObject, locals: PyObject, flags: number): PyObject {
  // The parser's arena lives until the code ran (see src/compiler/parser_consts.ts).
  const { code, arena } = codeWithParserArena(interp, compileText(interp, text, '<string>', mode, flags, 0, true));
  try {
    return PyEval_EvalCode(interp, code, globals, locals);
  } finally {
    Py_DECREF(code);
    releaseParserArena(arena);
  }
}

/** eval() skips the spaces and tabs a source starts with. */
function stripLeadingBlanks(text: string | Uint8Array): string | Uint8Array {
  let i = 0;
  while (i < text.length && (typeof text === 'string' ? text[i] === ' ' || text[i] === '\t' : text[i] === 0x20 || text[i] === 0x09)) i++;
  return text.slice(i);
}

/** A file name argument: str, or bytes decoded. CPython: PyUnicode_FSDecoder */
export function fsDecode(interp: Interpreter, o: PyObject): string {
  if (o.ob_type.isSubtypeOf(interp.types.str)) return unicodeText(o);
  if (o.ob_type.isSubtypeOf(interp.types.bytes)) return new TextDecoder().decode(o.body as Uint8Array);
  return PyErr_SetString(interp, 'TypeError', `expected str, bytes or os.PathLike object, not ${o.ob_type.tp_name}`);
}

/** PyMapping_Check: whether `o` has mp_subscript. */
function isMapping(o: PyObject): boolean {
  return o.ob_type.tp_as_mapping?.mp_subscript !== undefined;
}

/** Inserts the running builtins as "__builtins__" into globals that lack it. */
function ensureBuiltins(interp: Interpreter, globals: PyObject): void {
  const key = internedStr(interp, '__builtins__');
  if (PyDict_GetItem(interp, globals, key) === null) PyDict_SetItem(interp, globals, key, currentBuiltins(interp));
}

// CPython: builtin_compile_impl
const builtinCompile: BuiltinImpl = (interp, _self, args, kwnames) => {
  const a = unpackKeywords(interp, 'compile', ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], 0, 3, 6, args, kwnames);
  const source = a[0]!;
  const filename = fsDecode(interp, a[1]!);
  const modeObj = a[2]!;
  if (!modeObj.ob_type.isSubtypeOf(interp.types.str)) PyErr_SetString(interp, 'TypeError', `compile() argument 'mode' must be str, not ${modeObj.ob_type.tp_name}`);
  const flags = a[3] === undefined ? 0 : intArg(interp, a[3]);
  const dontInherit = a[4] === undefined ? false : PyObject_IsTrue(interp, a[4]);
  const optimize = a[5] === undefined ? -1 : intArg(interp, a[5]);
  if (a[6] !== undefined) intArg(interp, a[6]);
  if (flags & ~(PyCF_MASK | CO_NESTED | PyCF_COMPILE_MASK)) PyErr_SetString(interp, 'ValueError', 'compile(): unrecognised flags');
  if (optimize < -1 || optimize > 2) PyErr_SetString(interp, 'ValueError', 'compile(): invalid optimize value');
  let cf = flags | PyCF_SOURCE_IS_UTF8;
  if (!dontInherit) cf = mergeCompilerFlags(interp, cf);
  const mode = unicodeText(modeObj);
  if (mode === 'func_type' && !(flags & PyCF_ONLY_AST)) PyErr_SetString(interp, 'ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') {
    PyErr_SetString(interp, 'ValueError', flags & PyCF_ONLY_AST
      ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const opt = optimize === -1 ? 0 : optimize;
  if (PyAST_Check(interp, source)) {
    if (flags & PyCF_ONLY_AST) return Py_NewRef(source);
    const mod = PyAST_obj2mod(interp, source, mode);
    validateMod(interp, mod);
    const desc = compiledOrRaise(interp, () => compile(mod, filename, mode as CompileMode, {
      flags: cf & (PyCF_MASK | PyCF_ALLOW_TOP_LEVEL_AWAIT), optimize: opt, onWarning: compileWarning(interp, filename),
    }));
    return codeFromDescriptor(interp, desc, constantObjects.get(mod));
  }
  const text = sourceData(interp, source, 'compile', 'string, bytes or AST');
  if (flags & PyCF_ONLY_AST) {
    const warn = compileWarning(interp, filename);
    const mod = compiledOrRaise(interp, () => parse(text, {
      filename, mode: mode as ParseMode, typeComments: (flags & PyCF_TYPE_COMMENTS) !== 0, intMaxStrDigits: interp.intMaxStrDigits,
      onWarning: (msg, lineno) => warn(msg, lineno, 'SyntaxWarning'),
    }));
    return PyAST_mod2obj(interp, mod);
  }
  return codeFromDescriptor(interp, compileText(interp, text, filename, mode as CompileMode, cf, opt, false));
};

/**
 * exec's and eval's namespaces: the running frame's when globals is None, globals for locals
 * when only globals is given. Returns [globals, locals] as new references.
 */
function namespaces(interp: Interpreter, globals: PyObject, locals: PyObject): [PyObject, PyObject] {
  const None = interp.singletons.None;
  if (globals === None) {
    const f = interp.tstate.frame;
    if (f === null) PyErr_SetString(interp, 'SystemError', 'globals and locals cannot be NULL');
    return [Py_NewRef(f.globals), locals === None ? PyEval_GetFrameLocals(interp) : Py_NewRef(locals)];
  }
  return [Py_NewRef(globals), Py_NewRef(locals === None ? globals : locals)];
}

/** Runs `source` (a code object or text) for exec and eval; returns the result (a new reference). */
function run(interp: Interpreter, fname: 'exec' | 'eval', source: PyObject, globals: PyObject, locals: PyObject, closure: PyObject | null): PyObject {
  if (source.ob_type === interp.types.code) {
    const nfree = (source as PyCodeObject).body.nfreevars;
    if (nfree === 0) {
      if (closure !== null) PyErr_SetString(interp, 'TypeError', 'cannot use a closure with this code object');
    } else if (fname === 'eval') {
      PyErr_SetString(interp, 'TypeError', 'code object passed to eval() may not contain free variables');
    } else {
      const cells = closure !== null && closure.ob_type === interp.types.tuple ? (closure as PyTupleObject).body : null;
      if (cells === null || cells.length !== nfree || cells.some((c) => c.ob_type !== interp.types.cell)) {
        PyErr_SetString(interp, 'TypeError', `code object requires a closure of exactly length ${nfree}`);
      }
    }
    return PyEval_EvalCode(interp, source, globals, locals, closure);
  }
  if (closure !== null) PyErr_SetString(interp, 'TypeError', 'closure can only be used when source is a code object');
  let text = sourceData(interp, source, fname, 'string, bytes or code');
  const flags = mergeCompilerFlags(interp, PyCF_SOURCE_IS_UTF8);
  if (fname === 'eval') text = stripLeadingBlanks(text);
  return runString(interp, text, fname === 'exec' ? 'exec' : 'eval', globals, locals, flags);
}

// CPython: builtin_exec_impl
const builtinExec: BuiltinImpl = (interp, _self, args, kwnames) => {
  const a = unpackKeywords(interp, 'exec', ['source', 'globals', 'locals', 'closure'], 3, 1, 3, args, kwnames);
  const None = interp.singletons.None;
  const [globals, locals] = namespaces(interp, a[1] ?? None, a[2] ?? None);
  try {
    if (globals.ob_type !== interp.types.dict && !globals.ob_type.isSubtypeOf(interp.types.dict)) {
      PyErr_SetString(interp, 'TypeError', `exec() globals must be a dict, not ${globals.ob_type.tp_name}`);
    }
    if (!isMapping(locals)) PyErr_SetString(interp, 'TypeError', `locals must be a mapping or None, not ${locals.ob_type.tp_name}`);
    ensureBuiltins(interp, globals);
    const closure = a[3] === undefined || a[3] === None ? null : a[3];
    Py_DECREF(run(interp, 'exec', a[0]!, globals, locals, closure));
    return None;
  } finally {
    Py_DECREF(globals);
    Py_DECREF(locals);
  }
};

// CPython: builtin_eval_impl
const builtinEval: BuiltinImpl = (interp, _self, args, kwnames) => {
  noKeywords(interp, 'eval', kwnames);
  checkPositional(interp, 'eval', args.length, 1, 3);
  const None = interp.singletons.None;
  const g = args[1] ?? None;
  const l = args[2] ?? None;
  if (l !== None && !isMapping(l)) PyErr_SetString(interp, 'TypeError', 'locals must be a mapping');
  if (g !== None && !g.ob_type.isSubtypeOf(interp.types.dict)) {
    PyErr_SetString(interp, 'TypeError', isMapping(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  const [globals, locals] = namespaces(interp, g, l);
  try {
    ensureBuiltins(interp, globals);
    return run(interp, 'eval', args[0]!, globals, locals, null);
  } finally {
    Py_DECREF(globals);
    Py_DECREF(locals);
  }
};

// CPython: builtin_globals_impl
const builtinGlobals: BuiltinImpl = (interp, _self, args, kwnames) => {
  noArgs(interp, 'globals', args, kwnames);
  const f = interp.tstate.frame;
  return f === null ? interp.singletons.None : Py_NewRef(f.globals);
};

// CPython: builtin_locals_impl
const builtinLocals: BuiltinImpl = (interp, _self, args, kwnames) => {
  noArgs(interp, 'locals', args, kwnames);
  return PyEval_GetFrameLocals(interp);
};

/** Adds compile, exec, eval, globals and locals to the builtins dict through `set` (which takes over the reference). */
export function addExecBuiltins(set: (name: string, v: PyObject) => void, newFunction: (name: string, impl: BuiltinImpl) => PyObject): void {
  set('compile', newFunction('compile', builtinCompile));
  set('eval', newFunction('eval', builtinEval));
  set('exec', newFunction('exec', builtinExec));
  set('globals', newFunction('globals', builtinGlobals));
  set('locals', newFunction('locals', builtinLocals));
}
