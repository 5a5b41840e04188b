# IndentationError: expected an indented block after an if statement.
value = 3
if value > 2:
print("big")
