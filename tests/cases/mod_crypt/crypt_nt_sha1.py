# libxcrypt's NT hash ($3$, MD4 of the phrase's bytes as UTF-16LE) and sha1crypt ($sha1$, iterated HMAC-SHA1).
import _crypt
for w in ['', 'pw', 'password', 'é€😀', 'x' * 300]:
    print(repr(w[:8]), _crypt.crypt(w, '$3$'), _crypt.crypt(w, '$3$anything'), _crypt.crypt(w, '$sha1$4$saltsalt$'))
for s in ['$3', '$3$$', '$sha1$1$ab', '$sha1$0$ab$', '$sha1$5$' + 'a' * 70, '$sha1$5$ab$cd', '$sha1$5$a.b/$', '$sha1$+5$ab',
          '$sha1$05$ab', '$sha1$5$ab@', '$sha1$5', '$sha1$$ab', '$sha1$+$ab', '$sha1x', '$sha1$5$$', '$sha1', '$sha1$12$Z/']:
    print(repr(s), _crypt.crypt('pw', s))
