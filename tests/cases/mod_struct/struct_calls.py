import struct
for call in ["struct.pack()", "struct.pack(1)", "struct.pack('i')", "struct.pack('i', 1, 2)", "struct.unpack('i', b'abc')",
  "struct.unpack_from('i', b'ab')", "struct.unpack_from('i', b'abcdef', 3)", "struct.unpack_from('i', b'ab', -3)", "struct.unpack_from('i', b'abcdefgh', offset=-2)",
  "struct.iter_unpack('', b'')", "struct.iter_unpack('i', b'abc')", "struct.pack_into('i')", "struct.pack_into('i', bytearray(8))",
  "struct.pack_into('i', bytearray(8), 6, 1)", "struct.pack_into('i', bytearray(8), -2, 1)", "struct.pack_into('i', bytearray(8), -10, 1)",
  "struct.pack_into('i', bytearray(8), 0)", "struct.pack_into('i', b'12345678', 0, 1)", "struct.pack_into('i', bytearray(8), 'x', 1)",
  "struct.Struct()", "struct.Struct(1)", "struct.Struct('i').unpack()", "struct.Struct('i').unpack(b'1234', 1)", "struct.unpack('i', 'abcd')",
  "struct.calcsize(b'ii')", "struct.Struct(b'ii').format", "struct.Struct('i').__sizeof__()", "struct.Struct('3s2i').__sizeof__()",
  "struct.unpack('i', memoryview(b'abcd'))", "struct.calcsize('i\\0')", "struct.calcsize('é')", "struct.Struct.__init__(struct.Struct('i'), 'ii').size",
  "list(struct.iter_unpack('<h', b'abcdef'))", "struct.iter_unpack('<h', b'abcdef').__length_hint__()", "type(struct.iter_unpack('<h', b''))",
  "type(struct.iter_unpack('<h', b''))()", "struct.unpack_from('i', buffer=b'abcd')", "struct.Struct('i').unpack_from(b'abcd', offset=1)",
  "struct.pack('e', 65504.0)", "struct.pack('e', 65520.0)", "struct.pack('<e', 1e-8)", "struct.unpack('e', b'\\x01\\x00')", "struct.pack('>e', 0.1)",
  "struct.pack('5p', b'abcdefg')", "struct.unpack('5p', b'\\x09abcdefg')", "struct.pack('0p', b'a')", "struct.pack('3s', bytearray(b'a'))",
  "struct.pack('c', bytearray(b'a'))", "struct.calcsize('b0i')", "struct.calcsize('bi?hqd')", "struct.calcsize('=bi?hqd')", "struct.pack('@?', 5)",
  "struct.Struct('i').format", "struct.Struct('  i').size", "struct.calcsize(' <i')", "struct.pack('?', struct)", "struct._clearcache()",
  "struct.pack('d', 10**400)", "struct.pack('i', True)", "struct.error.__module__", "struct.Struct.__module__", "struct.Struct('i').pack_into(bytearray(4), 0, 1)",
  "struct.pack('f', 3.4e38 * 1.0000001)", "struct.pack('<f', 3.4028235e38 * 1.00000005)", "struct.pack('!f', float('nan'))",
  ]:
    try: r = eval(call); print(call, '->', repr(r))
    except Exception as e: print(call, '!!', type(e).__name__, e)
class I:
    def __index__(self): return 7
print(struct.pack('<hQ', I(), I()))
print(struct.pack('<5sx2pc?', b'hi', b'xyz', b'q', 0))
print(struct.unpack('<5sx2pc?', struct.pack('<5sx2pc?', b'hi', b'xyz', b'q', 0)))
s = struct.Struct('>IHb')
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
buf = bytearray(10); s.pack_into(buf, 2, 5, 6, -7); print(buf)
print(s.unpack_from(buf, 2), list(s.iter_unpack(bytes(14))))
mv = memoryview(bytearray(8)); struct.pack_into('<i', mv, 4, -2); print(mv.tobytes())
print(struct.unpack('<qQnN'[:3], bytes(range(24))) if False else struct.unpack('<qQ', bytes(range(16))))
print(struct.unpack('nNP', bytes(range(24))))
print(struct.pack('@bhilqfd', 1, 2, 3, 4, 5, 6.5, 7.25))
print(struct.unpack('@bhilqfd', struct.pack('@bhilqfd', 1, 2, 3, 4, 5, 6.5, 7.25)))
for x in [0.0, -0.0, 1.0, 1.5, 65504.0, 6e-8, 5.96e-8, 2.98e-8, 1e-5, 3.14159, -2.5, float('inf'), float('-inf')]:
    print(x, struct.pack('<e', x), struct.unpack('<e', struct.pack('<e', x)), struct.pack('<f', x), struct.unpack('>d', struct.pack('>d', x)))
class S(struct.Struct): pass
print(S('i').size, type(S('<i')).__mro__)
