"""Regular expressions, as CPython's re module.

The engine is native (_regex, on the fancy-regex crate, with Python's syntax
rewritten into its own); everything above one match lives here: iterating
over matches, sub and its templates, split, and the Pattern and Match
objects.
"""

import _regex

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807

# The engine's ways to apply a pattern at a position.
_SEARCH, _ANCHORED, _FULL, _ADVANCING = 0, 1, 2, 3


class RegexFlag(int):
    """The re flags: ints that show their names."""

    _names = (
        ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
        ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
        ("ASCII", 256),
    )

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in self._names:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    """A pattern or template that is not valid."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s at position %d (line %d, column %d)" % (msg, pos, self.lineno, self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
        elif flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        compiled = _regex.compile(pattern, int(flags))
        if compiled[0] is None:
            raise error(compiled[1], pattern, compiled[2])
        self._handle, flags, self.groups, names, self._parents = compiled
        if isinstance(pattern, str) and not flags & 256:
            flags |= 32
        self.pattern = pattern
        self.flags = flags
        self.groupindex = dict(names)
        self._names = {index: name for name, index in names}

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~int(UNICODE)
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _scan(self, string, pos, endpos, mode):
        spans = _regex.scan(self._handle, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, _SEARCH)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, _ANCHORED)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._scan(string, pos, endpos, _FULL)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Matches from left to right. An empty match is followed by the
        next match that does not start there empty: a non-empty one at the
        same place, or any one further on (as CPython since 3.7)."""
        length = len(string)
        pos = min(max(pos, 0), length)
        endpos = min(max(endpos, 0), length)
        while pos <= endpos:
            found = self._scan(string, pos, endpos, _SEARCH)
            if found is None:
                return
            yield found
            start, end = found.span()
            if end != start:
                pos = end
                continue
            advanced = self._scan(string, end, endpos, _ADVANCING)
            if advanced is not None:
                yield advanced
                pos = advanced.end()
                continue
            pos = end + 1

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found = []
        for match in self.finditer(string, pos, endpos):
            if self.groups == 0:
                found.append(match.group())
            elif self.groups == 1:
                found.append(match.group(1) or string[:0])
            else:
                found.append(match.groups(string[:0]))
        return found

    def split(self, string, maxsplit=0):
        pieces = []
        last = 0
        for count, match in enumerate(self.finditer(string)):
            if maxsplit > 0 and count >= maxsplit:
                break
            pieces.append(string[last:match.start()])
            pieces.extend(match.groups())
            last = match.end()
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
                expand = lambda match: literal
            else:
                expand = lambda match: _expand(match, template)
        pieces = []
        last = 0
        done = 0
        for match in self.finditer(string):
            if count > 0 and done >= count:
                break
            pieces.append(string[last:match.start()])
            replacement = expand(match)
            if replacement:
                pieces.append(replacement)
            last = match.end()
            done += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), done

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._matches = pattern.finditer(string, pos, endpos)

    def search(self):
        return next(self._matches, None)

    match = search


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        length = len(string)
        self.pos = min(max(pos, 0), length)
        self.endpos = min(max(endpos, 0), length)
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(group, "__index__"):
            index = group.__index__()
            if 0 <= index <= self.re.groups:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * index + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(group)) for group in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(index, default) for index in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: the one ending furthest right; of two
        # ending at the same place, the enclosing one if one encloses the
        # other, else the later one.
        best = None
        parents = self.re._parents
        for index in range(1, self.re.groups + 1):
            if self._spans[2 * index] < 0:
                continue
            if best is None or self._spans[2 * index + 1] > self._spans[2 * best + 1]:
                best = index
            elif self._spans[2 * index + 1] == self._spans[2 * best + 1] and not _encloses(parents, best, index):
                best = index
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        return None if index is None else self.re._names.get(index)

    def expand(self, template):
        return _expand(self, _parse_template(self.re, template))

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _encloses(parents, outer, inner):
    while inner:
        inner = parents[inner]
        if inner == outer:
            return True
    return False


_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(pattern, template):
    """A replacement template as a list of literal pieces and group indices."""
    is_bytes = not isinstance(template, str)
    if is_bytes:
        if isinstance(pattern.pattern, str):
            raise TypeError("expected str instance, %s found" % type(template).__name__)
        text = template.decode("latin-1")
    else:
        if not isinstance(pattern.pattern, str):
            raise TypeError("expected a bytes-like object, %s found" % type(template).__name__)
        text = template
    pieces = []
    literal = []
    at = 0
    while at < len(text):
        c = text[at]
        if c != "\\":
            literal.append(c)
            at += 1
            continue
        start = at
        at += 1
        if at >= len(text):
            raise error("bad escape (end of pattern)", template, start)
        c = text[at]
        at += 1
        if c == "g":
            if at >= len(text) or text[at] != "<":
                raise error("missing <", template, at)
            close = text.find(">", at + 1)
            if close < 0:
                raise error("missing >, unterminated name", template, at + 1)
            name = text[at + 1:close]
            if not name:
                raise error("missing group name", template, at + 1)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, at + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, template, at + 1)
            at = close + 1
        elif c == "0":
            value = 0
            for _ in range(2):
                if at < len(text) and text[at] in "01234567":
                    value = value * 8 + int(text[at])
                    at += 1
            literal.append(chr(value))
            continue
        elif c.isdigit() and c.isascii():
            digits = c
            if at < len(text) and text[at].isdigit() and text[at].isascii():
                digits += text[at]
                at += 1
                if (at < len(text) and text[at] in "01234567" and digits[0] in "01234567"
                        and digits[1] in "01234567"):
                    value = int(digits + text[at], 8)
                    at += 1
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % text[start + 1:at], template, start)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
            continue
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, start)
        else:
            literal.append("\\" + c)
            continue
        if literal:
            pieces.append("".join(literal))
            literal = []
        pieces.append(index)
    if literal or not pieces:
        pieces.append("".join(literal))
    if is_bytes:
        pieces = [piece if isinstance(piece, int) else piece.encode("latin-1") for piece in pieces]
    return pieces


def _expand(match, template):
    empty = match.string[:0]
    out = []
    for piece in template:
        if isinstance(piece, int):
            out.append(match._get(piece, empty))
        else:
            out.append(piece)
    return empty.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is not None:
        return found
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = pattern.decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
