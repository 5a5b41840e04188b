# Chained comparisons and comparison operators.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 5 == x == 5.0)
print(1 < 2 < 3 < 4, 1 < 3 < 2 < 4)
print(3 > 2 > 1, 3 > 2 > 2)
print(1 == 1 != 2, 1 != 1 == 1)
print(x is x is not None)
print("a" < "b" < "c", "abc" < "abd", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2))
print((1, "a") < (1, "b"), (2,) > (1, 99))

calls = []
def v(n):
    calls.append(n)
    return n

print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print("short-circuit:", calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2))
print(calls)

print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2])
print(2 in [1, 2] == True)
print(None is None, None is not None)
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("nan") == float("nan"), float("inf") > 10**300)
print(1 < 2.5 < 3, -1 < -0.5 < 0)
print(10**30 > 1e29, 10**30 < 1e31, 2**53 + 1 == float(2**53 + 1))
print(True < 2, False < True)
print("" < "a", [] < [0], () < (0,))
