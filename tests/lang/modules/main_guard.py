# `if __name__ == "__main__":` in the program and in an imported helper.
import guarded_helper
print("this program's __name__:", __name__)
print(guarded_helper.__name__, guarded_helper.greet("main"))
def main():
    print("main() called because __name__ ==", repr(__name__))
    return 0
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("not reached when run directly")
