# The del statement on names, items, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

class C:
    pass
c = C()
c.attr = 5
c.other = 6
del c.attr
print(hasattr(c, "attr"), hasattr(c, "other"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError:", e)

a, b, c2 = 1, 2, 3
del a, b
print(c2)

def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())

nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
g = 10
def remove_global():
    global g
    del g
remove_global()
print("g" in globals())
