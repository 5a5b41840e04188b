# dataclasses: generated __init__/__repr__/__eq__/ordering/hash, frozen
# instances, defaults and factories, KW_ONLY, InitVar, __post_init__,
# inheritance, helpers and the errors CPython raises.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY, make_dataclass
ClassVar = "ClassVar"

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: "ClassVar[int]" = 0

p = Point(1)
print(p, Point(1, 2, ["a"]), p == Point(1), p == Point(2), p != Point(1, 1))
print([f.name for f in fields(p)], asdict(Point(3, 4, [Point(5)])), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__init__.__qualname__, Point.__match_args__, Point.count, Point.__hash__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)

v = Version(1, 2, "rc")
print(v, sorted([Version(2), Version(1, 5), Version(1, 2)]), Version(1) < Version(1, 1), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Base:
    a: int
    def __post_init__(self):
        self.double = self.a * 2

@dataclass
class Child(Base):
    b: str = "b"
    _: KW_ONLY
    flag: bool = False

c = Child(5, flag=True)
print(c, c.double, Child(1, "x"))
try:
    Child(1, "x", True)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2)])
print(n, n.children[0].children)
M = make_dataclass("M", [("a", int), ("b", str, field(default="z"))])
print(M(1), {Point(1): 1} if Point.__hash__ else "unhashable")
from dataclasses import InitVar

@dataclass
class Scaled:
    value: float
    scale: InitVar[float] = 2.0
    def __post_init__(self, scale):
        self.value *= scale
print(Scaled(3.0), Scaled(1.0, 10.0), [f.name for f in fields(Scaled)])

@dataclass(eq=False)
class Identity:
    a: int
print(Identity(1) == Identity(1), hash(Identity(1)) != 0)

@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: int = field(default=0, hash=False)
print(hash(Hashy(1, 2)) == hash(Hashy(1, 3)), {Hashy(1), Hashy(1)})
@dataclass
class WithSelf:
    self: int
print(WithSelf(5))
print(asdict(Point(1, 2, [Point(3)]), dict_factory=lambda pairs: [name for name, _ in pairs]))
print(astuple(Version(1, 2), tuple_factory=list))
