# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases, lookup
# by value and name, custom __init__ and _missing_, the functional API.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def favorite(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color), list(Color))
print(Color.RED.name, Color.RED.value, Color.GREEN.describe(), Color.favorite(), type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED in Color, [c.name for c in reversed(Color)], list(Color.__members__), repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
print(f"{Color.RED}", "%s" % Color.BLUE, format(Color.GREEN, ">12") + "|")

class Number(IntEnum):
    ONE = 1
    TWO = 2
print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO * 3, Number(1) is Number.ONE, Number.ONE == 1, sorted([Number.TWO, Number.ONE]), f"{Number.TWO}", isinstance(Number.ONE, int))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [a.value for a in Auto])

class Animal(StrEnum):
    CAT = auto()
    DOG = "woof"
print(Animal.CAT, repr(Animal.CAT), Animal.DOG.upper(), Animal("cat"), Animal.CAT == "cat", f"{Animal.DOG}!")

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(rw), [p.value for p in Perm], repr(~Perm.R), Perm.R & Perm.W)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m & Mode.READ, Mode(7), int(Mode.EXEC | 8))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 2
except ValueError as e:
    print("ValueError:", e)

Shape = Enum("Shape", "SQUARE CIRCLE")
print(list(Shape), Shape.CIRCLE.value, Enum("Pet", [("CAT", 5), ("DOG", 9)]).DOG)

class Coordinate(bytes if False else Enum):
    X = "x"
    _ignore_ = ["tmp"]
    tmp = 1
print(list(Coordinate), Coordinate._member_names_)

class Status(Enum):
    ACTIVE = 1
    @classmethod
    def _missing_(cls, value):
        return cls.ACTIVE
print(Status(99))
