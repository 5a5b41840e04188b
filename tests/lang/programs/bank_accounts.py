# A bank ledger exercising classes, exceptions, properties, class methods and formatting together.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("%s: cannot withdraw %s (balance %s)" % (account.owner, fmt(amount), fmt(account.balance)))
        self.shortfall = amount - account.balance
class AccountFrozen(BankError):
    pass
def fmt(cents):
    sign = "-" if cents < 0 else ""
    return "%s$%s.%02d" % (sign, "{:,}".format(abs(cents) // 100), abs(cents) % 100)
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.number = Account.next_number
        Account.next_number += 1
        self.log = []
    @property
    def balance(self):
        return self._balance
    def _check(self):
        if self.frozen:
            raise AccountFrozen("account %d is frozen" % self.number)
    def deposit(self, cents):
        self._check()
        if cents <= 0:
            raise ValueError("deposit must be positive")
        self._balance += cents
        self.log.append(("deposit", cents))
    def withdraw(self, cents):
        self._check()
        if cents > self._balance:
            raise InsufficientFunds(self, cents)
        self._balance -= cents
        self.log.append(("withdraw", cents))
    def __repr__(self):
        return "<%s #%d %s %s>" % (type(self).__name__, self.number, self.owner, fmt(self.balance))
class SavingsAccount(Account):
    rate_percent = 2
    def add_interest(self):
        interest = self.balance * self.rate_percent // 100
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, cents):
        try:
            src.withdraw(cents)
        except BankError as e:
            raise BankError("transfer failed") from e
        dst.deposit(cents)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 50_000)
bob = bank.open(SavingsAccount, "bob", 1_234_567)
carol = bank.open(Account, "carol")
print(alice, bob, carol, sep="\n")
bank.transfer(alice, carol, 12_345)
print("interest for bob:", fmt(bob.add_interest()))
operations = [
    lambda: bank.transfer(carol, alice, 99_999),
    lambda: alice.deposit(-5),
    lambda: setattr(carol, "frozen", True) or carol.deposit(100),
    lambda: bob.withdraw(10_000),
]
for op in operations:
    try:
        op()
        print("ok")
    except BankError as e:
        cause = e.__cause__
        print("BankError:", e, "| cause:", type(cause).__name__ if cause else None, "|", cause)
    except ValueError as e:
        print("ValueError:", e)
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print("{:<8}{:>16}  {}".format(acct.owner, fmt(acct.balance), acct.log))
print("bank total:", fmt(bank.total()), "| accounts:", sorted(bank.accounts))
