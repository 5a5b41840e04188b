"""Records how CPython 3.11 reports each syntax error case below.

Run with `python3 crates/weft-compiler/tests/data/record_syntax_errors.py`; it
rewrites `syntax_errors.jsonl` next to this file. `tests/syntax_errors.rs`
compiles every case with weft and expects the same exception type, message,
line and column.
"""
import json
import pathlib
import sys

CASES = [
    # Tokenizer errors.
    "x = (1, 2\n",
    "foo(\n",
    "print('a'\nx = 1\n",
    "x = [1, 2)\n",
    "x = )\n",
    "s = 'abc\n",
    "x = 1\ns = '''abc\n\n",
    "0123\n",
    "1abc\n",
    "x = $\n",
    "a = 1 € 2\n",
    # Indentation.
    "if x:\n    a\n  b\n",
    "  x = 1\n",
    "x = 1\n  y = 2\n",
    "if x:\npass\n",
    "while x:\nfoo()\n",
    "for x in y:\nz\n",
    "try:\nx\n",
    "with a:\nb\n",
    "def f():\nreturn 1\n",
    "class A:\nx=1\n",
    "if x:\n    pass\nelif y:\nz\n",
    "if x:\n\tpass\n        pass\n",
    # Grammar.
    "x = = 1\n",
    "a = 1 +\n",
    "if x\n  pass\n",
    "a = 1; ; b\n",
    "x := 1\n",
    "elif x: pass\n",
    "a not b\n",
    "print 'hi'\n",
    "def f(:\n  pass\n",
    # Targets.
    "1 = x\n",
    "f() = 1\n",
    "a + 1 = 2\n",
    "None = 1\n",
    "(a, 1) = x\n",
    "for 1 in x: pass\n",
    "with a as 1: pass\n",
    "del 1\n",
    "del f()\n",
    "1 += 1\n",
    "(a, b) += 1\n",
    "f() += 1\n",
    "a < b = 1\n",
    "lambda: 1 = 2\n",
    "[*a for a in b]\n",
    "x = *a\n",
    "*a = b\n",
    "a, *b, *c = d\n",
    # Parameters and arguments.
    "def f(a=1, b): pass\n",
    "def f(*): pass\n",
    "def f(*, **k): pass\n",
    "def f(*a=1): pass\n",
    "def f(**a, b): pass\n",
    "def f(a, /, b, /): pass\n",
    "def f(/, a): pass\n",
    "def f(*a, /): pass\n",
    "def f(a, a): pass\n",
    "f(x for x in y, 1)\n",
    "f(a=1, 2)\n",
    "f(**k, *a)\n",
    "f(**k, a)\n",
    "f(a=1, a=2)\n",
    # Strings.
    "f'{'\n",
    "f'{}'\n",
    "f'{x!z}'\n",
    "f'}'\n",
    "f'{a:{b:{c}}}'\n",
    "b'\u00e9'\n",
    "'\\N{no such name}'\n",
    "'\\x4'\n",
    # Scopes and placement.
    "return 1\n",
    "break\n",
    "continue\n",
    "def f():\n    for x in y:\n        pass\n    break\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n  x = 1\n  global x\n",
    "def f(a):\n  global a\n",
    "yield x\n",
    "class C:\n    yield 1\n",
    "[(yield) for x in y]\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
]


def record(source):
    try:
        compile(source, "<case>", "exec")
    except SyntaxError as error:
        return {
            "source": source,
            "type": type(error).__name__,
            "message": error.msg,
            "line": error.lineno,
            "column": error.offset - 1 if error.offset else 0,
        }
    sys.exit(f"not a syntax error in CPython: {source!r}")


def main():
    if sys.version_info[:2] != (3, 11):
        print("warning: the recorded messages are CPython 3.11's", file=sys.stderr)
    out = pathlib.Path(__file__).with_name("syntax_errors.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for source in CASES:
            handle.write(json.dumps(record(source), ensure_ascii=False) + "\n")
    print(f"recorded {len(CASES)} cases in {out}")


if __name__ == "__main__":
    main()
