# typing: generic classes, aliases and their reprs, NamedTuple, TypedDict,
# Protocol, ClassVar/Final/Literal, get_type_hints, isinstance with aliases.
from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, NamedTuple, Optional,
                    Set, Tuple, TypeVar, Union, cast, TYPE_CHECKING, overload, Protocol, TypedDict,
                    ClassVar, Final, Literal, get_type_hints, Sequence, Mapping, DefaultDict)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=int)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), Stack.__mro__[1].__name__, Stack[int] is Stack)

def total(values: Iterable[float], scale: Optional[float] = None) -> float:
    return sum(values) * (scale or 1)
print(total([1.5, 2.5]), total.__annotations__["scale"], total.__annotations__["return"])

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), p._replace(y=1), Point._fields, p[0])

print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None], Tuple[int, ...], Callable[[int], str])
print(T, K, Any, Union[int], typing.Optional[Dict[str, Any]], Set[int], Sequence[str], Mapping[str, int])
print(cast(int, "x"), TYPE_CHECKING, isinstance([], List), typing.get_origin(List[int]), typing.get_args(Dict[str, int]))

class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__)

class Greeter(Protocol):
    def greet(self) -> str: ...

class Config:
    debug: ClassVar[bool] = False
    name: Final = "app"
    mode: Literal["r", "w"] = "r"
print(Config.debug, Config.name, Config.mode, get_type_hints(Point)["x"])
Pair = Tuple[int, int]
def swap(p: Pair) -> Pair:
    return p[1], p[0]
print(swap((1, 2)), Pair)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))
class Box(Generic[T]):
    pass
class IntBox(Box[int]):
    pass
print(IntBox.__mro__[1] is Box, IntBox.__orig_bases__ if hasattr(IntBox, "__orig_bases__") else None)
