# Format-spec mini-language applied to strings, and the format() builtin.
words = ["", "a", "hello", "héllo wörld", "日本"]
specs = ["", "s", "10", "<10", ">10", "^10", "*^9", "-<7", ".3", "10.2", ">8.1", "^5.4", "=>6"]
for spec in specs:
    out = []
    for w in words:
        try:
            out.append("[" + format(w, spec) + "]")
        except ValueError as e:
            out.append("<ValueError: " + str(e) + ">")
    print(f"{spec!r:>6}:", " ".join(out))
for bad in ["d", "=10", "+", " 5", "#", "010", ",", "x"]:
    try:
        print(format("txt", bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format("x", "^1"), format("xy", "^3"), format("xy", "^4"), format("xyz", "^6"))
print("{:^}|{:<}|{:>}".format("a", "b", "c"))
print(format([1, 2]), format((1, "a"), ""), format(None), format({"a": 1}))
try:
    format([1, 2], ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(None, "s")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format("{", "^3"), format("}", ">2"), "{:}>5".format("x"))
print("{0:<{1}}|".format("dyn", 9), "{:.{}}".format("truncate", 4))
print(f"{'abc':.0}|", f"{'abc':.1}|", f"{'abc':5.1}|")
menu = {"coffee": 2.5, "tea": 1.75, "cake": 4.0}
width = max(len(k) for k in menu) + 2
for item, price in menu.items():
    print(f"{item:.<{width}}{price:>6.2f}")
print(f"{'TOTAL':.<{width}}{sum(menu.values()):>6.2f}")
