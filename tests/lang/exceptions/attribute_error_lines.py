# An attribute access whose name sits on a later line than its object is
# reported at the name's line (CPython 3.11), for loads, stores, method
# calls, deletes and augmented assignments.
class C:
    pass
def load(o):
    return (o
            .missing)
def store(o):
    (o
     .attr) = 1
def method(o):
    return (o
            .nomethod(
                1))
def chained(o):
    return (o.a
             .b)
def same_line(o):
    return o.missing
def delete(o):
    del (o
         .gone)
def aug(o):
    (o
     .count) += 1
for f in [load, store, method, chained, same_line, delete, aug]:
    try:
        f(5 if f is not chained else C())
    except AttributeError as e:
        tb = e.__traceback__.tb_next
        print(f.__name__, tb.tb_lineno)
