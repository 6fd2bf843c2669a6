# Deep structures are torn down without recursion (CPython's trashcan), in CPython's order.
class Node:
    def __init__(self, n, name=None):
        self.next = n
        self.name = name

    def __del__(self):
        if self.name is not None:
            print('del', self.name)


def nested_lists(n):
    l = None
    for i in range(n):
        l = [l]
    return l


l = nested_lists(1000000)
del l
print('nested lists freed')
t = None
for i in range(200000):
    t = (t,)
del t
print('nested tuples freed')
d = None
for i in range(200000):
    d = {'d': d}
del d
print('nested dicts freed')
h = None
for i in range(200000):
    h = Node(h)
del h
print('chain freed')
# the order of __del__ calls across the trashcan's 50-level limit
h = None
for i in range(120):
    h = Node(h, i if i % 10 == 0 else None)
del h
print('order done')
mixed = None
for i in range(100000):
    mixed = [{'k': (Node(None), mixed)}]
del mixed
print('mixed freed')


class E(Exception):
    pass


e = None
for i in range(100000):
    try:
        raise E(e)
    except E as ex:
        e = ex
del e
print('exception chain freed')
