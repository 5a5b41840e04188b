# Matrices as lists of lists: multiplication, transpose, determinant, identity, powers.
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for col in range(len(m)):
        minor = [row[:col] + row[col + 1:] for row in m[1:]]
        total += (-1) ** col * m[0][col] * det(minor)
    return total
def show(m, title):
    print(title)
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a, "A")
show(b, "B")
show(mat_mul(a, b), "A x B")
show(mat_mul(b, a), "B x A")
show(transpose(a), "A transposed")
fib_matrix = [[1, 1], [1, 0]]
print("fib(90) via matrix power:", mat_pow(fib_matrix, 90)[0][1])
m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
m4 = [[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]
print("det(m3) =", det(m3), " det(m4) =", det(m4), " det(I5) =", det(identity(5)))
show(mat_pow([[2, 0], [0, 3]], 10), "diag(2,3)^10")
rot90 = [[0, -1], [1, 0]]
print("rot90^4 == I:", mat_pow(rot90, 4) == identity(2), " rot90^2:", mat_pow(rot90, 2))
fm = [[0.5, 0.25], [0.125, 1.0]]
print(mat_mul(fm, fm))
grid = [[(r * 7 + c * 3) % 10 for c in range(5)] for r in range(4)]
show(grid, "grid")
print("row sums:", [sum(r) for r in grid], "col sums:", [sum(c) for c in zip(*grid)])
print("max per row:", [max(r) for r in grid], "diagonal:", [grid[i][i] for i in range(min(len(grid), len(grid[0])))])
