# A function's __name__ and __qualname__ can be reassigned; argument errors
# and the repr use the new names.
def f(a):
    pass


f.__qualname__ = "X.f"
f.__name__ = "g"
try:
    f()
except TypeError as error:
    print(error)
print(f.__qualname__, f.__name__, repr(f).split(" at ")[0])
for value in (3, None):
    try:
        f.__name__ = value
    except TypeError as error:
        print(error)
try:
    del f.__qualname__
except TypeError as error:
    print(error)
