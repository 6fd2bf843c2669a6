# Traditional DES crypt and bigcrypt (a setting longer than 13 characters with a long word).
import _crypt
for w in ['', 'abc', 'abcdefgh', 'abcdefghij', 'é', '\x80\x81', '\x7f' * 9, 'pass word']:
    print(repr(w), _crypt.crypt(w, 'ab'), _crypt.crypt(w, '..'), _crypt.crypt(w, 'Zz'), _crypt.crypt(w, 'ab' + 'x' * 20))
h = _crypt.crypt('a much longer password than eight characters', 'ab' + '.' * 12)
print(h, len(h))
print(_crypt.crypt('y' * 200, 'q/' + '.' * 12))
print(_crypt.crypt('abcdefghijkl', 'abFZSxKKdq5s6'), _crypt.crypt('abcdefghijkl', 'abFZSxKKdq5s6x'))
