# The complex type.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z.real, z.imag, abs(z), z.conjugate())
print(z + w, z - w, z * w, z / w)
print(z ** 2, z ** 0, w ** 3, 1j ** 2, 1j * 1j)
print(-z, +z, z == complex(3, 4), z != w, z == 3 + 4j)
print(complex(2), complex(2.5, 0), complex(0, 1), complex(), complex("1+2j"), complex("3j"))
print(complex(-0.0, 0.0), complex(0, -0.0), 1j, -1j, 0j)
print(repr(1 + 0j), repr(1.5 - 2.5j), str(2j), repr(-1.0 + 1j))
print(complex(1e20, 1e-5), complex(0.1, 0.2), complex(float("inf"), float("nan")))
print(type(z).__name__, type(z.real).__name__, isinstance(z, complex))
print(2 * z, z * 2.5, z / 2, 1 / z, (1 + 1j) / (1 - 1j))
print((2 + 0j) == 2, 2.0 == 2 + 0j, hash(2 + 0j) == hash(2))
print(sum([1j, 2, 3.5]), abs(3j), abs(-5 + 0j))
print(pow(1 + 1j, 2), (1 + 2j) ** 3, (2 - 1j) ** -1)
for bad in [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: int(z), lambda: float(z)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    print(z / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1 + 2j")
except ValueError as e:
    print("ValueError:", e)
print(complex(3, 4).__abs__(), (1 + 2j).__add__(1))
roots = []
a, b, c = 1, 2, 5
d = complex(0, (4 * a * c - b * b) ** 0.5)
print(d)
roots = [(-b + d) / (2 * a), (-b - d) / (2 * a)]
print(roots)
print([complex(k, -k) for k in range(3)])
print(bool(0j), bool(1e-300j), 1j.imag, (5j).real)
