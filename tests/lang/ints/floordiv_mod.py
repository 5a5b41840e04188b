# Floor division and modulo with all sign combinations.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(f"{a:3} // {b:2} = {a // b:3}   {a:3} % {b:2} = {a % b:3}   divmod = {divmod(a, b)}")
    assert (a // b) * b + a % b == a

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.5), (1.0, 0.3)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))

print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0)
print(10 % 3.0, -10 % 3.0, 10 // 3.0, -10 // 3.0)
print(7 % 1, 7.25 % 1, -7.25 % 1)
for n in range(-6, 7):
    print(n, n % 4, n // 4, n % -4, n // -4)

for expr in ("1 // 0", "1 % 0", "divmod(1, 0)", "1.0 // 0", "1.0 % 0.0", "1 / 0", "1.0 / 0", "divmod(1.5, 0)"):
    try:
        eval_result = None
        if expr == "1 // 0":
            eval_result = 1 // 0
        elif expr == "1 % 0":
            eval_result = 1 % 0
        elif expr == "divmod(1, 0)":
            eval_result = divmod(1, 0)
        elif expr == "1.0 // 0":
            eval_result = 1.0 // 0
        elif expr == "1.0 % 0.0":
            eval_result = 1.0 % 0.0
        elif expr == "1 / 0":
            eval_result = 1 / 0
        elif expr == "1.0 / 0":
            eval_result = 1.0 / 0
        else:
            eval_result = divmod(1.5, 0)
        print(expr, "=", eval_result)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__ + ":", e)

print(10 ** 20 // -3, 10 ** 20 % -3)
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
print(True // 1, True % 2, 5 // True)
