# What cannot be pickled, and the messages: lambdas, local classes and functions, objects with no
# reduce, bad __reduce__ results, and malformed pickles. Where the pure-Python pickler (the one
# there is without the C _pickle module) words an error its own way, only the refusal is shown.
import pickle, io, sys, types


def outer():
    class Local:
        pass

    def inner():
        pass

    return Local, inner


Local, inner = outer()


class BadReduce:
    def __init__(self, r):
        self.r = r

    def __reduce__(self):
        return self.r


class Unpicklable:
    def __reduce__(self):
        raise TypeError('no pickling here')


def gen():
    yield 1


cases = [
    ('lambda', lambda x: x),
    ('local class', Local),
    ('local class instance', Local()),
    ('local function', inner),
    ('generator', gen()),
    ('module', sys),
    ('file', sys.stdout),
    ('frame', sys._getframe()),
    ('reduce raises', Unpicklable()),
    ('reduce returns int', BadReduce(1)),
    ('reduce returns 1-tuple', BadReduce((list,))),
    ('reduce returns 7-tuple', BadReduce((list, (), None, None, None, None, None))),
    ('reduce callable not callable', BadReduce((1, ()))),
    ('reduce args not tuple', BadReduce((list, [1]))),
    ('reduce string unknown', BadReduce('nowhere')),
    ('mappingproxy', type.__dict__),
    ('memoryview', memoryview(b'ab')),
    ('BytesIO', io.BytesIO(b'data')),
    ('StringIO', io.StringIO('text')),
    ('iterator', iter([1, 2])),
]
# The C pickler raises AttributeError for local objects, and says 'attribute lookup X on M failed'
# or 'tuple returned by __reduce__ must ...' where the Python one has its own sentences.
worded = {'lambda', 'local class', 'local class instance', 'local function', 'reduce returns int', 'reduce returns 1-tuple',
          'reduce returns 7-tuple', 'reduce callable not callable', 'reduce args not tuple', 'reduce string unknown'}
for label, obj in cases:
    for proto in (0, 2, 4):
        try:
            d = pickle.dumps(obj, proto)
            print(label, proto, 'ok', len(d), type(pickle.loads(d)).__name__)
        except (pickle.PicklingError, AttributeError) as e:
            print(label, proto, 'refused' if label in worded else f'{type(e).__name__}: {e}')
        except Exception as e:
            print(label, proto, type(e).__name__ + ':', e)

print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
for proto in (-1, 6):
    try:
        pickle.dumps(1, proto)
        print(proto, 'ok')
    except Exception as e:
        print(proto, type(e).__name__, e)

bad = [b'', b'\x80\x06N.', b'\x80\x02', b'(', b'Xabc', b'J\x01', b'q\x00', b'g0\n.', b'\xff.', b'cbuiltins\nnosuch\n.', b'cnosuchmodule\nx\n.', b'N', b'a.', b'0.', b'(N.']
for d in bad:
    try:
        print(d, 'loaded', pickle.loads(d))
    except Exception as e:
        # the Python unpickler raises what its reading runs into (IndexError, KeyError,
        # struct.error) where the C one raises UnpicklingError
        print(d, 'error')

# Errors from inside load: a constructor that raises.
class Boom:
    def __reduce__(self):
        return (int, ('not a number',))


try:
    pickle.loads(pickle.dumps(Boom()))
except ValueError as e:
    print('ValueError', e)

# Unpickling restricts globals when find_class says so.
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError(f'global {module}.{name} is forbidden')


try:
    Restricted(io.BytesIO(pickle.dumps(len))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
