# Ranges with bounds beyond a machine word, range equality and hashing, slice comparison.
r = range(10**20, 10**20+30, 7)
print(len(r), r[-1], r[1:3], 10**20+7 in r, r.index(10**20+14), r.count(5), 3.0 in range(5), True in range(3))
print(range(1,10,2)[::-2], range(10)[100:], range(0,-10,-3)[-2:], hash(range(0)) == hash(range(5,1)))
print(slice(1,2) < slice(1,3), slice(None) == slice(None, None, None))
try: hash(slice(1))
except TypeError as e: print(e)
try: range(3) < range(4)
except TypeError as e: print(e)
try: len(range(10**20))
except OverflowError as e: print(e)
try: range(3)["a"]
except TypeError as e: print(e)
print(list(range(10**20, 10**20+3)), list(reversed(range(10**19, 10**19+10, 4))))
