# Builtin iterators over sequences and ranges: their classes, exhaustion that
# sticks when the list grows later, items appended while iterating, big bounds.
it = iter([]); print(next(it, "done"))
l = [1, 2]; it = iter(l); print(next(it), next(it), next(it, 'end')); l.append(3); print(next(it, 'still end'))
l = [1]; it = iter(l); print(next(it)); l.append(5); print(next(it))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(b'')).__name__, type(iter(range(3))).__name__, type(iter(bytearray())).__name__)
print(repr(iter([]))[:22], repr(iter(range(2)))[:23])
print(list(range(10, 0, -3)), list(iter(b'ab')), list(bytearray(b'xy')), list(iter(iter((1,2)))))
r = iter(range(3)); print(iter(r) is r, next(r), list(r))
import itertools
print(list(zip(range(3), 'abc')), list(enumerate([4,5])), sum(range(10**6)))
for i in range(2**62, 2**62+2): print(i)
print(list(range(9223372036854775806, 9223372036854775807)))
