# nonlocal and global declarations, nested several levels.
level = "module"
def a():
    level = "a"
    def b():
        nonlocal level
        level = "b changed a"
        def c():
            global level
            level = "c changed module"
        c()
        return level
    r = b()
    return level, r
print(a(), level)

total = 0
def add_to_total(n):
    global total
    total += n
    return total
print(add_to_total(5), add_to_total(10), total)

def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def dec():
        nonlocal x
        x -= 1
    for _ in range(5):
        inc()
    dec()
    return x
print(outer())

def nested_nonlocal():
    n = 1
    def l1():
        def l2():
            nonlocal n
            n *= 10
        l2()
        l2()
    l1()
    return n
print(nested_nonlocal())

def shadowing():
    v = "outer"
    def inner():
        v = "inner-local"
        return v
    inner()
    return v
print(shadowing())

def global_in_function_creates():
    global brand_new
    brand_new = [1, 2]
global_in_function_creates()
print(brand_new)

def unbound_error():
    x = 1
    def inner():
        try:
            x += 1
        except UnboundLocalError as e:
            return "UnboundLocalError: " + str(e)
    return inner()
print(unbound_error())

def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_pair()
inc(); inc(); inc()
print(get())

class Holder:
    value = 1
    def method(self):
        return value_seen_by_method
value_seen_by_method = "module-level value"
print(Holder().method())

def loop_nonlocal():
    result = []
    i = 0
    def step():
        nonlocal i
        i += 2
        result.append(i)
    while i < 10:
        step()
    return result
print(loop_nonlocal())
