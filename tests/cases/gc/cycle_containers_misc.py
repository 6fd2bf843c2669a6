# Cycles through deque, OrderedDict, defaultdict, set of frozensets-free objects and partial.
import gc, collections, functools
gc.collect()
dq = collections.deque()
dq.append(dq)
del dq
print('deque', gc.collect())
od = collections.OrderedDict()
od['me'] = od
del od
print('OrderedDict', gc.collect() > 0)
dd = collections.defaultdict(list)
dd['x'].append(dd)
del dd
print('defaultdict', gc.collect())
l = []
p = functools.partial(print, l)
l.append(p)
del l, p
print('partial', gc.collect())
