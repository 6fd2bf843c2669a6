# bytearray over-allocation (CPython: PyByteArray_Resize): appends grow by about 1/8,
# += / extend by the same rule, shrinking below half reallocates exactly.
import sys

ba = bytearray()
seen = [sys.getsizeof(ba)]
for i in range(200):
    ba.append(i & 0xff)
    s = sys.getsizeof(ba)
    if s != seen[-1]:
        seen.append(s)
        print('append', len(ba), s, ba.__sizeof__())
ba = bytearray()
for i in range(10):
    ba += b'abcdefg'
    print('+=', len(ba), sys.getsizeof(ba))
ba = bytearray()
for i in range(8):
    ba.extend(range(13))
    print('extend', len(ba), sys.getsizeof(ba))
ba = bytearray(100)
print('init', sys.getsizeof(ba))
for n in [99, 80, 60, 50, 49, 30, 10, 0]:
    del ba[n:]
    print('del', len(ba), sys.getsizeof(ba))
ba = bytearray(b'x' * 50)
ba[10:20] = b''
print('slice-del', len(ba), sys.getsizeof(ba))
ba[0:0] = b'y' * 30
print('slice-ins', len(ba), sys.getsizeof(ba))
ba = bytearray(b'abc')
ba *= 10
print('*=', len(ba), sys.getsizeof(ba))
ba.clear()
print('clear', sys.getsizeof(ba))
print(sys.getsizeof(bytearray(b'abc') + b'de'), sys.getsizeof(bytearray(b'abcdef')[1:3]), sys.getsizeof(bytearray(b'ab') * 5))
print(sys.getsizeof(bytearray(range(10))), sys.getsizeof(bytearray('abc', 'ascii')), sys.getsizeof(bytearray(b'q').copy()))
ba = bytearray(b'xy')
ba.insert(0, 1)
print('insert', sys.getsizeof(ba))
ba.pop()
ba.remove(1)
print('pop/remove', len(ba), sys.getsizeof(ba))
