# re: the module functions, Match objects, sub templates, split, flags,
# empty-match iteration rules, bytes patterns and non-ASCII positions.
import re
print(re.findall('|a', 'a'), re.findall('x*', 'axb'), re.sub('x*', '-', 'abxd'), re.split('x*', 'axbc'))
print(re.findall(r'(a)(b)?', 'ab a'), re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b?)', 'a').lastindex)
m = re.search(r'(?P<word>\w+)\s+(?P<num>\d+)', 'hello   world 42 end')
print(m, m.group(), m.group('word', 'num'), m.groupdict(), m.span('num'), m.lastgroup, m.start(2))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example, ann@site'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.split(r'[,;]\s*', 'a, b;c,d', maxsplit=2), re.split(r'(,)', 'a,b,c'))
print(re.compile('ab+', re.I), re.compile(r'\d'), re.I | re.M, re.compile('x').flags)
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.match('b', 'ab'), re.search('b', 'ab'))
print(re.findall(r'^\w+$', 'one\ntwo\nthree', re.M), re.findall(r'a.b', 'a\nb', re.S), re.search('x$', 'x\n'))
print(re.escape('a.b*c?'), re.findall(r'\bfoo\b', 'foo foobar foo'))
print([m.span() for m in re.finditer(r'\w+', 'héllo wörld ok')])
print(re.findall(rb'\d+', b'a12b345'), re.sub(rb'a', b'X', b'banana'))
print(re.findall(r'(\w)\1', 'aabbcd'), re.search(r'(?<=-)\w+', 'spam-egg').group())
try:
    re.compile('(a')
except re.error as e:
    print('error:', e)
try:
    re.compile(r'\q')
except re.error as e:
    print('error:', e, e.pos)
print(re.sub(r'(?P<x>a)', r'[\g<x>]', 'banana'), re.subn('a', 'o', 'banana'))
print(re.findall(r'a{2}|b{,2}c', 'aaa bbbc {x}'), re.findall(r'{x}', '{x}'))
print(re.compile(r'''
   \d+   # digits
   [ ]x  # space then x
''', re.X).findall('12 x 3 x'))
print(re.findall(r'[^\W\d]+', 'ab1 cd_2'), re.findall(r'[\s,]+', 'a, b  c'))
print(re.match(r'(a|b)*', 'abab').group(1), re.search(r'\Aab\Z', 'ab'), re.search(r'\Aab\Z', 'ab\n'))
