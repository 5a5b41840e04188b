"""Typed arrays (`array.array`): a list of items checked and converted on
the way in as C's types would be, with CPython's errors, and bytes in and
out through `struct`."""

import struct as _struct

typecodes = "bBuhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}

# Signed and small unsigned codes: (minimum, maximum, name in the messages).
_RANGES = {
    "b": (-128, 127, "signed char"),
    "B": (0, 255, "unsigned byte integer"),
    "h": (-32768, 32767, "signed short integer"),
    "H": (0, 65535, "unsigned short"),
    "i": (-(2**31), 2**31 - 1, "signed integer"),
}


def _integer(value):
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _check(typecode, value):
    """The item as the array stores it, or the error CPython raises."""
    if typecode in "fd":
        if not isinstance(value, (int, float)) and not hasattr(value, "__float__"):
            raise TypeError(f"must be real number, not {type(value).__name__}")
        value = float(value)
        if typecode == "f":
            value = _struct.unpack("f", _struct.pack("f", value))[0]
        return value
    if typecode == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError(f"array item must be unicode character, not {type(value).__name__}")
        return value
    n = _integer(value)
    if typecode in _RANGES:
        low, high, name = _RANGES[typecode]
        if n < low:
            raise OverflowError(f"{name} is less than minimum")
        if n > high:
            raise OverflowError(f"{name} is greater than maximum")
    elif typecode in "IL":
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if typecode == "I" and n > 2**32 - 1:
            raise OverflowError("unsigned int is greater than maximum")
        if n > 2**64 - 1:
            raise OverflowError("Python int too large to convert to C unsigned long")
    elif typecode == "l":
        if not -(2**63) <= n < 2**63:
            raise OverflowError("Python int too large to convert to C long")
    elif typecode == "q":
        if not -(2**63) <= n < 2**63:
            raise OverflowError("int too big to convert")
    elif typecode == "Q":
        if n < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if n > 2**64 - 1:
            raise OverflowError("int too big to convert")
    return n


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            if not isinstance(typecode, str) or len(typecode) != 1:
                raise TypeError(
                    f"array() argument 1 must be a unicode character, not {type(typecode).__name__}"
                )
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != "u":
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == "u" and typecode != "u":
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self.fromlist(initializer._items)
        else:
            self.fromlist(list(initializer))

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def _same_kind(self, other):
        return isinstance(other, array) and other._typecode == self._typecode

    def append(self, value):
        self._items.append(_check(self._typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if not self._same_kind(iterable):
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self.append(value)

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        checked = [_check(self._typecode, value) for value in values]
        self._items.extend(checked)

    def tolist(self):
        return list(self._items)

    def insert(self, index, value):
        self._items.insert(index, _check(self._typecode, value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, value, start=0, stop=None):
        try:
            return self._items.index(value, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def _format(self):
        # Native sizes (`l` is 8 bytes), as the array's own items are.
        return "@" + str(len(self._items)) + ("I" if self._typecode == "u" else self._typecode)

    def tobytes(self):
        items = [ord(c) for c in self._items] if self._typecode == "u" else self._items
        return _struct.pack(self._format(), *items)

    def frombytes(self, data):
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        code = "I" if self._typecode == "u" else self._typecode
        items = list(_struct.unpack("@" + str(len(data) // size) + code, bytes(data)))
        self._items.extend([chr(c) for c in items] if self._typecode == "u" else items)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def byteswap(self):
        data = self.tobytes()
        size = self.itemsize
        swapped = b"".join(data[i : i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return id(self), len(self._items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self._typecode)
            result._items = self._items[index]
            return result
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            if not self._same_kind(value):
                raise TypeError("bad argument type for built-in operation")
            self._items[index] = value._items
            return
        value = _check(self._typecode, value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if not self._same_kind(other):
            raise TypeError("bad argument type for built-in operation")
        result = array(self._typecode)
        result._items = self._items + other._items
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if not self._same_kind(other):
            raise TypeError("can only extend with array of same kind")
        self._items += other._items
        return self

    def __mul__(self, count):
        result = array(self._typecode)
        result._items = self._items * count
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        self._items *= count
        return self

    def _compare(self, other, test):
        if not isinstance(other, array):
            return NotImplemented
        return test(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return array(self._typecode, self)

    def __deepcopy__(self, memo):
        return array(self._typecode, self)

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == "u":
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"


ArrayType = array
