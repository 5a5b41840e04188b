# Single thread: big integers (a spigot for digits of pi, as pidigits does).
import sys

N = int(sys.argv[2]) if len(sys.argv) > 2 else 600

def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits

digits = pi_digits(N)
assert digits[:5] == [3, 1, 4, 1, 5]
