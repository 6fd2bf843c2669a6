# show_backrefs: referrers in gc.get_referrers order, cut at too_many ("N more
# backreferences", the red gradient one level down), modules drawn green and not expanded,
# refcounts of referrers, highlight, and a list subclass given as objs.
import objgraph
from _objgraph_util import refs


class Shared:
    pass


class Bag(list):
    pass


shared = Shared()
holders = [[shared] for i in range(5)]
pairs = {'a': shared, 'b': (shared,)}
refs(objgraph.show_backrefs, [shared], max_depth=2, too_many=3)
refs(objgraph.show_backrefs, shared, max_depth=3, too_many=2, refcounts=True,
     extra_info=lambda o: type(o).__name__.upper(),
     highlight=lambda o: isinstance(o, list))
refs(objgraph.show_backrefs, Bag(), max_depth=1)
refs(objgraph.show_backrefs, Bag([shared]), max_depth=1, too_many=1)
refs(objgraph.show_backrefs, [pairs['b']], max_depth=2, shortnames=False)
