# itertools: infinite iterators, terminating iterators and combinatorics.
import itertools as it
from itertools import count, cycle, repeat, islice

print(list(islice(count(5), 3)), list(islice(count(0, 2.5), 3)), repr(count(3)), repr(count(1, 2)))
print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), repr(repeat(1, 2)), list(repeat(0, -1)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)),
      list(it.accumulate([1, 2], initial=10)), list(it.accumulate([])))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in it.groupby("aaabbca")])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = it.groupby("aabb")
first_key, first_group = next(groups)
second_key, _ = next(groups)
print(first_key, second_key, list(first_group))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 0, None, 3)))
for bad in [(-1,), (0, -1), (0, 5, 0)]:
    try:
        islice("abc", *bad)
    except ValueError as e:
        print("ValueError:", e)
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), len(it.tee("x", 3)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
print(list(it.pairwise("abcd")), list(it.pairwise("a")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")), list(it.product()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(4)))), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 0)))
