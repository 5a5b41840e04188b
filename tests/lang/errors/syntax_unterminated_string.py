# SyntaxError: unterminated string literal.
print("fine")
message = "this string never ends
print(message)
