print(format(255, 'x'), format(3.5), format('a', '>3'), format(None), format(True), format(1.0, ''))
print(format(12345678901234567890, ','), format(-5, '010'), format(1.5e-7), format(7, 'c'))
print(repr(format('x')), format(range(3)), format((1, 'a')))
