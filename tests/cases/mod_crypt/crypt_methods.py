# crypt.methods and the hashes of each method with fixed salts (libxcrypt's crypt_r).
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import crypt
print(crypt.methods)
print([(m.name, m.ident, m.salt_chars, m.total_size) for m in crypt.methods])
words = ['', 'a', 'abc', 'password', 'exactly8', 'longer than eight', 'é€😀', 'x' * 100]
for salt in ['ab', './', 'zZ', '$1$', '$1$saltsalt', '$1$toolongsalt', '$5$', '$5$saltstring', '$5$rounds=1000$abc',
             '$5$rounds=1001$sixteencharssalt', '$6$', '$6$abc', '$6$rounds=1000$0123456789abcdefXYZ', '$6$x$ignored',
             '$2b$04$abcdefghijklmnopqrstuu', '$2y$04$abcdefghijklmnopqrstuu', '$2a$05$./ABCDEFGHIJKLMNOPQRSTu',
             '$2b$04$abcdefghijklmnopqrstuv']:
    print(repr(salt), [crypt.crypt(w, salt) for w in words])
print(crypt.crypt('\xe9\xe9\xe9', '$2x$04$abcdefghijklmnopqrstuu'), crypt.crypt('\xe9\xe9\xe9', '$2b$04$abcdefghijklmnopqrstuu'))
print(crypt.crypt('a' * 72, '$2b$04$abcdefghijklmnopqrstuu') == crypt.crypt('a' * 73, '$2b$04$abcdefghijklmnopqrstuu'))
# A hash checks itself as the setting.
for m in crypt.methods:
    h = crypt.crypt('secret', crypt.mksalt(m))
    print(m.name, len(h), crypt.crypt('secret', h) == h, crypt.crypt('Secret', h) == h)
