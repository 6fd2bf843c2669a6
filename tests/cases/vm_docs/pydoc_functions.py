# help() of builtin functions, methods and slot wrappers: pydoc reads __doc__ and the signature
# inspect derives from __text_signature__, as in CPython 3.12.1.
import math
import pydoc

for f in (len, abs, divmod, print, sorted, isinstance, iter, max, round, [].append, str.join, dict.fromkeys,
          int.__add__, (1).__add__, math.hypot, math.log):
    print(pydoc.render_doc(f, renderer=pydoc.plaintext))
help(len)
help(math.hypot)
