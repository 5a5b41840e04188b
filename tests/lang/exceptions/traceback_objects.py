# exception.__traceback__: a chain of traceback objects, outermost first.
def f():
    return 1/0
def g():
    f()
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines, type(e.__traceback__).__name__)
print(ValueError().__traceback__)
