// The _warnings module: the warnings filters and the warn functions the core calls
// (PyErr_WarnEx and friends). Lib/warnings.py sits on top of it and shares its filters list,
// once-registry and default action. CPython: Python/_warnings.c.
import type { Interpreter } from '../runtime/interpreter.ts';
import { PyObject_IsInstance, PyObject_IsSubclass } from '../runtime/bltin_objects.ts';
import { unpackKeywords } from '../objects/args_kw.ts';
import { cIntArg, noArgs } from '../objects/args.ts';
import { PyObject_GetAttr } from '../objects/attributes.ts';
import { PyObject_CallOneArg, callMethod } from '../objects/call.ts';
import { internedStr, type PyCodeObject } from '../objects/codeobject.ts';
import { dictKeys, PyDict_DelItem, PyDict_GetItem, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { excType, PyErr_SetObject, PyErr_SetString } from '../objects/exceptions.ts';
import { PyList_Check, _PyList_FromArraySteal, type PyListObject } from '../objects/listobject.ts';
import { ssizeArg } from '../objects/listobject.ts';
import { longValue, PyLong_FromNumber } from '../objects/longobject.ts';
import { PyCFunction_New, type BuiltinImpl } from '../objects/methodobject.ts';
import { moduleAdd, PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../objects/object.ts';
import { PyObject_IsTrue, PyObject_Repr, PyObject_Str, reprText, strOf } from '../objects/objectops.ts';
import { tupleFromItemsSteal, type PyTupleObject } from '../objects/tupleobject.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { PyUnicode_FromString, unicodeText as text } from '../objects/unicodeobject.ts';
import { PyErr_WriteUnraisable } from '../runtime/unraisable.ts';
import type { Frame } from '../vm/frame.ts';
import { frameLine } from '../vm/frameobject.ts';
import { PerInterpreter } from '../runtime/perinterp.ts';

/** Where shown warnings go: stderr and the source lines it shows (installed by whoever owns stderr). */
export interface WarningsOutput {
  write(s: string): void;
  /** Line `lineno` of `filename` as the traceback display reads it, or null. */
  sourceLine(filename: string, lineno: number): string | null;
}

/** CPython: WarningsState (interp->warnings) */
interface WarningsState {
  filters: PyObject;
  onceRegistry: PyObject;
  defaultAction: PyObject;
  filtersVersion: number;
  /** Whether Lib/warnings.py would have been imported by now (-W options at start-up, or a
   * warning with a source object): it shows warnings in its own format from then on. */
  pyWarnings: boolean;
  out: WarningsOutput | null;
}

const states = new PerInterpreter<WarningsState>();

function state(interp: Interpreter): WarningsState {
  const st = states.get(interp);
  if (st === undefined) return PyErr_SetString(interp, 'SystemError', 'the _warnings module is not initialized');
  return st;
}

function str(interp: Interpreter, s: string): PyObject {
  return PyUnicode_FromString(interp, s);
}

function isStr(interp: Interpreter, o: PyObject): boolean {
  return o.ob_type.isSubtypeOf(interp.types.str);
}

/** The filters CPython starts with (release build). CPython: init_filters */
function initFilters(interp: Interpreter): PyObject {
  const none = interp.singletons.None;
  const zero = PyLong_FromNumber(interp, 0);
  const entry = (action: string, category: string, module: string | null) => tupleFromItemsSteal(interp, [
    str(interp, action), Py_NewRef(none), Py_NewRef(excType(interp, category)), module === null ? Py_NewRef(none) : str(interp, module), Py_NewRef(zero),
  ]);
  const list = _PyList_FromArraySteal(interp, [
    entry('default', 'DeprecationWarning', '__main__'),
    entry('ignore', 'DeprecationWarning', null),
    entry('ignore', 'PendingDeprecationWarning', null),
    entry('ignore', 'ImportWarning', null),
    entry('ignore', 'ResourceWarning', null),
  ]);
  Py_DECREF(zero);
  return list;
}

const ACTIONS = ['default', 'always', 'ignore', 'module', 'once', 'error'];

/**
 * What warnings.py's _processoptions does with sys.warnoptions at start-up: each valid option
 * becomes a filter in front of the others (later options first). Bad options were reported
 * by the command line already. The message and module fields are kept as plain strs (warnings.py
 * compiles them to regular expressions, which need the re module).
 * CPython: Lib/warnings.py _setoption, filterwarnings
 */
function addOptionFilters(interp: Interpreter, filters: PyObject, options: readonly string[]): void {
  for (const arg of options) {
    const parts = arg.split(':');
    if (parts.length > 5) continue;
    while (parts.length < 5) parts.push('');
    const [action, message, category, module, lineno] = parts.map((p) => p.trim()) as [string, string, string, string, string];
    const full = action === 'all' ? 'always' : action === '' ? 'default' : ACTIONS.find((a) => a.startsWith(action));
    if (full === undefined) continue;
    const cat: PyTypeObject | undefined = interp.types.exceptions.get(category === '' ? 'Warning' : category);
    if (cat === undefined || !cat.isSubtypeOf(excType(interp, 'Warning'))) continue;
    if (lineno !== '' && !/^[+-]?\d+(?:_\d+)*$/.test(lineno)) continue;
    const ln = lineno === '' ? 0 : Number(lineno.replaceAll('_', ''));
    if (ln < 0) continue;
    const none = interp.singletons.None;
    const item = tupleFromItemsSteal(interp, [
      str(interp, full), message === '' ? Py_NewRef(none) : str(interp, message), Py_NewRef(cat),
      module === '' ? Py_NewRef(none) : str(interp, module), PyLong_FromNumber(interp, ln),
    ]);
    const items = (filters as PyListObject).body;
    const dup = items.findIndex((it) => reprText(interp, it) === reprText(interp, item));
    if (dup >= 0) Py_DECREF(items.splice(dup, 1)[0]!);
    items.unshift(item);
  }
}

// ---- the warning machinery ----

/** CPython: check_matched — None matches anything, a str exactly, anything else by its match(). */
function checkMatched(interp: Interpreter, obj: PyObject, arg: PyObject): boolean {
  if (obj === interp.singletons.None) return true;
  if (obj.ob_type === interp.types.str) return text(obj) === text(arg);
  const r = callMethod(interp, obj, 'match', [arg]);
  try {
    return PyObject_IsTrue(interp, r);
  } finally {
    Py_DECREF(r);
  }
}

/** The action of the first matching filter (and the filter), else the default action. CPython: get_filter */
function getFilter(interp: Interpreter, st: WarningsState, category: PyObject, textObj: PyObject, lineno: number, module: PyObject): [string, PyObject | null] {
  const filters = st.filters;
  if (!PyList_Check(filters)) PyErr_SetString(interp, 'ValueError', '_warnings.filters must be a list');
  const items = (filters as PyListObject).body;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!item.ob_type.isSubtypeOf(interp.types.tuple) || (item as PyTupleObject).body.length !== 5) {
      PyErr_SetString(interp, 'ValueError', `_warnings.filters item ${i} isn't a 5-tuple`);
    }
    Py_NewRef(item);
    try {
      const [action, msg, cat, mod, lnObj] = (item as PyTupleObject).body as [PyObject, PyObject, PyObject, PyObject, PyObject];
      if (!isStr(interp, action)) PyErr_SetString(interp, 'TypeError', `action must be a string, not '${action.ob_type.tp_name}'`);
      const goodMsg = checkMatched(interp, msg, textObj);
      const goodMod = checkMatched(interp, mod, module);
      const isSubclass = PyObject_IsSubclass(interp, category, cat);
      const ln = ssizeArg(interp, lnObj);
      if (goodMsg && isSubclass && goodMod && (ln === 0 || ln === lineno)) return [text(action), Py_NewRef(item)];
    } finally {
      Py_DECREF(item);
    }
  }
  const d = st.defaultAction;
  if (!isStr(interp, d)) PyErr_SetString(interp, 'TypeError', `_warnings.defaultaction must be a string, not '${d.ob_type.tp_name}'`);
  return [text(d), null];
}

/** Whether `key` is already in the registry (which is cleared when the filters changed since it was filled). CPython: already_warned */
function alreadyWarned(interp: Interpreter, st: WarningsState, registry: PyObject, key: PyObject, shouldSet: boolean): boolean {
  const versionKey = internedStr(interp, 'version');
  const v = PyDict_GetItem(interp, registry, versionKey);
  if (v === null || v.ob_type !== interp.types.int || longValue(v) !== st.filtersVersion) {
    dictClear(interp, registry);
    const n = PyLong_FromNumber(interp, st.filtersVersion);
    PyDict_SetItem(interp, registry, versionKey, n);
    Py_DECREF(n);
  } else {
    const seen = PyDict_GetItem(interp, registry, key);
    if (seen !== null && PyObject_IsTrue(interp, seen)) return true;
  }
  if (shouldSet) PyDict_SetItem(interp, registry, key, interp.singletons.True);
  return false;
}

/** CPython: PyDict_Clear */
function dictClear(interp: Interpreter, d: PyObject): void {
  for (const k of dictKeys(d).slice()) {
    Py_NewRef(k);
    try {
      PyDict_DelItem(interp, d, k);
    } finally {
      Py_DECREF(k);
    }
  }
}

// CPython: update_registry
function updateRegistry(interp: Interpreter, st: WarningsState, registry: PyObject, textObj: PyObject, category: PyObject): boolean {
  const altkey = tupleFromItemsSteal(interp, [Py_NewRef(textObj), Py_NewRef(category)]);
  try {
    return alreadyWarned(interp, st, registry, altkey, true);
  } finally {
    Py_DECREF(altkey);
  }
}

/** The file name without ".py". CPython: normalize_module */
function normalizeModule(interp: Interpreter, filename: PyObject): PyObject {
  const f = text(filename);
  if (f.length === 0) return str(interp, '<unknown>');
  return f.endsWith('.py') ? str(interp, f.slice(0, -3)) : Py_NewRef(filename);
}

/** Writes a shown warning to stderr. CPython: show_warning, or warnings.py's _formatwarnmsg_impl once it is in use */
function showWarning(interp: Interpreter, st: WarningsState, filename: PyObject, lineno: number, textObj: PyObject, category: PyObject,
  sourceline: PyObject | null, source: PyObject | null): void {
  const out = st.out;
  if (out === null) return;
  if (source !== null) st.pyWarnings = true;
  const nameObj = PyObject_GetAttr(interp, category, internedStr(interp, '__name__'));
  const name = strOf(interp, nameObj);
  Py_DECREF(nameObj);
  let s = `${strOf(interp, filename)}:${lineno}: ${name}: ${strOf(interp, textObj)}\n`;
  const line = sourceline !== null ? text(sourceline) : out.sourceLine(strOf(interp, filename), lineno);
  if (line !== null) {
    // The C display strips leading blanks; warnings.py strips both ends and skips an empty line.
    const shown = st.pyWarnings ? line.trim() : line.replace(/^[ \t\f]+/, '');
    if (!st.pyWarnings || shown !== '') s += `  ${shown}\n`;
  }
  if (source !== null) s += sourceTraceback(interp, out, source, name);
  out.write(s);
}

/**
 * Where tracemalloc saw `source` allocated, oldest frame first; else, when tracemalloc is not
 * tracing, the hint to enable it. CPython: warnings.py _formatwarnmsg_impl
 */
function sourceTraceback(interp: Interpreter, out: WarningsOutput, source: PyObject, category: string): string {
  const tm = interp.tracemalloc;
  if (tm === null || !tm.tracing) return `${category}: Enable tracemalloc to get the object allocation traceback\n`;
  const tb = tm.tracebackAt(source.addr - source.ob_type.tp_preheader);
  if (tb === null) return '';
  let s = 'Object allocated at (most recent call last):\n';
  for (let i = tb.filenames.length - 1; i >= 0; i--) {
    s += `  File "${tb.filenames[i]!}", lineno ${tb.linenos[i]!}\n`;
    const line = out.sourceLine(tb.filenames[i]!, tb.linenos[i]!);
    if (line) s += `    ${line.trim()}\n`;
  }
  return s;
}

/**
 * The warning machinery: the registry, the filters, then raise, ignore or show. Returns
 * normally when the warning is shown or suppressed; raises for the "error" action.
 * CPython: warn_explicit
 */
function warnExplicit(interp: Interpreter, category: PyObject, message: PyObject, filename: PyObject, lineno: number,
  moduleArg: PyObject | null, registry: PyObject | null, sourceline: PyObject | null, source: PyObject | null): void {
  const s = interp.singletons;
  if (moduleArg === s.None) return;
  if (registry !== null && registry !== s.None && !registry.ob_type.isSubtypeOf(interp.types.dict)) {
    PyErr_SetString(interp, 'TypeError', "'registry' must be a dict or None");
  }
  const st = state(interp);
  const held: PyObject[] = [];
  const hold = <T extends PyObject>(o: T): T => {
    held.push(o);
    return o;
  };
  try {
    const module = hold(moduleArg === null ? normalizeModule(interp, filename) : Py_NewRef(moduleArg));
    let textObj: PyObject;
    if (PyObject_IsInstance(interp, message, excType(interp, 'Warning'))) {
      textObj = hold(PyObject_Str(interp, message));
      category = message.ob_type;
      hold(Py_NewRef(message));
    } else {
      textObj = message;
      message = hold(PyObject_CallOneArg(interp, category, message));
    }
    if (source === s.None) source = null;
    const linenoObj = hold(PyLong_FromNumber(interp, lineno));
    const key = hold(tupleFromItemsSteal(interp, [Py_NewRef(textObj), Py_NewRef(category), Py_NewRef(linenoObj)]));
    const hasRegistry = registry !== null && registry !== s.None;
    if (hasRegistry && alreadyWarned(interp, st, registry!, key, false)) return;
    const [action, item] = getFilter(interp, st, category, textObj, lineno, module);
    if (item !== null) hold(item);
    if (action === 'error') PyErr_SetObject(interp, Py_NewRef(message));
    if (action === 'ignore') return;
    let warned = false;
    if (action !== 'always') {
      if (hasRegistry) PyDict_SetItem(interp, registry!, key, s.True);
      if (action === 'once') {
        warned = updateRegistry(interp, st, hasRegistry ? registry! : st.onceRegistry, textObj, category);
      } else if (action === 'module') {
        if (hasRegistry) warned = updateRegistry(interp, st, registry!, textObj, category);
      } else if (action !== 'default') {
        PyErr_SetString(interp, 'RuntimeError', `Unrecognized action (${reprText(interp, hold(str(interp, action)))}) in warnings.filters:\n ${reprText(interp, item ?? s.None)}`);
      }
    }
    if (!warned) showWarning(interp, st, filename, lineno, textObj, category, sourceline, source);
  } finally {
    for (const o of held) Py_DECREF(o);
  }
}

/** Whether a frame belongs to importlib's bootstrap (skipped when counting the stack level). CPython: is_internal_frame */
function isInternalFrame(f: Frame | null): boolean {
  if (f === null) return false;
  const filename = codeFilename(f);
  return filename.includes('importlib') && filename.includes('_bootstrap');
}

function codeFilename(f: Frame): string {
  return (f.code as PyCodeObject).body.desc.co_filename;
}

/** CPython: is_filename_to_skip — PyUnicode_Tailmatch(filename, prefix, 0, -1, -1) leaves the last
 * character out, so a prefix equal to the whole name does not match. */
function isFilenameToSkip(filename: string, prefixes: readonly string[]): boolean {
  const head = filename.slice(0, -1);
  return prefixes.some((p) => head.startsWith(p));
}

// CPython: next_external_frame
function nextExternalFrame(f: Frame, skipPrefixes: readonly string[]): Frame | null {
  let back: Frame | null = f;
  do {
    back = back.previous;
  } while (back !== null && (isInternalFrame(back) || isFilenameToSkip(codeFilename(back), skipPrefixes)));
  return back;
}

/** The file, line, module and registry a warning `stackLevel` frames up is reported at. CPython: setup_context */
function setupContext(interp: Interpreter, stackLevel: number, skipPrefixes: readonly string[]): [PyObject, number, PyObject, PyObject] {
  let f: Frame | null = interp.tstate.frame;
  if (stackLevel <= 0 || isInternalFrame(f)) {
    while (--stackLevel > 0 && f !== null) f = f.previous;
  } else {
    while (--stackLevel > 0 && f !== null) f = nextExternalFrame(f, skipPrefixes);
  }
  let globals: PyObject;
  let filename: PyObject;
  let lineno: number;
  if (f === null) {
    // CPython uses interp->sysdict, which outlives the sys module: at exit, a collection may
    // finalize a coroutine once sys's dict is gone.
    const sys = PyDict_GetItem(interp, interp.modules, internedStr(interp, 'sys'));
    globals = sys?.ob_dict ?? interp.builtinsDict;
    filename = str(interp, 'sys');
    lineno = 1;
  } else {
    globals = f.globals;
    filename = str(interp, codeFilename(f));
    lineno = frameLine(f, f.instr);
  }
  const regKey = internedStr(interp, '__warningregistry__');
  let registry = PyDict_GetItem(interp, globals, regKey);
  if (registry === null) {
    registry = PyDict_New(interp);
    PyDict_SetItem(interp, globals, regKey, registry);
  } else {
    Py_NewRef(registry);
  }
  const name = PyDict_GetItem(interp, globals, internedStr(interp, '__name__'));
  const module = name !== null && (name === interp.singletons.None || isStr(interp, name)) ? Py_NewRef(name) : str(interp, '<string>');
  return [filename, lineno, module, registry];
}

/** The category of a warning: the message's class when it is a Warning, else `category` (UserWarning by default). CPython: get_category */
function getCategory(interp: Interpreter, message: PyObject, category: PyObject | null): PyObject {
  if (PyObject_IsInstance(interp, message, excType(interp, 'Warning'))) return message.ob_type;
  const cat = category === null || category === interp.singletons.None ? excType(interp, 'UserWarning') : category;
  let ok = false;
  try {
    ok = PyObject_IsSubclass(interp, cat, excType(interp, 'Warning'));
  } catch (e) {
    Py_DECREF(e as PyObject);
  }
  if (!ok) PyErr_SetString(interp, 'TypeError', `category must be a Warning subclass, not '${cat.ob_type.tp_name}'`);
  return cat;
}

// CPython: do_warn
function doWarn(interp: Interpreter, message: PyObject, category: PyObject, stackLevel: number, source: PyObject | null, skipPrefixes: readonly string[]): void {
  const [filename, lineno, module, registry] = setupContext(interp, stackLevel, skipPrefixes);
  try {
    warnExplicit(interp, category, message, filename, lineno, module, registry, null, source);
  } finally {
    Py_DECREF(filename);
    Py_DECREF(module);
    Py_DECREF(registry);
  }
}

/** Issues a warning of the builtin `category` from native code, at the running frame (stackLevel 1). CPython: PyErr_WarnEx */
export function PyErr_WarnEx(interp: Interpreter, category: string, message: string, stackLevel: number): void {
  const msg = str(interp, message);
  try {
    doWarn(interp, msg, excType(interp, category), stackLevel, null, []);
  } finally {
    Py_DECREF(msg);
  }
}

/**
 * A ResourceWarning about `source`, its message made from repr(source) (CPython's "%R"), at the
 * running frame (stackLevel 1). CPython: PyErr_ResourceWarning
 */
export function PyErr_ResourceWarning(interp: Interpreter, source: PyObject, stackLevel: number, message: (repr: string) => string): void {
  const r = PyObject_Repr(interp, source);
  const msg = str(interp, message(text(r)));
  Py_DECREF(r);
  try {
    doWarn(interp, msg, excType(interp, 'ResourceWarning'), stackLevel, source, []);
  } finally {
    Py_DECREF(msg);
  }
}

/** Issues a warning of the builtin `category` for a place in a file. CPython: PyErr_WarnExplicitObject (module and registry NULL) */
export function PyErr_WarnExplicit(interp: Interpreter, category: string, message: string, filename: string, lineno: number): void {
  const msg = str(interp, message);
  const file = str(interp, filename);
  try {
    warnExplicit(interp, excType(interp, category), msg, file, lineno, null, null, null, null);
  } finally {
    Py_DECREF(msg);
    Py_DECREF(file);
  }
}

/**
 * A coroutine dies without having been started: "coroutine '...' was never awaited", issued the
 * way warnings._warn_unawaited_coroutine issues it (with the coroutine as the source); a warning
 * turned into an error is reported as unraisable. CPython: _PyErr_WarnUnawaitedCoroutine
 */
export function warnUnawaitedCoroutine(interp: Interpreter, coro: PyObject, qualname: PyObject): void {
  if (!states.has(interp)) return;
  const msg = str(interp, `coroutine '${text(qualname)}' was never awaited`);
  try {
    doWarn(interp, msg, excType(interp, 'RuntimeWarning'), 1, coro, []);
  } catch (e) {
    PyErr_WriteUnraisable(interp, e as PyObject, coro);
  } finally {
    Py_DECREF(msg);
  }
}

// ---- the module's functions ----

/** warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()). CPython: warnings_warn_impl */
const warn: BuiltinImpl = (interp, _self, args, kwnames) => {
  const [message, category, stacklevelObj, source, skip] = unpackKeywords(interp, 'warn', ['message', 'category', 'stacklevel', 'source', 'skip_file_prefixes'], 0, 1, 4, args, kwnames);
  let stacklevel = stacklevelObj === undefined ? 1 : ssizeArg(interp, stacklevelObj);
  const prefixes: string[] = [];
  if (skip !== undefined) {
    if (!skip.ob_type.isSubtypeOf(interp.types.tuple)) PyErr_SetString(interp, 'TypeError', `warn() argument 'skip_file_prefixes' must be tuple, not ${skip.ob_type.tp_name}`);
    const items = (skip as PyTupleObject).body;
    if (items.length > 0 && stacklevel < 2) stacklevel = 2;
    for (const p of items) {
      if (!isStr(interp, p)) PyErr_SetString(interp, 'TypeError', 'Found non-str object in skip_file_prefixes.');
      prefixes.push(text(p));
    }
  }
  const cat = getCategory(interp, message!, category ?? null);
  doWarn(interp, message!, cat, stacklevel, source ?? null, prefixes);
  return interp.singletons.None;
};

/** warn_explicit(message, category, filename, lineno, module=<unset>, registry=None, module_globals=None, source=None). CPython: warnings_warn_explicit_impl */
const warnExplicitFn: BuiltinImpl = (interp, _self, args, kwnames) => {
  const names = ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'];
  const [message, category, filename, linenoObj, module, registry, moduleGlobals, source] = unpackKeywords(interp, 'warn_explicit', names, 0, 4, 8, args, kwnames);
  if (!isStr(interp, filename!)) PyErr_SetString(interp, 'TypeError', `warn_explicit() argument 'filename' must be str, not ${filename!.ob_type.tp_name}`);
  const lineno = cIntArg(interp, linenoObj!);
  if (moduleGlobals !== undefined && moduleGlobals !== interp.singletons.None && !moduleGlobals.ob_type.isSubtypeOf(interp.types.dict)) {
    PyErr_SetString(interp, 'TypeError', `module_globals must be a dict, not '${moduleGlobals.ob_type.tp_name}'`);
  }
  warnExplicit(interp, category!, message!, filename!, lineno, module ?? null, registry ?? interp.singletons.None, null, source ?? null);
  return interp.singletons.None;
};

// CPython: warnings_filters_mutated
const filtersMutated: BuiltinImpl = (interp, _self, args, kwnames) => {
  noArgs(interp, '_warnings._filters_mutated', args, kwnames);
  state(interp).filtersVersion++;
  return interp.singletons.None;
};

/**
 * Creates the _warnings module and its state: the default filters, then those of the -W
 * options (sys.warnoptions). CPython: _PyWarnings_InitState, warnings_module_exec
 */
export function createWarningsModule(interp: Interpreter, warnoptions: readonly string[], out: WarningsOutput | null): PyObject {
  const filters = initFilters(interp);
  addOptionFilters(interp, filters, warnoptions);
  const st: WarningsState = {
    filters, onceRegistry: PyDict_New(interp), defaultAction: str(interp, 'default'), filtersVersion: 0, pyWarnings: warnoptions.length > 0, out,
  };
  states.set(interp, st);
  const m = PyModule_New(interp, internedStr(interp, '_warnings'), true);
  moduleAdd(interp, m, '__doc__', str(interp, '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.'));
  moduleAdd(interp, m, 'filters', Py_NewRef(st.filters));
  moduleAdd(interp, m, '_onceregistry', Py_NewRef(st.onceRegistry));
  moduleAdd(interp, m, '_defaultaction', Py_NewRef(st.defaultAction));
  for (const [name, impl] of [['warn', warn], ['warn_explicit', warnExplicitFn], ['_filters_mutated', filtersMutated]] as const) {
    moduleAdd(interp, m, name, PyCFunction_New(interp, name, impl, Py_NewRef(m)));
  }
  return m;
}

/** Releases the warnings state at interpreter shutdown. CPython: _PyWarnings_Fini */
export function finalizeWarnings(interp: Interpreter): void {
  const st = states.get(interp);
  if (st === undefined) return;
  states.delete(interp);
  Py_DECREF(st.filters);
  Py_DECREF(st.onceRegistry);
  Py_XDECREF(st.defaultAction);
}
