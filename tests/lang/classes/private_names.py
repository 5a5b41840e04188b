# __private names are mangled to _Class__name inside class bodies and methods.
class A:
    __k = 5
    def __init__(self):
        self.__x = 1
    def get(self):
        return self.__x, A.__k, self.__k
    def __helper(self):
        return "helper"
    def call(self):
        inner = lambda: self.__helper()
        return inner()
    def __dunder__(self):
        return 2
a = A()
print(a.__dict__, a.get(), a._A__x, sorted(k for k in A.__dict__ if k.startswith('_A')))
print(a.call(), a._A__helper(), a.__dunder__())
try:
    a.__x
except AttributeError as e:
    print(e)
class B(A):
    def peek(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print(B().peek())
class _Under:
    def __init__(self):
        self.__v = 3
print(vars(_Under()))
class ___:
    def __init__(self):
        self.__v = 4
print(vars(___()))
