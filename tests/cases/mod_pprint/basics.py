# pprint: wrapping of nested containers, sorting of dicts, depth, compact, width, dataclasses,
# recursion, pformat/saferepr/isreadable, and PrettyPrinter options.
import pprint
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'glasspy', 'versions': [3.12, 3.11, (3, 10)], 'nested': {'a': list(range(30)), 'b': {'c': {'d': {'e': 'deep'}}}},
        'text': 'lorem ipsum dolor sit amet ' * 5, 'bytes': b'\x00\x01' * 30, 'set': {3, 1, 2}, 'frozen': frozenset({'x'})}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data, compact=True, sort_dicts=False)
pprint.pprint(list(range(100)), compact=True, width=60)
print(pprint.pformat({'b': 1, 'a': [1, 2, {'z': 0, 'y': (1,)}]}, indent=4, width=20))
print(pprint.saferepr({'x': [1, 2]}), pprint.isreadable([1, 'a']), pprint.isrecursive([]))
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), 'ID'))
print(pprint.saferepr(r).replace(str(id(r)), 'ID'), pprint.isrecursive(r), pprint.isreadable(r))

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    weight: float = 1.0

tree = Node('root', [Node('child-%d' % i, [Node('leaf')] * 2) for i in range(3)])
pprint.pprint(tree)
pprint.pprint(tree, width=200)
pprint.pprint(OrderedDict(a=1, b=[1] * 30))
pprint.pprint(defaultdict(list, {'k': list(range(25))}))
pprint.pprint(Counter('abracadabra' * 3))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(('a' * 50, 'b' * 50))
pprint.pprint('word ' * 30)
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, underscore_numbers=True)
pp.pprint({'n': 10 ** 12, 'deep': [[[[1]]]]})
print(pp.pformat(12345678))
pprint.pp({'z': 1, 'a': 2})
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print('ValueError', e)
