# base64 over binascii.
import base64, binascii
data = bytes(range(0, 256, 3)) + b'glasspy'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                 (base64.standard_b64encode, base64.standard_b64decode), (base64.b32hexencode, base64.b32hexdecode)]:
    e = enc(data)
    print(enc.__name__, e[:40], dec(e) == data)
print(base64.encodebytes(data * 2))
print(base64.decodebytes(base64.encodebytes(data)) == data)
print(base64.b64encode(b'ab', altchars=b'-_'), base64.b64decode('YWI=', validate=True), base64.b64decode(b'Y W I =\n'))
for bad in ["base64.b64decode('YWI')", "base64.b64decode('YW!I=', validate=True)", "base64.b16decode('0g')", "base64.b32decode('AAAA')", "base64.b64decode(12)",
            "base64.b64decode('é')", "base64.b85decode(b'~~~~~')"]:
    try:
        print(bad, eval(bad))
    except (binascii.Error, ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
import uu, quopri, io
out = io.BytesIO()
quopri.encode(io.BytesIO(b'caf\xe9 = ok\n'), out, quotetabs=False)
print(out.getvalue())
