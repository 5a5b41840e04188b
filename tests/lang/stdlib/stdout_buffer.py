# sys.stdout.buffer and sys.stderr.buffer take bytes, in order with text output.
import sys
print("text first")
n = sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.write(bytearray(b"\xce\xbb\n"))
print("then text", n)
sys.stdout.buffer.flush()
sys.stdout.flush()
try:
    sys.stdout.buffer.write("no")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.buffer.write(3)
except TypeError as e:
    print("TypeError:", e)
sys.stderr.buffer.write(b"to stderr\n")
