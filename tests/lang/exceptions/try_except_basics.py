# try/except/else/finally ordering and matching.
def attempt(fn):
    log = []
    try:
        log.append("try")
        result = fn()
        log.append("got %r" % (result,))
    except ZeroDivisionError as e:
        log.append("ZeroDivisionError: %s" % e)
    except (KeyError, IndexError) as e:
        log.append("lookup error %s: %s" % (type(e).__name__, e))
    except Exception as e:
        log.append("other %s" % type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(attempt(lambda: 1 + 1))
print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][3]))
print(attempt(lambda: int("x")))
try:
    raise ValueError("first")
except ValueError:
    print("bare name except, no 'as'")
try:
    [].pop()
except:
    print("bare except caught")
e_outside = "before"
try:
    1 / 0
except ZeroDivisionError as e_outside:
    pass
try:
    print(e_outside)
except NameError as err:
    print("NameError:", err)
def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
nested()
try:
    try:
        raise TypeError("original")
    except TypeError:
        print("handling, then re-raising")
        raise
except TypeError as e:
    print("re-raised:", e)
def handler_order(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (unreachable)"
    except BaseException:
        return "BaseException handler"
print(handler_order(KeyError("k")), handler_order(IndexError()), handler_order(SystemExit()))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry")
        print("succeeded after", count)
        break
    except RuntimeError as e:
        print("attempt", count, "failed:", e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
err_types = (ValueError, TypeError)
try:
    int(None)
except err_types as e:
    print("tuple variable:", type(e).__name__)
