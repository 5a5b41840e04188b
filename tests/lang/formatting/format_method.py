# str.format: positional, indexed, keyword, attribute and item fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=40), "{0} {k}".format(1, k=2))
print("{{literal}} {} {{}}".format("x"), "{{{}}}".format(5))
point = (3, 4)
print("x={0[0]}, y={0[1]}".format(point))
data = {"key": "value", "n": 5}
print("{d[key]} {d[n]}".format(d=data), "{0[key]}".format(data))
class P:
    def __init__(self):
        self.x = 10
        self.inner = {"a": [1, 2, 3]}
p = P()
print("{0.x} {p.x} {p.inner[a]}".format(p, p=p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0:>{1}}|{0:{2}^{1}}|".format("ab", 7, "*"))
print("{:{}.{}f}".format(3.14159, 10, 3), "{:{fill}>{w}}".format(5, fill="0", w=4))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>10}|".format("x"))
print("{:d} {:x} {:o} {:b} {:e}".format(255, 255, 255, 255, 255.0))
print("{} {}".format(*[1, 2]), "{a}{b}".format(**{"a": "A", "b": "B"}))
print("{0}{0}{0}".format("ha"), "{:}".format(12), "{!s:}".format(12))
print("{0:,} {0:_} {1:,.2f}".format(1234567, 1234567.891))
print("".format(), "no fields".format(1, 2, k=3))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3))
print("{:*^20}".format(" centered "))
for bad in ["{", "}", "{0} {}", "{} {0}", "{1}", "{x}", "{0[5]}", "{:q}", "{!x}"]:
    try:
        print(bad.format([1]))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("melon", 12, 2.25)]
print("{:<8}{:>5}{:>8}".format(*table[0]))
for name, q, pr in table[1:]:
    print("{:<8}{:>5d}{:>8.2f}".format(name, q, pr))
print("{0:{1}}".format("nest", 6) + "|", "{:{}}|".format(7, 5))
print("{0.real} {0.imag}".format(3 + 4j), "{0[0][1]}".format([[1, 2]]))
print("{:c}".format(9731), "{:n}".format(1234))
print(str.format("{}-{}", "a", "b"), "{0:s}".format("str"))
print("{!s:>10}".format(None), "{}".format([1, "a"]), "{:}".format((1,)))
