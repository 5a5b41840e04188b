# str/bytes maketrans and translate, bytes %-formatting and the search methods.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd-e".translate(t))
print("hello".translate({ord("l"): "L!", "o": None, 104: 72}))
print("abc".translate([None, 1]), "x\x00".translate(["Z"]))
print(b"abcabc".translate(bytes.maketrans(b"ab", b"AB")), b"hello".translate(None, b"l"), bytearray(b"abc").translate(None, delete=b"b"))
print("Tr hippo".translate(str.maketrans({"o": None})))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5}), lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"a", b"")]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(b"%s is %d" % (b"x", 5), b"%05.1f|%x|%c" % (3.14159, 255, 65), b"%r %a %b" % ("é", b"x", bytearray(b"y")), bytearray(b"%c") % b"z")
for a in ["s", 300, [1]]:
  try: print(b"%s %c" % (a, a))
  except (TypeError, OverflowError) as e: print(type(e).__name__, e)
print(b"%(k)s" % {b"k": b"v"})
for a, b in [(b"a", "b"), (bytearray(b"x"), 1), (b"x", [1])]:
  try: print(a + b)
  except TypeError as e: print(e)
for n in [300, -1, "a", 1.5]:
  try: print(n in b"abc")
  except (TypeError, ValueError) as e: print(type(e).__name__, e)
