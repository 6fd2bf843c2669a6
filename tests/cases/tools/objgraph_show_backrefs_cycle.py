# The tutorial's reference cycle drawn with show_backrefs: the referrers of a node up to the
# module __main__ (green, not expanded), through __main__'s globals dict.
import objgraph
from _objgraph_util import refs, renumber


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


a = Node('a')
b = Node('b')
a.next = b
b.next = a
del b
refs(objgraph.show_backrefs, [a])
refs(objgraph.show_backrefs, [a], max_depth=2, too_many=1)
objgraph.show_backrefs([a], filename='cycle.dot')
with open('cycle.dot') as f:
    print(renumber(f.read()), end='')
import os
os.remove('cycle.dot')
