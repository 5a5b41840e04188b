# super() with and without arguments, in methods, classmethods, and properties.
class Base:
    def greet(self):
        return "Base.greet(%s)" % type(self).__name__
    @classmethod
    def create(cls):
        return "Base.create(%s)" % cls.__name__
    @staticmethod
    def util():
        return "Base.util"
class Mid(Base):
    def greet(self):
        return "Mid>" + super().greet()
    @classmethod
    def create(cls):
        return "Mid>" + super().create()
class Leaf(Mid):
    def greet(self):
        return "Leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
    @classmethod
    def create(cls):
        return "Leaf>" + super(Leaf, cls).create()
    def call_util(self):
        return super().util()
leaf = Leaf()
print(leaf.greet())
print(leaf.skip())
print(Leaf.create(), Mid.create())
print(leaf.call_util())
print(super(Leaf, leaf).greet())
print(super(Mid, Leaf).create())

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.owner, self.balance)
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance
class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit
    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            raise ValueError("over limit")
        self.balance -= amount
        return self.balance
class Audited(Overdraft):
    def withdraw(self, amount):
        result = super().withdraw(amount)
        print("  audit:", self.owner, "withdrew", amount)
        return result
for acct in [Account("ann", 50), Overdraft("bob", 50), Audited("cy", 60, 20)]:
    for amt in (40, 40):
        try:
            print(acct, "->", acct.withdraw(amt))
        except ValueError as e:
            print(acct, "error:", e)

class WithSuperAttr(Base):
    def check(self):
        s = super()
        return type(s).__name__, s.greet()
print(WithSuperAttr().check())
try:
    super(Leaf, 5)
except TypeError as e:
    print("TypeError:", e)
def outside():
    try:
        return super().greet()
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
print(outside())
class StrSub(str):
    def upper(self):
        return "custom:" + super().upper()
print(StrSub("abc").upper())
