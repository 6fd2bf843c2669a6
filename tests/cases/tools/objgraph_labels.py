# Node labels: classes, modules and builtin functions by name, bound methods, lambdas,
# containers and their subclasses as "N items", reprs cut at 40 characters, a failing repr,
# DOT quoting of backslashes, quotes, newlines and NULs; qualified names with shortnames=False.
import sys
import objgraph
from _objgraph_util import refs, renumber


class Thing:
    def method(self):
        pass


class Falsy(list):
    def method(self):
        pass


class BadRepr:
    def __repr__(self):
        raise RuntimeError('no')


class NotStrName:
    __name__ = 42


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


items = [
    Thing, sys, len, [].append, Thing().method, Falsy().method,
    lambda: 0, (1, 2), MyTuple((1,)), {1}, frozenset({2}), MyDict(a=1),
    'x' * 100, BadRepr(), 'quote " back \\ new\nline nul \0 end',
    NotStrName(), type(None), Thing(),
]
for i, o in enumerate(items):
    print(i, renumber(objgraph._safe_repr(o)))
holder = items
refs(objgraph.show_refs, [holder], max_depth=1, too_many=30)
refs(objgraph.show_refs, [holder], max_depth=1, too_many=30, shortnames=False,
     filter=lambda o: not isinstance(o, str))
