# find_backref_chain from an object up to a module in sys.modules, find_ref_chain down to an
# object that matches, the shortest chain first, max_depth and extra_ignore, and not found.
import objgraph
from _objgraph_util import names


class Leaf:
    pass


class Branch:
    def __init__(self, *children):
        self.children = list(children)


leaf = Leaf()
tree = Branch(Branch(Branch(leaf)), Branch())
registry = {'tree': tree}
chain = objgraph.find_backref_chain(leaf, objgraph.is_proper_module)
print(names(chain), chain[0].__name__ if chain else None)
print(names(objgraph.find_ref_chain(tree, lambda o: isinstance(o, Leaf))))
print(names(objgraph.find_ref_chain(tree, lambda o: isinstance(o, Leaf), max_depth=3)))
print(names(objgraph.find_ref_chain(registry, lambda o: isinstance(o, Leaf))))
lone = Leaf()
print(names(objgraph.find_ref_chain(lone, lambda o: isinstance(o, Branch))))
print(objgraph.find_ref_chain(lone, lambda o: o is lone) == [lone])
print(names(objgraph.find_backref_chain(leaf, objgraph.is_proper_module, max_depth=2)))
inner = tree.children[0].children[0]
ch = objgraph.find_backref_chain(leaf, lambda o: isinstance(o, Branch) and o is not inner,
                                 extra_ignore=[id(inner.children)])
print(names(ch))
print(names(objgraph.find_backref_chain(leaf, lambda o: o is registry)))


def inside():
    local = Leaf()
    return names(objgraph.find_backref_chain(local, objgraph.is_proper_module))


print(inside())
