"""In-memory streams: StringIO and BytesIO, with the behaviour of CPython's
io module (positions, overwriting, padding past the end, closed-file
errors). weft's `open()` returns its own file objects; `io.open` is it."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open

# The file protocol's shared base lives in `_stdio`, which `import sys`
# loads anyway (for sys.stdin), so that it stays small.
from _stdio import _IOBase


class UnsupportedOperation(OSError, ValueError):
    pass


class _Memory(_IOBase):
    """What StringIO and BytesIO share: a position in contents kept in
    `_data` (a str or a bytearray)."""

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._contents())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f"Negative size value {size}")
        data = self._contents()
        if size < len(data):
            self._data = data[:size]
        return size

    def read(self, size=-1):
        self._check_open()
        data = self._contents()
        end = len(data) if size is None or size < 0 else min(len(data), self._pos + size)
        start = min(self._pos, len(data))
        self._pos = max(self._pos, end)
        return self._piece(data[start:end])

    def readline(self, size=-1):
        self._check_open()
        data = self._contents()
        start = min(self._pos, len(data))
        end = data.find(self._newline, start)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._piece(data[start:end])


class StringIO(_Memory):
    _newline = "\n"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._closed = False
        self._translate = newline
        self._data = self._translated(initial_value)
        # Appends at the end are kept as pieces and joined on demand, so a
        # loop of writes costs linear time.
        self._tail = []
        self._size = len(self._data)
        self._pos = 0

    def _translated(self, text):
        if self._translate is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        if self._translate in ("\r", "\r\n"):
            return text.replace("\n", self._translate)
        return text

    def _contents(self):
        if self._tail:
            self._data += "".join(self._tail)
            self._tail = []
        return self._data

    def _piece(self, text):
        return text

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        s = self._translated(s)
        if self._pos == self._size:
            self._tail.append(s)
        else:
            data = self._contents()
            if self._pos > len(data):
                data += "\0" * (self._pos - len(data))
            self._data = data[: self._pos] + s + data[self._pos + len(s) :]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return len(s)

    def truncate(self, size=None):
        result = super().truncate(size)
        self._size = len(self._data)
        return result

    def getvalue(self):
        self._check_open()
        return self._contents()

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"


class BytesIO(_Memory):
    _newline = b"\n"

    def __init__(self, initial_bytes=None):
        self._closed = False
        self._data = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0

    def _contents(self):
        return self._data

    def _piece(self, data):
        return bytes(data)

    def truncate(self, size=None):
        result = super().truncate(size)
        self._data = bytearray(self._data)
        return result

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if self._pos > len(self._data):
            self._data += b"\0" * (self._pos - len(self._data))
        self._data[self._pos : self._pos + len(b)] = b
        self._pos += len(b)
        return len(b)

    def read1(self, size=-1):
        return self.read(size)

    def getvalue(self):
        self._check_open()
        return bytes(self._data)

    def __repr__(self):
        return f"<_io.BytesIO object at {id(self):#x}>"
