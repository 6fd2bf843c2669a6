# input() reads lines from sys.stdin; the prompt goes to sys.stdout.
import sys

print(repr(input()))
print(repr(input('prompt> ')))
print(repr(input(123)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 2:
        break
print(repr(sys.stdin.read(5)))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
for bad in [(1, 2)]:
    try:
        input(*bad)
    except TypeError as e:
        print(e)
try:
    input(prompt='x')
except TypeError as e:
    print(e)


class FakeIn:
    def __init__(self, lines):
        self.lines = lines

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


sys.stdin = FakeIn(['first\n', 'second', 3])
print(repr(input('a? ')), repr(input('b? ')))
try:
    input()
except TypeError as e:
    print(e)
try:
    input('c? ')
except EOFError as e:
    print('EOFError', e)
sys.stdin = sys.__stdin__
try:
    input('last? ')
except EOFError as e:
    print('EOFError', e)
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(e)
