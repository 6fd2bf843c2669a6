# The first calls after a full collection (which empties the free lists): the argument tuple
# of a class called with arguments, of METH_VARARGS builtins (print, max, str.format,
# gc.set_threshold) and the keyword dict of a class called with keywords count as allocations.
import gc, sys
class B:
    def __init__(self, v=0, w=0):
        self.v = v
def M(): return gc.get_count()[0]
def show(label, fn):
    gc.collect()
    M(); M()
    a = M()
    fn()
    b = M()
    sys.stdout.write('%s %d\n' % (label, b - a))
show('class, 1 arg', lambda: B(1))
show('class, 2 args', lambda: B(1, 2))
show('class, keyword', lambda: B(w=1))
show('class, none', lambda: B())
show('print', lambda: print('x'))
show('print 2', lambda: print('x', 'y'))
show('max', lambda: max(1, 2))
show('min 3', lambda: min(3, 1, 2))
show('format', lambda: '{} {}'.format(1, 2))
show('set_threshold', lambda: gc.set_threshold(700, 10, 10))
show('slice', lambda: [1, 2, 3][1:])
