# Reference cycles and the cyclic collector: cyclic garbage made in a loop, gc.collect() results.
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None
        self.children = []


def make_ring(n):
    nodes = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.peer = b
        a.children.append(b)
    return nodes[0]


gc.collect()
total = 0
for i in range(20000):
    head = make_ring(50)
    total += head.peer.value
    del head
print(total, gc.collect())
tree = []
for i in range(600):
    parent = Node(i)
    for j in range(100):
        child = Node(j)
        child.peer = parent
        parent.children.append(child)
    tree.append(parent)
print(sum(len(p.children) for p in tree))
del tree
print(gc.collect())
