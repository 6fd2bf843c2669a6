# show_chain draws only the objects of the chains: backwards (show_backrefs of the last
# objects) or forwards with backrefs=False; several chains; empty chains dropped; filter= is
# not accepted.
import objgraph
from _objgraph_util import refs


class Leaf:
    pass


class Box:
    def __init__(self, item):
        self.item = item


leaf = Leaf()
boxes = [Box(Box(leaf))]
refs(objgraph.show_chain, objgraph.find_backref_chain(leaf, objgraph.is_proper_module))
print('--')
refs(objgraph.show_chain, objgraph.find_ref_chain(boxes, lambda o: isinstance(o, Leaf)), backrefs=False)
print('--')
other = Leaf()
holder = {'other': other}
refs(objgraph.show_chain,
     objgraph.find_backref_chain(leaf, lambda o: o is boxes),
     [],
     objgraph.find_backref_chain(other, lambda o: o is holder),
     highlight=lambda o: isinstance(o, Leaf))
try:
    objgraph.show_chain([leaf], filter=None, output=None)
except TypeError as e:
    print('TypeError:', e)
