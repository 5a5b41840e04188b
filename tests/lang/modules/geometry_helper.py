# Helper module imported by import_module.py and from_import.py (not a test on its own).
print("geometry_helper is being imported, __name__ =", __name__)

PI_ISH = 3.14159
_private_value = "hidden from star-import"
__all__ = ["area_circle", "Rect", "PI_ISH", "scale"]


def area_circle(r):
    return PI_ISH * r * r


def scale(values, factor=2):
    return [v * factor for v in values]


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return "Rect(%r, %r)" % (self.w, self.h)


def not_exported():
    return "only reachable with explicit import"


call_count = 0


def counted():
    global call_count
    call_count += 1
    return call_count
