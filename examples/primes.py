"""Prime numbers: a sieve, trial division, factorisation and a few number-theory facts."""


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            for multiple in range(n * n, limit + 1, n):
                is_prime[multiple] = False
    return [n for n, p in enumerate(is_prime) if p]


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def factorise(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(factors):
    return " * ".join(str(p) if e == 1 else "%d^%d" % (p, e) for p, e in sorted(factors.items()))


primes = sieve(100)
print("Primes below 100:", primes)
print("There are", len(sieve(10_000)), "primes below 10,000")
assert all(is_prime(p) for p in primes)

for n in [360, 1001, 9973, 2 ** 32 + 1, 600851475143]:
    print("%d = %s" % (n, format_factors(factorise(n))))

twins = [(p, p + 2) for p in sieve(200) if is_prime(p + 2)]
print("Twin primes below 200:", twins)

print("Goldbach for even numbers up to 40:")
ps = set(sieve(40))
for even in range(4, 41, 6):
    p = min(p for p in ps if even - p in ps)
    print("  %d = %d + %d" % (even, p, even - p))

mersenne = [p for p in sieve(32) if is_prime(2 ** p - 1)]
print("Mersenne exponents below 32:", mersenne)
print("Largest of those Mersenne primes:", 2 ** mersenne[-1] - 1)
