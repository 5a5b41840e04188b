# Encoding strings to bytes and decoding back.
s = "héllo €"
b = s.encode()
print(b, len(s), len(b), type(b).__name__)
print(s.encode("utf-8"), s.encode("utf-8") == b, b.decode("utf-8"), b.decode() == s)
print("abc".encode("ascii"), "abc".encode("latin-1"), "é".encode("latin-1"))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff\xfeA".decode("utf-8", "replace"), b"\xff\xfeA".decode("utf-8", "ignore"))
print(b"caf\xe9".decode("latin-1"), "😀".encode("utf-8"), b"\xf0\x9f\x98\x80".decode())
for ch in ["A", "ß", "€", "😀"]:
    enc = ch.encode()
    print(ch, list(enc), enc.hex(), len(enc))
print("日本語".encode("utf-8"), "日本語".encode().decode("utf-8"))
data = "line1\nline2".encode()
print(data.split(b"\n"), data.upper(), data.decode().upper())
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), bytes("é", "utf-8"))
print(bytes("abc", encoding="ascii"), "x".encode(encoding="utf-8", errors="strict"))
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end, e.encoding)
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
