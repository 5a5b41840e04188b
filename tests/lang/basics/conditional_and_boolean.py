# Conditional expressions and the values returned by and/or/not.
for n in (0, 1, 2, 15):
    print(n, "even" if n % 2 == 0 else "odd", "big" if n > 10 else "small" if n > 1 else "tiny")

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default")
print("" or [] or 0, "x" and "y" and "z")
print(not 0, not 1, not "", not "a", not None, not [], not [0])
print([] and 1, {} or (), (0,) and "ok")

calls = []
def t(v):
    calls.append(v)
    return v

r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(1) or t(2)
print(r, calls)
calls.clear()
r = t(0) or t("") or t("last")
print(r, calls)

x = None
name = x if x is not None else "anon"
print(name)

def sign(n):
    return -1 if n < 0 else (0 if n == 0 else 1)
print([sign(v) for v in (-3, 0, 8)])

print(bool(0.0), bool(-0.0), bool(0.1), bool(0j), bool(1j))
print(bool(range(0)), bool(range(1)), bool(b""), bool(b"\x00"))
print(True + True, True * 10, False - 1, True / 2)
print(True & False, True | False, True ^ True, ~True)
print(isinstance(True, int), int(True), str(False))
print(True == 1, hash(True) == hash(1), {1: "a", True: "b"})
val = 3
result = val > 2 and "big" or "small"
print(result)
print((lambda: "yes" if val else "no")())
