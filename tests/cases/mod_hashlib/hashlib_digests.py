# hashlib over the builtin _md5, _sha1, _sha2, _sha3 and _blake2 modules.
import hashlib, hmac
msg = b'The quick brown fox jumps over the lazy dog'
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, msg)
    if name.startswith('shake'):
        print(name, h.hexdigest(20), h.digest(5), h.digest_size, h.block_size, h.name)
    else:
        print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
    c = h.copy()
    c.update(b'!')
    print(' ', (c.hexdigest(8) if name.startswith('shake') else c.hexdigest())[:16], h.digest() == hashlib.new(name, msg).digest() if not name.startswith('shake') else h.digest(3))
print(hashlib.sha256(b'').hexdigest(), hashlib.md5(usedforsecurity=False).hexdigest())
h = hashlib.sha1()
for i in range(100):
    h.update(bytes([i]) * i)
print(h.hexdigest(), hashlib.sha512(memoryview(b'abc')).hexdigest()[:32], hashlib.sha384(bytearray(b'abc')).hexdigest()[:32])
print(hashlib.blake2b(msg, digest_size=20, key=b'secret', salt=b'salty', person=b'me').hexdigest())
print(hashlib.blake2s(msg, digest_size=16, key=b'k' * 32, salt=b'12345678', person=b'p').hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(hmac.new(b'key', msg, 'sha256').hexdigest(), hmac.digest(b'key', msg, 'md5').hex(), hmac.compare_digest(b'a', b'a'))
import _sha2, _sha3, _blake2, _md5
for call in ["_sha2.sha256('x')", "_sha2.sha256(1)", "_sha2.sha256(string=b'a').hexdigest()", "_sha2.sha256().update('x')", "_sha2.sha256(b'a', b'b')",
             "_sha2.sha256(data=b'a')", "_sha3.sha3_256(data=b'a')", "_sha3.sha3_256(string=b'a')", "_sha3.shake_128(b'a').digest()", "_sha3.shake_128(b'a').hexdigest(-1)",
             "_sha3.sha3_256(b'a')._capacity_bits", "_sha3.sha3_256(b'a')._rate_bits", "_sha3.shake_256(b'a')._suffix", "_blake2.blake2b(digest_size=65)",
             "_blake2.blake2b(key=b'x'*65)", "_blake2.blake2s(salt=b'x'*9)", "_blake2.blake2s(person=b'x'*9)", "_blake2.blake2b(b'', b'')", "_sha2.SHA256Type()",
             "hashlib.new('nope')", "_blake2.blake2b(digest_size=0)", "_sha3.shake_256(b'').digest(2**29*100)", "_sha2.sha256().digest(1)", "_sha2.sha256().update()",
             "_sha3.shake_128().digest(length=3)", "_sha3.shake_128().digest(2**64)", "_sha3.shake_128().digest('a')", "_sha3.shake_128().digest(0)", "_md5.md5().name",
             "hashlib.file_digest(__import__('io').BytesIO(b'abc'), 'sha224').hexdigest()", "_sha3.implementation"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '!!', type(e).__name__, e)
