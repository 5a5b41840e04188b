"""Data classes: the @dataclass decorator builds __init__, __repr__,
__eq__, ordering, hashing and frozen-ness from a class's annotated fields,
with the behaviour and messages of CPython 3.11's dataclasses (generated
methods are compiled from source text, as CPython does)."""

import copy as _copy
import sys

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _Sentinel:
    """A marker value that shows its name."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


MISSING = _Sentinel("MISSING")
KW_ONLY = _Sentinel("KW_ONLY")


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            "Field("
            f"name={self.name!r},type={self.type!r},default={self.default!r},"
            f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
            f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
            f"kw_only={self.kw_only!r},_field_type={self._field_type})"
        )


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _names_type(annotation, cls, module, wanted):
    """Whether a string annotation names `wanted` (as `Name[...]` or
    `module.Name[...]`) in the namespace of the module defining `cls`."""
    head = annotation.split("[", 1)[0].strip()
    prefix, _, name = head.rpartition(".")
    defining = sys.modules.get(cls.__module__)
    namespace = defining.__dict__ if defining is not None else {}
    if prefix:
        return module is not None and namespace.get(prefix.strip()) is module and getattr(module, name, None) is wanted
    return namespace.get(name) is wanted


def _is_classvar(annotation, cls):
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    if isinstance(annotation, str):
        return _names_type(annotation, cls, typing, typing.ClassVar)
    return annotation is typing.ClassVar or getattr(annotation, "__origin__", None) is typing.ClassVar


def _is_initvar(annotation, cls):
    if isinstance(annotation, str):
        return _names_type(annotation, cls, sys.modules[__name__], InitVar)
    return annotation is InitVar or isinstance(annotation, InitVar)


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation, cls):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type == _FIELD_CLASSVAR:
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type == _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(
            f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory"
        )
    return f


def _tuple_of(names, obj):
    if not names:
        return "()"
    return "(" + ",".join(f"{obj}.{name}" for name in names) + ",)"


def _compile(name, source, namespace):
    exec(source, namespace)
    return namespace[name]


def _init_source(fields, has_post_init, frozen, self_name):
    std = [f for f in fields if f.init and not f.kw_only]
    kw = [f for f in fields if f.init and f.kw_only]
    seen_default = False
    for f in std:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument '{f.name}' follows default argument")

    def parameter(f):
        if f.default_factory is not MISSING:
            return f"{f.name}=_HAS_DEFAULT_FACTORY"
        if f.default is not MISSING:
            return f"{f.name}=_dflt_{f.name}"
        return f.name

    parameters = [self_name] + [parameter(f) for f in std]
    if kw:
        parameters += ["*"] + [parameter(f) for f in kw]
    lines = []
    for f in fields:
        if f._field_type != _FIELD:
            continue
        if f.default_factory is not MISSING:
            if f.init:
                value = f"_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
            else:
                value = f"_dflt_{f.name}()"
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = f"_dflt_{f.name}"
        else:
            continue
        if frozen:
            lines.append(f"__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})")
        else:
            lines.append(f"{self_name}.{f.name}={value}")
    if has_post_init:
        initvars = ",".join(f.name for f in fields if f._field_type == _FIELD_INITVAR)
        lines.append(f"{self_name}.__post_init__({initvars})")
    body = "\n".join("  " + line for line in lines) or "  pass"
    return f"def __init__({','.join(parameters)}):\n{body}\n"


_HAS_DEFAULT_FACTORY = _Sentinel("<factory>")


def _repr_fn(fields):
    names = [f.name for f in fields if f.repr and f._field_type == _FIELD]
    running = set()

    def __repr__(self):
        key = (id(self),)
        if key in running:
            return "..."
        running.add(key)
        try:
            parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        finally:
            running.discard(key)
        return f"{self.__class__.__qualname__}({parts})"

    return __repr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    current_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation == "KW_ONLY" or annotation == "dataclasses.KW_ONLY":
            current_kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, current_kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type == _FIELD]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        self_name = "__dataclass_self__" if "self" in fields else "self"
        namespace = {"_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY, "__dataclass_builtins_object__": object}
        for f in all_fields:
            if f.default_factory is not MISSING:
                namespace[f"_dflt_{f.name}"] = f.default_factory
            elif f.default is not MISSING:
                namespace[f"_dflt_{f.name}"] = f.default
        source = _init_source([f for f in all_fields if f._field_type != _FIELD_CLASSVAR], has_post_init,
                              frozen, self_name)
        init_fn = _compile("__init__", source, namespace)
        init_fn.__qualname__ = f"{cls.__qualname__}.__init__"
        _set_new_attribute(cls, "__init__", init_fn)

    if repr:
        fn = _repr_fn(field_list)
        fn.__qualname__ = f"{cls.__qualname__}.__repr__"
        _set_new_attribute(cls, "__repr__", fn)

    compared = [f.name for f in field_list if f.compare]
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return tuple(getattr(self, n) for n in compared) == tuple(getattr(other, n) for n in compared)
            return NotImplemented

        _set_new_attribute(cls, "__eq__", __eq__)

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")

        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(tuple(getattr(self, n) for n in compared), tuple(getattr(other, n) for n in compared))
                return NotImplemented

            return compare

        for name, op in [("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)]:
            if name in cls.__dict__:
                raise TypeError(
                    f"Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering"
                )
            setattr(cls, name, make(op))

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)

        for name, fn in [("__setattr__", __setattr__), ("__delattr__", __delattr__)]:
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
            setattr(cls, name, fn)

    hashed = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in hashed))

    has_explicit_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in field_list if f.init and not f.kw_only))
    return cls


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, lambda obj, convert: dict_factory([(f.name, convert(getattr(obj, f.name))) for f in fields(obj)]))


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, lambda obj, convert: tuple_factory([convert(getattr(obj, f.name)) for f in fields(obj)]))


def _convert(obj, instance):
    """Recursively copies `obj`; `instance` builds what a dataclass instance
    becomes (a dict or tuple of its converted fields)."""
    convert = lambda value: _convert(value, instance)
    if _is_dataclass_instance(obj):
        return instance(obj, convert)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[convert(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(convert(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((convert(k), convert(v)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **options)
