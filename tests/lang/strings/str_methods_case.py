# Case conversions.
words = ["hello", "HELLO", "Hello World", "hello world", "hELLO wORLD", "it's a dog's life",
         "123abc", "abc123def", "o'neil mc-donald", "", "ñandú", "ÉCOLE"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".casefold(), "ß".lower(), "ß".upper(), "Straße".casefold() == "STRASSE".casefold())
print("hello".upper().lower() == "hello", "Title Case".istitle(), "Not title".istitle())
print("ABC".isupper(), "abc".islower(), "Abc".isupper(), "Abc".islower(), "123".isupper(), "A1".isupper())
print("hello world".capitalize(), "HELLO WORLD".capitalize(), "1st place".capitalize())
print("they're bill's friends".title())
print("mixed CASE text".swapcase().swapcase())
print("camelCaseString".lower(), "snake_case_here".upper())
def to_snake(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i > 0:
            out += "_"
        out += ch.lower()
    return out
def to_camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])
for n in ["parseHttpResponse", "getX", "simple"]:
    print(n, to_snake(n), to_camel(to_snake(n)))
print("ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǈ".istitle())
print("ΣΑΣ".lower(), "ΑΣ ΣΑ".lower())
