# Concatenation, repetition, comparison, membership, iteration, str() and repr().
a = "Hello"
b = "World"
print(a + ", " + b + "!", a * 2, [a] * 2, (a + b)[3:7])
print(a < b, a == "Hello", a != b, a >= "Help", "abc" < "abcd")
words = []
for ch in a:
    words.append(ch * 2)
print(words, "".join(words))
print(list("abc"), tuple("ab"), set("aa") == {"a"})
print(str(42), str(3.0), str(True), str([1, 2]), str((1,)), str({"a": 1}))
print(repr("abc"), repr('a"b'), repr("a'b"), repr("a'b\"c"), repr("\\"), repr("\n"), repr("\r\t"))
print(repr("\x00\x1f\x7f\x80\xa0\xff"), repr("\u2028\ud7ff"), repr("é"))
print("%s and %r" % ("text", "text"))
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" * "2"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" - "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s), s.isdigit())
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("cd"))
print(hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]))
print(ord(min("zebra")), max("zebra", "apple"), sorted(["b", "C", "a"]), sorted(["b", "C", "a"], key=str.lower))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(str.upper("x"), str.join("-", "abc"), str("already"), str())
print("tr".translate(str.maketrans("t", "T")), "hello".translate(str.maketrans("el", "ip", "o")))
print("abc".translate({ord("a"): "A", ord("b"): None}))
