class L(list):
    def extra(self):
        return len(self) * 2
l = L([1, 2, 3])
l.append(4)
print(l, l.extra(), type(l).__name__, isinstance(l, list), l + [5], type(l + [5]).__name__)
print(l[1:], type(l[1:]).__name__, l == [1, 2, 3, 4], sorted(l, reverse=True))
l2 = L()
l2 += 'ab'
print(l2, len(l2), l2 * 2, l2[::-1], L(range(3)) < [0, 2])
l2.sort(reverse=True)
print(l2, l2.pop(), l2)
