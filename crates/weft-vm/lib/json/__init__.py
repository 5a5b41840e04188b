"""JSON encoding and decoding (weft's own implementation of CPython's
`json` API: dumps, dump, loads, load, JSONDecodeError)."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONEncoder", "JSONDecoder"]

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _quote(text, ensure_ascii):
    out = ['"']
    for ch in text:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        elif ensure_ascii and ord(ch) > 126:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float(value, allow_nan):
    if value != value:
        text = "NaN"
    elif value == float("inf"):
        text = "Infinity"
    elif value == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(value)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if isinstance(indent, int):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ",", ": "
        else:
            self.item_separator, self.key_separator = ", ", ": "
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        parts = []
        self._encode(o, parts, 0, set())
        return "".join(parts)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, float):
            return _float(key, self.allow_nan)
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not %s" % type(key).__name__)

    def _encode(self, o, parts, depth, seen):
        if isinstance(o, str):
            parts.append(_quote(o, self.ensure_ascii))
        elif o is None:
            parts.append("null")
        elif o is True:
            parts.append("true")
        elif o is False:
            parts.append("false")
        elif isinstance(o, int):
            parts.append(int.__repr__(o))
        elif isinstance(o, float):
            parts.append(_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple, dict)):
            if self.check_circular:
                if id(o) in seen:
                    raise ValueError("Circular reference detected")
                seen.add(id(o))
            if isinstance(o, dict):
                self._encode_dict(o, parts, depth, seen)
            else:
                self._encode_list(o, parts, depth, seen)
            if self.check_circular:
                seen.discard(id(o))
        else:
            self._encode(self.default(o), parts, depth, seen)

    def _newline(self, depth):
        return "\n" + self.indent * depth if self.indent is not None else ""

    def _encode_list(self, items, parts, depth, seen):
        if not items:
            parts.append("[]")
            return
        parts.append("[")
        for index, item in enumerate(items):
            parts.append((self.item_separator if index else "") + self._newline(depth + 1))
            self._encode(item, parts, depth + 1, seen)
        parts.append(self._newline(depth) + "]")

    def _encode_dict(self, mapping, parts, depth, seen):
        if not mapping:
            parts.append("{}")
            return
        items = mapping.items()
        if self.sort_keys:
            items = sorted(items)
        parts.append("{")
        first = True
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            parts.append(("" if first else self.item_separator) + self._newline(depth + 1))
            first = False
            parts.append(_quote(key, self.ensure_ascii) + self.key_separator)
            self._encode(value, parts, depth + 1, seen)
        parts.append(self._newline(depth) + "}")


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                   sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: the message, the text, the position."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_WHITESPACE = " \t\n\r"
_NUMBER_CHARS = "+-0123456789.eE"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {"NaN": float("nan"), "Infinity": float("inf"),
                                                 "-Infinity": float("-inf")}.__getitem__
        self.strict = strict

    def decode(self, s):
        value, end = self._value(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def _skip(self, s, i):
        while i < len(s) and s[i] in _WHITESPACE:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == "{":
            return self._object(s, i + 1)
        if ch == "[":
            return self._array(s, i + 1)
        for word, value in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, i):
                return value, i + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, i):
                return self.parse_constant(word), i + len(word)
        return self._number(s, i)

    def _number(self, s, i):
        start = i
        if i < len(s) and s[i] == "-":
            i += 1
        digits = i
        while i < len(s) and s[i].isdigit() and s[i].isascii():
            i += 1
        if i == digits or (s[digits] == "0" and i - digits > 1):
            if i == digits:
                raise JSONDecodeError("Expecting value", s, start)
            i = digits + 1
        is_float = False
        if i < len(s) and s[i] == "." and i + 1 < len(s) and s[i + 1].isdigit():
            is_float = True
            i += 1
            while i < len(s) and s[i].isdigit():
                i += 1
        if i < len(s) and s[i] in "eE":
            j = i + 1
            if j < len(s) and s[j] in "+-":
                j += 1
            if j < len(s) and s[j].isdigit():
                is_float = True
                i = j
                while i < len(s) and s[i].isdigit():
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        chunks = []
        start = i - 1
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            ch = s[i]
            if ch == '"':
                return "".join(chunks), i + 1
            if ch == "\\":
                if i + 1 >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, start)
                esc = s[i + 1]
                if esc == "u":
                    code = self._hex4(s, i + 2)
                    i += 6
                    if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", i):
                        low = self._hex4(s, i + 2)
                        if 0xDC00 <= low <= 0xDFFF:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                    chunks.append(chr(code))
                    continue
                if esc not in _UNESCAPE:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                chunks.append(_UNESCAPE[esc])
                i += 2
                continue
            if self.strict and ch < " ":
                raise JSONDecodeError("Invalid control character at", s, i)
            chunks.append(ch)
            i += 1

    def _hex4(self, s, i):
        digits = s[i:i + 4]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        return int(digits, 16)

    def _array(self, s, i):
        items = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "]":
            return items, i + 1
        while True:
            value, i = self._value(s, self._skip(s, i))
            items.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == "]":
                return items, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            i = self._skip(s, i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = self._value(s, self._skip(s, i + 1))
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        return self.object_hook(result) if self.object_hook is not None else result


def loads(s, *, cls=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__)
    return (cls or JSONDecoder)(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
