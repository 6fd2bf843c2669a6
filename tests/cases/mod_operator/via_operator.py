import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.__add__(1, 2), operator.__lt__, operator.itemgetter is itemgetter, operator.__doc__.splitlines()[0])
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0, 1)), sorted(['bb', 'a', 'ccc'], key=len))
class Pt:
    def __init__(self, x): self.x = x
    def mul(self, k): return self.x * k
print(list(map(attrgetter('x'), [Pt(1), Pt(2)])), list(map(methodcaller('mul', 3), [Pt(1), Pt(2)])))
print(operator.length_hint(iter(range(9))), operator.index(7), operator.concat([1], [2]), operator.countOf('banana', 'a'))
print(operator.__iadd__([1], [2]), operator.ipow(2, 10), operator.truth(()), operator.is_none(None) if hasattr(operator, 'is_none') else '')
print(operator._compare_digest(b'abc', b'abc'), operator._compare_digest('a', 'b'))
print(repr(itemgetter(1)), repr(attrgetter('a.b')), repr(methodcaller('m', 1, k=2)))
import copy
print(copy.copy(itemgetter(1, 2)), copy.deepcopy(attrgetter('x')), copy.copy(methodcaller('f', k=1)))
