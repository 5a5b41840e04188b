//! Cross-checks with CPython over every code point. They need `python3`
//! (3.11) and take a while, so they are opt-in:
//! `cargo test -p weft-vm text::tests -- --ignored`.

use std::process::Command;

use weft_bytecode::repr::str_repr;

use super::*;

/// Runs `script` with python3 and returns its standard output.
fn python(script: &str) -> String {
    let run = |script: &str| {
        let output = Command::new("python3").arg("-c").arg(script).output().expect("python3 runs");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8 output")
    };
    let version = run("import sys; print(sys.version_info[:2])");
    assert_eq!(version.trim(), "(3, 11)", "the oracle must be CPython 3.11");
    run(script)
}

fn every_char() -> impl Iterator<Item = char> {
    (0..=0x10FFFFu32).filter_map(char::from_u32)
}

fn flags(values: &[bool]) -> String {
    values.iter().map(|&v| if v { '1' } else { '0' }).collect()
}

/// One line per character: its single-character predicates, then its
/// upper, lower, title, casefold and swapcase as hex, then the lowering
/// of a sigma around it (which reveals Cased and Case_Ignorable).
const PER_CHAR_SCRIPT: &str = r#"
import sys
out = []
hexes = lambda s: ' '.join('%x' % ord(c) for c in s)
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    preds = [c.isalnum(), c.isalpha(), c.isdecimal(), c.isdigit(), c.isidentifier(),
             ('a' + c).isidentifier(), c.islower(), c.isnumeric(), c.isprintable(),
             c.isspace(), c.istitle(), c.isupper(), len(('a' + c + 'b').split()) == 2,
             len(('a' + c + 'b').splitlines()) == 2]
    sigma = [('A' + c + '\u03a3').lower()[-1], (c + '\u03a3').lower()[-1],
             ('A\u03a3' + c + 'a').lower()[1], ('A\u03a3' + c).lower()[1]]
    out.append('%s %s|%s|%s|%s|%s|%s|%s' % (cp, ''.join('1' if p else '0' for p in preds),
        hexes(c.upper()), hexes(c.lower()), hexes(c.title()), hexes(c.casefold()),
        hexes(c.swapcase()), ''.join('f' if s == '\u03c2' else 's' for s in sigma)))
sys.stdout.write('\n'.join(out) + '\n')
"#;

fn hexes(text: &str) -> String {
    text.chars().map(|c| format!("{:x}", c as u32)).collect::<Vec<_>>().join(" ")
}

fn describe(c: char) -> String {
    let s = c.to_string();
    let with_a = format!("a{c}");
    let between = format!("a{c}b");
    let preds = flags(&[
        is_alnum(&s),
        is_alpha(&s),
        is_decimal(&s),
        is_digit(&s),
        is_identifier(&s),
        is_identifier(&with_a),
        is_lower(&s),
        is_numeric(&s),
        is_printable(&s),
        is_space(&s),
        is_title(&s),
        is_upper(&s),
        split(&between, None, -1).unwrap().len() == 2,
        splitlines(&between, false).len() == 2,
    ]);
    let sigma: String = [
        lower(&format!("A{c}Σ")).chars().last(),
        lower(&format!("{c}Σ")).chars().last(),
        lower(&format!("AΣ{c}a")).chars().nth(1),
        lower(&format!("AΣ{c}")).chars().nth(1),
    ]
    .iter()
    .map(|&s| if s == Some('ς') { 'f' } else { 's' })
    .collect();
    format!(
        "{} {preds}|{}|{}|{}|{}|{}|{sigma}",
        c as u32,
        hexes(&upper(&s)),
        hexes(&lower(&s)),
        hexes(&title(&s)),
        hexes(&casefold(&s)),
        hexes(&swapcase(&s)),
    )
}

#[test]
#[ignore = "needs python3 3.11; slow"]
fn matches_cpython_for_every_character() {
    let expected = python(PER_CHAR_SCRIPT);
    assert_eq!(expected.lines().count(), every_char().count());
    let mut mismatches = Vec::new();
    for (c, want) in every_char().zip(expected.lines()) {
        let got = describe(c);
        if got != want {
            mismatches.push(format!("U+{:04X}\n  python: {want}\n  weft:   {got}", c as u32));
        }
    }
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.join("\n"));
}

#[test]
#[ignore = "needs python3 3.11"]
fn decimal_values_match_cpython() {
    let expected = python(
        "import unicodedata\nprint(' '.join('%x:%d' % (cp, unicodedata.decimal(chr(cp))) \
         for cp in range(0x110000) if chr(cp).isdecimal()))",
    );
    let got: Vec<String> =
        every_char().filter_map(|c| ucd::decimal_value(c).map(|v| format!("{:x}:{v}", c as u32))).collect();
    assert_eq!(got.join(" "), expected.trim());
}

/// Random calls of every method on short strings of troublesome
/// characters, one per line: the method, its arguments (strings as
/// dot-separated hex code points, `~` for None) and `repr()` of CPython's
/// result.
const RANDOM_CALLS_SCRIPT: &str = r#"
import random
rng = random.Random(311)
ALPHABET = ['a', 'b', 'B', ' ', '\t', '\n', '\r', '\x0b', '\x1c', '\x1f', '\x85', '\xa0',
            '\u2028', '\u3000', '\xe9', '\xc9', '\u03a3', '\u03c3', '\u03c2', "'", '.', '\u0301',
            '\u0345', '\u01c5', '\u01c6', '\xdf', '\u65e5', '\U0001f600', '1', '\u0663', '\xb2',
            '-', '+', '_', '\ufb01', '\u0130', '\u10d0', '\u1f80']
def text(n):
    return ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(n + 1)))
def enc(s):
    return '~' if s is None else '.'.join('%x' % ord(c) for c in s)
def idx():
    return rng.choice([None, None, -20, -3, -1, 0, 1, 2, 4, 7, 20])
def args_for(op, s):
    if op in ('find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex'):
        sub = s[rng.randrange(len(s) + 1):][:rng.randrange(3)] if rng.random() < .7 else text(2)
        return [sub, idx(), idx()]
    if op == 'replace':
        old = s[rng.randrange(len(s) + 1):][:rng.randrange(3)] if rng.random() < .7 else text(1)
        return [old, text(2), rng.choice([-1, 0, 1, 2, 5])]
    if op in ('split', 'rsplit'):
        sep = rng.choice([None, None, text(1) or 'a', rng.choice(ALPHABET)])
        return [sep, rng.choice([-1, -1, 0, 1, 2, 3])]
    if op == 'splitlines':
        return [rng.random() < .5]
    if op in ('partition', 'rpartition'):
        return [rng.choice([text(2) or 'x', rng.choice(ALPHABET)])]
    if op in ('strip', 'lstrip', 'rstrip'):
        return [rng.choice([None, None, text(3)])]
    if op in ('center', 'ljust', 'rjust'):
        return [rng.randrange(-1, 16), rng.choice(ALPHABET)]
    if op == 'zfill':
        return [rng.randrange(-1, 12)]
    if op == 'expandtabs':
        return [rng.randrange(-1, 10)]
    return []
OPS = ['find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex', 'replace',
       'split', 'rsplit', 'splitlines', 'partition', 'rpartition', 'strip', 'lstrip', 'rstrip',
       'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'upper', 'lower', 'casefold', 'title',
       'capitalize', 'swapcase', 'isalnum', 'isalpha', 'isdecimal', 'isdigit', 'isidentifier',
       'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']
for _ in range(40000):
    op = rng.choice(OPS)
    s = text(8)
    if op == 'zfill' and rng.random() < .5:
        s = rng.choice('+-') + s
    args = args_for(op, s)
    try:
        result = repr(getattr(s, op)(*args))
    except ValueError as e:
        result = 'ValueError: %s' % e
    fields = [op, enc(s)] + [enc(a) if a is None or isinstance(a, str) else str(a) for a in args]
    print('\t'.join(fields + [result]))
"#;

fn decode(field: &str) -> Option<String> {
    if field == "~" {
        return None;
    }
    let code = |hex: &str| char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap();
    Some(field.split('.').filter(|h| !h.is_empty()).map(code).collect())
}

fn repr_list<S: AsRef<str>>(items: &[S]) -> String {
    let items: Vec<String> = items.iter().map(|s| str_repr(s.as_ref())).collect();
    format!("[{}]", items.join(", "))
}

fn repr_bool(b: bool) -> String {
    if b { "True".into() } else { "False".into() }
}

/// Calls `op` as the VM would and renders the result as Python's `repr`.
fn call(op: &str, s: &str, args: &[&str]) -> String {
    let text = |i: usize| decode(args[i]);
    let num = |i: usize| args[i].parse::<isize>().unwrap();
    let opt_num = |i: usize| (args[i] != "~").then(|| num(i));
    let raise = |e: TextError| format!("{}: {}", e.kind.class_name(), e.message);
    let found = |r: Option<usize>| r.map_or("-1".to_string(), |i| i.to_string());
    let tuple = |(a, b, c): (&str, &str, &str)| format!("({}, {}, {})", str_repr(a), str_repr(b), str_repr(c));
    match op {
        "find" => found(find(s, &text(0).unwrap(), opt_num(1), opt_num(2))),
        "rfind" => found(rfind(s, &text(0).unwrap(), opt_num(1), opt_num(2))),
        "index" => index(s, &text(0).unwrap(), opt_num(1), opt_num(2)).map_or_else(raise, |i| i.to_string()),
        "rindex" => rindex(s, &text(0).unwrap(), opt_num(1), opt_num(2)).map_or_else(raise, |i| i.to_string()),
        "count" => count(s, &text(0).unwrap(), opt_num(1), opt_num(2)).to_string(),
        "startswith" => repr_bool(startswith(s, &text(0).unwrap(), opt_num(1), opt_num(2))),
        "endswith" => repr_bool(endswith(s, &text(0).unwrap(), opt_num(1), opt_num(2))),
        "replace" => str_repr(&replace(s, &text(0).unwrap(), &text(1).unwrap(), num(2)).unwrap()),
        "split" => split(s, text(0).as_deref(), num(1)).map_or_else(raise, |v| repr_list(&v)),
        "rsplit" => rsplit(s, text(0).as_deref(), num(1)).map_or_else(raise, |v| repr_list(&v)),
        "splitlines" => repr_list(&splitlines(s, args[0] == "True")),
        "partition" => partition(s, &text(0).unwrap()).map_or_else(raise, tuple),
        "rpartition" => rpartition(s, &text(0).unwrap()).map_or_else(raise, tuple),
        "strip" => str_repr(strip(s, text(0).as_deref())),
        "lstrip" => str_repr(lstrip(s, text(0).as_deref())),
        "rstrip" => str_repr(rstrip(s, text(0).as_deref())),
        "center" => str_repr(&center(s, num(0), fill_char(&text(1).unwrap()).unwrap()).unwrap()),
        "ljust" => str_repr(&ljust(s, num(0), fill_char(&text(1).unwrap()).unwrap()).unwrap()),
        "rjust" => str_repr(&rjust(s, num(0), fill_char(&text(1).unwrap()).unwrap()).unwrap()),
        "zfill" => str_repr(&zfill(s, num(0)).unwrap()),
        "expandtabs" => str_repr(&expandtabs(s, num(0)).unwrap()),
        "upper" => str_repr(&upper(s)),
        "lower" => str_repr(&lower(s)),
        "casefold" => str_repr(&casefold(s)),
        "title" => str_repr(&title(s)),
        "capitalize" => str_repr(&capitalize(s)),
        "swapcase" => str_repr(&swapcase(s)),
        "isalnum" => repr_bool(is_alnum(s)),
        "isalpha" => repr_bool(is_alpha(s)),
        "isdecimal" => repr_bool(is_decimal(s)),
        "isdigit" => repr_bool(is_digit(s)),
        "isidentifier" => repr_bool(is_identifier(s)),
        "islower" => repr_bool(is_lower(s)),
        "isnumeric" => repr_bool(is_numeric(s)),
        "isprintable" => repr_bool(is_printable(s)),
        "isspace" => repr_bool(is_space(s)),
        "istitle" => repr_bool(is_title(s)),
        "isupper" => repr_bool(is_upper(s)),
        _ => panic!("unknown method {op}"),
    }
}

#[test]
#[ignore = "needs python3 3.11"]
fn random_calls_match_cpython() {
    let cases = python(RANDOM_CALLS_SCRIPT);
    let mut mismatches = Vec::new();
    for line in cases.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (op, s, args, want) =
            (fields[0], decode(fields[1]).unwrap(), &fields[2..fields.len() - 1], fields[fields.len() - 1]);
        let got = call(op, &s, args);
        if got != want {
            mismatches.push(format!("{}.{op}{args:?}\n  python: {want}\n  weft:   {got}", str_repr(&s)));
        }
    }
    assert_eq!(cases.lines().count(), 40000);
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.join("\n"));
}

/// Random templates: the template (hex), `repr()` of what
/// `_string.formatter_parser` yields before any error, and what
/// `str.format` gives with arguments that record how they were reached
/// (see `format_fields::tests::Recorder`).
const RANDOM_TEMPLATES_SCRIPT: &str = r#"
import random, re, _string
rng = random.Random(3110)
class V(str):
    def __getattr__(s, n):
        if n.startswith('__'): raise AttributeError(n)
        return V(str.__str__(s) + '.' + n)
    def __getitem__(s, k): return V(str.__str__(s) + '[' + repr(k) + ']')
    def __format__(s, spec): return '<' + str.__str__(s) + '|' + spec + '>'
    def __repr__(s): return 'R(' + str.__str__(s) + ')'
    def __str__(s): return 'S(' + str.__str__(s) + ')'
ARGS = [V('a0'), V('a1'), V('a2')]
KWARGS = {k: V('k' + k) for k in ['name', 'width', 'a', 'b']}
PARTS = ['{', '}', '{', '}', '!', ':', '[', ']', '.', '0', '1', 'a', 'r', 's', 'x', ' ',
         '\xe9', '\u0663', '{}', '{0}', '{a}', '{:{}}', '!r', '!s}', '{{', '}}']
for _ in range(20000):
    t = ''.join(rng.choice(PARTS) for _ in range(rng.randrange(1, 9)))
    pieces, error = [], ''
    try:
        for piece in _string.formatter_parser(t):
            pieces.append(piece)
    except ValueError as e:
        error = ' ValueError: %s' % e
    try:
        rendered = 'ok ' + repr(t.format(*ARGS, **KWARGS))
    except Exception as e:
        rendered = 'err %s: %s' % (type(e).__name__, e)
    if re.search('!.:', t):
        rendered = 'skip'  # may format a converted str with a spec: str.__format__'s job
    print('.'.join('%x' % ord(c) for c in t) + '\t' + repr(pieces) + error + '\t' + rendered)
"#;

fn repr_piece(piece: &Piece<'_>) -> String {
    let (name, spec, conversion) = match &piece.field {
        Some(f) => {
            (str_repr(f.name), str_repr(f.spec), f.conversion.map_or("None".into(), |c| str_repr(&c.to_string())))
        }
        None => ("None".into(), "None".into(), "None".into()),
    };
    format!("({}, {name}, {spec}, {conversion})", str_repr(piece.literal))
}

#[test]
#[ignore = "needs python3 3.11"]
fn random_templates_match_cpython() {
    let cases = python(RANDOM_TEMPLATES_SCRIPT);
    let mut mismatches = Vec::new();
    for line in cases.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let template = decode(fields[0]).unwrap();
        let mut pieces = Vec::new();
        let mut error = String::new();
        for piece in TemplateParser::new(&template) {
            match piece {
                Ok(piece) => pieces.push(repr_piece(&piece)),
                Err(e) => error = format!(" {}: {}", e.kind.class_name(), e.message),
            }
        }
        let parsed = format!("[{}]{error}", pieces.join(", "));
        let rendered = || match render_template(&template, &mut format_fields::tests::Recorder) {
            Ok(out) => format!("ok {}", str_repr(&out)),
            Err(raised) => format!("err {}", raised.0),
        };
        let rendered = if fields[2] == "skip" { "skip".to_string() } else { rendered() };
        if parsed != fields[1] || rendered != fields[2] {
            mismatches.push(format!(
                "{}\n  python: {} / {}\n  weft:   {parsed} / {rendered}",
                str_repr(&template),
                fields[1],
                fields[2]
            ));
        }
    }
    assert!(cases.lines().count() > 15000);
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.join("\n"));
}
