# is* predicates on a range of inputs.
samples = ["abc", "ABC", "Abc", "abc123", "123", "١٢٣", "½", "²", "12.5", "-5", "", " ", " \t\n",
           "hello world", "Hello World", "_name", "name1", "1name", "ñ", "日本", "a b", "\x07", "x\u00ad"]
checks = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
          "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print("sample".ljust(14), " ".join(c[2:6] for c in checks))
for s in samples:
    flags = []
    for c in checks:
        flags.append("T" if getattr(s, c)() else ".")
    print(repr(s).ljust(14), "    ".join(flags))
def is_int_literal(text):
    t = text.strip()
    if t[:1] in ("+", "-"):
        t = t[1:]
    return t.isdigit()
for t in ["42", "-42", "+0", "4.2", "", "-", " 7 "]:
    print(repr(t), is_int_literal(t))
print("class".isidentifier(), "def_".isidentifier(), "a-b".isidentifier(), "ünïcode".isidentifier())
print(all(c.isalnum() or c == "_" for c in "valid_name_1"))
