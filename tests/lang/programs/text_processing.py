# Text processing: word wrapping, Caesar cipher, run-length encoding, roman numerals, palindromes.
TEXT = ("Python is a programming language that lets you work quickly and integrate systems "
        "more effectively. It is simple to learn, yet powerful enough for large programs.")
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    if line:
        lines.append(line)
    return lines
for w in (30, 45):
    print("width", w)
    for line in wrap(TEXT, w):
        print("|" + line.ljust(w) + "|")
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World! Zebra.", 3)
print(secret, "->", caesar(secret, -3))
def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
    enc = rle_encode(s)
    print(repr(s), "->", repr(enc), "->", rle_decode(enc) == s)
def to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, sym in table:
        count, n = divmod(n, value)
        out += sym * count
    return out
def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r) == n)
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "Was it a car or a cat I saw?"]:
    print(is_palindrome(s), s)
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print("vowels:", vowels, "sentences:", TEXT.count(". ") + 1, "capitalised:", [w for w in TEXT.split() if w[0].isupper()])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, TEXT.title()[:40], TEXT[::-1][:20])
