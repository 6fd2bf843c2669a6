import sys
def pr(frame, event, arg):
    print('P', event, frame.f_code.co_name, frame.f_lineno, getattr(arg, '__name__', arg))
def inner(x):
    return x * 2
def outer():
    return inner(3) + len('ab')
sys.setprofile(pr)
outer()
sys.setprofile(None)
def tr(frame, event, arg):
    print('T', event, frame.f_code.co_name, frame.f_lineno, arg)
    if event == 'call' and frame.f_code.co_name == 'skip':
        return None
    return tr
def skip():
    return 1
def loop():
    total = 0
    i = 0
    while i < 2:
        i += 1
        total += skip()
    return total
sys.settrace(tr)
loop()
sys.settrace(None)
print(sys.gettrace(), sys.getprofile())
def lt(frame, event, arg):
    if event == 'line':
        print('L', frame.f_lineno, sorted(frame.f_locals.items()) if False else frame.f_locals)
    return lt
def g(a):
    b = a + 1
    c = [b]
    return c
sys.settrace(lt)
g(1)
sys.settrace(None)
