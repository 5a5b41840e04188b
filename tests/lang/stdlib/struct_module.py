# struct: formats with byte orders, native alignment, every basic code, and
# CPython's errors.
import struct

print(struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("@l"), struct.calcsize("<l"),
      struct.calcsize("@bq"), struct.calcsize("@bd"), struct.calcsize("@hi"), struct.calcsize("3s2x"))
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("!h", -2), struct.pack("=H", 513))
print(struct.pack("@bi", 1, 2), struct.pack("<bi", 1, 2))
data = struct.pack("<bBhHiIqQ", -1, 255, -300, 60000, -70000, 4000000000, -2**63, 2**64 - 1)
print(data)
print(struct.unpack("<bBhHiIqQ", data))
print(struct.pack("<?c3s", True, b"x", b"abcdef"), struct.unpack("<?c3s", b"\x01xabc"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("3p", b"abcdef"), struct.unpack("3p", b"\x05ab"))
print(struct.pack("<d", 1.5), struct.pack(">f", -0.25), struct.pack("<e", 1.5), struct.unpack("<e", b"\x00<"))
print(struct.unpack("<d", struct.pack("<d", 0.1)), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("<e", struct.pack("<e", 0.1)), struct.unpack(">e", struct.pack(">e", -65504.0)))
print(struct.pack("<?", 5), struct.pack("<?", []), struct.pack("<3i", 1, 2, 3))
print(struct.unpack("<2h", b"\x01\x00\xff\xff"), struct.unpack(">I", b"\xff\xff\xff\xff"))

s = struct.Struct("<hh")
print(s.size, s.pack(1, 2), s.unpack(b"\x03\x00\x04\x00"), s.format)
buffer = bytearray(8)
s.pack_into(buffer, 2, 7, 8)
print(buffer, s.unpack_from(buffer, 2), struct.unpack_from("<h", buffer, offset=-2))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))


def attempt(*args):
    try:
        return struct.pack(*args)
    except (struct.error, OverflowError) as error:
        return f"{type(error).__name__}: {error}"


for format, value in [("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**40), ("<I", -1), ("<I", 2**33),
                      ("q", 2**70), ("<Q", -1), ("<l", 2**40), ("<f", 1e300), ("<e", 1e10), ("c", b"ab"),
                      ("<i", "x"), ("<i", 1.5), ("s", 5)]:
    print(format, attempt(format, value))
print(attempt("<ii", 1), attempt("<i", 1, 2), attempt("<z", 1), attempt("<n", 1))
for format, data in [("<i", b"abc"), ("<2h", b"abcde")]:
    try:
        struct.unpack(format, data)
    except struct.error as error:
        print("error:", error)
try:
    struct.unpack_from("<i", b"ab", 1)
except struct.error as error:
    print("error:", error)
print(issubclass(struct.error, Exception))
