# str sizes by kind: ASCII (compact ascii, 40 + n + 1), latin-1 / UCS-2 / UCS-4 (compact, 56 +
# (n + 1) * char size), plus the UTF-8 cache a non-ASCII str grows when encoded.
import sys

for n in [0, 1, 2, 7, 8, 9, 100]:
    s1 = 'a' * n
    s2 = '\xe9' * n
    s3 = '\u20ac' * n
    s4 = '\U0001f600' * n
    print(n, sys.getsizeof(s1), sys.getsizeof(s2), sys.getsizeof(s3), sys.getsizeof(s4))
    print(n, s1.__sizeof__(), s2.__sizeof__(), s3.__sizeof__(), s4.__sizeof__())
mixed = ['a\xff', 'a\u0100', 'a\uffff', 'a\U00010000', '\x7f', '\x80', '\u00ff\u0100', '\ud800']
for s in mixed:
    print(ascii(s), sys.getsizeof(s))
print(sys.getsizeof(chr(0)), sys.getsizeof(chr(127)), sys.getsizeof(chr(128)), sys.getsizeof(chr(256)), sys.getsizeof(chr(65536)))
print(sys.getsizeof(str()), sys.getsizeof(str(12345)), sys.getsizeof(str(1.5)), sys.getsizeof(repr([1, 2])))
