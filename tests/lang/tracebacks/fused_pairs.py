# The VM fuses some instruction pairs (LOAD_FAST LOAD_FAST, STORE_FAST
# LOAD_FAST, LOAD_FAST LOAD_ATTR); an error in either half must be reported
# at that half's own line and columns, and a jump into the second half must
# still run it. The three errors are chained, so all three tracebacks print.


def second_local_unbound(flag):
    if flag:
        late = 1
    first = 2
    return (first,
            late)


def attribute_on_next_line(obj):
    value = obj
    return (value
            .missing)


def first_local_unbound():
    total = missing_yet + 1
    missing_yet = 0
    return total


def jump_into_second_half(items):
    result = 0
    for item in items:
        result = result + item
    return result


def run_all():
    try:
        second_local_unbound(False)
    except UnboundLocalError:
        try:
            attribute_on_next_line(5)
        except AttributeError:
            first_local_unbound()


print(jump_into_second_half([1, 2, 3]))
print(second_local_unbound(True))
run_all()
