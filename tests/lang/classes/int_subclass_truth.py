# Instances of int subclasses are false when zero, as ints are.
class Flag(int):
    def __and__(self, other):
        return Flag(int(self) & int(other))
    __rand__ = __and__

print(bool(Flag(0)), bool(Flag(5)), not Flag(0), bool(0 & Flag(4)), bool(Flag(6) & 2))
if Flag(0):
    print("zero is true?")
else:
    print("zero is false")
big = Flag(2 ** 70)
print(bool(big), bool(big - big), type(big).__name__)
