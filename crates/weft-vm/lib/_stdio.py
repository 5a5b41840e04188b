"""sys.stdin: standard input as a text stream (UTF-8, lines end at `\n`)
over a binary one (`sys.stdin.buffer`), read through `_os`'s primitives,
which share the process's stdin buffer with `input()`. (This module must
not import sys: sys imports it while it is being set up.)"""

import _os


class _IOBase:
    """The file protocol sys.stdin and io's streams share: closing, the open
    check, line iteration, context management. Subclasses provide
    `readline` (and `write` if writable)."""

    _closed = False
    _closed_message = "I/O operation on closed file."

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc_info):
        self.close()


class _Stdin(_IOBase):
    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        return _os.isatty(0)

    def fileno(self):
        return 0


class StdinBuffer(_Stdin):
    name = "<stdin>"
    mode = "rb"

    def read(self, size=-1):
        self._check_open()
        return _os.stdin_read(-1 if size is None else size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_open()
        return _os.stdin_readline()

    def __repr__(self):
        return "<_io.BufferedReader name='<stdin>'>"


class Stdin(_Stdin):
    name = "<stdin>"
    mode = "r"
    encoding = "utf-8"
    errors = "strict"
    newlines = None

    def __init__(self):
        self.buffer = StdinBuffer()
        # Decoded text read ahead of what was asked for.
        self._pending = ""

    def _decode(self, data):
        # CPython opens stdin with newline="\n" on POSIX: no translation.
        return data.decode("utf-8")

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            text, self._pending = self._pending + self._decode(self.buffer.read()), ""
            return text
        while len(self._pending) < size:
            line = self._decode(self.buffer.readline())
            if not line:
                break
            self._pending += line
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def readline(self, size=-1):
        self._check_open()
        if "\n" not in self._pending:
            self._pending += self._decode(self.buffer.readline())
        end = self._pending.find("\n")
        end = len(self._pending) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


stdin = Stdin()
