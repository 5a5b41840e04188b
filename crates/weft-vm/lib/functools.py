"""Higher-order functions (weft's own implementation of CPython's
`functools` API)."""

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering", "cache",
    "cmp_to_key", "lru_cache", "reduce", "partial", "cached_property",
]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        value = getattr(wrapped, attr, _missing)
        if value is not _missing:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function, sequence, initial=_missing):
    iterator = iter(sequence)
    if initial is _missing:
        try:
            value = next(iterator)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in iterator:
        value = function(value, element)
    return value


class partial:
    """partial(func, *args, **keywords): `func` with some arguments given."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ["%s=%r" % (k, v) for k, v in self.keywords.items()]
        name = type(self).__qualname__ if type(self) is not partial else "functools.partial"
        return "%s(%s)" % (name, ", ".join(parts))


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_KWD_MARK = object()


def lru_cache(maxsize=128, typed=False):
    """Caches a function's results by its arguments, evicting the least recently used."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        result = cache.get(key, _missing)
        if result is not _missing:
            stats[0] += 1
            if maxsize is not None:
                # Most recently used goes to the end of the (ordered) dict.
                del cache[key]
                cache[key] = result
            return result
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None or maxsize > 0:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    """A key class whose comparisons call the old-style `mycmp(a, b)`."""

    class K:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


def total_ordering(cls):
    """Fills in the missing rich comparisons from `__eq__` and one of the four."""
    defined = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(defined)  # prefer __lt__, as CPython does
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        if op in defined:
            continue
        setattr(cls, op, _derived(root, op))
    return cls


def _derived(root, op):
    def lt(self, other):
        return getattr(self, root)(other)

    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return NotImplemented
        equal = self == other
        if root == "__lt__":
            return {"__le__": result or equal, "__gt__": not result and not equal, "__ge__": not result}[op]
        if root == "__le__":
            return {"__lt__": result and not equal, "__gt__": not result, "__ge__": not result or equal}[op]
        if root == "__gt__":
            return {"__lt__": not result and not equal, "__le__": not result, "__ge__": result or equal}[op]
        return {"__lt__": not result, "__le__": not result or equal, "__gt__": result and not equal}[op]

    compare.__name__ = op
    return compare


class cached_property:
    """A property computed once per instance, then stored in its `__dict__`."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname or self.func.__name__
        value = instance.__dict__.get(name, _missing)
        if value is _missing:
            value = self.func(instance)
            instance.__dict__[name] = value
        return value
