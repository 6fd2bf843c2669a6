// The Python source of the modules the runtime runs at startup, as CPython freezes them into its
// binary. tools/gen-frozen.ts compiles them at build time into frozen_modules.gen.ts, so that a
// start does not compile them (src/runtime/frozen.ts); the code objects' filename is
// '<frozen NAME>'.

/** The _sitebuiltins stand-in (src/runtime/sitebuiltins.ts). CPython: Lib/_sitebuiltins.py */
const SITEBUILTINS = `import sys

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

export const FROZEN_SOURCES: Readonly<Record<string, string>> = { _sitebuiltins: SITEBUILTINS };
