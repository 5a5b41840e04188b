# Every thread calls the same functions and methods and reads the same
# globals: reference-count contention on shared objects.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TOTAL = int(sys.argv[2]) if len(sys.argv) > 2 else 1_500_000
SCALE = 3

class Shape:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

def scaled(value):
    return value * SCALE

shape = Shape(4)

def work(n):
    total = 0
    for _ in range(n):
        total += scaled(shape.area())
    return total

threads = [threading.Thread(target=work, args=(TOTAL // THREADS,)) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
