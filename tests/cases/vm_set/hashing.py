print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([3, 2, 1])), hash(frozenset(range(100))))
print(hash(frozenset([(1, 2), None, 2.5])), hash(frozenset([-1])), hash(frozenset([2**70])))
d = {frozenset({1, 2}): 'a'}
print(d[frozenset({2, 1})], frozenset({1, 2}) in d, {frozenset(): 1}[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s), frozenset([1, 2]) in {frozenset([2, 1])})
print(frozenset('ab') == frozenset('ba'), hash(frozenset('ab')) == hash(frozenset('ba')))
