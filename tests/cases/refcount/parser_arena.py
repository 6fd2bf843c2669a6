# Constants of a script: the parser arena holds each literal (and each folded constant) until
# the script ends; exec/eval of a string hold theirs while they run; compile() + exec does not.
import sys, atexit
rc = sys.getrefcount
x = 1000
y = 1000
print(rc(x), rc(1000), rc(2000), rc(1.5), rc('hello world'), rc(b'bytes!'), rc(2j))
def f():
    z = 1000
    w = 3000
    return rc(z), rc(w)
print(f())
t = (1, 2, 'a b')
print(rc(t), rc((1, 2, 'a b')), rc(t[2]))
k = 10 ** 20
print(rc(k), rc(-1000), rc([1, 2, 3]))
print(rc(f.__code__.co_consts[2]))
class A:
    class B:
        pass
print(rc(A.B.__qualname__))
s = f'{x} and more'
print(rc(' and more'))
d = {'k k': 1, 'j j': 2}
print(rc('k k'))
atexit.register(lambda: print('atexit', rc(x), rc(f.__code__.co_consts[2])))
exec("print('exec', rc(4000), rc(1000))")
print(eval("rc(5000)"))
