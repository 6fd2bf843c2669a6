# show_growth after a baseline: only what the program made since then, with its counts.
import sys
import objgraph
from _objgraph_util import masked


class MyBigFatObject:
    pass


def computate_something(_cache={}):
    _cache[42] = dict(foo=MyBigFatObject(), bar=MyBigFatObject())
    x = MyBigFatObject()


objgraph.growth(limit=None)
masked(objgraph.show_growth, own=('MyBigFatObject',))
print('--')
computate_something()
masked(objgraph.show_growth, own=('MyBigFatObject',))
print('--')
masked(objgraph.show_growth, own=('MyBigFatObject',))       # nothing new: nothing printed
print('--')
keep = [MyBigFatObject() for i in range(5)] + [[i] for i in range(3)]
masked(objgraph.show_growth, own=('MyBigFatObject',), limit=1)
masked(objgraph.show_growth, own=('MyBigFatObject',))
print('--')
del keep
masked(objgraph.show_growth, own=('MyBigFatObject',))       # fewer objects than the peak: nothing
keep = [MyBigFatObject() for i in range(8)]
masked(objgraph.show_growth, own=('MyBigFatObject',))       # above the peak of 7 by 1
sys.stdout.flush()
print([(name, delta) for name, n, delta in objgraph.growth()])
