# Multiple inheritance and C3 method resolution order.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
def names(cls):
    return [k.__name__ for k in cls.__mro__]
print(names(D), D().who(), D().chain())
print(names(B), names(A), names(object))
print([k.__name__ for k in D.mro()])

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(names(M))

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

class Mixin:
    def describe(self):
        return "I am " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Thing(Mixin, Named):
    pass
print(Thing().describe(), names(Thing))

class Root:
    def __init__(self):
        self.trail = ["Root"]
class Left(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
class Right(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")
print(Bottom().trail)

class P1:
    attr = "P1"
class P2:
    attr = "P2"
    only2 = "only in P2"
class Child(P1, P2):
    pass
print(Child.attr, Child.only2, Child.__bases__ == (P1, P2))
print(issubclass(D, C), issubclass(D, A), isinstance(D(), C))

class Init1:
    def __init__(self, **kw):
        print("Init1", sorted(kw))
        super().__init__(**kw)
class Init2:
    def __init__(self, **kw):
        print("Init2", sorted(kw))
        super().__init__()
class Combined(Init1, Init2):
    def __init__(self):
        super().__init__(a=1, b=2)
Combined()
print(names(Combined))
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
