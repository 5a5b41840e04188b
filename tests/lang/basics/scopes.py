# Name resolution: local, enclosing, global, builtins; shadowing.
x = "global x"

def show():
    print("in show:", x)

def shadow():
    x = "local x"
    print("in shadow:", x)

show()
shadow()
print("module:", x)

def outer():
    x = "outer x"
    def inner():
        print("inner sees", x)
    inner()
    return inner
outer()()

def uses_len():
    return len("abc")
print(uses_len())

len_backup = len
def len(obj):
    return "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
print(len_backup is len)

counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print("counter", counter)

def make_global():
    global created_later
    created_later = "made inside"
make_global()
print(created_later)

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
    return counter
print(unbound())

for loop_var in range(3):
    pass
print("loop var after loop", loop_var)
if True:
    block_var = "blocks don't scope"
print(block_var)
class K:
    cls_var = 1
    doubled = cls_var * 2
print(K.doubled)
print(sorted(k for k in globals() if not k.startswith("__")))
