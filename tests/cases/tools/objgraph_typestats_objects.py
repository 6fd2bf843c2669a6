# typestats, most_common_types and show_most_common_types over objects= lists: order of
# first occurrence, ties, filters, long names, limits, the empty list's ValueError.
import collections
import io
import objgraph


class Point:
    pass


objs = [[], {}, (), Point(), [], Point(), set(), {}, [], collections.OrderedDict(), Point(), frozenset(), 1, 'x']
print(objgraph.typestats(objs))
print(objgraph.typestats(objs, shortnames=False))
print(objgraph.typestats(objs, filter=lambda o: not isinstance(o, list)))
print(objgraph.most_common_types(objects=objs))
print(objgraph.most_common_types(limit=2, objects=objs))
print(objgraph.most_common_types(limit=None, objects=objs, shortnames=False))
objgraph.show_most_common_types(objects=objs)
objgraph.show_most_common_types(limit=3, objects=objs, shortnames=False)
buf = io.StringIO()
objgraph.show_most_common_types(objects=objs, file=buf, filter=lambda o: isinstance(o, dict))
print(repr(buf.getvalue()))
try:
    objgraph.show_most_common_types(objects=[])
except ValueError as e:
    print('ValueError:', e)
print(objgraph.most_common_types(objects=[]))
