# Where automatic collections run: after calls of builtins and classes (CPython checks the eval
# breaker after a call that ran no Python frame), not after len(), isinstance(), type(x) or a
# list.append statement once their call sites are specialized, and at loop back-edges.
import gc
marks = []
stage = None
def cb(phase, info):
    if phase == 'start':
        marks.append(stage)
class A: pass
def run(label, body):
    global stage
    marks.clear()
    gc.collect()
    gc.set_threshold(3, 1000, 1000)
    gc.callbacks.append(cb)
    body()
    gc.callbacks.remove(cb)
    gc.set_threshold(700, 10, 10)
    stage = None
    print(label, ''.join(marks))
def calls():
    global stage
    keep = []
    x = [0]
    for i in range(20):
        stage = 'a'
        keep.append([i])
        stage = 'b'
        len(x)
        stage = 'c'
        abs(i)
        stage = 'd'
        y = [i]
        stage = 'e'
        isinstance(y, list)
        stage = 'f'
        type(y)
        stage = 'g'
        keep.append(y)
        stage = 'h'
        z = (A(), i)
        stage = 'i'
        keep.append(z)
        stage = 'j'
def ex_calls():
    global stage
    keep = []
    args = (1,)
    for i in range(20):
        stage = 'a'
        keep.append([i, i])
        stage = 'b'
        abs(*args)
        stage = 'c'
        keep.append({i: i})
        stage = 'd'
def py_calls():
    global stage
    keep = []
    def f(v):
        return [v]
    for i in range(20):
        stage = 'a'
        keep.append(f(i))
        stage = 'b'
        keep.append(f(i))
        stage = 'c'
run('calls', calls)
run('ex_calls', ex_calls)
run('py_calls', py_calls)
