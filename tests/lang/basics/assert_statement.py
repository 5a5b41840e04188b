# assert with and without messages, caught.
assert True
assert 1 == 1, "never shown"
print("passing asserts are silent")

try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)

try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("caught:", e)

try:
    x = 7
    assert x < 5, f"x too big: {x}"
except AssertionError as e:
    print("caught:", e)

try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("caught:", e.args[0])

def check(n):
    assert isinstance(n, int), "need an int"
    assert n >= 0, n
    return n * 2

for v in (3, -1, "s"):
    try:
        print(check(v))
    except AssertionError as e:
        print("assertion failed with", repr(e.args[0]))

count = 0
def side():
    global count
    count += 1
    return True
assert side(), side()
print("count", count)
print(issubclass(AssertionError, Exception))
