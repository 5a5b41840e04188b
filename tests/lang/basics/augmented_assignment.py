# Augmented assignment operators on different targets.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)

s = "ab"
s += "cd"
s *= 2
print(s)

lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)

d = {"n": 1}
d["n"] += 10
d["m"] = d.get("m", 0) + 1
print(d)

class Box:
    pass
b = Box()
b.v = 3
b.v *= 7
print(b.v)

grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 5
grid[0][0] -= 1
print(grid)

calls = []
def idx(i):
    calls.append(i)
    return i
arr = [10, 20, 30]
arr[idx(1)] += 1
print(arr, calls)

f = 1.5
f += 1
print(f)
f //= 1
print(f)
n = 7
n /= 2
print(n)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
print(sorted(st))
st ^= {9}
st -= {2}
print(sorted(st))
