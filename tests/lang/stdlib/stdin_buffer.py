# sys.stdin.buffer reads bytes, whatever they are.
import sys

print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.read(3))
print(sys.stdin.buffer.read())
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline())
