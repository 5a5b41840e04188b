# sys.exit(0) and sys.exit() from inside a function end the program successfully.
import sys
def main():
    print("main running")
    sys.exit(0)
main()
print("never printed")
