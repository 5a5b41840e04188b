"""Heap queue: a binary min-heap kept in a plain list, `heap[k] <= heap[2*k+1]`
and `heap[k] <= heap[2*k+2]` (weft's own implementation of CPython's API)."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def _sift_toward_root(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # Walk the smaller child down to a leaf, then bubble the item back up:
    # fewer comparisons than stopping early (the approach CPython documents).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted stream, lazily."""
    entries = []
    sign = -1 if reverse else 1
    for order, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            entries.append(_MergeEntry(value if key is None else key(value), sign, order, value, iterator))
            break
    heapify(entries)
    while entries:
        entry = entries[0]
        yield entry.value
        for value in entry.iterator:
            entry.value = value
            entry.key = value if key is None else key(value)
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


class _MergeEntry:
    __slots__ = ("key", "sign", "order", "value", "iterator")

    def __init__(self, key, sign, order, value, iterator):
        self.key = key
        self.sign = sign
        self.order = order
        self.value = value
        self.iterator = iterator

    def __lt__(self, other):
        if self.sign > 0:
            if self.key < other.key:
                return True
            if other.key < self.key:
                return False
        else:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
        return self.order < other.order


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
