# __del__ runs once per object: when its count reaches zero, or when the
# collector finds it in garbage; an object it resurrects lives on.
import gc

gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


x = Noisy("plain")
del x
print("after plain")


def scope():
    y = Noisy("local")
    print("leaving scope")


scope()
print("after scope")

items = [Noisy("in list")]
items.clear()
print("after clear")

a = Noisy("cycle a")
b = Noisy("cycle b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect())
print("again", gc.collect())

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)


p = Phoenix()
p.me = p
del p
print("collected", gc.collect())
print("resurrected:", len(saved), saved[0].me is saved[0])
saved.clear()
print("collected after clearing:", gc.collect())


class Raises:
    def __del__(self):
        raise ValueError("in __del__")


class Later:
    pass


Later.__del__ = lambda self: print("added later")
Later()
print("done")

# An exception in __del__ is reported on stderr and otherwise ignored.
Raises()
print("still running")

# At exit the main module's globals are cleared (names with one leading
# underscore first), so objects they hold are finalized, cycles included.
first = Noisy("global at exit")
_private = Noisy("private at exit")
looped = Noisy("cycle at exit")
looped.me = looped
