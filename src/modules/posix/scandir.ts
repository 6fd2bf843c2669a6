// os.scandir(): an iterator of os.DirEntry objects, each stat'ed lazily and cached as CPython's
// are. CPython: Modules/posixmodule.c (ScandirIterator, DirEntry).
import type { Interpreter } from '../../runtime/interpreter.ts';
import type { HostStat } from '../../host/host.ts';
import { unpackKeywords } from '../../objects/args_kw.ts';
import { freeObject } from '../../objects/alloc.ts';
import { Py_DECREF, Py_NewRef, Py_XDECREF, type PyObject } from '../../objects/object.ts';
import { PyObject_IsTrue, reprText } from '../../objects/objectops.ts';
import { METH_FASTCALL, METH_KEYWORDS, METH_NOARGS, METH_VARARGS, type GetSetDef, type MethodDef } from '../../objects/typeobject.ts';
import { PyLong_FromBigInt } from '../../objects/longobject.ts';
import { PyUnicode_FromString } from '../../objects/unicodeobject.ts';
import { hostCall } from '../_io/iobase.ts';
import { allocInstance, createModuleType, moduleState } from '../modsupport.ts';
import type { PathArg } from './pathargs.ts';
import { pathResult } from './pathargs.ts';
import { hostOf, statResult } from './posixmodule.ts';

interface DirEntryBody {
  readonly name: PyObject;
  readonly path: PyObject;
  readonly fullPath: string;
  /** lstat of the entry, then stat (following links), filled on first need. */
  lstat: HostStat | null;
  stat: HostStat | null;
  statObj: PyObject | null;
  lstatObj: PyObject | null;
}

interface ScandirBody {
  readonly dir: string;
  readonly names: string[];
  pos: number;
  readonly bytes: boolean;
  /** The directory as given ('.' when omitted), which entries' paths start with. */
  readonly prefix: string;
}

function direntry_dealloc(o: PyObject): void {
  const b = o.body as DirEntryBody;
  Py_DECREF(b.name);
  Py_DECREF(b.path);
  Py_XDECREF(b.statObj);
  Py_XDECREF(b.lstatObj);
  freeObject(o);
}

function scandir_dealloc(o: PyObject): void {
  freeObject(o);
}

function entryStat(interp: Interpreter, o: PyObject, follow: boolean): HostStat {
  const b = o.body as DirEntryBody;
  const host = hostOf(interp);
  if (b.lstat === null) b.lstat = hostCall(interp, () => host.stat(b.fullPath, false), b.path);
  if (!follow || b.lstat.kind !== 'symlink') return b.lstat;
  if (b.stat === null) b.stat = hostCall(interp, () => host.stat(b.fullPath, true), b.path);
  return b.stat;
}

/** is_dir()/is_file(): a missing entry is simply not one. CPython: DirEntry_test_mode */
function testMode(kind: 'dir' | 'file'): MethodDef['impl'] {
  return (interp, self, args, kwnames) => {
    const [fs] = unpackKeywords(interp, kind === 'dir' ? 'is_dir' : 'is_file', ['follow_symlinks'], 0, 0, 0, args, kwnames);
    const follow = fs === undefined ? true : PyObject_IsTrue(interp, fs);
    try {
      return entryStat(interp, self!, follow).kind === kind ? interp.singletons.True : interp.singletons.False;
    } catch (e) {
      const t = (e as PyObject).ob_type;
      if (t === undefined || !t.isSubtypeOf(interp.types.exceptions.get('FileNotFoundError')!)) throw e;
      Py_DECREF(e as PyObject);
      return interp.singletons.False;
    }
  };
}

const DIRENTRY_METHODS: MethodDef[] = [
  { name: 'is_dir', flags: METH_FASTCALL | METH_KEYWORDS, impl: testMode('dir') },
  { name: 'is_file', flags: METH_FASTCALL | METH_KEYWORDS, impl: testMode('file') },
  { name: 'is_symlink', flags: METH_NOARGS, impl: (interp, self) => (entryStat(interp, self!, false).kind === 'symlink' ? interp.singletons.True : interp.singletons.False) },
  { name: 'is_junction', flags: METH_NOARGS, impl: (interp) => interp.singletons.False },
  {
    name: 'stat', flags: METH_FASTCALL | METH_KEYWORDS, impl: (interp, self, args, kwnames) => {
      const [fs] = unpackKeywords(interp, 'stat', ['follow_symlinks'], 0, 0, 0, args, kwnames);
      const follow = fs === undefined ? true : PyObject_IsTrue(interp, fs);
      const b = self!.body as DirEntryBody;
      const st = entryStat(interp, self!, follow);
      const useL = !follow || st === b.lstat;
      if (useL) return Py_NewRef(b.lstatObj ??= statResult(interp, st));
      return Py_NewRef(b.statObj ??= statResult(interp, st));
    },
  },
  { name: 'inode', flags: METH_NOARGS, impl: (interp, self) => PyLong_FromBigInt(interp, entryStat(interp, self!, false).ino) },
  { name: '__fspath__', flags: METH_NOARGS, impl: (_interp, self) => Py_NewRef((self!.body as DirEntryBody).path) },
];

const DIRENTRY_GETSET: GetSetDef[] = [
  { name: 'name', get: (_i, o) => Py_NewRef((o.body as DirEntryBody).name) },
  { name: 'path', get: (_i, o) => Py_NewRef((o.body as DirEntryBody).path) },
];

// CPython: ScandirIterator_iternext
function scandir_next(o: PyObject): PyObject | null {
  const interp = o.ob_type.tp_interp;
  const b = o.body as ScandirBody;
  if (b.pos >= b.names.length) return null;
  const name = b.names[b.pos++]!;
  const full = b.dir.endsWith('/') ? b.dir + name : `${b.dir}/${name}`;
  const shown = b.prefix.endsWith('/') ? b.prefix + name : `${b.prefix}/${name}`;
  const body: DirEntryBody = {
    name: pathResult(interp, name, b.bytes), path: pathResult(interp, shown, b.bytes), fullPath: full,
    lstat: null, stat: null, statObj: null, lstatObj: null,
  };
  return allocInstance(interp, scandirState(interp).entry, 64, 0, body);
}

const scandirState = moduleState((interp) => ({
  entry: createModuleType(interp, {
    name: 'posix.DirEntry', basicsize: 64, subclassable: false, dealloc: direntry_dealloc, methods: DIRENTRY_METHODS, getset: DIRENTRY_GETSET,
    repr: (o) => PyUnicode_FromString(o.ob_type.tp_interp, `<DirEntry ${reprText(o.ob_type.tp_interp, (o.body as DirEntryBody).name)}>`),
  }),
  iterator: createModuleType(interp, {
    name: 'posix.ScandirIterator', basicsize: 48, subclassable: false, dealloc: scandir_dealloc, next: scandir_next,
    methods: [
      { name: 'close', flags: METH_NOARGS, impl: (i, self) => closeIt(i, self!) },
      { name: '__enter__', flags: METH_NOARGS, impl: (_i, self) => Py_NewRef(self!) },
      { name: '__exit__', flags: METH_VARARGS, impl: (i, self) => closeIt(i, self!) },
    ],
  }),
}));

function closeIt(interp: Interpreter, o: PyObject): PyObject {
  const b = o.body as ScandirBody;
  b.pos = b.names.length;
  return interp.singletons.None;
}

/** os.scandir(path): the listing is read at once; entries come as the iterator advances. */
export function scandirIterator(interp: Interpreter, dir: string, given: PathArg | null): PyObject {
  const host = hostOf(interp);
  const names = hostCall(interp, () => host.listdir(dir), given?.obj ?? null);
  const body: ScandirBody = { dir, names, pos: 0, bytes: given?.bytes ?? false, prefix: given === null ? '.' : given.text };
  return allocInstance(interp, scandirState(interp).iterator, 48, 0, body);
}
