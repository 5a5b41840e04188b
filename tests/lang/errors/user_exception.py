# Uncaught user-defined exception with a message.
class InsufficientFunds(Exception):
    pass
balance = 50
def withdraw(amount):
    global balance
    if amount > balance:
        raise InsufficientFunds("cannot withdraw %d, balance is %d" % (amount, balance))
    balance -= amount
    return balance
print(withdraw(20))
print(withdraw(100))
