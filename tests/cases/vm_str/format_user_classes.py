class A:
    def __format__(self, spec):
        return 'A<' + spec + '>'
    def __str__(self):
        return 'strA'
    def __repr__(self):
        return 'reprA'
class B:
    pass
a = A()
print(f"{a}", f"{a:xyz}", f"{a!s}", f"{a!r}", format(a, 'q'), '{} {:k}'.format(a, a), '%s %r' % (a, a))
print(f"{B()!r:.4}", format(True, '>6'), '{0.__class__.__name__}'.format(a), (5).__format__('x'), 'ab'.__format__('>4'), (1.5).__format__('.2f'))
class G:
    def __format__(self, spec):
        return 5
print(f"{B()}"[:8])
print(f"{G()}")
