# Single thread: function calls and recursion.
import sys

N = int(sys.argv[2]) if len(sys.argv) > 2 else 25

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

fib(N)
ackermann(2, 300)
