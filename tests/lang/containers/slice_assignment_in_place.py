# Slice assignments that keep the length (done in place) and those that
# change it, extended slices, and the size error.
a = list(range(10))
a[:3] = a[2::-1]; print(a)
a[::2] = [0] * 5; print(a)
a[1:4] = 'xyz'; print(a)
a[1:4] = [1]; print(a)
a[2:2] = [7, 7]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
a[-3:] = (9, 9, 9); print(a)
b = [1, 2, 3]; b[:] = b[::-1]; print(b)
