# Refcounts of exception arguments (args tuple), attributes set on exceptions, and exception groups.
import sys
rc = sys.getrefcount
o = object()
e = ValueError(o)
print(rc(o), rc(e.args))
e2 = ValueError(o, o)
print(rc(o))
del e2
print(rc(o))
e.args = ()
print(rc(o))
e.note = o
print(rc(o))
e.add_note('n')
print(rc(e.__notes__))
k = KeyError(o)
print(rc(o))
s = StopIteration(o)
print(rc(o), s.value is o)
del k, s
print(rc(o))
os_e = OSError(2, 'msg', 'f.txt')
print(rc(os_e.filename), rc(os_e.strerror))
eg = ExceptionGroup('g', [e, e])
print(rc(e), rc(eg.exceptions))
a, b = eg.split(ValueError)
print(rc(e), b)
