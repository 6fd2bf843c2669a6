// Leak checks of the _decimal module: Decimal construction and arithmetic, comparisons, hashing,
// formatting, the transcendental functions, Context objects and their signal dicts, trapped
// signals, localcontext() and setcontext() (tests/lib/leakcheck.ts). The check runs without the
// standard library, so the modules _decimal draws on are stood in for in sys.modules.
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

const DECIMAL = `
import sys
if 'numbers' not in sys.modules:
    M = type(sys)
    collections, abc, numbers = M('collections'), M('collections.abc'), M('numbers')
    class MutableMapping:
        def items(self):
            return [(k, self[k]) for k in self]
    def namedtuple(name, fields, module=None):
        return lambda *args: args
    class Number:
        @classmethod
        def register(cls, sub):
            return sub
    class Rational(Number):
        pass
    abc.MutableMapping = MutableMapping
    collections.abc = abc
    collections.namedtuple = namedtuple
    numbers.Number, numbers.Rational = Number, Rational
    sys.modules.update({'collections': collections, 'collections.abc': abc, 'numbers': numbers})
import _decimal as d
D = d.Decimal
total = 0
for i in range(ROUNDS):
    a = D('1.25') + D(3) * D('-0.5') / 7 - 2
    b = divmod(D('7.5'), 2)
    total += len(str(a)) + len(repr(b)) + hash(D('1.5')) % 7 + (D(1) < 1.5) + (D(2) == 2)
    total += len(format(D('1234.5678'), ',.2f')) + len(D(2).sqrt().to_eng_string()) + len(str(D(2).ln() + D(1).exp() + D(3).log10()))
    total += len(D('-1.5E+3').as_tuple()[1]) + sum(D('0.75').as_integer_ratio()) + int(D('7.9')) + round(D('2.5'))
    total += len(str(D(0.1))) + len(str(D((0, (1, 2), -1)))) + len(str(D(2) ** D('0.5'))) + len(str(pow(D(3), 4, 5)))
    c = d.Context(prec=5, traps=[d.Inexact], flags=[])
    c.flags[d.Rounded] = True
    total += len(repr(c)) + len(repr(c.flags)) + c.traps[d.Inexact] + len(c.__reduce__()[1])
    try:
        c.divide(D(1), D(3))
    except d.Inexact as e:
        total += len(str(e))
    try:
        D('x')
    except d.InvalidOperation:
        total += 1
    try:
        d.Context(prec=0)
    except ValueError:
        total += 1
    with d.localcontext(prec=3) as lc:
        total += len(str(D(1) / 3)) + lc.prec
    old = d.getcontext()
    d.setcontext(c.copy())
    total += d.getcontext().prec
    d.setcontext(old)
    total += len(str(c.power(2, 10))) + c.is_zero(0) + len(c.number_class(D(1)))
print(total)
`;

test('_decimal releases what it uses', () => {
  checkNoLeak(DECIMAL);
});
