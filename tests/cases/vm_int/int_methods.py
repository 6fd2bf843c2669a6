print((255).to_bytes(2, 'little'), (-1).to_bytes(2, signed=True))
for a in [(256).to_bytes, lambda: (-1).to_bytes(1), lambda: (1).to_bytes(-1), lambda: (1).to_bytes(1,'x'), lambda: int.from_bytes(b'\x01', 'x'), lambda: int.from_bytes(5)]:
    try: print(a(1) if a is not None and getattr(a,'__name__','')=='to_bytes' else a())
    except Exception as e: print(type(e).__name__, e)
print(int.from_bytes(b'\xff\x00', 'little', signed=True), int.from_bytes([1,2]))
class B(int): pass
print(type(B.from_bytes(b'\x01')), B.from_bytes(b'\x07'))
print((10).__round__(-1), round(15,-1), round(25, -1), round(-25,-1))
print(divmod(7,-2), divmod(7.5, 2), (7).__rdivmod__(20))
print((3).__sizeof__(), (2**100).__sizeof__(), (0).__sizeof__(), True.__sizeof__())
print((5).__getnewargs__(), (5.5).__getnewargs__(), float.__getformat__('double'))
for v in [0, 1, -1, 255, -256, 2**64, -(2**64) + 1, 2**1000 - 1, True, False]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.real, v.imag, v.numerator, v.denominator, v.conjugate(), v.is_integer())
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(-2), v.__float__() if abs(v) < 2**1000 else 'big')
print(type(True.real), type(True.numerator), type(True.conjugate()), type(True.__round__()), True.as_integer_ratio())
print((1024).to_bytes(4), (1024).to_bytes(4, 'little'), (-129).to_bytes(2, 'big', signed=True), (0).to_bytes(0), (-1).to_bytes(0, signed=True))
print(int.from_bytes(b'\x80\x00', signed=True), int.from_bytes(bytearray(b'\x01\x02'), 'little'), int.from_bytes((1, 2, 3)), int.from_bytes(b''))
for bad in [lambda: (128).to_bytes(1, signed=True), lambda: (1).to_bytes(0), lambda: (1).to_bytes(length=1, byteorder='big', signed=False, x=1),
            lambda: (1).to_bytes(1, 'big', True), lambda: int.from_bytes('ab'), lambda: int.from_bytes(b'a', 'big', 1), lambda: (1).bit_length(1),
            lambda: (1).real.__set__, lambda: setattr(1, 'real', 2), lambda: setattr(1, 'numerator', 2), lambda: int.from_bytes()]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
class N:
    def __index__(self): return -2
print((12345).__round__(N()), round(12355, N()), (5).to_bytes(N() .__index__() + 4))
print(int.__dict__['denominator'], int.__dict__['bit_length'], type(int.__dict__['from_bytes']))
print(sorted(int.__dict__))
print(sorted(bool.__dict__))
