# The with statement in common patterns, with a file in the program's own folder.
class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []
    def __enter__(self):
        self.events.append("start " + self.label)
        return self
    def __exit__(self, et, ev, tb):
        self.events.append("stop " + self.label + (" (error: %s)" % ev if et else ""))
        return False
with Timer("block") as t:
    t.events.append("working")
print(t.events)
try:
    with Timer("failing") as t2:
        raise ValueError("bad")
except ValueError:
    pass
print(t2.events)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("  rolled back because of", et.__name__)
            return True
        print("  committed")
db = {"balance": 100}
with Transaction(db) as s:
    s["balance"] -= 30
print(db)
with Transaction(db) as s:
    s["balance"] -= 1000
    if s["balance"] < 0:
        raise ArithmeticError("overdrawn")
print(db)
with open("with_statement_data.txt", encoding="utf-8") as fh:
    print("file open inside with:", not fh.closed)
    first = fh.readline()
print("closed after with:", fh.closed, repr(first))
with open("with_statement_data.txt", encoding="utf-8") as fh:
    lines = fh.readlines()
print(lines)
with open("with_statement_data.txt", encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        print(n, line.rstrip("\n"))
with open("with_statement_data.txt", encoding="utf-8") as fh:
    content = fh.read()
print(repr(content), content.count("\n"), len(content.split()))
try:
    with open("with_statement_data.txt", encoding="utf-8") as fh:
        data = fh.read()
        raise ValueError("error while file open")
except ValueError as e:
    print("ValueError:", e, "| closed:", fh.closed, "| read", len(data), "chars")
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
    print(str(e))
