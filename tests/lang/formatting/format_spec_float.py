# Format-spec mini-language applied to floats.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e16, 1e-7, 2.5, 0.125, 1e21]
specs = ["", "f", ".0f", ".2f", "10.3f", "<10.1f", "+.3f", " .1f", "010.2f", ",.2f", "_.1f", "e", ".2e", "E",
         "g", ".3g", ".10g", "G", "#g", "#.0f", "%", ".1%", "n", "=+12.2f", "*^14.3g", ".0e", "#.0e", "12"]
for spec in specs:
    out = []
    for v in vals:
        out.append(format(v, spec))
    print(f"{spec!r:>10}:", " | ".join(out))
for special in [float("inf"), float("-inf"), float("nan")]:
    print([format(special, s) for s in ["", "f", "e", "g", "+.2f", "10", "<8", "%", "F", "E", "G", "08.2f"]])
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"), format(1.005, ".2f"))
print(format(1e22, "f"), format(123456789.0, ".3f"), format(0.1, ".20f"), format(1 / 3, ".17f"))
print(format(100.0, "g"), format(1e5, "g"), format(1e6, "g"), format(1e-4, "g"), format(1e-5, "g"))
print(format(123456, ".3g"), format(0.00012345, ".2g"), format(9.9999, ".3g"), format(99999.5, ".5g"))
print(format(1.0, ".0g"), format(0.0, "e"), format(-1e-10, ".3E"), format(12.0, "#.3g"))
print(format(1234.5, ",.1f"), format(-1234567.5, "_.2f"), format(1e10, ",.0f"), format(12345.678, "015,.2f"))
print(format(3, ".2f"), format(3, "%"), format(7, ".1e"), format(-2, "+g"))
print(format(1.5, "10"), format(-1.5, "<10") + "|", format(1.5, "^10") + "|")
for bad in ["d", "x", "c", ",d", ".2s"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(f"{2/3:.3f} {2/3:.3%} {2/3:.3e} {2/3:.3g} {2/3:.3}")
print(f"{1e16:.3} {1e16:} {123.0:} {123.0:.5} {1e-5:.2}")
print(format(10.0, ".0%"), format(0.005, ".1%"), format(0.00015, "%"))
print(format(1.23456789e-300, ".4e"), format(9.995, ".2f"), format(9.9949, ".2f"))
