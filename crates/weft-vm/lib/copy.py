"""Shallow and deep copies (weft's own implementation of CPython's `copy` API)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range, type, type(len), type(lambda: 0), type(Ellipsis),
           type(NotImplemented), frozenset, property)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        names.extend(name for name in slots if name not in ("__dict__", "__weakref__"))
    return names


def _state(x):
    state = dict(getattr(x, "__dict__", {}))
    for name in _slot_names(type(x)):
        if hasattr(x, name):
            state[name] = getattr(x, name)
    return state


def _new_like(x, state):
    cls = type(x)
    y = cls.__new__(cls)
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return y
    for name, value in state.items():
        object.__setattr__(y, name, value)
    return y


def copy(x):
    """A shallow copy: a new container holding the same items."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if isinstance(x, type):
        return x
    return _new_like(x, _state(x))


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy: containers copied all the way down, shared parts and
    cycles kept shared and cyclic (through `memo`)."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None and not isinstance(x, type):
        y = copier(memo)
    elif cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(item, memo) for item in x)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls in (set, bytearray):
        y = cls(deepcopy(item, memo) for item in x) if cls is set else bytearray(x)
    else:
        state = _state(x)
        cls = type(x)
        y = cls.__new__(cls)
        memo[key] = y
        state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            for name, value in state.items():
                object.__setattr__(y, name, value)
    if y is not x:
        memo[key] = y
        # Keep the original alive as long as the memo (ids must not be reused).
        memo.setdefault(id(memo), []).append(x)
    return y
