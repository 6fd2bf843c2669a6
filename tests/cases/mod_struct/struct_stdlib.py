# struct through the standard library's users.
import struct
from collections import namedtuple
Rec = namedtuple('Rec', 'id flags score name')
fmt = struct.Struct('<IHf8s')
data = fmt.pack(7, 3, 2.5, b'glass')
print(data.hex(), Rec._make(fmt.unpack(data)))
print(struct.pack('>d', 1/3).hex(), struct.unpack('>d', bytes.fromhex('3fd5555555555555')))
print([struct.unpack('<B', bytes([i]))[0] for i in (0, 127, 255)])
print(struct.calcsize('P'), struct.calcsize('@5sQ'), struct.calcsize('<5sQ'), struct.calcsize('!?xhxl'))
try:
    struct.unpack('<I', b'\x00')
except struct.error as e:
    print('struct.error:', e, isinstance(e, Exception))
print(struct.pack('<q', -2**63), struct.unpack('<q', struct.pack('<q', -2**63)))
print(struct.pack('>Q', 2**64 - 1), struct.pack('<n', -1) if False else struct.pack('n', -1))
