# Repeated frames collapse to "[Previous line repeated N more times]", and an
# assertion points at its test.
def countdown(n):
    if n:
        return countdown(n - 1)
    assert n == 1, f"reached {n}"


countdown(20)
