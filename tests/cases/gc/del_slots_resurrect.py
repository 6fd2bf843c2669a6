# __slots__ instances with __del__: finalizer runs once even across resurrection.
import gc
saved = []
class S:
    __slots__ = ('other', '__weakref__')
    def __del__(self):
        saved.append(self)
gc.collect()
a = S(); b = S()
a.other = b; b.other = a
del a, b
print(gc.collect(), len(saved))
saved.clear()
print(gc.collect(), len(saved))
