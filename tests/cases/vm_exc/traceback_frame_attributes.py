# Traceback objects (tb_frame, tb_lineno, tb_lasti, tb_next) and the frame objects they and
# sys._getframe() give (f_code, f_lineno, f_lasti, f_globals, f_back, f_locals while running).
import sys

def inner():
    x = 1
    raise ValueError('boom')

def outer():
    y = 2
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(type(tb).__name__, tb.tb_lineno, tb.tb_lasti, type(f).__name__, f.f_code.co_name, f.f_lineno, f.f_lasti,
              f.f_globals is globals(), f.f_back is None or f.f_back.f_code.co_name)
        tb = tb.tb_next
    print(type(sys.exc_info()[2]).__name__, sys.exc_info()[2] is e.__traceback__)

f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back, f.f_lasti, f.f_globals is globals(), f.f_locals is globals(), f.f_trace)

def g(a, b=2):
    c = a + b
    fr = sys._getframe()
    return fr.f_back.f_code.co_name, fr.f_code.co_qualname, fr.f_lineno, fr.f_back.f_lineno, fr.f_lasti, sorted(fr.f_locals)
print(g(1))

def h():
    return sys._getframe(1)
print(h() is sys._getframe(), h().f_code.co_name)

try:
    1 / 0
except ZeroDivisionError as e:
    t = e.__traceback__
    print(t.tb_next, t.tb_lineno, t.tb_lasti, t.tb_frame is sys._getframe())
    for name, value in [('tb_lineno', 5), ('tb_lasti', 1), ('tb_frame', None)]:
        try:
            setattr(t, name, value)
        except AttributeError as ex:
            print('AttributeError', ex)
    t.tb_next = None
    for value in [5, t]:
        try:
            t.tb_next = value
        except (TypeError, ValueError) as ex:
            print(type(ex).__name__, ex)
    try:
        del t.tb_next
    except TypeError as ex:
        print('TypeError', ex)
    print(sorted(a for a in dir(t) if not a.startswith('__')))

def entries(e):
    out = []
    t = e.__traceback__
    while t is not None:
        out.append((t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_lasti))
        t = t.tb_next
    return out

class C:
    def __getitem__(self, i):
        raise IndexError(i)
try:
    C()[3]
except IndexError as e:
    print(entries(e))
try:
    sorted([3, 1], key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print(entries(e))
