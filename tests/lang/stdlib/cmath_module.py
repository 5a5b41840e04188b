# cmath on finite arguments: CPython's formulas, digit for digit.
import cmath
vals = [0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -0.5+2j, 3-4j, -3-4j, 1e-300+1e-300j, 0.9+0.1j, 2.5e-310+0j, -0.0-0.0j, 0.0-2j, 1+1e-20j, 700+1j, -700+2j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    for z in vals:
        try:
            r = f(z)
        except (ValueError, OverflowError) as e:
            r = f"{type(e).__name__}: {e}"
        print(name, z, r)
for z in vals:
    print(cmath.phase(z), cmath.polar(z), cmath.isfinite(z))
print(cmath.rect(2, 0.5), cmath.rect(1, 0), cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j), cmath.pi, cmath.infj, cmath.nanj)
print(cmath.sqrt(-4), cmath.sqrt(4), cmath.exp(1), cmath.log(-1))
