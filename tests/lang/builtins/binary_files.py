# open() in binary modes: reads give bytes (no newline translation), writes
# take bytes-like objects.
import os
path = "binary_files_data.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01line one\r\nline two\n"), f.write(bytearray(b"\xff\xfe")))
    print(repr(f).split(" name=")[0], f.mode)
with open(path, "rb") as f:
    print(f.read(3), f.readline(), f.readline(), f.read(), f.read())
    print(repr(f).split(" name=")[0])
with open(path, "rb") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print([line for line in f])
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(f.read()[-6:])
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
with open(path, "w") as f:
    f.write("a\r\nb\n")
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
with open(path, "wb") as f:
    f.write(b"0123456789")
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.seek(7), f.read(), f.seek(-4, 2), f.read(2), f.seek(1, 1), f.read(), f.tell())
    f.seek(0)
    print(f.readline(), f.seek(100), f.read())
os.remove(path)
print(os.path.exists(path))
