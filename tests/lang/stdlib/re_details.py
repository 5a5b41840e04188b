# re: details real programs lean on: pos/endpos, lastindex, expand, regs,
# group(0) defaults, escapes in patterns and templates, verbose and inline
# flags, look-around, non-greedy and possessive-free quantifiers, errors.
import re

p = re.compile(r"(\d+)-(\d+)?")
m = p.search("ab 12- 34-56", 3)
print(m, m.groups(), m.groups("none"), m.regs, m.pos, m.endpos, m.re is p, m.string)
print(p.match("12-34", 0, 3), p.fullmatch("12-34"), p.fullmatch("12-34", 0, 4))
print(p.findall("1-2 3- 4-5"), list(p.finditer("7-8 9-"))[1].span(2))
print(re.match(r"(?P<a>x)(?P<b>y)?", "x").lastgroup, re.match(r"((x)(y))", "xy").lastindex)
print(re.match(r"(a)(?:b)(c)", "abc").expand(r"\2-\1 \g<0>"), m[0], m[1], m["" if False else 2])
print(re.sub(r"(a)", r"\1\n\t\\", "xa"), re.sub("a", r"\x41", "a") if False else "", re.sub(r"a", "\\\\", "aXa"))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello"), re.findall(r"(?m)^#.*$", "#a\nb\n#c"))
print(re.findall(r"(?s:a.b)|c.d", "a\nb c\nd cxd"), re.findall(r"\w+?", "abc"), re.findall(r"a.*?b", "axxbyyb"))
print(re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"), re.findall(r"(?=(\w\w))", "abcd"))
print(re.split(r"\s+", "  a b  c "), re.split(r"(\s)+", "a  b"), re.split(r"x", "axbxc", 1))
print(re.sub(r"\s+", " ", "a \t\n b"), re.subn(r"$", "!", "line\n"), re.sub("", "-", "abc"))
print(re.findall(r"[a-c-]+", "a-b-d"), re.findall(r"[]a]", "]a["), re.findall(r"[\]]", "]"), re.findall(r"[^]]+", "ab]c"))
print(re.findall(r"\x41\u00e9\101\0", "A\u00e9A\0"), re.findall(r"[\t ]+", "a\t b"), re.findall(r"\.\*", ".*"))
text = "Der Käse kostet 3€ und die Äpfel 12€."
for m in re.finditer(r"(\w+) (\d+)€", text):
    print(m.span(), m.group(1), m.start(2), text[m.start():m.end()])
print(re.findall(r"\w+", "naïve café"), re.findall(r"(?a)\w+", "naïve café"), re.findall(r"\d", "٣3"))
print(re.search(r"[[:alpha:]]", "x") if False else "", re.escape("1+1=2 (ok?) #tag ~x"), re.escape(b"a.b"))
print(re.compile(r"a|b", re.I | re.M), re.compile(b"x"), re.compile("x", re.A), repr(re.I | 1024))
for bad in ["a{", "(?P<1>x)", "x)", "[z-a]", "(?P=nope)", "abc\\"]:
    try:
        print(bad, "->", re.compile(bad).pattern)
    except re.error as e:
        print(bad, "-> error:", e.msg, e.pos)
for template in [r"\3", r"\g<nope>", r"\q", r"\g<1"]:
    try:
        print(re.sub(r"(a)", template, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError:", e)
print(re.compile("a") == re.compile("a"), re.purge(), re.search("b", "abc").start())
words = re.compile(r"(?P<key>\w+)=(?P<value>[^;]*);?")
print({m["key"]: m["value"] for m in words.finditer("a=1;b=two;c=")})
print(re.sub(r"(?P<n>\d+)", lambda m: str(int(m["n"]) + 1), "v1.9.99"))
