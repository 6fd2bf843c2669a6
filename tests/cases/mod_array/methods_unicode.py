import array
a = array.array('u', 'abc')
print(a, a.tounicode(), a.itemsize, len(a))
a.fromunicode('dé€\U0001F600'); print(a, len(a))
a.append('z'); a[0] = 'Z'; print(a, a[0], a[-1])
print(a.tobytes()[:8])
for bad in [1, 'xy', b'x']:
    try:
        a.append(bad)
    except TypeError as e:
        print(e)
try: a.fromunicode(1)
except TypeError as e: print(e)
try: array.array('i').fromunicode('a')
except ValueError as e: print(e)
try: array.array('i').tounicode()
except ValueError as e: print(e)
print(array.array('u', ['x', 'y']), array.array('u', ('x',)))
print(array.array('u', iter('pq')), array.array('u', array.array('u', 'rs')))
print(a == array.array('u', a.tounicode()), a < array.array('u', 'a'), 'Z' in a)
print(a.index('z'), a.count('b'))
