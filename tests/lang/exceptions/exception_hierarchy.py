# The built-in exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (NameError, Exception), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (RuntimeError, Exception), (StopIteration, Exception),
    (GeneratorExit, Exception), (GeneratorExit, BaseException), (KeyboardInterrupt, Exception),
    (SystemExit, Exception), (SystemExit, BaseException), (Exception, BaseException),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (AssertionError, Exception), (AttributeError, Exception),
    (TypeError, ValueError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (bool, int), (KeyError, IndexError), (StopAsyncIteration, Exception), (MemoryError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, UnicodeDecodeError, RecursionError, FileNotFoundError, SystemExit, TabError]:
    print(chain(cls))
for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i"), OverflowError("o")]:
    try:
        raise exc
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
e = OSError(2, "No such file")
print(e.errno, e.strerror, str(e), type(e).__name__)
print(isinstance(ValueError(), Exception), isinstance(ValueError, type), BaseException.__name__)
print(repr(Exception()), repr(Exception("a")), repr(Exception("a", 2)), str(Exception("a", 2)), str(Exception()))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(ValueError("x").args, ValueError().args, ValueError(1, [2]).args)
try:
    raise StopIteration(5)
except StopIteration as s:
    print("StopIteration value", s.value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("msg").code)
try:
    raise 5
except TypeError as t:
    print("TypeError:", t)
try:
    raise object
except TypeError as t:
    print("TypeError:", t)
