# Mutating a dict or set while iterating over it: CPython's exact errors and survivors.
d={1:2}
try:
    for k in d: d[k+1]=0
except RuntimeError as e: print(e)
d={1:2,3:4}
try:
    for k in d:
        print("k", k)
        d.pop(3, None); d[5]=1
except (RuntimeError, KeyError) as e: print(type(e).__name__, e)
d={1:2,3:4}
out=[]
for k in d:
    out.append(k); d[k] = 0
print(out, d)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
