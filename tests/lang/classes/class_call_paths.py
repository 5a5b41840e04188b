# Class calls take a direct path when the class uses object.__new__ and a
# plain __init__; every other shape takes the general one. Both must agree.
class A:
    def __init__(self, x, y=2):
        self.x, self.y = x, y
print(A(1).y, A(1, 3).y)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
try:
    A(1, 2, 3)
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(4).v)
class N:
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(N(5).v)
class L(list):
    def __init__(self, a):
        super().__init__([a])
print(L(6))
