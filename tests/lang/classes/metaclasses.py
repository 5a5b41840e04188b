# Metaclasses: __new__/__init__/__call__ overrides, methods and repr on the
# metaclass, __instancecheck__/__subclasscheck__, __prepare__, the metaclass
# a class inherits, conflicts, __init_subclass__ with class keywords, and
# __class_getitem__.
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def __call__(cls, *args, **kwargs):
        print('creating', cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f'{cls.__name__} tagged {cls.tag}'
    def __repr__(cls):
        return f'<Meta class {cls.__name__}>'

class A(metaclass=Meta, tag='first'):
    def __init__(self, x):
        self.x = x

class B(A):
    pass

a = B(5)
print(a.x, type(A) is Meta, type(B) is Meta, Meta.registry, A.tag, B.tag, B.initialized, A.describe(), repr(B), isinstance(B, Meta), isinstance(B, type))

class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class EvenNumber(metaclass=Even):
    pass
print(isinstance(4, EvenNumber), isinstance(3, EvenNumber), issubclass(bool, EvenNumber), issubclass(int, EvenNumber), isinstance(4, (str, EvenNumber)))

class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class Alpha(Plugin, name='alpha'): pass
class Beta(Plugin): pass
print(Plugin.plugins, Alpha.plugin_name)
try:
    class Bad(x=1): pass
except TypeError as e:
    print('TypeError:', e)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 42}
class O(metaclass=Ordered):
    x = 1
print(O.injected, O.x)
T = type('T', (A,), {'y': 2})
print(type(T), T.y, T.tag)
class M2(type): pass
try:
    class C(A, metaclass=M2): pass
except TypeError as e:
    print('TypeError:', e)
class GA:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item}]'
print(GA[int])
