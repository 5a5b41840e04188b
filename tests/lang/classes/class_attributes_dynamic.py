# getattr/setattr/delattr/hasattr on classes and instances; attribute lookup order.
class Config:
    debug = False
    level = 1
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
c = Config(level=5, name="prod")
print(c.debug, c.level, c.name, Config.level)
print(getattr(c, "name"), getattr(c, "missing", "fallback"), getattr(Config, "debug"))
print(hasattr(c, "name"), hasattr(c, "nothing"), hasattr(Config, "name"))
setattr(c, "debug", True)
setattr(Config, "new_class_attr", [1])
print(c.debug, Config.debug, c.new_class_attr)
delattr(c, "debug")
print(c.debug)
delattr(Config, "new_class_attr")
print(hasattr(c, "new_class_attr"))
try:
    getattr(c, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
for name in ["upper", "lower", "title"]:
    print(getattr("MiXeD", name)())
class Plugin:
    def run_alpha(self):
        return "alpha ran"
    def run_beta(self):
        return "beta ran"
pl = Plugin()
for action in ["alpha", "beta", "gamma"]:
    fn = getattr(pl, "run_" + action, None)
    print(action, fn() if fn else "no handler")
def method_added_later(self):
    return "added: " + str(self.level)
Config.describe = method_added_later
print(c.describe(), Config(level=9).describe())
c.instance_fn = lambda: "instance callable, no self"
print(c.instance_fn())
class Counter:
    total = 0
    def add(self):
        self.total += 1
x, y = Counter(), Counter()
x.add(); x.add(); y.add()
print(x.total, y.total, Counter.total, vars(x))
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
print(getattr(int, "__name__"), getattr([], "__len__")(), getattr(3, "real"))
