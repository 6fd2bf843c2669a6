# The 256 one-byte bytes objects are shared; which bytes operations return them, the operand itself, or a new object.
import struct
A = bytes([65]); a = bytes([97]); q = bytes([113])
for x in (0, 10, 65, 127, 128, 255):
    print(x, bytes([x]) is bytes([x]), bytes([x]) is b'%c' % x, bytes((x,)) is bytes([x]), x.to_bytes(1, 'big') is bytes([x]))
w = b'word'
class B(bytes): pass
c = B(b'word')
tests = {
 'list': lambda: bytes([65]) is A, 'slice': lambda: b'abc'[0:1] is a, 'slice_end': lambda: b'abq'[2:] is q, 'item': lambda: b'abc'[0] is 97,
 'lower': lambda: b'A'.lower() is a, 'upper': lambda: b'a'.upper() is A, 'strip': lambda: b' a '.strip() is a, 'replace': lambda: b'ab'.replace(b'b', b'') is a,
 'center': lambda: b'a'.center(1) is a, 'split': lambda: b'q,b'.split(b',')[0] is q, 'join1': lambda: b''.join([q]) is q, 'joinsep': lambda: b'-'.join([q]) is q,
 'join2': lambda: b''.join([q, b'']) is q, 'mul': lambda: q * 1 is q, 'add': lambda: q + b'' is q, 'radd': lambda: b'' + q is q,
 'encode': lambda: 'q'.encode() is q, 'encode_latin1': lambda: 'q'.encode('latin-1') is q, 'encode_ascii': lambda: 'q'.encode('ascii') is q,
 'bytes_str': lambda: bytes('q', 'ascii') is q, 'bytes_bytes': lambda: bytes(q) is q, 'bytes_bytearray': lambda: bytes(bytearray(b'q')) is q,
 'fromhex': lambda: bytes.fromhex('71') is q, 'bytes1': lambda: bytes(1) is b'\x00', 'bytes1b': lambda: bytes(1) is bytes(1), 'bytes2': lambda: bytes(2) is bytes(2),
 'list2': lambda: bytes([1, 2]) is bytes([1, 2]), 'memview': lambda: memoryview(b'qy')[0:1].tobytes() is q, 'bytes_memview': lambda: bytes(memoryview(b'q')) is q,
 'extslice': lambda: b'qy'[::2] is q, 'pack': lambda: struct.pack('B', 113) is q, 'pack_slice': lambda: struct.pack('<H', 113)[:1] is q,
 'pct': lambda: b'%s' % q is q, 'pct_c': lambda: b'%c' % 113 is q, 'iter_gen': lambda: bytes(x for x in [113]) is q, 'range': lambda: bytes(range(113, 114)) is q,
 'w_slice': lambda: w[:] is w, 'w_bytes': lambda: bytes(w) is w, 'w_replace_none': lambda: w.replace(b'z', b'y') is w, 'w_strip': lambda: w.strip() is w,
 'w_mul': lambda: w * 1 is w, 'w_add': lambda: w + b'' is w, 'w_radd': lambda: b'' + w is w, 'w_split': lambda: w.split()[0] is w, 'w_split_sep': lambda: w.split(b'z')[0] is w,
 'w_rsplit': lambda: w.rsplit()[0] is w, 'w_splitlines': lambda: w.splitlines()[0] is w, 'w_partition': lambda: w.partition(b'z')[0] is w, 'w_lower': lambda: w.lower() is w,
 'w_center': lambda: w.center(4) is w, 'w_ljust': lambda: w.ljust(2) is w, 'w_zfill': lambda: w.zfill(1) is w, 'w_translate': lambda: w.translate(None) is w,
 'w_lstrip': lambda: w.lstrip() is w, 'w_expandtabs': lambda: w.expandtabs() is w, 'w_join': lambda: b''.join([w]) is w, 'w_removeprefix': lambda: w.removeprefix(b'z') is w,
 'w_bytes_fromobj': lambda: bytes(memoryview(w)) is w, 'w_title': lambda: w.title() is w, 'w_replace_same': lambda: w.replace(b'o', b'o') is w,
 'c_bytes': lambda: bytes(c) is c, 'c_bytes_type': lambda: type(bytes(c)).__name__, 'c_slice': lambda: c[:] is c, 'c_slice_type': lambda: type(c[:]).__name__,
 'c_strip_type': lambda: type(c.strip()).__name__, 'c_join': lambda: type(b''.join([c])).__name__, 'c_add': lambda: type(c + b'').__name__,
 'rc_A': lambda: __import__('sys').getrefcount(b'A') > 1000000, 'rc_200': lambda: __import__('sys').getrefcount(bytes([200])) > 1000000,
 'rc_AB': lambda: __import__('sys').getrefcount(b'AB') < 10,
}
for k, f in tests.items():
    print(k, f())
print(b'xq'.removeprefix(b'x') is q, b'qx'.removesuffix(b'x') is q, b'q,x'.partition(b',')[0] is q, b'x,q'.rpartition(b',')[2] is q, b'xqx'.strip(b'x') is q, b'x'.translate(bytes.maketrans(b'x', b'q')) is q, b'xq'.translate(None, b'x') is q, b''.center(1) is b' ', b''.zfill(1) is b'0', b'q'.zfill(1) is q, b'q\n'.splitlines()[0] is q, b'q x'.split()[0] is q, b'qqq'.replace(b'qq', b'') is q)
print(memoryview(b'q').tobytes() is q, w.split(None, 0)[0] is w, w.rsplit(None, 0)[0] is w, w.split(b'o', 0)[0] is w, b' w'.split()[0] == b'w', b''.split(b'x')[0] is b'')
