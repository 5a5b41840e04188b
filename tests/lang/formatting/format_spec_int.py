# Format-spec mini-language applied to integers.
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64]
specs = ["d", "5d", "<6", ">6", "^7", "+d", " d", "-d", "06d", "+08d", "x", "X", "#x", "#X", "o", "#o",
         "b", "#b", "08b", "#010b", ",", "_", "_x", "_b", ",d", "*^12,", "=+10", "0=8", "n", "%"]
for spec in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append("<" + type(e).__name__ + ": " + str(e) + ">")
    print(f"{spec!r:>9}:", " | ".join(out))
print(format(True, "d"), format(True, ""), format(False, "5"), format(True, ">5"), format(True, "x"))
print([format(v, "c") for v in (65, 97, 233, 8364, 0x1F600)])
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
print(format(10, "e"), format(10, ".2f"), format(10, "g"), format(10, "G"))
print(format(1234, ".2e"), format(-3, ".1%"), format(12, "10.3f"))
for bad in [".2d", "s", "=^5s", ",c", "#c", ",_"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print("{:#_x} {:#_b} {:,} {:_}".format(2 ** 40, 255, -10 ** 9, 10 ** 9))
print("{:>+#12_x}|{:<#12o}|{:^+#12,}|".format(48879, 8, 98765))
