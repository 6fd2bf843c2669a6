# get_referents of lists, tuples, dicts, sets, atomics and several objects at once. Lists and
# tuples are visited from the last item to the first; atomic referents are included; a dict
# with only str keys reports its values, not its keys.
import gc
a, b = [1], [2]
l = [a, b, 'x', 5]
r = gc.get_referents(l)
print(len(r), r[0] is a, r[1] is b, r[2:])
t = (a, 'y')
print(gc.get_referents(t)[0] is a, gc.get_referents(t)[1])
d = {'k': a}
r = gc.get_referents(d)
print(len(r), 'k' in r, any(x is a for x in r))
print(gc.get_referents(1), gc.get_referents('s'), gc.get_referents(None), gc.get_referents(3.5))
print(gc.get_referents())
print(len(gc.get_referents(l, t)))
print(gc.get_referents([]), gc.get_referents({}))
s = frozenset([7])
print(gc.get_referents(s))
print(gc.get_referents([1, 2, 3]), gc.get_referents((4, 5, 6)))
print(sorted(map(repr, gc.get_referents({1: 'one', 2: 'two'}))))
