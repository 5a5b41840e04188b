# Uncaught TypeError from an unsupported operand.
count = 3
label = "items: "
print(label + str(count))
print(label + count)
