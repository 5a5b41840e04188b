"""Fibonacci numbers four ways: recursion, memoisation, iteration and a generator."""


def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_memo(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return cache[n]


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_sequence():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    print("First 20 Fibonacci numbers (recursive):")
    print([fib_recursive(i) for i in range(20)])

    print("fib(25) recursively:", fib_recursive(25))
    print("fib(100) memoised:  ", fib_memo(100))
    print("fib(100) iterative: ", fib_iterative(100))
    assert fib_memo(100) == fib_iterative(100)

    big = fib_iterative(1000)
    digits = str(big)
    print("fib(1000) has", len(digits), "digits:", digits[:20] + "..." + digits[-20:])

    print("Even Fibonacci numbers below 4 million:")
    evens = []
    for f in fib_sequence():
        if f >= 4_000_000:
            break
        if f % 2 == 0:
            evens.append(f)
    print(evens, "sum =", sum(evens))

    ratios = []
    prev = None
    for i, f in enumerate(fib_sequence()):
        if i > 40:
            break
        if prev:
            ratios.append(f / prev)
        prev = f
    print("Ratio of consecutive terms approaches the golden ratio: %.12f" % ratios[-1])
    print("Golden ratio:                                          %.12f" % ((1 + 5 ** 0.5) / 2))


if __name__ == "__main__":
    main()
