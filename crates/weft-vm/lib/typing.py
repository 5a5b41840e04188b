"""Type hints, as CPython's typing module, for programs that annotate.

Annotations are evaluated (or, under `from __future__ import annotations`,
kept as strings) but never checked, so what matters here is that every
form can be written — subscripted, combined, used as a base class — and
shows itself as CPython's does. Generic classes subscript to themselves;
NamedTuple and TypedDict build what their class statements describe.
"""

import collections
import collections.abc

__all__ = [
    "Any", "AnyStr", "Callable", "ClassVar", "Dict", "Final", "FrozenSet",
    "Generic", "Iterable", "Iterator", "List", "Literal", "Mapping",
    "NamedTuple", "NoReturn", "Optional", "Protocol", "Sequence", "Set",
    "Tuple", "Type", "TypeVar", "TypedDict", "Union", "cast", "overload",
    "TYPE_CHECKING", "get_type_hints", "no_type_check", "final",
    "runtime_checkable", "Self", "Never", "LiteralString", "TypeAlias",
    "get_origin", "get_args", "DefaultDict", "Deque", "Counter",
    "OrderedDict", "ChainMap", "Generator", "Awaitable", "Coroutine",
    "AsyncIterator", "AsyncIterable", "Hashable", "Sized", "Collection",
    "Container", "Reversible", "MutableMapping", "MutableSequence",
    "MutableSet", "AbstractSet", "KeysView", "ItemsView", "ValuesView",
    "Text", "IO", "TextIO", "BinaryIO", "SupportsInt", "SupportsFloat",
    "SupportsAbs", "SupportsIndex", "ParamSpec", "Concatenate", "Annotated",
    "NewType", "assert_never", "reveal_type", "dataclass_transform",
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(t) for t in obj)
    return repr(obj)


class _Final:
    """Forms that cannot be subclassed."""

    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted form: `List[int]`, `Dict[str, Any]`."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def __repr__(self):
        if self._name == "Optional":
            return "typing.Optional[%s]" % _type_repr(self.__args__[0])
        name = self._name and "typing." + self._name or _type_repr(self.__origin__)
        if self.__args__ == ():
            return "%s[()]" % name
        return "%s[%s]" % (name, ", ".join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias of a class: `List`, `Dict`, `Iterable`."""

    def __init__(self, origin, name):
        self.__origin__ = origin
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, ...: forms with rules of their own."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self._name)
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = type(None) if p is None else p
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            candidates = p.__args__
        else:
            candidates = (p,)
        for c in candidates:
            if c not in flat:
                flat.append(c)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        alias = _GenericAlias(Union, (other, type(None)), "Optional")
        return alias
    return _GenericAlias(Union, tuple(flat), "Union")


def _optional(form, parameter):
    return Union[parameter, None]


def _keep(name):
    def getitem(form, parameters):
        return _GenericAlias(form, parameters, name)
    return getitem


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _keep("ClassVar"))
Final = _SpecialForm("Final", _keep("Final"))
Literal = _SpecialForm("Literal", _keep("Literal"))
Concatenate = _SpecialForm("Concatenate", _keep("Concatenate"))
Annotated = _SpecialForm("Annotated", _keep("Annotated"))


class TypeVar(_Final):
    """A type variable: `T = TypeVar("T")`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = self
        self.kwargs = self


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """The base of generic classes: `class Stack(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """The base of structural types."""

    __slots__ = ()


def _alias(origin, name):
    return _SpecialGenericAlias(origin, name)


List = _alias(list, "List")
Dict = _alias(dict, "Dict")
Set = _alias(set, "Set")
FrozenSet = _alias(frozenset, "FrozenSet")
Tuple = _alias(tuple, "Tuple")
Type = _alias(type, "Type")
DefaultDict = _alias(collections.defaultdict, "DefaultDict")
OrderedDict = _alias(collections.OrderedDict, "OrderedDict")
Counter = _alias(collections.Counter, "Counter")
Deque = _alias(collections.deque, "Deque")
ChainMap = _alias(collections.ChainMap, "ChainMap")
Text = str

_abc = collections.abc
Callable = _alias(_abc.Callable, "Callable")
Iterable = _alias(_abc.Iterable, "Iterable")
Iterator = _alias(_abc.Iterator, "Iterator")
Generator = _alias(_abc.Generator, "Generator")
Awaitable = _alias(_abc.Awaitable, "Awaitable")
Coroutine = _alias(_abc.Coroutine, "Coroutine")
AsyncIterable = _alias(_abc.AsyncIterable, "AsyncIterable")
AsyncIterator = _alias(_abc.AsyncIterator, "AsyncIterator")
Hashable = _abc.Hashable
Sized = _abc.Sized
Collection = _alias(_abc.Collection, "Collection")
Container = _alias(_abc.Container, "Container")
Reversible = _alias(_abc.Reversible, "Reversible")
Sequence = _alias(_abc.Sequence, "Sequence")
MutableSequence = _alias(_abc.MutableSequence, "MutableSequence")
Mapping = _alias(_abc.Mapping, "Mapping")
MutableMapping = _alias(_abc.MutableMapping, "MutableMapping")
AbstractSet = _alias(_abc.Set, "AbstractSet")
MutableSet = _alias(_abc.MutableSet, "MutableSet")
KeysView = _alias(_abc.KeysView, "KeysView")
ItemsView = _alias(_abc.ItemsView, "ItemsView")
ValuesView = _alias(_abc.ValuesView, "ValuesView")
IO = _alias(object, "IO")
TextIO = _alias(object, "TextIO")
BinaryIO = _alias(object, "BinaryIO")


SupportsInt = type("SupportsInt", (Protocol,), {"__slots__": (), "__module__": "typing"})
SupportsFloat = type("SupportsFloat", (Protocol,), {"__slots__": (), "__module__": "typing"})
SupportsAbs = type("SupportsAbs", (Protocol,), {"__slots__": (), "__module__": "typing"})
SupportsIndex = type("SupportsIndex", (Protocol,), {"__slots__": (), "__module__": "typing"})


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-decorated "
            "functions outside a stub module should always be followed by an implementation "
            "that is not @overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def dataclass_transform(**kwargs):
    return lambda cls: cls


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def reveal_type(obj):
    import sys
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
    else:
        hints.update(getattr(obj, "__annotations__", {}))
    if globalns is None:
        globalns = getattr(obj, "__globals__", None) or {}
    for name, value in hints.items():
        if value is None:
            hints[name] = type(None)
        elif isinstance(value, str):
            try:
                hints[name] = eval(value, globalns, localns)
            except Exception:
                pass
    return hints


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, namespace):
        if name == "NamedTuple" and not bases:
            return super().__new__(mcls, name, bases, namespace)
        annotations = namespace.get("__annotations__", {})
        fields = list(annotations)
        defaults = [namespace[field] for field in fields if field in namespace]
        base = collections.namedtuple(name, fields, defaults=defaults or None)
        base.__annotations__ = dict(annotations)
        for key, value in namespace.items():
            if key in fields or key in ("__annotations__", "__module__", "__qualname__", "__dict__"):
                continue
            setattr(base, key, value)
        base.__module__ = namespace.get("__module__", base.__module__)
        return base

    def __call__(cls, typename, fields=None, /, **kwargs):
        fields = list(fields if fields is not None else kwargs.items())
        made = collections.namedtuple(typename, [name for name, _ in fields])
        made.__annotations__ = dict(fields)
        return made


class NamedTuple(metaclass=_NamedTupleMeta):
    """`class Point(NamedTuple): x: int; y: int = 0` makes a namedtuple."""


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, namespace, total=True):
        made = super().__new__(mcls, name, (), namespace)
        made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    """`class Movie(TypedDict): ...` describes dicts: calling it makes a dict."""
