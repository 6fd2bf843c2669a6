import array
a = array.array('i', [1])
calls = [lambda: a.extend(), lambda: a.extend(1, 2), lambda: a.extend(x=1), lambda: a.__reduce_ex__(), lambda: a.tofile(),
         lambda: a.fromfile(1), lambda: a.index(), lambda: a.pop(1, 2), lambda: a.insert(1), lambda: a.index(1, 'a'), lambda: a.pop('a'),
         lambda: a.fromfile(None, 'a'), lambda: a.insert('a', 1), lambda: a.index(1, None), lambda: a.pop(1.0), lambda: a.extend(5),
         lambda: a.append(), lambda: a.tolist(1), lambda: a.__deepcopy__()]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
print(a.index(1, 0, 2**100), a.index(1, -2**100))
