# print() with sep, end, file and flush.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(1, 2.5, None, True, [1], {"k": (1,)}, sep=" | ")
print(*range(5))
print(*range(5), sep="\n")
print("multi\nline")
print("", "", sep="[]")
print("end with nothing", end="")
print()
print("sep None", "uses space", sep=None, end=None)
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print("to stderr", file=sys.stderr)
print("stderr line 2", "end", sep="_", file=sys.stderr)
print("tab\tseparated", "values", sep="\t")
print("é✓日本", "😀")
class Custom:
    def __str__(self):
        return "Custom.__str__"
print(Custom(), [Custom.__name__])
for bad in [dict(sep=1), dict(end=2), dict(file="not a file")]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
sink = Sink()
print("into", "sink", file=sink)
print("again", end="", file=sink, flush=True)
print(sink.parts)
print(print("inner"))
print("last line on stdout")
print("last line on stderr", file=sys.stderr)
