"""Message digests: md5, sha1, the SHA-2 and SHA-3 families, BLAKE2 (default
sizes) and SHAKE, over the native `_digest`. A hash object keeps the data
it has been fed; `digest()` hashes all of it."""

import _digest

algorithms_guaranteed = frozenset(
    ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
     "blake2b", "blake2s", "shake_128", "shake_256")
)
algorithms_available = algorithms_guaranteed

# name: (digest size, block size)
_SIZES = {
    "md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64), "sha384": (48, 128),
    "sha512": (64, 128), "sha3_224": (28, 144), "sha3_256": (32, 136), "sha3_384": (48, 104),
    "sha3_512": (64, 72), "blake2b": (64, 128), "blake2s": (32, 64), "shake_128": (0, 168), "shake_256": (0, 136),
}


def _bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("object supporting the buffer API required")


class _Hash:
    def __init__(self, name, data=b""):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray()
        self.update(data)

    def update(self, data):
        self._data += _bytes(data)

    def copy(self):
        other = type(self)(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {id(self):#x}>"


class _FixedHash(_Hash):
    def digest(self):
        return _digest.digest(self.name, bytes(self._data), 0)

    def hexdigest(self):
        return self.digest().hex()


class _ShakeHash(_Hash):
    def digest(self, length):
        return _digest.digest(self.name, bytes(self._data), length)

    def hexdigest(self, length):
        return self.digest(length).hex()


def new(name, data=b"", **kwargs):
    key = name.lower().replace("-", "_") if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return (_ShakeHash if key.startswith("shake") else _FixedHash)(key, data)


def _constructor(name):
    def construct(data=b"", *, usedforsecurity=True, string=None):
        return new(name, data if string is None else string)

    construct.__name__ = f"openssl_{name}"
    return construct


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
sha3_224 = _constructor("sha3_224")
sha3_256 = _constructor("sha3_256")
sha3_384 = _constructor("sha3_384")
sha3_512 = _constructor("sha3_512")
blake2b = _constructor("blake2b")
blake2s = _constructor("blake2s")
shake_128 = _constructor("shake_128")
shake_256 = _constructor("shake_256")
