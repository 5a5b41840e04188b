# Exception chaining: __context__ (implicit), __cause__ (raise from), __suppress_context__.
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling KeyError")
try:
    implicit()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)
def explicit():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("explicit") from z
try:
    explicit()
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        [][0]
    except IndexError:
        raise TypeError("no chain") from None
try:
    suppressed()
except TypeError as e:
    print(repr(e), "cause:", e.__cause__, "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
def cause_without_handler():
    raise ValueError("outer") from KeyError("unrelated")
try:
    cause_without_handler()
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
def three_levels():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
try:
    three_levels()
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    try:
        raise KeyError("x")
    except KeyError as k:
        raise k
except KeyError as e:
    print("re-raise same object, context:", e.__context__)
err = ValueError("manual")
err.__cause__ = TypeError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise ValueError("v") from 5
except TypeError as e:
    print("TypeError:", e)
def finally_context():
    try:
        raise KeyError("in try")
    finally:
        pass
try:
    finally_context()
except KeyError as e:
    print("no context from finally:", e.__context__)
try:
    try:
        raise OSError("disk")
    finally:
        print("finally runs during propagation")
except OSError as e:
    print("caught", e)
def handler_raises_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise LookupError("from else")
try:
    handler_raises_in_else()
except LookupError as e:
    print(repr(e), e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as first:
        try:
            int("bad")
        except ValueError as second:
            print(repr(second.__context__))
            raise
except ValueError as final:
    print("final", repr(final), "ctx", repr(final.__context__))
