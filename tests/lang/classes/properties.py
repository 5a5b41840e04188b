# property with getter, setter, deleter; read-only properties; validation.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.__doc__)
print(Temperature.fahrenheit.fset is None, Temperature.celsius.fset is not None)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)

class OldStyle:
    def __init__(self):
        self._x = 0
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    def del_x(self):
        self._x = None
    x = property(get_x, set_x, del_x, "the x property")
o = OldStyle()
o.x = 5
print(o.x, OldStyle.x.__doc__)
del o.x
print(o.x)

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def size(self):
        return (self.w, self.h)
    @size.setter
    def size(self, wh):
        self.w, self.h = wh
class Square(Rect):
    @property
    def area(self):
        return "square:" + str(super().area)
r = Rect(2, 3)
r.size = (4, 5)
print(r.area, r.size, Square(3, 3).area)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)
class NoDeleter:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
nd = NoDeleter()
nd.p = 10
print(nd.p)
try:
    del nd.p
except AttributeError as e:
    print("AttributeError:", e)
