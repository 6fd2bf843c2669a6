// The path-based import system: finding a module (builtin modules, then `.py` files, regular
// packages and namespace packages along sys.path or a package's __path__), creating it from its
// spec, running its code, and binding submodules on their parents. Files are read through the
// Host. CPython: Lib/importlib/_bootstrap.py (_find_and_load, _find_and_load_unlocked,
// _load_unlocked, _init_module_attrs, _handle_fromlist, _gcd_import, _resolve_name) and
// Lib/importlib/_bootstrap_external.py (PathFinder, FileFinder, cache_from_source).
import type { CodeDescriptor } from '../compiler/code.ts';
import { compileSource } from '../compiler/index.ts';
import { HostError, type Host, type HostStat } from '../host/host.ts';
import { PyObject_LookupAttr, PyObject_SetAttr } from '../objects/attributes.ts';
import { codeFromDescriptor, internedStr } from '../objects/codeobject.ts';
import { PyDict_DelItem, PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject.ts';
import { excField, excType, newException, PyErr_SetString, setExcField } from '../objects/exceptions.ts';
import { _PyList_FromArraySteal } from '../objects/listobject.ts';
import { PyModule_New } from '../objects/moduleobject.ts';
import { importObject, importType } from '../objects/modulespecobject.ts';
import { Py_DECREF, Py_NewRef, type PyObject } from '../objects/object.ts';
import { PyObject_GetIter, PyObject_IsTrue, reprText, strOf } from '../objects/objectops.ts';
import { PyUnicode_FromString, unicodeText as text } from '../objects/unicodeobject.ts';
import { PySyntaxError } from '../tokenizer/errors.ts';
import { PyEval_EvalCode } from './bltin_exec.ts';
import { BUILTIN_MODULES } from './inittab.ts';
import { frozenModuleCode, frozenOrigName, installFrozenImportlib, isFrozenModule } from './frozen_importlib.ts';
import type { Interpreter } from './interpreter.ts';
import type { PyTypeObject } from '../objects/typeobject.ts';
import { raiseSyntaxError } from './syntaxerror_raise.ts';
import { cacheFromSource, readCachedCode, writeCachedCode } from './pycache.ts';
import { codeCacheKey, loadCode, storeCode } from './stdlib_cache.ts';

/** What a finder found for a name. */
interface Found {
  readonly kind: 'builtin' | 'frozen' | 'source' | 'package' | 'namespace';
  /** The file (source, package's __init__.py), 'built-in', 'frozen', or null (namespace). */
  readonly origin: string | null;
  /** A package's search locations (__path__), else null. */
  readonly locations: readonly string[] | null;
}

/** An ImportError (or subclass) with its msg, name and path fields. CPython: PyErr_SetImportError */
export function importError(interp: Interpreter, type: string, msg: string, name: string | null, path: string | null = null, nameFrom: string | null = null): never {
  const m = PyUnicode_FromString(interp, msg);
  const exc = newException(interp, excType(interp, type), [m]);
  setExcField(exc, 'msg', Py_NewRef(m));
  if (name !== null) setExcField(exc, 'name', PyUnicode_FromString(interp, name));
  if (path !== null) setExcField(exc, 'path', PyUnicode_FromString(interp, path));
  if (nameFrom !== null) setExcField(exc, 'name_from', PyUnicode_FromString(interp, nameFrom));
  throw exc;
}

function hostOf(interp: Interpreter): Host {
  if (interp.host === null) PyErr_SetString(interp, 'SystemError', 'no host to import from');
  return interp.host;
}

function kindOf(host: Host, path: string): 'file' | 'dir' | null {
  try {
    const k = host.stat(path).kind;
    return k === 'file' ? 'file' : k === 'dir' ? 'dir' : null;
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
}

/** CPython: _bootstrap_external._path_join (trailing separators of each part dropped) */
export function pathJoin(...parts: string[]): string {
  return parts.filter((p) => p !== '').map((p, i) => (i === parts.length - 1 ? p : p.replace(/\/+$/, ''))).join('/');
}

/** The str entries of a path list (sys.path or __path__); other items are skipped as PathFinder skips them. */
function pathEntries(interp: Interpreter, path: PyObject): string[] {
  const out: string[] = [];
  const it = PyObject_GetIter(interp, path);
  try {
    for (let v = it.ob_type.tp_iternext!(it); v !== null; v = it.ob_type.tp_iternext!(it)) {
      if (v.ob_type.isSubtypeOf(interp.types.str)) out.push(text(v));
      Py_DECREF(v);
    }
  } finally {
    Py_DECREF(it);
  }
  return out;
}

/**
 * A module named `tail` in the directories `entries`: a regular package or a `.py` file in the
 * first entry that has one, else the namespace package of every same-named directory.
 * CPython: PathFinder._get_spec, FileFinder.find_spec
 */
function findOnPath(host: Host, tail: string, entries: readonly string[]): Found | null {
  const portions: string[] = [];
  for (const entry of entries) {
    const base = entry.startsWith('/') ? entry : entry === '' || entry === '.' ? host.cwd() : pathJoin(host.cwd(), entry);
    if (kindOf(host, base) !== 'dir') continue;
    const pkgDir = pathJoin(base, tail);
    let namespace = false;
    if (kindOf(host, pkgDir) === 'dir') {
      const init = pathJoin(pkgDir, '__init__.py');
      if (kindOf(host, init) === 'file') return { kind: 'package', origin: init, locations: [pkgDir] };
      namespace = true;
    }
    const file = pathJoin(base, `${tail}.py`);
    if (kindOf(host, file) === 'file') return { kind: 'source', origin: file, locations: null };
    if (namespace) portions.push(pkgDir);
  }
  return portions.length > 0 ? { kind: 'namespace', origin: null, locations: portions } : null;
}

function borrowModule(interp: Interpreter, name: string): PyObject | null {
  return PyDict_GetItem(interp, interp.modules, internedStr(interp, name));
}

/** The ModuleSpec of what was found (a new reference). CPython: spec_from_file_location, ModuleSpec.__init__ */
function makeSpec(interp: Interpreter, name: string, found: Found, internName: boolean): PyObject {
  const None = interp.singletons.None;
  const nameObj = internName ? Py_NewRef(internedStr(interp, name)) : PyUnicode_FromString(interp, name);
  const temps: PyObject[] = [nameObj];
  try {
    let loader: PyObject = None;
    let origin: PyObject = None;
    let locations: PyObject = None;
    let cached: PyObject = None;
    if (found.locations !== null) {
      locations = _PyList_FromArraySteal(interp, found.locations.map((l) => PyUnicode_FromString(interp, l)));
      temps.push(locations);
    }
    if (found.kind === 'builtin' || found.kind === 'frozen') {
      loader = importType(interp, found.kind === 'builtin' ? 'BuiltinImporter' : 'FrozenImporter');
      origin = PyUnicode_FromString(interp, found.origin!);
      temps.push(origin);
    } else if (found.kind === 'namespace') {
      loader = importObject(interp, 'NamespaceLoader', [['_path', locations]]);
      temps.push(loader);
    } else {
      origin = PyUnicode_FromString(interp, found.origin!);
      cached = PyUnicode_FromString(interp, cacheFromSource(found.origin!));
      loader = importObject(interp, 'SourceFileLoader', [['name', nameObj], ['path', origin]]);
      temps.push(origin, cached, loader);
    }
    const hasLocation = found.kind === 'source' || found.kind === 'package';
    return importObject(interp, 'ModuleSpec', [
      ['name', nameObj], ['loader', loader], ['origin', origin], ['loader_state', None],
      ['submodule_search_locations', locations], ['_set_fileattr', hasLocation ? interp.singletons.True : interp.singletons.False],
      ['_cached', cached],
    ]);
  } finally {
    for (const t of temps) Py_DECREF(t);
  }
}

function specAttr(interp: Interpreter, spec: PyObject, name: string): PyObject {
  return PyDict_GetItem(interp, spec.ob_dict!, internedStr(interp, name)) ?? interp.singletons.None;
}

function setItem(interp: Interpreter, d: PyObject, name: string, v: PyObject): void {
  PyDict_SetItem(interp, d, internedStr(interp, name), v);
}

/** Sets __loader__, __package__, __spec__, __path__, __file__ and __cached__. CPython: _init_module_attrs */
function initModuleAttrs(interp: Interpreter, spec: PyObject, module: PyObject, kind: Found['kind']): void {
  const d = module.ob_dict!;
  const name = text(specAttr(interp, spec, 'name'));
  setItem(interp, d, '__loader__', specAttr(interp, spec, 'loader'));
  const locations = specAttr(interp, spec, 'submodule_search_locations');
  const parent = locations !== interp.singletons.None ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  const pkg = PyUnicode_FromString(interp, parent);
  setItem(interp, d, '__package__', pkg);
  Py_DECREF(pkg);
  setItem(interp, d, '__spec__', spec);
  if (kind === 'namespace') setItem(interp, d, '__file__', interp.singletons.None);
  if (locations !== interp.singletons.None) setItem(interp, d, '__path__', locations);
  if (kind === 'source' || kind === 'package') {
    setItem(interp, d, '__file__', specAttr(interp, spec, 'origin'));
    setItem(interp, d, '__cached__', specAttr(interp, spec, '_cached'));
  }
}

/** The code object of a source file, read through the Host. CPython: SourceLoader.get_code (source_to_code) */
export function compileModuleFile(interp: Interpreter, path: string, name = '__main__', filename = path): PyObject {
  const host = hostOf(interp);
  const version = host.codeCache === undefined ? null : host.immutableVersion?.(path) ?? null;
  const cacheKey = version === null ? '' : codeCacheKey(path, version, filename);
  if (version !== null) {
    const cached = loadCode(host, cacheKey);
    if (cached !== null) return codeFromDescriptor(interp, cached);
  }
  // Other files have their bytecode in __pycache__, as CPython's SourceLoader keeps it.
  const st = version === null && filename === path ? sourceStat(host, path) : null;
  if (st !== null) {
    const cached = readCachedCode(interp, host, path, st);
    if (cached !== null) return cached;
  }
  let bytes: Uint8Array;
  try {
    bytes = host.readFile(path);
  } catch (e) {
    if (e instanceof HostError) importError(interp, 'ImportError', e.message, name, path);
    throw e;
  }
  let desc: CodeDescriptor;
  try {
    desc = compileSource(bytes, filename, 'exec');
  } catch (e) {
    if (e instanceof PySyntaxError) raiseSyntaxError(interp, e);
    throw e;
  }
  if (version !== null) storeCode(host, cacheKey, desc);
  const code = codeFromDescriptor(interp, desc);
  if (st !== null) writeCachedCode(interp, host, path, st, code);
  return code;
}

function sourceStat(host: Host, path: string): HostStat | null {
  try {
    return host.stat(path);
  } catch (e) {
    if (e instanceof HostError) return null;
    throw e;
  }
}

/** Runs a frozen module's code in its namespace. CPython: FrozenImporter.exec_module */
function execFrozen(interp: Interpreter, module: PyObject, name: string): void {
  const code = frozenModuleCode(interp, name);
  // What FrozenImporter._fix_up_module takes back. CPython: PyImport_ImportFrozenModuleObject
  const origname = PyUnicode_FromString(interp, frozenOrigName(name));
  setItem(interp, module.ob_dict!, '__origname__', origname);
  Py_DECREF(origname);
  try {
    Py_DECREF(PyEval_EvalCode(interp, code, module.ob_dict!, module.ob_dict!));
  } finally {
    Py_DECREF(code);
  }
  installFrozenImportlib(interp, name, module);
}

/** Reads, compiles and runs a source file in the module's namespace. CPython: _LoaderBasics.exec_module */
function execSource(interp: Interpreter, module: PyObject, name: string, path: string): void {
  const code = compileModuleFile(interp, path, name);
  const d = module.ob_dict!;
  try {
    // exec() puts the running code's builtins dict in a namespace that has none.
    if (PyDict_GetItem(interp, d, internedStr(interp, '__builtins__')) === null) {
      const f = interp.tstate.frame;
      setItem(interp, d, '__builtins__', f === null ? interp.builtinsDict : f.builtins);
    }
    Py_DECREF(PyEval_EvalCode(interp, code, d, d));
  } finally {
    Py_DECREF(code);
  }
}

/** Gives a module created at start-up (sys, builtins) its BuiltinImporter spec. CPython: _bootstrap._setup */
export function setBuiltinSpec(interp: Interpreter, module: PyObject): void {
  const name = text(PyDict_GetItem(interp, module.ob_dict!, internedStr(interp, '__name__'))!);
  const spec = makeSpec(interp, name, { kind: 'builtin', origin: 'built-in', locations: null }, false);
  initModuleAttrs(interp, spec, module, 'builtin');
  Py_DECREF(spec);
}

/** Creates the module of `spec`, registers it and runs it; a new reference. CPython: _load_unlocked */
function loadUnlocked(interp: Interpreter, name: string, spec: PyObject, found: Found): PyObject {
  const key = internedStr(interp, name);
  let module: PyObject;
  if (found.kind === 'builtin') module = BUILTIN_MODULES.get(name)!(interp);
  else module = PyModule_New(interp, specAttr(interp, spec, 'name'));
  const sd = spec.ob_dict!;
  try {
    initModuleAttrs(interp, spec, module, found.kind);
    setItem(interp, sd, '_initializing', interp.singletons.True);
    PyDict_SetItem(interp, interp.modules, key, module);
    try {
      if (found.kind === 'source' || found.kind === 'package') execSource(interp, module, name, found.origin!);
      else if (found.kind === 'frozen') execFrozen(interp, module, name);
    } catch (e) {
      if (PyDict_GetItem(interp, interp.modules, key) !== null) PyDict_DelItem(interp, interp.modules, key);
      throw e;
    }
    // The module may have replaced itself in sys.modules; it moves to the end either way.
    const final = borrowModule(interp, name);
    if (final === null) PyErr_SetString(interp, 'KeyError', reprText(interp, key));
    Py_DECREF(module);
    module = Py_NewRef(final);
    PyDict_DelItem(interp, interp.modules, key);
    PyDict_SetItem(interp, interp.modules, key, module);
    return module;
  } catch (e) {
    Py_DECREF(module);
    throw e;
  } finally {
    setItem(interp, sd, '_initializing', interp.singletons.False);
  }
}

/** Finds `name` (whose parent package's __path__ is `path`, or sys.path when null). CPython: _find_spec */
function findSpec(interp: Interpreter, name: string, path: PyObject | null): Found | null {
  if (BUILTIN_MODULES.has(name)) return { kind: 'builtin', origin: 'built-in', locations: null };
  if (isFrozenModule(name)) return { kind: 'frozen', origin: 'frozen', locations: null };
  let entries: string[];
  if (path === null) {
    const sysPath = interp.sysDict === null ? null : PyDict_GetItem(interp, interp.sysDict, internedStr(interp, 'path'));
    if (sysPath === null) importError(interp, 'ImportError', 'sys.path must be a list of directory names', null);
    entries = pathEntries(interp, sysPath);
  } else {
    entries = pathEntries(interp, path);
  }
  return findOnPath(hostOf(interp), name.slice(name.lastIndexOf('.') + 1), entries);
}

/** CPython: _find_and_load_unlocked; a new reference */
/**
 * `requested`: the name is the one an import statement asked for (an interned name of its code);
 * a parent package's name is cut from it at run time, so that module's __name__ is not interned.
 */
function findAndLoadUnlocked(interp: Interpreter, name: string, requested: boolean): PyObject {
  const dot = name.lastIndexOf('.');
  let path: PyObject | null = null;
  let parentModule: PyObject | null = null;
  const parent = dot < 0 ? '' : name.slice(0, dot);
  try {
    if (parent !== '') {
      if (borrowModule(interp, parent) === null) Py_DECREF(findAndLoad(interp, parent, false));
      const already = borrowModule(interp, name);
      if (already !== null) return Py_NewRef(already);
      const pm = borrowModule(interp, parent);
      if (pm === null) PyErr_SetString(interp, 'KeyError', `'${parent}'`);
      parentModule = Py_NewRef(pm);
      path = PyObject_LookupAttr(interp, parentModule, internedStr(interp, '__path__'));
      if (path === null) {
        importError(interp, 'ModuleNotFoundError', `No module named ${strRepr(interp, name)}; ${strRepr(interp, parent)} is not a package`, name);
      }
    }
    const found = findSpec(interp, name, path);
    if (found === null) importError(interp, 'ModuleNotFoundError', `No module named ${strRepr(interp, name)}`, name);
    const spec = makeSpec(interp, name, found, requested);
    let module: PyObject;
    try {
      module = loadUnlocked(interp, name, spec, found);
    } finally {
      Py_DECREF(spec);
    }
    if (parent !== '') {
      const pm = borrowModule(interp, parent);
      if (pm !== null) {
        try {
          PyObject_SetAttr(interp, pm, internedStr(interp, name.slice(dot + 1)), module);
        } catch (e) {
          Py_DECREF(module);
          throw e;
        }
      }
    }
    return module;
  } finally {
    if (path !== null) Py_DECREF(path);
    if (parentModule !== null) Py_DECREF(parentModule);
  }
}

function strRepr(interp: Interpreter, s: string): string {
  const o = PyUnicode_FromString(interp, s);
  try {
    return reprText(interp, o);
  } finally {
    Py_DECREF(o);
  }
}

/** sys.modules[name], importing it first when missing; a new reference. CPython: _find_and_load */
export function findAndLoad(interp: Interpreter, name: string, requested = true): PyObject {
  const m = borrowModule(interp, name);
  if (m === null) return findAndLoadUnlocked(interp, name, requested);
  if (m === interp.singletons.None) importError(interp, 'ModuleNotFoundError', `import of ${name} halted; None in sys.modules`, name);
  return Py_NewRef(m);
}

/** The module named `name` (absolute), imported as importlib does; a new reference. CPython: _gcd_import */
export function gcdImport(interp: Interpreter, name: string): PyObject {
  return findAndLoad(interp, name);
}

/** Whether a module's spec says it is still running its code. CPython: _PyModuleSpec_IsInitializing */
export function moduleIsInitializing(interp: Interpreter, module: PyObject): boolean {
  const spec = PyObject_LookupAttr(interp, module, internedStr(interp, '__spec__'));
  if (spec === null) return false;
  try {
    const v = PyObject_LookupAttr(interp, spec, internedStr(interp, '_initializing'));
    if (v === null) return false;
    try {
      return PyObject_IsTrue(interp, v);
    } finally {
      Py_DECREF(v);
    }
  } finally {
    Py_DECREF(spec);
  }
}

/**
 * `from package import a, b`: imports the submodules the package does not have as attributes;
 * '*' imports those its __all__ names. CPython: _bootstrap._handle_fromlist
 */
export function handleFromlist(interp: Interpreter, module: PyObject, fromlist: PyObject, recursive = false): void {
  const it = PyObject_GetIter(interp, fromlist);
  try {
    for (let x = it.ob_type.tp_iternext!(it); x !== null; x = it.ob_type.tp_iternext!(it)) {
      try {
        fromlistItem(interp, module, x, recursive);
      } finally {
        Py_DECREF(x);
      }
    }
  } finally {
    Py_DECREF(it);
  }
}

function fromlistItem(interp: Interpreter, module: PyObject, x: PyObject, recursive: boolean): void {
  if (!x.ob_type.isSubtypeOf(interp.types.str)) {
    const where = recursive ? `${moduleNameText(interp, module)}.__all__` : "``from list''";
    PyErr_SetString(interp, 'TypeError', `Item in ${where} must be str, not ${x.ob_type.tp_name}`);
  }
  const name = text(x);
  if (name === '*') {
    if (recursive) return;
    const all = PyObject_LookupAttr(interp, module, internedStr(interp, '__all__'));
    if (all !== null) {
      try {
        handleFromlist(interp, module, all, true);
      } finally {
        Py_DECREF(all);
      }
    }
    return;
  }
  const v = PyObject_LookupAttr(interp, module, x);
  if (v !== null) {
    Py_DECREF(v);
    return;
  }
  const fromName = `${moduleNameText(interp, module)}.${name}`;
  try {
    Py_DECREF(gcdImport(interp, fromName));
  } catch (e) {
    // A submodule that does not exist is left for IMPORT_FROM to report.
    const exc = e as PyObject;
    if (exc.ob_type?.isSubtypeOf(excType(interp, 'ModuleNotFoundError'))) {
      const n = excField(exc, 'name');
      if (n !== null && n.ob_type.isSubtypeOf(interp.types.str) && text(n) === fromName && borrowModule(interp, fromName) !== interp.singletons.None) {
        Py_DECREF(exc);
        return;
      }
    }
    throw e;
  }
}

function moduleNameText(interp: Interpreter, module: PyObject): string {
  const n = PyObject_LookupAttr(interp, module, internedStr(interp, '__name__'));
  if (n === null) return '?';
  try {
    return n.ob_type.isSubtypeOf(interp.types.str) ? text(n) : reprText(interp, n);
  } finally {
    Py_DECREF(n);
  }
}

/** What `-m` found: the module's spec, or runpy's reason why it cannot run. */
export type MainModule = { spec: PyObject; origin: string; kind: Found['kind'] } | { error: string };

/**
 * The spec of a module `-m` runs, with its parent packages imported first; an ImportError on
 * the way becomes runpy's message. CPython: runpy._get_module_details
 */
export function findModuleForMain(interp: Interpreter, name: string): MainModule {
  if (name.startsWith('.')) return { error: 'Relative module names not supported' };
  const dot = name.lastIndexOf('.');
  let path: PyObject | null = null;
  try {
    if (dot >= 0) {
      const parent = name.slice(0, dot);
      Py_DECREF(gcdImport(interp, parent));
      const existing = borrowModule(interp, name);
      if (existing !== null && existing !== interp.singletons.None) {
        const spec = PyObject_LookupAttr(interp, existing, internedStr(interp, '__spec__'));
        const file = PyObject_LookupAttr(interp, existing, internedStr(interp, '__file__'));
        if (spec !== null && file !== null && file.ob_type.isSubtypeOf(interp.types.str)) {
          const origin = text(file);
          Py_DECREF(file);
          return { spec, origin, kind: origin.endsWith('/__init__.py') ? 'package' : 'source' };
        }
        if (spec !== null) Py_DECREF(spec);
        if (file !== null) Py_DECREF(file);
      }
      path = PyObject_LookupAttr(interp, borrowModule(interp, parent)!, internedStr(interp, '__path__'));
      if (path === null) {
        importError(interp, 'ModuleNotFoundError', `__path__ attribute not found on ${strRepr(interp, parent)} while trying to find ${strRepr(interp, name)}`, name);
      }
    }
    if (BUILTIN_MODULES.has(name) || name === 'sys' || name === 'builtins') return { error: `No code object available for ${name}` };
    const found = findSpec(interp, name, path);
    if (found === null) return { error: `No module named ${name}` };
    return { spec: makeSpec(interp, name, found, false), origin: found.origin ?? '', kind: found.kind };
  } catch (e) {
    const exc = e as PyObject;
    if (!(exc.ob_type as PyTypeObject | undefined)?.isSubtypeOf(excType(interp, 'ImportError'))) throw e;
    const msg = `Error while finding module specification for ${strRepr(interp, name)} (${exc.ob_type.tp_name}: ${strOf(interp, exc)})`;
    Py_DECREF(exc);
    return { error: msg };
  } finally {
    if (path !== null) Py_DECREF(path);
  }
}

/**
 * importlib.reload(module): finds the module again and runs its code in the same namespace.
 * CPython: importlib.reload, _bootstrap._exec
 */
export function reloadModule(interp: Interpreter, module: PyObject): PyObject {
  let nameObj: PyObject | null = null;
  const spec = PyObject_LookupAttr(interp, module, internedStr(interp, '__spec__'));
  if (spec !== null) {
    nameObj = PyObject_LookupAttr(interp, spec, internedStr(interp, 'name'));
    Py_DECREF(spec);
  }
  nameObj ??= PyObject_LookupAttr(interp, module, internedStr(interp, '__name__'));
  if (nameObj === null) PyErr_SetString(interp, 'TypeError', 'reload() argument must be a module');
  const name = nameObj.ob_type.isSubtypeOf(interp.types.str) ? text(nameObj) : reprText(interp, nameObj);
  Py_DECREF(nameObj);
  if (borrowModule(interp, name) !== module) importError(interp, 'ImportError', `module ${name} not in sys.modules`, name);
  const dot = name.lastIndexOf('.');
  let path: PyObject | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    const pm = borrowModule(interp, parent);
    if (pm === null) importError(interp, 'ImportError', `parent ${strRepr(interp, parent)} not in sys.modules`, parent);
    path = PyObject_LookupAttr(interp, pm, internedStr(interp, '__path__'));
  }
  let found: Found | null;
  try {
    found = findSpec(interp, name, path);
  } finally {
    if (path !== null) Py_DECREF(path);
  }
  if (found === null) importError(interp, 'ModuleNotFoundError', `spec not found for the module ${strRepr(interp, name)}`, name);
  const newSpec = makeSpec(interp, name, found, false);
  try {
    initModuleAttrs(interp, newSpec, module, found.kind);
    setItem(interp, newSpec.ob_dict!, '_initializing', interp.singletons.True);
    try {
      if (found.kind === 'source' || found.kind === 'package') execSource(interp, module, name, found.origin!);
    } finally {
      setItem(interp, newSpec.ob_dict!, '_initializing', interp.singletons.False);
    }
  } finally {
    Py_DECREF(newSpec);
  }
  const key = internedStr(interp, name);
  const final = borrowModule(interp, name);
  if (final === null) PyErr_SetString(interp, 'KeyError', reprText(interp, key));
  const result = Py_NewRef(final);
  PyDict_DelItem(interp, interp.modules, key);
  PyDict_SetItem(interp, interp.modules, key, result);
  return result;
}
