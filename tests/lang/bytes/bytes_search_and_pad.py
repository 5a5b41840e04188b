# bytes searching with start/end, padding, line splitting and case tests.
b = b"one two one two"
print(b.find(b"one", 1), b.rfind(b"one"), b.rfind(b"one", 0, 5), b.index(b"two", 5), b.rindex(b"o"), b.count(b"o", 2, 9))
print(b.find(ord("t")), b.count(b""), b.find(b"", 20), b.rfind(b"x"))
print(b"ab".ljust(5, b"-"), b"ab".rjust(5), b"ab".center(7, b"."), b"-7".zfill(5), bytearray(b"x").center(3))
print(b"a\tbc\td".expandtabs(4), b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True), b"\x85x".splitlines())
print(b"Hello World".istitle(), b"hello".islower(), b"HI 2".isupper(), b"123".isupper(), b"\xff".isascii(), b"ok".isascii())
print(b"a.b.c".rpartition(b"."), b"abc".rpartition(b"x"), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
for bad in [lambda: b.index(b"zz"), lambda: b"a".ljust(3, b"ab"), lambda: b"a".center(3, "x"), lambda: b.find(300), lambda: b.rindex(b"q", 2)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
