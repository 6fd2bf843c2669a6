# bytes() and reversed() through proxies (ProxyType's __bytes__ and __reversed__), and bytes() of objects with __bytes__ or __index__.
import weakref


class C:
    def __reversed__(self):
        return iter([3, 2, 1])
    def __bytes__(self):
        return b'c'
    def __index__(self):
        return 0


class F:
    def __call__(self):
        return 'called'
    def __bytes__(self):
        return b'f'


c = C()
p = weakref.proxy(c)
print(list(reversed(p)), bytes(p), p.__bytes__(), list(p.__reversed__()))
f = F()
cp = weakref.proxy(f)
print(type(cp).__name__, hasattr(cp, '__bytes__'), cp())
print(bytes(cp))
print('__reversed__' in dir(weakref.ProxyType), '__bytes__' in vars(weakref.ProxyType), '__bytes__' in vars(weakref.CallableProxyType))


class S(str):
    def __bytes__(self):
        return b'str subclass'


class Bad:
    def __bytes__(self):
        return 'not bytes'


class BS(bytes):
    pass


class I:
    def __index__(self):
        return 2


print(bytes(C()), bytes(S('x')), type(BS(C())).__name__, BS(C()), bytes(I()), bytearray(I()))
try:
    bytes(Bad())
except TypeError as e:
    print('TypeError:', e)
try:
    bytes(C(), 'ascii')
except TypeError as e:
    print('TypeError:', e)
del c
try:
    bytes(p)
except ReferenceError as e:
    print('ReferenceError:', e)


class G:
    def __getitem__(self, i):
        if i < 3:
            return i + 65
        raise IndexError


print(bytes(G()), bytearray(G()))
for x in (1.5, object(), [1, 'a'], [300]):
    for t in (bytes, bytearray):
        try:
            print(t(x))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print('end')
