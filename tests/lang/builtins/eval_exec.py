# eval() and exec(): caller's namespaces by default, explicit dicts, errors.
x = 10
print(eval("x + 1"), eval("  [i * x for i in range(3)]"), eval("y * 2", {"y": 4}), eval("a + b", {"a": 1}, {"b": 2}))
exec("z = x * 3\nprint('in exec', z)")
print(z)
ns = {}
exec("def f(n):\n    return n * n\nresult = f(7)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
def scope():
    local = 5
    return eval("local + 1"), eval("len(s)", {"s": "abc"})
print(scope())
for bad in ["1 +", "x = 1", "undefined_name"]:
    try:
        eval(bad)
    except (SyntaxError, NameError) as e:
        print(type(e).__name__, e)
try:
    exec("for")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    eval(5)
except TypeError as e:
    print(e)
print(eval("(lambda q: q + x)(1)"))
