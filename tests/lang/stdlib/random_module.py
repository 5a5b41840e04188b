# random with int seeds: the same numbers as CPython's Mersenne Twister.
import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.randrange(-5, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(range(1000), 30)[:5])
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2))
print(random.getrandbits(1), random.getrandbits(16), random.getrandbits(64), random.getrandbits(100))
print(random.triangular(0, 10, 3), random.expovariate(2.0))
rng = random.Random(12345)
print(rng.random(), rng.randint(0, 10 ** 30), rng.sample(["a", "b", "c"], 3))
random.seed(0)
first = [random.random() for _ in range(3)]
random.seed(0)
print(first == [random.random() for _ in range(3)], round(first[0], 6))
random.seed(2 ** 100 + 7)
print(random.random(), random.Random(-5).random() == random.Random(5).random())
random.seed(None)
print(0 <= random.random() < 1)
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 1), lambda: random.choice([]),
            lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.randrange(1, 5, 0)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
