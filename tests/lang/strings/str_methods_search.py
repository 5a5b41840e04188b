# find, rfind, index, rindex, count, startswith, endswith, replace, in.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 5, 10), s.find("dog"), s.find(""))
print(s.rfind("the"), s.rfind("at"), s.rfind("the", 0, 10), s.rfind("zz"), s.rfind(""))
print(s.index("cat"), s.rindex("at"), s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.count("at", 10), s.count("at", 10, 20), s.find("at", -5), s.find("at", -100, -30))
for sub in ["dog", "xyz"]:
    try:
        s.index(sub)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith("cat"), s.startswith("cat", 4), s.startswith(("a", "t")))
print(s.endswith("hat"), s.endswith("at", 0, 7), s.endswith(("cat", "mat", "hat")), s.endswith(""))
print(s.replace("at", "og"), s.replace("the", "a", 2), s.replace("zz", "yy"), s.replace("", "-", 3))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "bb", -1), "abc".replace("", "."))
print("cat" in s, "dog" in s, "t c" in s)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
text = "mississippi"
print(text.count("ss"), text.count("i"), text.find("ss"), text.rfind("ss"), text.index("p"), text.rindex("i"))
positions = []
start = 0
while True:
    i = text.find("i", start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print(positions)
print("ab".find("abc"), "".find(""), "".find("a"), "abc".find("c", 3), "abc".find("", 3), "abc".find("", 4))
print("hello"[1:].startswith("ell"), "Hello".lower().startswith("he"))
print("été à la plage".find("à"), "日本語テキスト".index("テ"), "日本語".count("本"))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
tmpl = "Dear NAME, your order NUM ships DAY."
for name, num, day in [("Ann", "17", "Monday"), ("Bo", "99", "today")]:
    print(tmpl.replace("NAME", name).replace("NUM", num).replace("DAY", day))
