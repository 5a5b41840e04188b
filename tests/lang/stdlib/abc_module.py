# abc and collections.abc: abstract methods block instantiation, register()
# makes virtual subclasses, the one-method ABCs recognise any class with
# the method, the container ABCs supply their mixin methods.
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Sized, Hashable, Callable, Generator, Set, MutableSequence

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"

try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).describe(), isinstance(Square(2), Shape), Shape.__abstractmethods__ == {"area", "name"}, Square.__abstractmethods__)

class Duck:
    def quack(self): return "quack"
class Quacker(ABC):
    pass
print(isinstance(Duck(), Quacker))
Quacker.register(Duck)
print(isinstance(Duck(), Quacker), issubclass(Duck, Quacker))

print(isinstance([], Iterable), isinstance(iter([]), Iterator), isinstance(3, Iterable), isinstance((1,), Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance("x", Sized), isinstance([], Hashable), isinstance(1, Hashable))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable))
def gen(): yield 1
print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance(range(3), Sequence), isinstance(set(), Set))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(isinstance(Countdown(2), Iterator), list(Countdown(3)))

class MyList(MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
m = MyList(); m.append(3); m.extend([1, 2]); m.reverse(); print(list(m), m.index(1), m.count(3), 2 in m, list(reversed(m)), m.pop(), len(m))

class Registry(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
r = Registry(); r.update(a=1, b=2); r.setdefault("c", 3)
print(sorted(r.items()), r.get("z", 0), "a" in r, r.pop("a"), len(r), list(r.keys()), list(r.values()), r == {"b": 2, "c": 3})

class Tree:
    def __iter__(self) -> Iterator[int]:
        yield 1
print(list(Tree()), Iterator[int], Iterable[str])
class Meta(ABCMeta): pass
class WithMeta(metaclass=Meta):
    @abstractmethod
    def f(self): pass
try:
    WithMeta()
except TypeError as e:
    print(e)
