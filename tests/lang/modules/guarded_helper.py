# Helper module with a __main__ guard; imported by main_guard.py (not a test on its own).
def greet(name):
    return "hello from guarded_helper, " + name


if __name__ == "__main__":
    print("guarded_helper run as a script")
else:
    print("guarded_helper imported as", __name__)
