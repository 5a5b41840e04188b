# Single thread: creating objects, reading and writing attributes, method calls.
import sys

N = int(sys.argv[2]) if len(sys.argv) > 2 else 300_000

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

total = Vector(0, 0)
step = Vector(1, 2)
acc = 0
for i in range(N):
    total = total.add(step)
    acc += total.dot(step) % 7
