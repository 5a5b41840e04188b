# hashlib: digests by name and constructor, incremental update and copy,
# SHAKE lengths, and the errors CPython raises.
import hashlib
for n in ['md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512','blake2b','blake2s']:
    h = hashlib.new(n, b'abc'); print(n, h.digest_size, h.block_size, h.name, h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(bytearray(b"world"))
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"hello world").digest() == h.digest())
print(hashlib.md5(b"").hexdigest(), hashlib.new("SHA256", b"x").hexdigest()[:8])
print(hashlib.shake_128(b"abc").hexdigest(10), hashlib.shake_256(b"abc").hexdigest(20))
print(sorted(hashlib.algorithms_guaranteed))
for bad in [lambda: hashlib.new("nope"), lambda: hashlib.md5("str"), lambda: hashlib.sha1(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
