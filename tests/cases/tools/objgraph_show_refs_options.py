# show_refs with its options: max_depth (the grey gradient), too_many (the red "more
# references" node), highlight (blue), extra_info, extra_node_attrs (sorted, None dropped,
# quoted), extra_ignore, filter, refcounts, and the __del__ marker.
import objgraph
from _objgraph_util import refs


class WithDel:
    def __del__(self):
        pass


class Plain:
    pass


leaves = [[i] for i in range(6)]
root = [leaves, WithDel(), Plain(), {'deep': [[['bottom']]]}]
refs(objgraph.show_refs, [root], max_depth=4, too_many=3)
refs(objgraph.show_refs, [root], max_depth=2, highlight=lambda o: isinstance(o, list) and len(o) == 1)
refs(objgraph.show_refs, [root], max_depth=1, extra_info=lambda o: 'len=%d' % len(o) if isinstance(o, list) else None)
refs(objgraph.show_refs, [root], max_depth=1,
     extra_node_attrs=lambda o: {'shape': 'ellipse', 'tooltip': 'a "quoted"\nvalue', 'color': None})
refs(objgraph.show_refs, [root], max_depth=1, extra_node_attrs=lambda o: {})
refs(objgraph.show_refs, [root], max_depth=2, extra_ignore=[id(leaves)], filter=lambda o: not isinstance(o, str))
refs(objgraph.show_refs, [root, leaves[0]], max_depth=1, too_many=1)
refs(objgraph.show_refs, [root], max_depth=1, refcounts=True)
refs(objgraph.show_refs, [WithDel], max_depth=0)
refs(objgraph.show_refs, [], max_depth=1)
