# Single inheritance, overriding, super(), isinstance/issubclass.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak() + " (squeaky " + self.toy + ")"

class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "Meow"

for pet in [Animal("Generic"), Dog("Rex"), Puppy("Bit", "ball"), Cat("Tom")]:
    print(pet.intro())
p = Puppy("Bit", "bone")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), issubclass(bool, int))
print(isinstance(p, (Cat, Dog)), issubclass(Cat, (Dog, Animal)))
print(Puppy.__bases__ == (Dog,), Animal.__bases__ == (object,), [c.__name__ for c in Puppy.__mro__])
print(Puppy.__name__, Dog.kind, Puppy.kind, p.kind)

class Base:
    def __init__(self):
        self.log = ["Base"]
    def template(self):
        return self.step1() + "-" + self.step2()
    def step1(self):
        return "b1"
    def step2(self):
        return "b2"
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived")
    def step2(self):
        return "d2"
d = Derived()
print(d.log, d.template())

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square(4).area())

class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, key):
        return "default-" + str(key)
md = MyDict(a=1)
print(md["a"], md["zz"], md)
class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32
print(Celsius(100).fahrenheit(), Celsius(37.5) + 1)
class Name(str):
    def shout(self):
        return self.upper() + "!"
print(Name("bob").shout(), Name("x") + "y", len(Name("abc")))
try:
    issubclass(p, Animal)
except TypeError as e:
    print("TypeError:", e)
