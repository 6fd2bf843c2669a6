# The tutorial: the most common types (here over the program's own objects: the
# interpreter's start-up objects are its own business), the growth a function leaves behind,
# and the back references of an object caught in a reference cycle, written as a .dot file.
import gc
import objgraph
from _objgraph_util import masked, renumber


class MyBigFatObject:
    pass


def computate_something(_cache={}):
    _cache[42] = dict(foo=MyBigFatObject(), bar=MyBigFatObject())
    x = MyBigFatObject()


before = {id(o) for o in gc.get_objects()}
computate_something()
made = [o for o in gc.get_objects() if id(o) not in before and o is not before]
objgraph.show_most_common_types(objects=made)
objgraph.growth()
computate_something()
masked(objgraph.show_growth, own=('MyBigFatObject',))
x = []
y = [x, [x], dict(x=x)]
x.append(y)
objgraph.show_backrefs([x], filename='tutorial.dot')
with open('tutorial.dot') as f:
    print(renumber(f.read()), end='')
import os
os.remove('tutorial.dot')
