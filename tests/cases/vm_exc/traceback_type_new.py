# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno), its checks, and tb_next assignment.
import types, sys
def f():
    return sys._getframe()
fr = f()
tb = types.TracebackType(None, fr, 0, 5)
print(tb.tb_lineno, tb.tb_lasti, tb.tb_frame is fr, tb.tb_next)
tb2 = types.TracebackType(tb, fr, 2, 7)
print(tb2.tb_next is tb)
for args in [(1, fr, 0, 1), (None, 1, 0, 1), (None, fr, 'x', 1), (None, fr, 0), ()]:
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print(e)
try:
    types.TracebackType(tb_next=None, tb_frame=fr, tb_lasti=0, tb_lineno=1)
    print('kw ok')
except TypeError as e:
    print(e)
e = ValueError('x').with_traceback(tb2)
print(e.__traceback__ is tb2)
tb.tb_next = None
try:
    tb.tb_next = tb2
except ValueError as e:
    print(e)
try:
    tb.tb_next = 5
except TypeError as e:
