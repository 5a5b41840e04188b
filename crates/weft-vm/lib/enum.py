"""Enumerations, as CPython 3.11's enum module: Enum, IntEnum, StrEnum,
Flag, IntFlag, auto, unique.

EnumType turns the names a class body binds to plain values into the
class's members: instances of the class, one per value (a repeated value
is an alias of the first), created in definition order.
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "global_enum", "member", "nonmember",
]


class auto:
    """A member value to be chosen by _generate_next_value_."""

    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class member:
    """Forces a value to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value from becoming a member."""

    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(value):
    return (hasattr(value, "__get__") or hasattr(value, "__set__") or hasattr(value, "__delete__")
            or isinstance(value, (staticmethod, classmethod, property)))


def _member_candidates(cls_name, classdict):
    for key, value in list(classdict.items()):
        if isinstance(value, member):
            yield key, value.value
        elif isinstance(value, nonmember):
            classdict[key] = value.value
        elif _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key) or _is_descriptor(value):
            continue
        elif isinstance(value, type) and key == value.__name__:
            continue
        else:
            yield key, value


def _data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType):
                continue
            if base in (int, str, float, bytes, tuple, complex) or "__new__" in base.__dict__:
                return base
    return object


def _keep_enum_methods(enum_class, classdict, bases, member_type):
    # Where the data type's repr/str/format would win by the MRO (an int
    # mixin before Enum), the enum's own are put back, as CPython does.
    first_enum = bases[-1]
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in classdict:
            continue
        found = getattr(enum_class, name, None)
        if found is getattr(member_type, name, None) or found is getattr(object, name, None):
            type.__setattr__(enum_class, name, getattr(first_enum, name))


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        candidates = list(_member_candidates(cls, classdict))
        for key, _ in candidates:
            del classdict[key]
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        candidates = [(key, value) for key, value in candidates if key not in ignore]
        classdict.setdefault("__module__", "__main__")
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        member_type = _data_type(bases)
        type.__setattr__(enum_class, "_member_type_", member_type)
        # A __new__ in the body makes the members (Enum's own looks them up).
        custom_new = classdict.get("__new__") if Enum is not None else None
        if custom_new is not None:
            type.__setattr__(enum_class, "_new_member_", custom_new)
        new = getattr(enum_class, "_new_member_", None)
        if new is None:
            new = object.__new__ if member_type is object else member_type.__new__
        last_values = []
        for name, value in candidates:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (value,)
            if new is object.__new__:
                new_member = object.__new__(enum_class)
            else:
                new_member = new(enum_class, *args)
            if not hasattr(new_member, "_value_"):
                if member_type is object:
                    new_member._value_ = value
                else:
                    new_member._value_ = member_type(*args)
            new_member._name_ = name
            new_member.__objclass__ = enum_class
            new_member.__init__(*args)
            new_member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == new_member._value_:
                    canonical = existing
                    break
            if canonical is None:
                enum_class._member_names_.append(name)
                canonical = new_member
            enum_class._member_map_[name] = canonical
            try:
                enum_class._value2member_map_.setdefault(new_member._value_, canonical)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, canonical)
        if Enum is not None:
            # Calling the class looks members up; a __new__ of the body (or
            # of the data type) only made them.
            type.__setattr__(enum_class, "__new__", Enum.__new__)
            _keep_enum_methods(enum_class, classdict, bases, member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            # Flag's operators, not an int mixin's, combine members.
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if op not in classdict:
                    type.__setattr__(enum_class, op, getattr(Flag, op))
            mask = 0
            for name in enum_class._member_names_:
                mask |= enum_class._member_map_[name]._value_
            type.__setattr__(enum_class, "_flag_mask_", mask)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            values = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, values[:])
                values.append(value)
                classdict[name] = value
        elif hasattr(names, "items"):
            classdict.update(names.items())
        else:
            for name, value in names:
                classdict[name] = value
        classdict["__module__"] = module or "__main__"
        if qualname is not None:
            classdict["__qualname__"] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(value).__qualname__, cls.__class__.__qualname__))
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot delete member %r" % name)
        super().__delattr__(name)


EnumMeta = EnumType
# Bound below; EnumType.__new__ checks them while it makes these very classes.
Enum = Flag = None


class Enum(metaclass=EnumType):
    """A set of named values: members compare by identity, look up by value
    (Color(1)) or name (Color['RED'])."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for candidate in cls._member_map_.values():
            if candidate._value_ == value:
                return candidate
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            if last_values[-1] == sorted(last_values)[-1]:
                return last_values[-1] + 1
        except TypeError:
            pass
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = (self._member_type_.__repr__ if self._member_type_ is not object else repr)(self._value_)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only repr() shows the enum; str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Members are ints too."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Members are strs too; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()




class Flag(Enum):
    """Members combine with | & ^ ~ into composite members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = value & mask if issubclass(cls, int) else value
        if value & ~mask and not issubclass(cls, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._decompose(value)]
        pseudo._name_ = "|".join(names) if names else None
        if value & ~mask:
            extra = value & ~mask
            pseudo._name_ = (pseudo._name_ + "|" if pseudo._name_ else "") + hex(extra)
        cls._value2member_map_.setdefault(value, pseudo)
        return cls._value2member_map_[value]

    @classmethod
    def _decompose(cls, value):
        return [cls._member_map_[name] for name in cls._member_names_
                if cls._member_map_[name]._value_ and cls._member_map_[name]._value_ & value == cls._member_map_[name]._value_
                and bin(cls._member_map_[name]._value_).count("1") == 1]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._decompose(self._value_))

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        """The int an operator combines with, or None if it cannot."""
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    def __repr__(self):
        value_repr = (self._member_type_.__repr__ if self._member_type_ is not object else repr)(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, value_repr)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)


class IntFlag(int, ReprEnum, Flag):
    """Flags that are ints too."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def unique(enumeration):
    """A class decorator: no two members may share a value."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


def global_enum(cls):
    return cls
