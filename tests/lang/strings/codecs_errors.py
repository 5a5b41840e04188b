# Codec names, error handlers and the messages of UnicodeEncodeError/UnicodeDecodeError.
print("aé€😀".encode("ascii", "backslashreplace"), "aé€".encode("latin-1", "replace"), "é".encode("ISO-8859-1"))
print("x€y".encode("latin_1", "xmlcharrefreplace"), "aéé€b".encode("US-ASCII", "ignore"))
print(b"a\xe9\xffb".decode("utf-8", "backslashreplace"), b"\xe2\x82".decode("utf8", "replace"), b"abc\x80".decode("ascii", "ignore"))
for action in [
    lambda: "aéé€b".encode("ascii"),
    lambda: "xé".encode("ascii"),
    lambda: "x€".encode("latin-1"),
    lambda: b"a\xe2\x82".decode(),
    lambda: b"\xe9ab".decode(),
    lambda: b"ok\x80".decode("ascii"),
    lambda: "x".encode("utf-16-xx"),
    lambda: "é".encode("ascii", "nonsense"),
    lambda: "ok".encode("ascii", "nonsense"),
    lambda: "x".encode(5),
    lambda: str(b"\xff", "utf-8"),
    lambda: str("text", "utf-8"),
]:
    try:
        print(repr(action()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    "ab€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, isinstance(e, ValueError))
print(str(UnicodeEncodeError("ascii", "héllo", 1, 2, "custom")), str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))
print(bytes("héllo", "ascii", "replace"), bytearray("é", encoding="latin-1"), str(b"caf\xe9", "latin-1"), str(b"ab", errors="strict"))
