# What crypt gives for settings libxcrypt refuses (its failure tokens) and for bad arguments.
import _crypt
for s in ['', 'a', '!!', 'a!', 'ab:', '*', '*0', '*1', '*0abc', '$', '$6$ab:c', '$6$ab\nc', '$6$ ', '$6$\xe9', '$1$\t',
          '$6$rounds=10$abc', '$6$rounds=999$a', '$6$rounds=01000$a', '$6$rounds=1000x$a', '$6$rounds=', '$6$rounds=1000',
          '$5$rounds=0$a', '$5$rounds=9999999999$a', '$2b$04$abcdefghijklmnopqrstu', '$2b$03$abcdefghijklmnopqrstuu',
          '$2b$32$abcdefghijklmnopqrstuu', '$2b$4$abcdefghijklmnopqrstuu', '$2c$04$abcdefghijklmnopqrstuu',
          '$2$04$abcdefghijklmnopqrstuu', '$2b$04$abcdefghijklmnopqrstu!', '$9$', 'a\\b', 'ab;']:
    print(repr(s), _crypt.crypt('pw', s))
print(_crypt.crypt('a' * 511, 'ab'), _crypt.crypt('a' * 512, 'ab'), _crypt.crypt('é' * 256, '$1$'))
for args in [(1, 'ab'), ('a', 1), ('a\0', 'ab'), ('a', 'a\0b'), ('\udc80', 'ab'), ('a', '\ud800'), ('a',), (), ('a', 'b', 'c'), (b'a', 'ab')]:
    try:
        print(_crypt.crypt(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    _crypt.crypt(word='a', salt='b')
except TypeError as e:
    print(e)
