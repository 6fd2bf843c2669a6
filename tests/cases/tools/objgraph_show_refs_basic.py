# show_refs on the documentation's example: a list's referents come last item first
# (list_traverse), the dict's edge to x is labelled with its key.
import objgraph
from _objgraph_util import refs

x = []
y = [x, [x], dict(x=x)]
refs(objgraph.show_refs, [y])
refs(objgraph.show_refs, y)          # a list is the list of start objects
refs(objgraph.show_refs, (y,), max_depth=1)
refs(objgraph.show_refs, [y], max_depth=0)
refs(objgraph.show_refs, {'k': y}, max_depth=2)
