# split, rsplit, splitlines, join, partition, rpartition.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a b c d".rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(), " ".split(" "))
print("one::two::three".split("::"), "xxaxx".split("x"))
print("line1\nline2\r\nline3\rline4".splitlines())
print("a\n\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x".splitlines())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), " ".join("abc"))
print("::".join(str(i) for i in range(5)))
try:
    " ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("key=value=more".partition("="), "novalue".partition("="))
print("key=value=more".rpartition("="), "novalue".rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."))
csv = "name,age,city\nann,31,oslo\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
for row in body:
    print(dict(zip(header, row)))
print("1 2 3".split(" ", 0), "1 2 3".split(" ", -1))
path = "/usr/local/lib/python3.11"
print(path.split("/"), path.rsplit("/", 1)[-1], "/".join(path.split("/")[:-1]))
print("a\tb\x0bc\x0cd e\u3000f".split())
text = "word1 word2\nword3"
print(len(text.split()), [w.upper() for w in text.split()])
