# Single thread: floating-point arithmetic (an n-body style loop).
import math
import sys

N = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
dt = 0.001
for _ in range(N):
    r = math.sqrt(x * x + y * y)
    a = -1.0 / (r * r * r)
    vx += a * x * dt
    vy += a * y * dt
    x += vx * dt
    y += vy * dt
energy = 0.5 * (vx * vx + vy * vy) - 1.0 / math.sqrt(x * x + y * y)
