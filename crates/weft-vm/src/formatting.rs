//! `format(value, spec)` and `template % args` for VM values, on top of the
//! pure formatting primitives in [`crate::format`].

use num_bigint::BigInt;
use weft_runtime::Runtime;

use crate::format::{self, Conversion, FormatError, FormatSpec, PercentArgs, PercentSpec};
use crate::object::Obj;
use crate::objects::Payload;
use crate::ops::number;
use crate::protocols::{self, str_text, type_name};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

fn raise<R: Runtime>(vm: &Vm<R>, error: FormatError) -> PyErr<R> {
    let exceptions = &vm.types().exceptions;
    let class = match error {
        FormatError::Value(_) => &exceptions.value_error,
        FormatError::Type(_) => &exceptions.type_error,
        FormatError::Overflow(_) => &exceptions.overflow_error,
        FormatError::Memory => &exceptions.memory_error,
    };
    vm.new_error(class, error.message().to_owned())
}

/// `format(value, spec)` for a non-empty spec.
pub fn format_spec<R: Runtime>(vm: &Vm<R>, value: &Value<R>, spec: &str) -> PyResult<R, String> {
    let class = crate::protocols::class_of(vm, value);
    let name: &str = &crate::types::class_data(&class).name;
    let parsed = FormatSpec::parse(spec, name).map_err(|e| raise(vm, e))?;
    let float = match (value, value.as_obj().map(Obj::payload)) {
        (Value::Float(f), _) | (_, Some(Payload::Float(f))) => Some(*f),
        _ => None,
    };
    let max_digits = format::DEFAULT_MAX_STR_DIGITS;
    let result = match (float, value) {
        (Some(f), _) => format::format_float(f, &parsed, name),
        (None, Value::Int(i)) => format::format_int(format::IntArg::Small(*i), &parsed, name, max_digits),
        (None, Value::Bool(b)) => format::format_int(format::IntArg::Small(i64::from(*b)), &parsed, name, max_digits),
        _ => {
            if let Some(big) = number::as_bigint(value) {
                format::format_int(format::IntArg::Big(&big), &parsed, name, max_digits)
            } else if let Some(text) = str_text(value) {
                format::format_str(text, &parsed, name)
            } else {
                return Err(vm.type_error(format!("unsupported format string passed to {name}.__format__")));
            }
        }
    };
    result.map_err(|e| raise(vm, e))
}

/// The right operand of `%`, consumed conversion by conversion.
struct Operands<'a, R: Runtime> {
    vm: &'a Vm<R>,
    positional: Vec<Value<R>>,
    next: usize,
    mapping: Option<Value<R>>,
    /// Mapping keys are bytes when the template is.
    bytes_keys: bool,
    /// The value `%(key)` looked up for the conversion being read.
    keyed: Option<Value<R>>,
}

impl<R: Runtime> Operands<'_, R> {
    fn take(&mut self) -> PyResult<R> {
        if let Some(value) = self.keyed.take() {
            return Ok(value);
        }
        let value = self.positional.get(self.next).cloned();
        self.next += 1;
        value.ok_or_else(|| self.vm.type_error("not enough arguments for format string"))
    }
}

/// What can fail while a conversion spec is read: a Python exception from
/// the operands (a missing key), or a bad spec.
enum Failure<R: Runtime> {
    Python(PyErr<R>),
    Format(FormatError),
}

impl<R: Runtime> From<FormatError> for Failure<R> {
    fn from(error: FormatError) -> Self {
        Failure::Format(error)
    }
}

impl<R: Runtime> PercentArgs for Operands<'_, R> {
    type Error = Failure<R>;

    fn is_mapping(&self) -> bool {
        self.mapping.is_some()
    }

    fn lookup_key(&mut self, key: &str) -> Result<(), Failure<R>> {
        let mapping = self.mapping.clone().expect("checked by is_mapping");
        let key = if self.bytes_keys {
            crate::builtins::new_bytes(self.vm, key.chars().map(|c| c as u32 as u8).collect())
        } else {
            self.vm.new_str(key)
        };
        let value = crate::ops::get_item(self.vm, &mapping, key).map_err(Failure::Python)?;
        self.keyed = Some(value);
        Ok(())
    }

    fn star(&mut self) -> Result<BigInt, Failure<R>> {
        let value = self.take().map_err(Failure::Python)?;
        number::as_bigint(&value).ok_or_else(|| Failure::Python(self.vm.type_error("* wants int")))
    }
}

/// `template % args`.
pub fn percent<R: Runtime>(vm: &Vm<R>, template: &str, args: &Value<R>) -> PyResult<R, String> {
    percent_with(vm, template, args, false)
}

/// `bytes % args`: the same mini-language over a Latin-1 view of the bytes,
/// where `%s` and `%b` take bytes-like values and `%r` gives ASCII reprs.
pub fn percent_bytes<R: Runtime>(vm: &Vm<R>, template: &[u8], args: &Value<R>) -> PyResult<R, Vec<u8>> {
    let text: String = template.iter().map(|&b| b as char).collect();
    let out = percent_with(vm, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn percent_with<R: Runtime>(vm: &Vm<R>, template: &str, args: &Value<R>, bytes: bool) -> PyResult<R, String> {
    let is_tuple = matches!(args.as_obj().map(Obj::payload), Some(Payload::Tuple(_)));
    let is_mapping = !is_tuple
        && str_text(args).is_none()
        && (matches!(args.as_obj().map(Obj::payload), Some(Payload::Dict(_)))
            || protocols::user_method(args, "__getitem__").is_some());
    let positional = if is_tuple { crate::ops::list::items(args) } else { vec![args.clone()] };
    let mut operands =
        Operands { vm, positional, next: 0, mapping: is_mapping.then(|| args.clone()), bytes_keys: bytes, keyed: None };
    let mut out = String::with_capacity(template.len());
    let mut rest = 0;
    while let Some(offset) = template[rest..].find('%') {
        let at = rest + offset;
        out.push_str(&template[rest..at]);
        let spec = format::parse_percent(template, at + 1, &mut operands).map_err(|failure| match failure {
            Failure::Python(error) => error,
            Failure::Format(error) => raise(vm, error),
        })?;
        rest = spec.end;
        if spec.conversion == Conversion::Literal {
            out.push('%');
            continue;
        }
        let value = operands.take()?;
        if bytes {
            out.push_str(&convert_for_bytes(vm, &spec, value)?);
        } else {
            out.push_str(&convert(vm, &spec, value)?);
        }
    }
    out.push_str(&template[rest..]);
    if !is_mapping && operands.next < operands.positional.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// The conversions that differ for a bytes template; the numeric ones are shared.
fn convert_for_bytes<R: Runtime>(vm: &Vm<R>, spec: &PercentSpec<'_>, value: Value<R>) -> PyResult<R, String> {
    let fail = |e| raise(vm, e);
    let latin1 = |bytes: Vec<u8>| bytes.into_iter().map(char::from).collect::<String>();
    match (spec.conversion, spec.ch) {
        (Conversion::Str, _) | (Conversion::Unsupported, 'b') => {
            let bytes = match crate::builtins::bytes_of(&value) {
                Some(bytes) => bytes,
                None => match protocols::user_method(&value, "__bytes__") {
                    Some(method) => {
                        let result = protocols::call_method(vm, &method, &value, vec![])?;
                        crate::builtins::bytes_of(&result)
                            .ok_or_else(|| vm.type_error("__bytes__ returned non-bytes"))?
                    }
                    None => {
                        return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            type_name(vm, &value)
                        )));
                    }
                },
            };
            format::percent_str(&latin1(bytes), spec).map_err(fail)
        }
        (Conversion::Repr | Conversion::Ascii, _) => {
            format::percent_str(&crate::builtins::ascii_of(&protocols::repr(vm, &value)?), spec).map_err(fail)
        }
        (Conversion::Char, _) => {
            let byte = match (number::as_bigint(&value), crate::builtins::bytes_of(&value)) {
                (Some(code), _) => u8::try_from(&code).map_err(|_| vm.overflow_error("%c arg not in range(256)"))?,
                (None, Some(bytes)) if bytes.len() == 1 => bytes[0],
                _ => return Err(vm.type_error("%c requires an integer in range(256) or a single byte")),
            };
            format::percent_char(char::from(byte), spec).map_err(fail)
        }
        _ => convert(vm, spec, value),
    }
}

fn convert<R: Runtime>(vm: &Vm<R>, spec: &PercentSpec<'_>, value: Value<R>) -> PyResult<R, String> {
    let fail = |e| raise(vm, e);
    match spec.conversion {
        Conversion::Str => format::percent_str(&protocols::to_str(vm, &value)?, spec).map_err(fail),
        Conversion::Repr => format::percent_str(&protocols::repr(vm, &value)?, spec).map_err(fail),
        Conversion::Ascii => {
            format::percent_str(&crate::builtins::ascii_of(&protocols::repr(vm, &value)?), spec).map_err(fail)
        }
        Conversion::Int => {
            let integer = match (spec.ch, &value) {
                ('d' | 'i' | 'u', Value::Float(f)) => {
                    number::as_bigint(&crate::builtins::to_int(vm, &Value::Float(*f))?)
                }
                _ => number::as_bigint(&value),
            };
            let Some(integer) = integer else {
                let needed = if matches!(spec.ch, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                return Err(vm.type_error(format!(
                    "%{} format: {needed} is required, not {}",
                    spec.ch,
                    type_name(vm, &value)
                )));
            };
            format::percent_int(&integer, spec, format::DEFAULT_MAX_STR_DIGITS).map_err(fail)
        }
        Conversion::Float => {
            let number = match &value {
                Value::Float(f) => *f,
                _ if number::as_bigint(&value).is_some() => crate::builtins::to_float(vm, &value)?,
                _ => return Err(vm.type_error(format!("must be real number, not {}", type_name(vm, &value)))),
            };
            format::percent_float(number, spec).map_err(fail)
        }
        Conversion::Char => {
            let c = if let Some(code) = number::as_bigint(&value) {
                format::percent_char_code(&code).map_err(fail)?
            } else {
                let mut chars = str_text(&value).map(str::chars).into_iter().flatten();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => c,
                    _ => return Err(vm.type_error("%c requires int or char")),
                }
            };
            format::percent_char(c, spec).map_err(fail)
        }
        Conversion::Unsupported => Err(raise(vm, spec.unsupported())),
        Conversion::Literal => Ok("%".to_owned()),
    }
}
