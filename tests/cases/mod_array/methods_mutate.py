import array
a = array.array('i', [1, 2, 3, 2, 1])
a.append(4); print(a)
a.insert(0, 9); a.insert(-1, 8); a.insert(100, 7); a.insert(-100, 6); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2); print(a)
a.reverse(); print(a)
a.extend([10, 11]); a.extend(array.array('i', [12])); a.extend(a); print(a)
a.fromlist([20, 21]); print(a)
print(a.count(1), a.count(2), a.count(99), a.count('x'))
print(a.index(1), a.index(1, 2), a.index(12, -5), a.index(9, 0, 100))
for args in [(99,), (1, 100), (1, 0, 1), (12, -1)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print('ValueError', e)
try: a.remove(99)
except ValueError as e: print(e)
try: array.array('i').pop()
except IndexError as e: print(e)
try: a.pop(100)
except IndexError as e: print(e)
b = array.array('h', [1, 2, 3])
try:
    b.fromlist([4, 5, 'x'])
except TypeError as e:
    print(e, b)
try:
    b.fromlist((1,))
except TypeError as e:
    print(e)
