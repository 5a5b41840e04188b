# Names resolve to the current binding however the namespace changes:
# deleted and re-added globals, globals set through globals(), names shared
# by class bodies and modules, code run in several namespaces.
x = 1


def read_x():
    return x


print(read_x())
x = 2
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
globals()["x"] = 3
print(read_x())
g = globals()
key = "".join(["x"])
g[key] = 4
print(read_x(), x)
for i in range(5):
    x = x + i
print(x, read_x())

len = lambda s: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))

y = "module y"


class C:
    print(y)
    y = "class y"
    print(y)
    del y
    print(y)


code = "z = z * 2 if 'z' in dir() else 1\nresult = z"
spaces = [{}, {"z": 5}, {"z": "ab"}]
for _ in range(2):
    for space in spaces:
        exec(code, space)
print([space["result"] for space in spaces])

for n in range(3):
    exec("counter = counter + 1 if n else 0", globals())
print(counter)
