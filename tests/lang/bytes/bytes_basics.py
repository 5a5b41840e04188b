# The bytes type: literals, indexing, slicing, methods, repr.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::2])
print(type(b[0]).__name__, type(b[0:1]).__name__, list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes())
print(b"\x00\x01\x7f\x80\xff", b"tab\tnl\n\\", b"'", b'"', b"'\"")
print(repr(b"\r\x0b"), str(b"abc"), b"abc" == b"abc", b"abc" == "abc")
print(b.upper(), b.title(), b.capitalize(), b.replace(b"l", b"L"), b.count(b"o"))
print(b.split(), b.split(b"o"), b" ".join([b"a", b"b", b"c"]), b.partition(b" "))
print(b.find(b"world"), b.find(b"zzz"), b.index(b"o"), b.rfind(b"o"), b.startswith(b"hell"), b.endswith(b"ld"))
print(b.find(111), 111 in b, b"wor" in b, b"xyz" in b)
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"42".zfill(5), b"ab".center(6, b"*"))
print(b"abc".hex(), bytes.fromhex("41 42 43"), bytes.fromhex("deadbeef"), b"\x01\xff".hex())
print(b"abc" + b"def", b"ab" * 3, b"abc" < b"abd", b"" < b"\x00")
print(b"123".isdigit(), b"abc".isalpha(), b"Ab".isupper(), b" ".isspace(), b"aB1".isalnum())
print(b"a,b,,c".split(b","), b"line1\nline2\r\n".splitlines(), b"AbC".lower(), b"AbC".swapcase())
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), list(b"\xc3\xa9"))
print(sorted(b"hello"), max(b"hello"), sum(b"\x01\x02\x03"))
for i, byte in enumerate(b"AZ"):
    print(i, byte, chr(byte))
try:
    b[0] = 72
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    b[20]
except IndexError as e:
    print("IndexError:", e)
print(b"%s is %d" % (b"x", 5), b"%05.1f|%x|%c" % (3.14159, 255, 65))
print(hash(b"") == hash(b""), bytes.maketrans(b"ab", b"xy")[97:99])
print(b"abcabc".translate(bytes.maketrans(b"ab", b"AB")), b"hello".removeprefix(b"he"))
print(bytes(b"mv"), b"x".join([b"1", b"2"]))
