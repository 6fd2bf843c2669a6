import array, pickle, copyreg
arrs = [array.array(c, [1, 2, 3]) if c not in 'u' else array.array('u', 'xyz') for c in array.typecodes]
arrs.append(array.array('d', [1.5, -2.25]))
arrs.append(array.array('i'))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for a in arrs:
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and type(b) is type(a) and b is not a, (proto, a, b)
    print(proto, 'ok')
a = array.array('i', [1, 2])
print(a.__reduce_ex__(2))
print(a.__reduce_ex__(3))
print(a.__reduce_ex__(5))
print(array.array('u', 'hi').__reduce_ex__(4))
print(array.array('f', [0.5]).__reduce_ex__(0))
print(array.array('d').__reduce_ex__(3))
try: a.__reduce_ex__('x')
except TypeError as e: print(e)
try: a.__reduce_ex__()
except TypeError as e: print(e)
print(pickle.loads(pickle.dumps(array.array('b', [-1, 127]))))
print(pickle.dumps(array.array('B', [1, 2]), 2))
print(pickle.dumps(array.array('B', [1, 2]), 4))
print(pickle.loads(pickle.dumps([array.array('h', [1])] * 2))) 
