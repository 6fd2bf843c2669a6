class S(str):
    def shout(self):
        return self.upper() + '!'
class I(int):
    pass
class F(float):
    pass
class B(bytes):
    pass
class C(complex):
    pass
s = S('ab')
print(I(5) + 1, F(2.5) * 2, s + 'c', B(b'x') + b'y', C(1, 2) * 2, s.shout(), type(s).__name__, isinstance(s, str), len(s), s == 'ab', hash(s) == hash('ab'))
print(I('12', 8), F('1.5'), S(), S(5), repr(S('q')), f"{S('z'):>3}", f"{I(255):x}", I(7), F(0.5), B(3), C('1+1j'), {s: 1}['ab'], 'ab' in (s,), str(s), type(str(s)).__name__)
x = I(10)
x += 1
print(x, type(x).__name__, -I(3), abs(F(-2.0)), int(I(4)), float(F(1.0)), type(int(I(4))).__name__)
