# Class definition, instances, methods, class vs instance attributes.
class Dog:
    """A dog."""
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return "%s (%d) knows %s" % (self.name, self.age, ", ".join(self.tricks) or "nothing")

rex = Dog("Rex", 3)
fido = Dog("Fido")
rex.add_trick("sit").add_trick("roll")
print(rex.describe())
print(fido.describe())
print(Dog.count, rex.count, fido.species, Dog.__doc__, Dog.__name__)
rex.species = "wolf?"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
Dog.species = "dog"
print(rex.species, fido.species)
print(rex.__dict__)
print(fido.__dict__)
print(type(rex) is Dog, rex.__class__ is Dog, isinstance(rex, Dog), isinstance(rex, object))
print(Dog.describe(rex) == rex.describe())
method = fido.add_trick
method("beg")
print(fido.tricks)

class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.x, e.y, sorted(vars(e)))
try:
    e.z
except AttributeError as err:
    print("AttributeError:", err)
try:
    Dog.nothing
except AttributeError as err:
    print("AttributeError:", err)

class Counter:
    def __init__(self):
        self.value = 0
    def increment(self, by=1):
        self.value += by
        return self.value
c = Counter()
for i in range(5):
    c.increment(i)
print(c.value)
print(Counter.increment(c, 100))
try:
    Counter.increment()
except TypeError as err:
    print("TypeError:", err)
try:
    c.increment(1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    Dog()
except TypeError as err:
    print("TypeError:", err)
class WithClassList:
    shared = []
    def add(self, v):
        self.shared.append(v)
a1, a2 = WithClassList(), WithClassList()
a1.add(1)
a2.add(2)
print(WithClassList.shared, a1.shared is a2.shared)
