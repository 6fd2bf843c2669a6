# How exceptions raised in __del__ are reported.
import sys


class E(Exception):
    pass


class Q:
    class Inner(Exception):
        def __str__(self):
            raise ValueError


class A:
    def __del__(self):
        raise E()


class B:
    def __del__(self):
        raise Q.Inner('x')


class C:
    def __del__(self):
        raise SyntaxError('bad', ('f.py', 1, 2, 'abc', 1, 3))


class N:
    def __del__(self):
        raise NameError('some_name')


class G:
    def __del__(self):
        raise ExceptionGroup('eg', [ValueError(1)])


class Note:
    def __del__(self):
        e = ValueError('with note')
        e.add_note('a note')
        raise e


class Ctx:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise KeyError('k') from z


for cls in (A, B, C, N, G, Note, Ctx):
    cls()
    sys.stderr.flush()
    print('after', cls.__name__)
    sys.stdout.flush()
lam = type('L', (), {'__del__': lambda self: 1 / 0})
lam()
import os
os.path.__class__
print('end')
