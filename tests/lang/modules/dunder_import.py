# __import__: the builtin behind the import statement.
os = __import__("os")
print(os.__name__)
top = __import__("os.path")
print(top.__name__)
path = __import__("os.path", fromlist=["join"])
print(path.__name__ == os.path.__name__, path.join("a", "b"))
print(__import__("math", globals(), locals(), [], 0).sqrt(16))
m = __import__("collections", fromlist=("OrderedDict",))
print(m.OrderedDict.__name__)
print(__import__("sys") is __import__("sys"))

for bad in [(5,), ("",), ("os", None, None, (), -1), ("no_such_module_here",)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    __import__("os", level=1)
except (ImportError, KeyError) as e:
    print(type(e).__name__, e)
try:
    __import__(name="os", nope=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("os", {"__name__": "__main__"}, None, (), 1)
except ImportError as e:
    print(type(e).__name__, e)
