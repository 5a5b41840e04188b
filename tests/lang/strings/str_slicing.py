# String slicing with positive/negative indices and steps.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:3], s[5:2], s[3:3], repr(s[10:]))
print(s[::3], s[-1:-11:-3], s[::-3], s[5::-1], s[:5:-1])
print(s[1:9:3], s[9:0:-4], s[-2::-2])
t = "héllo wörld"
print(t[1:4], t[::-1], t[-5:], t[::2])
for start in (None, 0, 3, -3):
    for stop in (None, 5, -1):
        for step in (None, 1, 2, -1):
            print(repr(s[start:stop:step]), end=" ")
    print()
sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step)
print(s[slice(None, None, -1)], s[slice(4)])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
word = "racecar"
print(word == word[::-1], "python"[::-1], "ab"[5:10] == "")
def rotate(text, n):
    n %= len(text)
    return text[n:] + text[:n]
print(rotate("abcdef", 2), rotate("abcdef", -1), rotate("abcdef", 13))
print(s[True], s[False:True + 2])
print("abc"[-1], "abc"[-3], "abc"[2:][0])
