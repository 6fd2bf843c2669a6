# get_new_ids: the table of new objects per type since the previous call, its sort orders
# and limits, skip_update, shortnames remembered, and at_addrs over the returned ids.
import io
import sys
import objgraph


class Apple:
    pass


class Banana:
    pass


def table(**kw):
    sys.stdout.flush()         # no pending writes in a list (CPython's TextIOWrapper)
    buf = io.StringIO()
    new = objgraph.get_new_ids(file=buf, **kw)
    print(buf.getvalue(), end='')
    return new


_ = objgraph.get_new_ids(limit=0)
_ = objgraph.get_new_ids(limit=0)
apples = [Apple() for i in range(40)]
bananas = [Banana() for i in range(25)]
new = table(limit=2)
print(len(new['Apple']), len(new['Banana']))
print(sorted(set(map(type, objgraph.at_addrs(new['Apple']))), key=str))
print(objgraph.at_addrs(new['Apple']) == [a for a in objgraph.by_type('Apple')])
print(objgraph.get_new_ids(skip_update=True) is new)
del apples[:30]
bananas += [Banana() for i in range(50)]
apples += [Apple() for i in range(35)]
new = table(limit=2, sortby='new')
print(len(new['Apple']), len(new['Banana']))
new = table(limit=0, shortnames=False)
new = table(limit=0)              # the state's sets for the long names are now old
more = [Apple() for i in range(60)]
new = table(limit=1)
print(sorted(k for k in new if k.startswith('__main__')))
print(len(new['__main__.Apple']), len(new['__main__.Banana']))
new = table(limit=0, shortnames=True)
print('Apple' in new, '__main__.Apple' in new)
