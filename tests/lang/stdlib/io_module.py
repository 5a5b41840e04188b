# io.StringIO and io.BytesIO: in-memory files with positions, overwriting,
# padding past the end, iteration and closed-file errors.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
print(s.tell())
print(s.readable(), s.writable(), s.seekable(), s.closed)
s.close()
print(s.closed)
for action in (s.getvalue, s.read, lambda: s.write("x"), s.tell):
    try:
        action()
    except ValueError as error:
        print("ValueError:", error)

lines = io.StringIO("one\ntwo\nthree")
print([line for line in lines])
print(io.StringIO("a\nb\nc\n").readlines())
with io.StringIO("context") as f:
    print(f.read())
print(f.closed)
try:
    io.StringIO().write(5)
except TypeError as error:
    print("TypeError:", error)
try:
    io.StringIO().seek(-1)
except ValueError as error:
    print("ValueError:", error)
out = io.StringIO()
for i in range(1000):
    out.write(str(i))
print(len(out.getvalue()), out.getvalue()[-10:])
print(io.StringIO("x\r\ny\rz", newline=None).getvalue().split("\n"))
out = io.StringIO()
print("to a string", 42, sep=", ", file=out)
print(repr(out.getvalue()))

b = io.BytesIO(b"abc")
print(b.read(), b.tell(), b.read())
b.write(b"def")
b.seek(1)
b.write(bytearray(b"ZZ"))
print(b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())
b.seek(0)
print(b.readline(), b.read(2), b.readlines())
try:
    b.write("text")
except TypeError as error:
    print("TypeError:", error)
print(io.BytesIO().getvalue(), b.truncate(3), b.getvalue())
with io.BytesIO(b"line1\nline2\n") as f:
    print(list(f))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
