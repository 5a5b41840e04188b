"""Closures and higher-order functions: counters, memoisation, decorators, function composition."""


def make_counter(start=0):
    count = start

    def counter():
        nonlocal count
        count += 1
        return count

    return counter


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper


def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x

    return composed


def logged(prefix):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print("%s %s%r -> %r" % (prefix, fn.__name__, args, result))
            return result

        return wrapper

    return decorator


a = make_counter()
b = make_counter(100)
print("counters:", a(), a(), a(), b(), b())


@memoize
def paths(rows, cols):
    """Number of lattice paths through a rows x cols grid."""
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print("lattice paths 20x20:", paths(20, 20), "| cache entries:", len(paths.cache))

inc = lambda x: x + 1
double = lambda x: x * 2
square = lambda x: x * x
pipeline = compose(square, double, inc)
print("square(double(inc(x))) for x in 0..5:", [pipeline(x) for x in range(6)])


@logged("[calc]")
def power(base, exp=2):
    return base ** exp


power(3)
power(2, 10)

multipliers = [lambda x, n=n: x * n for n in range(1, 6)]
print("multiplication table row for 7:", [m(7) for m in multipliers])

late = [lambda x: x * n for n in range(1, 6)]
print("late-binding surprise:", [m(7) for m in late])


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    return deposit, withdraw, lambda: list(history)


deposit, withdraw, get_history = make_account(50)
deposit(25)
withdraw(60)
try:
    withdraw(100)
except ValueError as e:
    print("error:", e)
print("history:", get_history(), "| balance:", deposit(0))
