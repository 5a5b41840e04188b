# Uncaught exception raised inside a method of a user class (ValueError with custom text).
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError("temperature below absolute zero: %s K" % kelvin)
        self.kelvin = kelvin
    def __repr__(self):
        return "Temperature(%r)" % self.kelvin
print(Temperature(300))
print(Temperature(-5))
