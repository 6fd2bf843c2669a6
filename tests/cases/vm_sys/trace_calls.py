import sys
def tr(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg if event != 'exception' else arg[0].__name__)
    return tr
def f(n):
    s = 0
    for i in range(n):
        s += i
    return s
def g():
    yield 1
    yield 2
sys.settrace(tr)
f(2)
for v in g():
    pass
sys.settrace(None)
print('done')
