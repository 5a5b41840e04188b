# SyntaxError: invalid syntax (two operators in a row).
print("never runs")
x = = 5
