# SystemExit raised by sys.exit() can be caught like any exception.
import sys
for arg in [(), (0,), (3,), ("message text",), (None,), ([1, 2],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code), "args:", e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly:", e.code)
try:
    try:
        sys.exit(4)
    except Exception:
        print("not caught by 'except Exception'")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
def cleanup_runs():
    try:
        sys.exit(9)
    finally:
        print("finally runs during sys.exit")
try:
    cleanup_runs()
except SystemExit as e:
    print("exit code", e.code)
print("program continues and ends normally")
