# SyntaxError: an unclosed parenthesis. Nothing runs, so stdout stays empty.
print("this line is never executed")
total = (1 + 2
print(total)
