"""Iterator building blocks (weft's own implementation of CPython's
`itertools` API, as generators and small classes)."""

import sys as _sys

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count",
    "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product",
    "repeat", "starmap", "takewhile", "tee", "zip_longest",
]


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for value, name in ((start, "start"), (step, "step")):
            if not isinstance(value, (int, float, complex)):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return "count(%r)" % (self._next,)
        return "count(%r, %r)" % (self._next, self._step)


class repeat:
    """repeat(object[, times]): the object, forever or `times` times."""

    def __init__(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._left)


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        yield from saved


def accumulate(iterable, func=None, *, initial=None):
    iterator = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(iterator)
        except StopIteration:
            return
    yield total
    for element in iterator:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    """chain(*iterables): each iterable's items in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._sources = iter(iterables)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                return next(self._current)
            except StopIteration:
                self._current = iter(next(self._sources))


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    iterator = iter(iterable)
    for x in iterator:
        if not predicate(x):
            yield x
            break
    for x in iterator:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None): (key, group) for runs of equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._iterator = iter(iterable)
        self._target = self._current = self._value = _MARKER
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        # A new id orphans the previous group's iterator, as in CPython.
        self._id = object()
        if self._current is _MARKER:
            self._advance()
        # Skip what is left of the current group.
        while self._current is not _END and self._current == self._target:
            try:
                self._advance()
            except StopIteration:
                self._current = _END
        if self._current is _END:
            raise StopIteration
        self._target = self._current
        return (self._current, self._group(self._target, self._id))

    def _advance(self):
        self._value = next(self._iterator)
        self._current = self._keyfunc(self._value)

    def _group(self, target, id):
        while self._id is id and self._current == target:
            yield self._value
            try:
                self._advance()
            except StopIteration:
                self._current = _END
                return


class _Marker:
    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


_MARKER = _Marker()
_END = _Marker()


def islice(iterable, *args):
    s = slice(*args)
    start = 0 if s.start is None else s.start
    stop = s.stop
    step = 1 if s.step is None else s.step
    if not isinstance(start, int) or start < 0:
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(iterator, start, stop, step):
    wanted = start
    index = 0
    for element in iterator:
        if stop is not None and index >= stop:
            return
        if index == wanted:
            yield element
            wanted += step
        index += 1
        if stop is not None and index >= stop:
            return


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    iterator = iter(iterable)
    buffers = [[] for _ in range(n)]

    def branch(mine):
        while True:
            if not mine:
                try:
                    value = next(iterator)
                except StopIteration:
                    return
                for buffer in buffers:
                    buffer.append(value)
            yield mine.pop(0)

    return tuple(branch(buffer) for buffer in buffers)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, iterator in enumerate(iterators):
            try:
                value = next(iterator)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    iterator = iter(iterable)
    try:
        previous = next(iterator)
    except StopIteration:
        return
    for current in iterator:
        yield previous, current
        previous = current


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return

    # Depth-first over unused positions yields them in lexicographic order.
    def extend(chosen, unused):
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
            return
        for i in unused:
            yield from extend(chosen + [i], [j for j in unused if j != i])

    yield from extend([], list(range(n)))


def _chosen_indices(pool, r, repeat):
    """Sorted r-tuples of positions in `pool` (non-decreasing when `repeat`),
    depth first, which is lexicographic order."""
    n = len(pool)

    def extend(chosen, start):
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
            return
        stop = n if repeat else n - (r - len(chosen)) + 1
        for i in range(start, stop):
            yield from extend(chosen + [i], i if repeat else i + 1)

    return extend([], 0)


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r <= len(pool):
        yield from _chosen_indices(pool, r, False)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    if pool or not r:
        yield from _chosen_indices(pool, r, True)
