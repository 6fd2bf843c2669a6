# complex() with __complex__, __float__ and __index__ objects, a complex subclass from __complex__ (DeprecationWarning), and the type errors.
class C:
    def __complex__(self): return 1+2j
print(complex(C()))
class F:
    def __float__(self): return 2.5
print(complex(F()))
class I:
    def __index__(self): return 3
print(complex(I()))
class Bad:
    def __complex__(self): return 1
try: complex(Bad())
except TypeError as e: print(e)
try: complex(object())
except TypeError as e: print(e)
print(complex(C(), 1) if False else "")
class CS(complex): pass
class D:
    def __complex__(self): return CS(1, 1)
import warnings
warnings.simplefilter('always')
print(complex(D()))
print(complex(1, I()), complex(F(), F()), complex(1+1j, 1+1j), complex(C(), 2))
try: complex(1, object())
except TypeError as e: print(e)
try: complex(object(), object())
except TypeError as e: print(e)
try: complex(imag=object())
except TypeError as e: print(e)
