# The caller's frame underlines the call; the callee's marks the operator.
def ratio(a, b):
    return a / b


def report(values):
    print("ratios:", [ratio(x, 1) for x in values])
    print("total:", ratio(sum(values), len(values) - 3) + 1)


report([1, 2, 3])
