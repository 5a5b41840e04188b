"""String constants, `capwords` and `Template` (weft's own implementation
of CPython's `string` API)."""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
    "printable", "punctuation", "whitespace", "Formatter", "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(ch):
    return ch == "_" or ("a" <= ch.lower() <= "z")


class Template:
    """`$name` and `${name}` substitution; `$$` is a literal `$`."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        # (literal, name, start) triples; name None marks an escaped "$$".
        text = self.template
        i = 0
        literal = []
        while i < len(text):
            ch = text[i]
            if ch != self.delimiter:
                literal.append(ch)
                i += 1
                continue
            start = i
            nxt = text[i + 1:i + 2]
            if nxt == self.delimiter:
                literal.append(self.delimiter)
                i += 2
            elif nxt == "{":
                end = text.find("}", i + 2)
                name = text[i + 2:end] if end >= 0 else ""
                if end < 0 or not name.isidentifier() or not name.isascii():
                    yield "".join(literal), None, start
                    literal = []
                    i += 1
                    continue
                yield "".join(literal), name, start
                literal = []
                i = end + 1
            elif nxt and _is_identifier_start(nxt):
                j = i + 1
                while j < len(text) and (text[j] == "_" or text[j].isascii() and text[j].isalnum()):
                    j += 1
                yield "".join(literal), text[i + 1:j], start
                literal = []
                i = j
            else:
                yield "".join(literal), None, start
                literal = []
                i += 1
        yield "".join(literal), "", len(text)

    def _substitute(self, mapping, safe):
        out = []
        for literal, name, start in self._pieces():
            out.append(literal)
            if name == "":
                continue
            if name is None:
                if not safe:
                    line = self.template[:start].count("\n") + 1
                    column = start - (self.template.rfind("\n", 0, start) + 1) + 1
                    raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, column))
                out.append(self.delimiter)
                continue
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                end = self.template.find(name, start) + len(name)
                out.append(self.template[start:end + (1 if self.template[start + 1:start + 2] == "{" else 0)])
        return "".join(out)

    def substitute(self, mapping={}, /, **kws):
        return self._substitute({**mapping, **kws}, False)

    def safe_substitute(self, mapping={}, /, **kws):
        return self._substitute({**mapping, **kws}, True)

    def get_identifiers(self):
        names = []
        for _, name, _ in self._pieces():
            if name and name not in names:
                names.append(name)
        return names

    def is_valid(self):
        return all(name is not None for _, name, _ in self._pieces())


class Formatter:
    """`Formatter().format(...)` is `str.format`; subclasses may override `format_field`."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def format_field(self, value, format_spec):
        return format(value, format_spec)
