# Uncaught ValueError from int() on bad input.
for text in ["12", "-7", "3.5"]:
    print(text, "->", int(text))
