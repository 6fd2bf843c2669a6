for a in [lambda: float.__getformat__(1), lambda: float.__getformat__('x'), lambda: float.__getformat__('float'), lambda: (1.5).__round__(1,2), lambda: (2.5).__round__(None), lambda: (2.5).__round__('a'),
  lambda: float.fromhex(1), lambda: float.fromhex('zz'), lambda: (1).__round__('x'), lambda: (1).to_bytes(1, 2), lambda: int.from_bytes(b'', byteorder=1), lambda: (1).to_bytes(2**70),
  lambda: (1.0).__trunc__(), lambda: float('nan').__floor__(), lambda: float('inf').__ceil__(), lambda: float('inf').__round__(), lambda: float('nan').__round__(2), lambda: divmod(1.0, 0), lambda: divmod(1, 0),
  lambda: (5).__divmod__(2.0), lambda: (5.0).__divmod__(2), lambda: (5.0).__rdivmod__(2), lambda: float('inf').__int__(), lambda: (1).__float__(), lambda: (10**400).__float__()]:
    try: print(repr(a()))
    except Exception as e: print(type(e).__name__, e)
class F(float): pass
print(type(F.fromhex('0x1p3')), F.fromhex('0x1p3'), type(F(2.5).__float__()), type(F(2.5).conjugate()), type(F(2.5).real))
class I(int): pass
print(type(I(3).real), type(I(3).__index__()), type(I(3).__int__()), type(I(3).__float__()))
for x in [0.0, -0.0, 1.5, -2.5, 1e16, 5e-324, 1.7976931348623157e308, 0.1, -123.456, 2.0**53 + 2]:
    print(x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio(), x.is_integer(), x.conjugate(), x.real, x.imag)
    print(x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1), x.__round__(-1), x.__int__(), x.__float__())
for s in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.fffffffffffff8p1023', 'inf', '-Infinity', 'nan', ' 0x10 ', '0X1.P+3', '1.5', '0x']:
    try: print(s, float.fromhex(s))
    except Exception as e: print(s, type(e).__name__, e)
for bad in [lambda: float('inf').as_integer_ratio(), lambda: float('nan').as_integer_ratio(), lambda: float('nan').__trunc__(), lambda: (1.5).hex(1),
            lambda: float.fromhex('0x1p1024'), lambda: setattr(1.0, 'real', 2), lambda: (1.0).__round__(1.5)]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
print(sorted(float.__dict__))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.0, 3), (-0.0, 3), (1e300, 1e-300), (3, 0.7)]:
    print(divmod(a, b), a.__divmod__(b) if isinstance(a, float) else a.__rdivmod__(b) if False else None)
