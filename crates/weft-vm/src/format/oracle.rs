//! Runs the tables recorded from CPython (`*_cases.rs`) through the module
//! and reports every mismatch at once.

use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive, Zero};
use weft_bytecode::repr::str_repr;

use super::{
    Conversion, DEFAULT_MAX_STR_DIGITS, FormatError, FormatSpec, IntArg, PercentArgs, float_str, format_float,
    format_int, format_str, int::to_float, parse_percent, percent_char, percent_char_code, percent_float, percent_int,
    percent_str,
};

/// `!Class: message` for an error, the text otherwise: the tables' notation.
fn shown<E: std::fmt::Display>(result: Result<String, E>) -> String {
    result.unwrap_or_else(|error| format!("!{error}"))
}

/// Compares with a table entry, which may be a `#LEN:HASH:PREFIX` digest.
fn matches(actual: &str, expected: &str) -> bool {
    let Some(digest) = expected.strip_prefix('#') else { return actual == expected };
    let mut fields = digest.splitn(3, ':');
    let (len, hash, prefix) = (fields.next().unwrap(), fields.next().unwrap(), fields.next().unwrap());
    let fnv = actual.bytes().fold(0xcbf29ce484222325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    actual.chars().count().to_string() == len && format!("{fnv:016x}") == hash && actual.starts_with(prefix)
}

fn check(table: &str, cases: &[(&str, &str, &str)], run: impl Fn(&str, &str) -> String) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|&(value, spec, expected)| {
            let actual = run(value, spec);
            let shown_actual = if actual.len() > 200 {
                format!("{}... ({} chars)", &actual[..60], actual.len())
            } else {
                actual.clone()
            };
            (!matches(&actual, expected))
                .then(|| format!("{value:?} {spec:?}: got {shown_actual:?}, want {expected:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} {table} cases differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

fn parse_int(text: &str) -> BigInt {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let magnitude = if let Some(hex) = digits.strip_prefix("0x") {
        BigInt::from_str_radix(hex, 16).unwrap()
    } else if let Some(exponent) = digits.strip_prefix("1e") {
        BigInt::from(10).pow(exponent.parse().unwrap())
    } else {
        digits.parse().unwrap()
    };
    if negative { -magnitude } else { magnitude }
}

fn parse_float(text: &str) -> f64 {
    match text {
        "nan" => f64::NAN,
        "-nan" => -f64::NAN,
        _ => text.parse().unwrap(),
    }
}

#[test]
fn format_int_matches_cpython() {
    check("int", super::int_cases::CASES, |value, spec| {
        let (number, type_name) = match value {
            "True" => (BigInt::from(1), "bool"),
            "False" => (BigInt::zero(), "bool"),
            _ => (parse_int(value), "int"),
        };
        let format = |value| {
            FormatSpec::parse(spec, type_name)
                .and_then(|spec| format_int(value, &spec, type_name, DEFAULT_MAX_STR_DIGITS))
        };
        let big = format(IntArg::Big(&number));
        // Ints that fit in 64 bits take their own path: it must agree.
        if let Some(small) = number.to_i64() {
            assert_eq!(format(IntArg::Small(small)), big, "format({value}, {spec:?}) as a small int");
        }
        shown(big)
    });
}

#[test]
fn format_float_matches_cpython() {
    check("float", super::float_cases::CASES, |value, spec| {
        shown(FormatSpec::parse(spec, "float").and_then(|spec| format_float(parse_float(value), &spec, "float")))
    });
}

#[test]
fn format_str_matches_cpython() {
    check("str", super::str_cases::CASES, |value, spec| {
        shown(FormatSpec::parse(spec, "str").and_then(|spec| format_str(value, &spec, "str")))
    });
}

#[test]
fn percent_matches_cpython() {
    check("percent", super::percent_cases::CASES, |fmt, args| shown(percent_format(fmt, args)));
}

/// A `%` argument as the tables write it.
#[derive(Clone, Debug)]
enum Arg {
    Int(BigInt),
    Bool(bool),
    Float(f64),
    Str(String),
}

impl Arg {
    fn parse(token: &str) -> Arg {
        let (kind, text) = token.split_at(1);
        match kind {
            "i" => Arg::Int(parse_int(text)),
            "b" => Arg::Bool(text == "1"),
            "f" => Arg::Float(parse_float(text)),
            _ => Arg::Str(text.to_owned()),
        }
    }

    fn int(&self) -> Option<BigInt> {
        match self {
            Arg::Int(value) => Some(value.clone()),
            Arg::Bool(value) => Some(BigInt::from(u8::from(*value))),
            _ => None,
        }
    }

    fn str(&self) -> String {
        match self {
            Arg::Int(value) => value.to_string(),
            Arg::Bool(value) => if *value { "True" } else { "False" }.to_owned(),
            Arg::Float(value) => float_str(*value),
            Arg::Str(text) => text.clone(),
        }
    }

    fn repr(&self) -> String {
        match self {
            Arg::Str(text) => str_repr(text),
            _ => self.str(),
        }
    }
}

/// Errors of the stand-in VM below: the module's, or ones the VM raises
/// itself, already shown as `Class: message`.
#[derive(Debug)]
enum TestError {
    Format(FormatError),
    Vm(String),
}

impl From<FormatError> for TestError {
    fn from(error: FormatError) -> Self {
        TestError::Format(error)
    }
}

impl std::fmt::Display for TestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TestError::Format(error) => write!(f, "{error}"),
            TestError::Vm(message) => f.write_str(message),
        }
    }
}

/// The VM's side of `fmt % args`, as little of it as the tables need.
struct Args {
    positional: Vec<Arg>,
    next: usize,
    mapping: Option<Vec<(String, Arg)>>,
    keyed: Option<Arg>,
}

impl Args {
    fn next_arg(&mut self) -> Result<Arg, TestError> {
        let arg = self.positional.get(self.next).cloned();
        self.next += 1;
        arg.ok_or_else(|| TestError::Vm("TypeError: not enough arguments for format string".into()))
    }
}

impl PercentArgs for Args {
    type Error = TestError;

    fn is_mapping(&self) -> bool {
        self.mapping.is_some()
    }

    fn lookup_key(&mut self, key: &str) -> Result<(), TestError> {
        let mapping = self.mapping.as_ref().expect("checked by is_mapping");
        let found = mapping.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        self.keyed = Some(found.ok_or_else(|| TestError::Vm(format!("KeyError: '{key}'")))?);
        Ok(())
    }

    fn star(&mut self) -> Result<BigInt, TestError> {
        self.next_arg()?.int().ok_or_else(|| TestError::Vm("TypeError: * wants int".into()))
    }
}

fn percent_format(fmt: &str, args: &str) -> Result<String, TestError> {
    let mut args = match args.strip_prefix('{') {
        Some(pairs) => {
            let pairs = pairs.split('|').map(|pair| {
                let (key, value) = pair.split_once('=').unwrap();
                (key.to_owned(), Arg::parse(value))
            });
            Args { positional: Vec::new(), next: 0, mapping: Some(pairs.collect()), keyed: None }
        }
        None => {
            let positional = args.split('|').filter(|t| !t.is_empty()).map(Arg::parse).collect();
            Args { positional, next: 0, mapping: None, keyed: None }
        }
    };
    let mut out = String::new();
    let mut copied = 0;
    while let Some(found) = fmt[copied..].find('%') {
        out.push_str(&fmt[copied..copied + found]);
        let spec = parse_percent(fmt, copied + found + 1, &mut args)?;
        copied = spec.end;
        if spec.conversion == Conversion::Literal {
            out.push('%');
            continue;
        }
        let arg = match args.keyed.take() {
            Some(arg) => arg,
            None => args.next_arg()?,
        };
        out.push_str(&convert(&arg, &spec)?);
    }
    out.push_str(&fmt[copied..]);
    if args.mapping.is_none() && args.next < args.positional.len() {
        return Err(TestError::Vm("TypeError: not all arguments converted during string formatting".into()));
    }
    Ok(out)
}

fn convert(arg: &Arg, spec: &super::PercentSpec) -> Result<String, FormatError> {
    match spec.conversion {
        Conversion::Literal => unreachable!("handled by the caller"),
        Conversion::Unsupported => Err(spec.unsupported()),
        Conversion::Str => percent_str(&arg.str(), spec),
        Conversion::Repr => percent_str(&arg.repr(), spec),
        Conversion::Ascii => rejected(arg, spec),
        Conversion::Int => {
            let value = match arg {
                Arg::Float(value) => BigInt::from(value.trunc().to_i128().unwrap()),
                _ => arg.int().unwrap_or_else(|| rejected(arg, spec)),
            };
            percent_int(&value, spec, DEFAULT_MAX_STR_DIGITS)
        }
        Conversion::Float => match arg {
            Arg::Float(value) => percent_float(*value, spec),
            _ => percent_float(to_float(&arg.int().unwrap_or_else(|| rejected(arg, spec)))?, spec),
        },
        Conversion::Char => match arg {
            Arg::Str(text) => percent_char(text.chars().next().unwrap(), spec),
            _ => percent_char(percent_char_code(&arg.int().unwrap_or_else(|| rejected(arg, spec)))?, spec),
        },
    }
}

fn rejected<T>(arg: &Arg, spec: &super::PercentSpec) -> T {
    panic!("the tables give {:?} only arguments it accepts, not {arg:?}", spec.ch)
}
