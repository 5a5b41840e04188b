# sys.stdin as text (lines end at \n, no newline translation on POSIX),
# shared with input(); its file attributes.
import sys

first = sys.stdin.readline()
print(repr(first))
print(repr(input()))
print(repr(sys.stdin.read(5)))
rest = [line for line in sys.stdin]
print(rest)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.name, sys.stdin.encoding, sys.stdin.fileno(), sys.stdin.readable(), sys.stdin.isatty())
try:
    input()
except EOFError as error:
    print("EOFError:", error)
