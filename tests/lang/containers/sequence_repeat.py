# Sequence repetition from either side, and the errors for non-int counts.
for a, b in [("ab", 2.5), (2.5, "ab"), ([1], 1j), (1j, (1,)), (b"x", 2.0), ("a", None), (None, "a")]:
  try: print(a * b)
  except TypeError as e: print(e)
print(10**20 * 0 * "a", 2 * [1], True * "ab", "ab" * False, bytearray(b"a")*2, 2*bytearray(b"b"))
