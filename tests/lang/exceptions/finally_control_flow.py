# break/continue/return interacting with finally.
def return_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"
print(return_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows exception"
print(finally_swallows())
def try_return_finally_side_effect(log):
    try:
        log.append("try")
        return len(log)
    finally:
        log.append("finally")
log = []
print(try_return_finally_side_effect(log), log)
def value_captured():
    x = "original"
    try:
        return x
    finally:
        x = "changed in finally"
print(value_captured())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested_finally_order():
    order = []
    try:
        try:
            order.append("inner try")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")
print(nested_finally_order())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  while finally n =", n)
print(while_finally())
def except_return_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  finally after except-return")
print(except_return_finally())
def generator_finally():
    try:
        yield 1
        return
    finally:
        print("  generator finally")
print(list(generator_finally()))
def with_else():
    try:
        v = 1
    except Exception:
        return "except"
    else:
        return "else %d" % v
    finally:
        print("  finally beats else return?")
print(with_else())
total = 0
for i in range(4):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            total += i
        finally:
            total += 100
    except ValueError:
        total += 1000
print(total)
