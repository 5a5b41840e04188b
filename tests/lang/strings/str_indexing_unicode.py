# Indexing strings by code point, Unicode text, len, iteration.
s = "héllo wörld ✓ 日本語"
print(len(s), s[0], s[1], s[-1], s[-3], s[12])
print([c for c in s[:5]])
print(s.upper(), s.title())
e = "naïve café"
print(len(e), e.index("é"), e[2], e[::-1])
emoji = "a😀b"
print(len(emoji), emoji[1], emoji[2], ord(emoji[1]), hex(ord(emoji[1])))
print(ord("A"), ord("é"), ord("€"), ord("日"), chr(65), chr(233), chr(8364), chr(0x1F600))
for ch in "añ€😀":
    print(ch, ord(ch), len(ch), len(ch.encode("utf-8")))
try:
    s[100]
except IndexError as err:
    print("IndexError:", err)
try:
    s[0] = "H"
except TypeError as err:
    print("TypeError:", err)
greek = "αβγδε"
print(greek.upper(), greek[1:4], greek.find("γ"), "Σ".lower())
print("straße".upper(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper())
print("İ".lower() == "i̇", len("İ".lower()))
print("ß" < "t", "é" > "z", sorted(["b", "á", "a", "Z"]))
total = 0
for ch in "abc":
    total += ord(ch)
print(total)
print("".join(chr(ord(c) + 1) for c in "HAL"))
print("\t\n\\".__len__(), "\x00ab"[0] == "\0")
print("日本" + "語", "ab" * 3, 3 * "-", "x" * 0, "y" * -1)
print("abc" in "xabcx", "" in "abc", "d" not in "abc")
print(repr("é✓\n\t\x01"), ascii("é✓\n"), repr("\u200b"), repr("\x7f"))
print(str(123), str(-4.5), str([1, "a"]), str(None), str(b"x"))
chars = list("hello")
chars[0] = "j"
print("".join(chars), chars)
print(min("hello"), max("hello"), sorted("hello"), sorted(set("hello")))
print("a" < "ab" < "b", "Apple" < "apple", "10" < "9")
