"""A tiny arithmetic expression evaluator: tokenizer, recursive-descent parser, interpreter."""


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            tokens.append(("num", float(literal) if "." in literal else int(literal)))
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(("name", text[start:i]))
        elif ch in "+-*/%^()=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError("unexpected character %r at position %d" % (ch, i))
    tokens.append(("end", None))
    return tokens


class Parser:
    """expr := term (('+'|'-') term)* ; term := factor (('*'|'/'|'%') factor)* ;
    factor := unary ('^' factor)? ; unary := '-' unary | atom ; atom := num | name | '(' expr ')'"""

    def __init__(self, tokens, variables):
        self.tokens = tokens
        self.pos = 0
        self.variables = variables

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, op):
        tok = self.advance()
        if tok != ("op", op):
            raise ParseError("expected %r but found %r" % (op, tok[1]))

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.advance()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.advance()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.advance()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.advance()
        if kind == "num":
            return value
        if kind == "name":
            if value not in self.variables:
                raise ParseError("unknown variable %r" % value)
            return self.variables[value]
        if (kind, value) == ("op", "("):
            result = self.expr()
            self.expect(")")
            return result
        raise ParseError("unexpected token %r" % (value,))


def evaluate(line, variables):
    tokens = tokenize(line)
    if len(tokens) > 2 and tokens[0][0] == "name" and tokens[1] == ("op", "="):
        parser = Parser(tokens[2:], variables)
        value = parser.expr()
        variables[tokens[0][1]] = value
    else:
        parser = Parser(tokens, variables)
        value = parser.expr()
    if parser.peek()[0] != "end":
        raise ParseError("trailing input after expression")
    return value


session = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "10 / 4",
    "10 % 4 + 0.5",
    "x = 7",
    "y = x * (x - 1) / 2",
    "y + x",
    "2 ^ 100",
    "1 / 0",
    "3 + * 4",
    "(1 + 2",
    "z + 1",
    "4 $ 4",
]
variables = {"pi": 3.141592653589793}
for line in session:
    try:
        print("%-22s => %r" % (line, evaluate(line, variables)))
    except ParseError as e:
        print("%-22s => parse error: %s" % (line, e))
    except ZeroDivisionError as e:
        print("%-22s => math error: %s" % (line, e))
print("variables:", variables)
