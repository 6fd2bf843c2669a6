# Allocation-heavy work for the tracemalloc overhead benchmark: run with the argument
# "tracemalloc" to trace it (tracemalloc.start() before the work), without to run it plain.
import sys

if sys.argv[1:] == ["tracemalloc"]:
    import tracemalloc
    tracemalloc.start()


class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.children = []


def work(rounds):
    total = 0
    for r in range(rounds):
        nodes = [Node(i, str(i) * 2) for i in range(2000)]
        for i in range(1, len(nodes)):
            nodes[i // 2].children.append(nodes[i])
        index = {n.key: n for n in nodes}
        words = " ".join(n.value for n in nodes).split()
        total += len(index) + len(words) + sum(len(n.children) for n in nodes)
    return total


print(work(5))
