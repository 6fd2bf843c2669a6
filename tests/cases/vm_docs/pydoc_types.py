# help() of builtin types: their doc, text signature and every method's doc and signature, as
# pydoc renders them in CPython 3.12.1 (type and object are left out: they list the loaded subclasses).
import pydoc

for t in (list, dict, range, int, float, set, bool, slice):
    print(pydoc.render_doc(t, renderer=pydoc.plaintext))
