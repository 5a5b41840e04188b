# printf-style % formatting.
print("%s|%r|%a" % ("héllo", "héllo", "héllo"))
print("%d|%i|%u" % (42, -42, 7), "%d" % 3.99, "%d" % True)
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%#X|%o|%#o" % (255, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%+.1f|%010.2f" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, -3.14159))
print("%e|%E|%.2e|%g|%G|%.3g|%g|%g" % (12345.678, 12345.678, 0.000123, 0.0001, 1e-10, 1234567, 100000, 1e6))
print("%c%c%c" % (72, "i", 33))
print("%%|%s%%" % 50)
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 2.71828))
print("%s" % (1, ) , "%s" % [1, 2], "%s %s" % ("a", "b"), "%s" % ((1, 2),))
print("%s" % None, "%r" % None, "%s" % 1.0, "%r" % 0.1, "%.3s" % "abcdef", "%5.2s|" % "abc")
print("%x" % -255, "%o" % -8, "%#x" % 0, "%x" % 2 ** 70)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%s and %s" % ("tuple", "args"), "single %s" % "arg")
print("%-8s|%8s|" % ("left", "right"))
print("%.2f%%" % 99.5, "%5.1f%%" % 3.14159)
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")))
print("%10.4e|%-12.3E|" % (123.456, -0.000789))
print("%#g|%#.3g|%g" % (1.0, 2.0, 1.5e-5))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5), ("%c", 1234567890)]:
    fmt, args = bad
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
rows = [("widget", 4, 3.5), ("gadget", 12, 10.25), ("doohickey", 1, 99.999)]
for name, qty, price in rows:
    print("%-10s %3d x %7.2f = %8.2f" % (name, qty, price, qty * price))
print("%s" % "only", "%(a)s-%(a)s" % {"a": 1}, "100%% done" % ())
print("%5s|%-5s|%05s" % (1, 2, 3))
print("%i%%" % 7, "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25, "%.2f" % 1.005)
