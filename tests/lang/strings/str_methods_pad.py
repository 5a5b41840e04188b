# strip family, padding, alignment, zfill, expandtabs, removeprefix/suffix.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "hello".strip("helo"), "www.example.com".strip("cmowz."))
for w in [5, 10, 11]:
    print("[" + "abc".center(w) + "]", "[" + "abc".ljust(w) + "]", "[" + "abc".rjust(w) + "]")
    print("[" + "abc".center(w, "*") + "]", "[" + "abc".ljust(w, "-") + "]", "[" + "abc".rjust(w, ".") + "]")
print("[" + "ab".center(5) + "]", "[" + "ab".center(6) + "]", "[" + "abc".center(6) + "]", "[" + "a".center(4, "#") + "]")
print("[" + "abcdef".center(3) + "]", "[" + "abc".ljust(-1) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6".expandtabs(4)))
print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("zz"), "file.txt".removesuffix(".txt"), "file.txt".removesuffix(".py"))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
print("-" * 24)
print("Total".ljust(12) + str(sum(q for _, q, _ in table)).rjust(4))
print("|" + "title".center(20, "=") + "|")
for n in (1, 22, 333):
    print(str(n).zfill(4), str(-n).zfill(4), str(n).rjust(4, "0"))
