# LOAD_GLOBAL remembers that a name is absent from a module's globals (at
# their current key-set version) and goes straight to the builtins: every
# change to either namespace must still be seen at the next load.
def f():
    return len("abc")
print(f())
len = lambda s: 42
print(f())
del len
print(f())
import builtins
g = globals()
g["len"] = lambda s: 7
print(f())
del g["len"]
print(f())
builtins.len = lambda s: 99
print(f())
exec("def h():\n    return abs(-3)", g)
print(h())
d = {}
exec("def k():\n    return abs(-4)", d)
print(d["k"]())
d["abs"] = lambda v: "shadow"
print(d["k"]())
