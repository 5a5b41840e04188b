# `from mod import x`, `from mod import x as y`, `from mod import *` with __all__.
from geometry_helper import area_circle, Rect
from geometry_helper import scale as enlarge, PI_ISH as P
print(area_circle(1), Rect(2, 5).area(), enlarge([1, 2], 3), P)
from geometry_helper import counted, call_count
print(counted(), counted(), "imported name is a snapshot:", call_count)
import geometry_helper
print("module attribute is live:", geometry_helper.call_count)
try:
    from geometry_helper import nonexistent_name
except ImportError as e:
    # CPython appends " (<absolute path of the module>)"; strip it to stay machine-independent.
    print("ImportError:", str(e).split(" (")[0], "| name =", e.name)
before = set(globals())
from geometry_helper import *
added = sorted(set(globals()) - before)
print("star import added:", added)
print("_private_value" in globals(), "not_exported" in globals())
from geometry_helper import (
    area_circle as ac,
    Rect as R,
)
print(ac is area_circle, R is Rect)
