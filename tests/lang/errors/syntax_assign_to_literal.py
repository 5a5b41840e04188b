# SyntaxError: cannot assign to a literal.
print("never runs")
5 = x
