# sys: argv, maxsize, recursion limit, stdout.write, stderr.
import sys
print(len(sys.argv), sys.argv[0].replace("\\", "/").split("/")[-1])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
n = sys.stdout.write("written with sys.stdout.write\n")
print("write returned", n)
print(sys.stdout.write("é✓"), sys.stdout.write(""))
sys.stdout.write("no newline, then ")
sys.stdout.write("more\n")
sys.stdout.flush()
sys.stderr.write("this goes to stderr\n")
print("stderr write returned", sys.stderr.write("x\n"))
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
print(type(sys).__name__, sys.__name__)
saved = sys.stdout
class Capture:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured line", 42)
sys.stdout = saved
print("captured:", cap.text)
print(sys.stdout is saved)
sys.stderr.write("final stderr line\n")
