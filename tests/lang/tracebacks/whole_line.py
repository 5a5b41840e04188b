# When the failing expression is the whole line CPython prints no carets.
import sys

def check(value):
    raise ValueError(f"bad value {value!r}")

items = [3, 1, 2]
items.sort()
check(items)
