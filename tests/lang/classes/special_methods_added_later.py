# Special methods assigned to a class after it was made (and removed again)
# take effect at once, on the class and its subclasses.
class Base:
    pass


class Child(Base):
    pass


c = Child()
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)

Base.__getattr__ = lambda self, name: f"computed {name}"
print(c.missing, Child().other)

del Base.__getattr__
try:
    c.missing
except AttributeError as e:
    print("AttributeError again:", e)

log = []
Child.__setattr__ = lambda self, name, value: log.append((name, value))
c.x = 1
print(log, hasattr(c, "x"))
del Child.__setattr__
c.x = 2
print(c.x)


class Getter:
    def __get__(self, obj, owner):
        return "from descriptor"


class Holder:
    attr = Getter()


print(Holder().attr)
Getter.__set__ = lambda self, obj, value: print("set via descriptor", value)
Holder().attr = 5
del Getter.__get__
print(type(Holder().attr).__name__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for _ in range(5):
    Counter()
print(Counter.count)
