# Exception objects: BaseException is 72 bytes + GC header; subclasses with more fields
# (OSError, SyntaxError, ImportError, StopIteration, UnicodeError, ExceptionGroup) are larger.
import sys

kinds = [BaseException(), Exception('x'), ValueError(1, 2, 3), KeyError('k'), StopIteration(5), StopAsyncIteration(),
         OSError(), OSError(2, 'No such file'), FileNotFoundError(2, 'x', 'f'), SyntaxError('bad'), IndentationError('i'),
         ImportError('m'), ModuleNotFoundError('m'), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'),
         UnicodeEncodeError('ascii', '\xe9', 0, 1, 'bad'), UnicodeTranslateError('\xe9', 0, 1, 'bad'), SystemExit(1),
         KeyboardInterrupt(), GeneratorExit(), AttributeError('a'), NameError('n'), BaseExceptionGroup('g', [ValueError()]),
         ExceptionGroup('g', [ValueError()])]
for e in kinds:
    print(type(e).__name__, sys.getsizeof(e), e.__sizeof__(), type(e).__basicsize__)


class MyError(Exception):
    pass


class MySlots(Exception):
    __slots__ = ('a',)


print('subclasses', sys.getsizeof(MyError()), sys.getsizeof(MySlots()), MyError.__basicsize__, MySlots.__basicsize__)
e = MyError('x')
e.extra = 1
print('with attr', sys.getsizeof(e))
try:
    raise ValueError('v')
except ValueError as err:
    print('caught', sys.getsizeof(err), sys.getsizeof(err.__traceback__), sys.getsizeof(err.args))
