// The import system's small objects: ModuleSpec and the loaders a spec names
// (SourceFileLoader, NamespaceLoader, the BuiltinImporter class). In CPython these are Python
// classes of importlib._bootstrap(_external); here they are native types whose instances keep
// their attributes in a __dict__, with the computed attributes (parent, cached, has_location)
// and the reprs CPython's classes give. CPython: Lib/importlib/_bootstrap.py (ModuleSpec,
// _module_repr_from_spec), Lib/importlib/_bootstrap_external.py.
import type { Interpreter } from '../runtime/interpreter.ts';
import { allocObject, freeObject } from './alloc.ts';
import { internedStr } from './codeobject.ts';
import { PyDict_GetItem, PyDict_New, PyDict_SetItem } from './dictobject.ts';
import { IMMORTAL_REFCNT, Py_NewRef, Py_TPFLAGS_HAVE_GC, Py_TPFLAGS_IMMUTABLETYPE, Py_TPFLAGS_READY, Py_XDECREF, type PyObject } from './object.ts';
import { reprText } from './objectops.ts';
import { PyTypeObject, type GetSetDef, type visitproc } from './typeobject.ts';
import { PyType_ReadyStatic } from './typeready.ts';
import { PyUnicode_FromString, unicodeText } from './unicodeobject.ts';

// CPython: subtype_dealloc of an instance of a Python class (its __dict__, then the memory)
function dictobject_dealloc(o: PyObject): void {
  Py_XDECREF(o.ob_dict);
  o.ob_dict = null;
  freeObject(o);
}

function dictobject_traverse(o: PyObject, visit: visitproc, arg: unknown): void {
  if (o.ob_dict !== null) visit(o.ob_dict, arg);
}

function attr(interp: Interpreter, o: PyObject, name: string): PyObject {
  const v = o.ob_dict === null ? null : PyDict_GetItem(interp, o.ob_dict, internedStr(interp, name));
  return v ?? interp.singletons.None;
}

function isNone(interp: Interpreter, o: PyObject): boolean {
  return o === interp.singletons.None;
}

const SPEC_GETSET: GetSetDef[] = [
  {
    // CPython: ModuleSpec.parent
    name: 'parent', get: (interp, o) => {
      const name = attr(interp, o, 'name');
      if (!isNone(interp, attr(interp, o, 'submodule_search_locations'))) return Py_NewRef(name);
      const s = unicodeText(name);
      const dot = s.lastIndexOf('.');
      return PyUnicode_FromString(interp, dot < 0 ? '' : s.slice(0, dot));
    },
  },
  { name: 'cached', get: (interp, o) => Py_NewRef(attr(interp, o, '_cached')) },
  { name: 'has_location', get: (interp, o) => Py_NewRef(attr(interp, o, '_set_fileattr')) },
];

// CPython: ModuleSpec.__repr__
function spec_repr(o: PyObject): PyObject {
  const interp = o.ob_type.tp_interp;
  const args = [`name=${reprText(interp, attr(interp, o, 'name'))}`, `loader=${reprText(interp, attr(interp, o, 'loader'))}`];
  const origin = attr(interp, o, 'origin');
  if (!isNone(interp, origin)) args.push(`origin=${reprText(interp, origin)}`);
  const locations = attr(interp, o, 'submodule_search_locations');
  if (!isNone(interp, locations)) args.push(`submodule_search_locations=${reprText(interp, locations)}`);
  return PyUnicode_FromString(interp, `ModuleSpec(${args.join(', ')})`);
}

export type ImportTypeName = 'ModuleSpec' | 'SourceFileLoader' | 'NamespaceLoader' | 'BuiltinImporter' | 'FrozenImporter';

const FULL_NAMES: Record<ImportTypeName, string> = {
  ModuleSpec: '_frozen_importlib.ModuleSpec',
  SourceFileLoader: '_frozen_importlib_external.SourceFileLoader',
  NamespaceLoader: '_frozen_importlib_external.NamespaceLoader',
  BuiltinImporter: '_frozen_importlib.BuiltinImporter',
  FrozenImporter: '_frozen_importlib.FrozenImporter',
};

/** One of the import system's types, made on first use and kept for the interpreter's lifetime. */
export function importType(interp: Interpreter, which: ImportTypeName): PyTypeObject {
  const full = FULL_NAMES[which];
  const known = interp.lazyTypes.get(full);
  if (known !== undefined) return known;
  const type = new PyTypeObject(interp, interp.types.type, {
    name: full,
    basicsize: 16,
    flags: (Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_HAVE_GC) & ~Py_TPFLAGS_READY,
    dealloc: dictobject_dealloc,
    traverse: dictobject_traverse,
    getset: which === 'ModuleSpec' ? SPEC_GETSET : [],
  }, interp.staticAddress(416, 16));
  type.ob_refcnt = IMMORTAL_REFCNT;
  type.tp_base = interp.types.object;
  type.tp_hasdict = true;
  if (which === 'ModuleSpec') type.tp_repr = spec_repr;
  PyType_ReadyStatic(interp, type);
  interp.lazyTypes.set(full, type);
  return type;
}

/** A new instance of an import type with these attributes (values borrowed), in this order. */
export function importObject(interp: Interpreter, which: ImportTypeName, attrs: readonly [string, PyObject][]): PyObject {
  const o = allocObject(interp, importType(interp, which), 16, 0, null);
  const d = PyDict_New(interp);
  o.ob_dict = d;
  for (const [k, v] of attrs) PyDict_SetItem(interp, d, internedStr(interp, k), v);
  return o;
}

/**
 * The repr of a module whose __spec__ is a ModuleSpec, or null for any other spec.
 * CPython: importlib._bootstrap._module_repr_from_spec
 */
export function moduleReprFromSpec(interp: Interpreter, spec: PyObject): string | null {
  if (spec.ob_type !== interp.lazyTypes.get(FULL_NAMES.ModuleSpec)) return null;
  const nameObj = attr(interp, spec, 'name');
  const name = isNone(interp, nameObj) ? "'?'" : reprText(interp, nameObj);
  const origin = attr(interp, spec, 'origin');
  if (isNone(interp, origin)) {
    const loader = attr(interp, spec, 'loader');
    if (isNone(interp, loader)) return `<module ${name}>`;
    if (loader.ob_type === interp.lazyTypes.get(FULL_NAMES.NamespaceLoader)) {
      return `<module ${name} (namespace) from ${reprText(interp, attr(interp, loader, '_path'))}>`;
    }
    return `<module ${name} (${reprText(interp, loader)})>`;
  }
  if (attr(interp, spec, '_set_fileattr') === interp.singletons.True) return `<module ${name} from ${reprText(interp, origin)}>`;
  return `<module ${name} (${text(interp, origin)})>`;
}

function text(interp: Interpreter, o: PyObject): string {
  return o.ob_type.isSubtypeOf(interp.types.str) ? unicodeText(o) : reprText(interp, o);
}
