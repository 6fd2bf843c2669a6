# Checks that every case of tests/cases/compile_errors is a compile error raised after
# parsing, by future.c or the symbol table: the reference's parser accepts the source
# (compile(..., PyCF_ONLY_AST)) and _symtable.symtable() rejects it. Errors the bytecode
# compiler raises ("'return' outside function", ...) belong elsewhere. The expected outputs
# themselves are written by `npm run regen:cases -- compile_errors`.
#
#   PYENV_VERSION=3.12.1 python3 tools/regen-symtable-cases.py [DIR]
import ast
import os
import sys
import warnings
import _symtable

warnings.simplefilter('ignore')

here = os.path.dirname(os.path.abspath(__file__))
folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'tests', 'cases', 'compile_errors')
bad = 0
names = sorted({f.rsplit('.', 1)[0] for f in os.listdir(folder)
                if f.endswith(('.py', '.args')) and not f.startswith('_')})
for name in names:
    base = os.path.join(folder, name)
    if os.path.exists(base + '.args'):
        with open(base + '.args', encoding='utf-8') as f:
            args = f.read().split('\n')
        if args[0] == '-c':
            source = '\n'.join(args[1:]).encode()
            if source.endswith(b'\n'):
                source = source[:-1]
        else:
            with open(base + '.stdin', 'rb') as f:
                source = f.read()
    else:
        with open(base + '.py', 'rb') as f:
            source = f.read()
    try:
        compile(source, name, 'exec', ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        print('%s: rejected by the parser: %s' % (name, e))
        bad += 1
        continue
    except RecursionError:
        pass  # too deep to convert to Python objects ("during ast construction"): parsed
    try:
        _symtable.symtable(source, name, 'exec')
    except (SyntaxError, RecursionError):
        continue
    print('%s: accepted by the symbol table' % name)
    bad += 1
print('%d cases, %d misplaced' % (len(names), bad))
sys.exit(1 if bad else 0)
