// The builtins that importing site adds (exit, quit, copyright, credits, license, help): objects
// of the classes of the _sitebuiltins module, registered in sys.modules as CPython's site leaves
// it. The classes are written in Python here because they are Python classes in CPython (their
// instances have a __dict__, a type named '_sitebuiltins.Quitter', ...). Until the standard
// library can be imported, the module is this stand-in, compiled at startup: the license text
// is never found, so `license` gives the address CPython gives when no LICENSE file exists, and
// help() fails to import pydoc.
// CPython: Lib/site.py (setquit, setcopyright, sethelper), Lib/_sitebuiltins.py
import type { Interpreter } from './interpreter.ts';
import { compileSource, type CodeDescriptor } from '../compiler/index.ts';
import { codeFromDescriptor, internedStr } from '../objects/codeobject.ts';
import { PyDict_DelItem, PyDict_GetItem, PyDict_SetItem } from '../objects/dictobject.ts';
import { PyModule_New } from '../objects/moduleobject.ts';
import { Py_DECREF, type PyObject } from '../objects/object.ts';
import { PyEval_EvalCode } from './bltin_exec.ts';

const SOURCE = `import sys

class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        # An IDLE-like shell notices that its stdin wrapper was closed.
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)

class _Printer(object):
    MAXLINES = 23
    def __init__(self, name, data, files=(), dirs=()):
        self.__name = name
        self.__data = data
        self.__lines = None
        self.__filenames = []
    def __setup(self):
        if self.__lines:
            return
        self.__lines = self.__data.split('\\n')
        self.__linecnt = len(self.__lines)
    def __repr__(self):
        self.__setup()
        if len(self.__lines) <= self.MAXLINES:
            return "\\n".join(self.__lines)
        return "Type %s() to see the full %s text" % ((self.__name,) * 2)
    def __call__(self):
        self.__setup()
        for line in self.__lines:
            print(line)

class _Helper(object):
    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."
    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)

exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
copyright = _Printer("copyright", sys.copyright)
credits = _Printer("credits", """\\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
license = _Printer("license", "See https://www.python.org/psf/license/")
help = _Helper()
`;

/** The names site adds to builtins, in the order it adds them. */
const NAMES = ['exit', 'quit', 'copyright', 'credits', 'license', 'help'] as const;

let compiled: CodeDescriptor | null = null;

/**
 * Runs the _sitebuiltins stand-in as a module in sys.modules and moves the objects it makes into
 * `builtins`. CPython: site.main's setquit(), setcopyright() and sethelper()
 */
export function initSiteBuiltins(interp: Interpreter, builtins: PyObject): void {
  compiled ??= compileSource(SOURCE, '<frozen _sitebuiltins>', 'exec');
  const name = internedStr(interp, '_sitebuiltins');
  const mod = PyModule_New(interp, name);
  PyDict_SetItem(interp, interp.modules, name, mod);
  const d = mod.ob_dict!;
  PyDict_SetItem(interp, d, internedStr(interp, '__builtins__'), builtins);
  const code = codeFromDescriptor(interp, compiled);
  Py_DECREF(PyEval_EvalCode(interp, code, d, d));
  Py_DECREF(code);
  for (const n of NAMES) {
    const key = internedStr(interp, n);
    PyDict_SetItem(interp, builtins, key, PyDict_GetItem(interp, d, key)!);
    PyDict_DelItem(interp, d, key);
  }
  Py_DECREF(mod);
}
