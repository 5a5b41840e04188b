# Float arithmetic, mixed int/float, comparisons.
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(3 + 0.5, 3 * 0.5, 3 / 2, 3 - 2.0, type(3 + 0.0).__name__)
print(0.1 * 3, 0.1 * 3 == 0.3, 1.5 * 4 == 6)
print(1 / 3 + 1 / 3 + 1 / 3, 2 / 3 * 3)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(abs(-2.5), abs(2.5), -(-0.0), abs(-0.0))
print(max(1.5, 2, -3.0), min(1, 1.0), max(1.0, 1))
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]))
print(10.0 == 10, 10.5 > 10, 10 ** 20 == 1e20, 2 ** 70 < 1.2e21)
print(3.0 * 10 ** 20, 10 ** 20 / 3)
print(1.0 / 7, 100.0 / 7, 1e10 / 7, 1e-10 / 7)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(0.75, 0.25))
print((1.0).__add__(2), (6.0).__rtruediv__(3), (2.0).__neg__())
nums = [3.25, -1.5, 8.0, 0.125, 2.5]
print(sorted(nums), sum(nums), sum(nums) / len(nums))
acc = 1.0
for i in range(1, 21):
    acc *= i
print(acc, int(acc))
h = 0.0
for k in range(1, 11):
    h += 1 / k
print(h)
print(1e16 + 1.0 - 1e16, (1e16 - 1e16) + 1.0)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(3.0 ** 0.5, 27 ** (1 / 3), (-27.0) ** 3)
print(2.5e-3 * 4e3, 1e5 / 1e-5)
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(5.0 // 0.3, 5.0 % 0.3)
print(float("inf") - 1e308, -float("inf") + 1e308)
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
