# `if __name__ == "__main__":` in the program and in an imported helper.
import guarded_helper
print("this program's __name__:", __name__)
print(guarded_helper.__name__, guarded_helper.greet("main"))
print("helper's module-level code ran once; importing again is silent:")
import guarded_helper as again
print(again is guarded_helper, again.greet("again"))


def main(argv):
    print("main() called because __name__ ==", repr(__name__))
    print("argument count:", len(argv))
    return 0


def helper_functions_defined_before_guard():
    return [name for name in ("main", "helper_functions_defined_before_guard") if name in globals()]


if __name__ == "__main__":
    import sys
    status = main(sys.argv)
    print("status", status)
    print(helper_functions_defined_before_guard())
else:
    print("not reached when run directly")
print("code after the guard runs too")
