# complex: CPython's division, integer powers, hashing, ordering errors and sign of zero.
print(hash(1+2j), hash(-1.5j), hash(complex(0, -1)))
print((1+2j)/(3-4j), (1e300+1e300j)/(1e300+1e300j), 1j**-2, (2+3j)**0.5, (1+1j)**(1+1j), 2**(1j))
try: 0j ** -1
except ZeroDivisionError as e: print(e)
for f in [lambda: 1j < 2, lambda: 2.0 >= 1j, lambda: 1j // 2, lambda: 5 % 1j]:
  try: f()
  except TypeError as e: print(e)
print(complex(0, -0.0), complex(-0.0), complex(1j, 1j), complex(1, 1j), (1+2j)**2, (1+2j)**-3)
