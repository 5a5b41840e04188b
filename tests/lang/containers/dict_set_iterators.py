# Dict and set iterators: their classes, the errors when the container changes
# size or keys under them (sticky, as in CPython), exhaustion that sticks.
d = {'a': 1, 'b': 2, 'c': 3}
print(list(d), list(d.values()), list(d.items()), type(iter(d)).__name__, type(iter(d.items())).__name__, type(iter(d.values())).__name__)
it = iter(d); print(next(it)); d['z'] = 0
try: next(it)
except RuntimeError as e: print(e)
try: next(it)
except RuntimeError as e: print('again:', e)
it = iter(d); next(it); del d['z']; d['y'] = 9
try: print(list(it))
except RuntimeError as e: print(e)
it = iter(d); print(list(it), list(it))
e = {}; it = iter(e); print(next(it, 'empty')); e[1] = 1; print(next(it, 'still'))
for k, v in {1: 'x', 2: 'y'}.items(): print(k, v)
print(sorted({3: 1, 1: 2}), dict(zip('ab', range(2))), [k for k in dict.fromkeys(range(5)) if k % 2])
print(reversed(d) is not None, list(reversed(d)))
s = {1, 2, 3}; it = iter(s); next(it); s.add(9)
for _ in range(2):
    try: next(it)
    except RuntimeError as e: print(e)
s.discard(9)
try: print(next(it))
except RuntimeError as e: print('sticky', e)
