# sys.exit(0) from inside nested calls ends the program successfully (exit status 0),
# running finally blocks and context-manager exits on the way out.
import sys


class Announce:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, "with", exc_type.__name__ if exc_type else None)
        return False


def inner():
    print("inner: calling sys.exit(0)")
    sys.exit(0)


def outer():
    try:
        with Announce("resource"):
            inner()
    except Exception:
        print("never printed: SystemExit is not an Exception")
    finally:
        print("outer finally runs")


print("main running")
outer()
print("never printed")
