"""A small inventory system showing classes, inheritance, properties and dunder methods."""


class Money:
    def __init__(self, cents):
        self.cents = int(cents)

    @classmethod
    def from_str(cls, text):
        units, _, frac = text.partition(".")
        return cls(int(units) * 100 + int((frac + "00")[:2]))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, factor):
        return Money(round(self.cents * factor))

    __rmul__ = __mul__

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __repr__(self):
        return "Money(%d)" % self.cents


class Item:
    def __init__(self, name, price, quantity=0):
        self.name = name
        self.price = price
        self._quantity = quantity

    @property
    def quantity(self):
        return self._quantity

    @quantity.setter
    def quantity(self, value):
        if value < 0:
            raise ValueError("quantity of %s cannot be negative" % self.name)
        self._quantity = value

    def total(self):
        return self.price * self.quantity

    def describe(self):
        return "%-10s %3d x %8s = %9s" % (self.name, self.quantity, self.price, self.total())

    def __repr__(self):
        return "%s(%r, %r, %r)" % (type(self).__name__, self.name, self.price, self.quantity)


class PerishableItem(Item):
    def __init__(self, name, price, quantity=0, days_left=7):
        super().__init__(name, price, quantity)
        self.days_left = days_left

    def total(self):
        base = super().total()
        return base * 0.5 if self.days_left <= 2 else base

    def describe(self):
        note = " (half price!)" if self.days_left <= 2 else ""
        return super().describe() + note


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        self._items[item.name] = item
        return self

    def __len__(self):
        return len(self._items)

    def __contains__(self, name):
        return name in self._items

    def __getitem__(self, name):
        return self._items[name]

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda it: it.name))

    def value(self):
        total = Money(0)
        for item in self:
            total = total + item.total()
        return total


inv = Inventory()
inv.add(Item("hammer", Money.from_str("12.50"), 4))
inv.add(Item("nails", Money.from_str("0.05"), 500))
inv.add(PerishableItem("milk", Money.from_str("1.99"), 10, days_left=1))
inv.add(PerishableItem("cheese", Money.from_str("7.25"), 3, days_left=20))

print("Inventory has", len(inv), "kinds of items")
for item in inv:
    print(item.describe())
print("Total value:", inv.value())
print("'milk' in inventory:", "milk" in inv, "| 'bread' in inventory:", "bread" in inv)
print(repr(inv["hammer"]))
print("Most expensive unit price:", max((it.price for it in inv)))
print("MRO of PerishableItem:", [cls.__name__ for cls in PerishableItem.__mro__])

try:
    inv["nails"].quantity = -1
except ValueError as e:
    print("Error:", e)
inv["nails"].quantity -= 100
print(inv["nails"].describe())
