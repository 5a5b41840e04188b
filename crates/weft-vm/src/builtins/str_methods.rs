//! Methods of `str`: argument handling around the pure text operations in
//! `crate::text`, and `str.format` through its `FormatHost`.

use std::borrow::Cow;

use weft_runtime::Runtime;

use super::{arity, define_method, expect_int, keyword};
use crate::objects::PyStr;
use crate::protocols::{self, py_str, str_text, type_name};
use crate::text::{self, Accessor, ArgRef, Conversion, FormatHost, TextError};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// A text error as the exception it stands for.
fn raise<R: Runtime>(vm: &Vm<R>, error: TextError) -> PyErr<R> {
    let exceptions = &vm.types().exceptions;
    let class = match error.kind {
        text::ErrorKind::ValueError => &exceptions.value_error,
        text::ErrorKind::TypeError => &exceptions.type_error,
        text::ErrorKind::MemoryError => &exceptions.memory_error,
    };
    vm.new_error(class, error.message.into_owned())
}

fn receiver<R: Runtime>(args: &Args<R>) -> &PyStr {
    py_str(&args.positional[0]).expect("str methods receive str")
}

fn str_argument<'a, R: Runtime>(vm: &Vm<R>, value: &'a Value<R>, method: &str) -> PyResult<R, &'a str> {
    str_text(value)
        .ok_or_else(|| vm.type_error(format!("{method}() argument must be str, not {}", type_name(vm, value))))
}

/// Optional `start`/`end` arguments at positions `at` and `at + 1`.
fn window<R: Runtime>(vm: &Vm<R>, args: &Args<R>, at: usize) -> PyResult<R, (Option<isize>, Option<isize>)> {
    let bound = |i: usize| -> PyResult<R, Option<isize>> {
        match args.positional.get(i) {
            None | Some(Value::None) => Ok(None),
            Some(value) => Ok(Some(crate::subscript::index_of(vm, value)?)),
        }
    };
    Ok((bound(at)?, bound(at + 1)?))
}

/// The result of a text operation, reusing the receiver when nothing changed.
fn text_result<R: Runtime>(vm: &Vm<R>, args: &Args<R>, result: Cow<'_, str>) -> Value<R> {
    match result {
        Cow::Borrowed(text) if text.len() == receiver(args).as_str().len() => args.positional[0].clone(),
        other => vm.new_str(other.into_owned()),
    }
}

fn slice_result<R: Runtime>(vm: &Vm<R>, args: &Args<R>, result: &str) -> Value<R> {
    text_result(vm, args, Cow::Borrowed(result))
}

pub fn install<R: Runtime>(vm: &Vm<R>) {
    let class = &vm.types().str;
    macro_rules! case {
        ($($name:literal => $function:path),* $(,)?) => {
            $(define_method(vm, class, $name, |vm, args| {
                arity(vm, $name, &args, 1, 1)?;
                Ok(vm.new_str($function(receiver(&args).as_str())))
            });)*
        };
    }
    case! {
        "upper" => text::upper, "lower" => text::lower, "casefold" => text::casefold,
        "title" => text::title, "capitalize" => text::capitalize, "swapcase" => text::swapcase,
    }
    macro_rules! predicate {
        ($($name:literal => $function:path),* $(,)?) => {
            $(define_method(vm, class, $name, |vm, args| {
                arity(vm, $name, &args, 1, 1)?;
                Ok(Value::Bool($function(receiver(&args).as_str())))
            });)*
        };
    }
    predicate! {
        "isalnum" => text::is_alnum, "isalpha" => text::is_alpha, "isascii" => text::is_ascii,
        "isdecimal" => text::is_decimal, "isdigit" => text::is_digit, "isidentifier" => text::is_identifier,
        "islower" => text::is_lower, "isnumeric" => text::is_numeric, "isprintable" => text::is_printable,
        "isspace" => text::is_space, "istitle" => text::is_title, "isupper" => text::is_upper,
    }
    macro_rules! strip {
        ($($name:literal => $function:path),* $(,)?) => {
            $(define_method(vm, class, $name, |vm, args| {
                arity(vm, $name, &args, 1, 2)?;
                let chars = match args.positional.get(1) {
                    None | Some(Value::None) => None,
                    Some(chars) => Some(str_argument(vm, chars, $name)?),
                };
                let result = $function(receiver(&args).as_str(), chars);
                Ok(slice_result(vm, &args, result))
            });)*
        };
    }
    strip! { "strip" => text::strip, "lstrip" => text::lstrip, "rstrip" => text::rstrip }
    define_method(vm, class, "split", |vm, args| split(vm, args, false));
    define_method(vm, class, "rsplit", |vm, args| split(vm, args, true));
    define_method(vm, class, "splitlines", |vm, args| {
        arity(vm, "splitlines", &args, 1, 2)?;
        let keepends = args.positional.get(1).cloned().or_else(|| keyword(&args, "keepends"));
        let keepends = keepends.map(|k| protocols::truthy(vm, &k)).transpose()?.unwrap_or(false);
        let parts = text::splitlines(receiver(&args).as_str(), keepends);
        Ok(vm.new_list(parts.into_iter().map(|part| vm.new_str(part)).collect()))
    });
    define_method(vm, class, "join", |vm, args| {
        arity(vm, "join", &args, 2, 2)?;
        let separator = receiver(&args).as_str();
        let items = protocols::collect(vm, args.at(vm, 1)?)?;
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            let Some(text) = str_text(item) else {
                return Err(
                    vm.type_error(format!("sequence item {i}: expected str instance, {} found", type_name(vm, item)))
                );
            };
            if i > 0 {
                out.push_str(separator);
            }
            out.push_str(text);
        }
        Ok(vm.new_str(out))
    });
    define_method(vm, class, "replace", |vm, args| {
        arity(vm, "replace", &args, 3, 4)?;
        let old = str_argument(vm, args.at(vm, 1)?, "replace")?;
        let new = str_argument(vm, args.at(vm, 2)?, "replace")?;
        let count = args.positional.get(3).map(|c| expect_int(vm, c)).transpose()?.unwrap_or(-1);
        let result = text::replace(receiver(&args).as_str(), old, new, count as isize).map_err(|e| raise(vm, e))?;
        Ok(text_result(vm, &args, result))
    });
    define_method(vm, class, "find", |vm, args| search(vm, args, "find"));
    define_method(vm, class, "rfind", |vm, args| search(vm, args, "rfind"));
    define_method(vm, class, "index", |vm, args| search(vm, args, "index"));
    define_method(vm, class, "rindex", |vm, args| search(vm, args, "rindex"));
    define_method(vm, class, "count", |vm, args| search(vm, args, "count"));
    define_method(vm, class, "startswith", |vm, args| affix(vm, args, "startswith", text::startswith));
    define_method(vm, class, "endswith", |vm, args| affix(vm, args, "endswith", text::endswith));
    define_method(vm, class, "partition", |vm, args| partition(vm, args, false));
    define_method(vm, class, "rpartition", |vm, args| partition(vm, args, true));
    define_method(vm, class, "removeprefix", |vm, args| {
        arity(vm, "removeprefix", &args, 2, 2)?;
        let prefix = str_argument(vm, args.at(vm, 1)?, "removeprefix")?;
        Ok(slice_result(vm, &args, text::removeprefix(receiver(&args).as_str(), prefix)))
    });
    define_method(vm, class, "removesuffix", |vm, args| {
        arity(vm, "removesuffix", &args, 2, 2)?;
        let suffix = str_argument(vm, args.at(vm, 1)?, "removesuffix")?;
        Ok(slice_result(vm, &args, text::removesuffix(receiver(&args).as_str(), suffix)))
    });
    define_method(vm, class, "center", |vm, args| pad(vm, args, "center", text::center));
    define_method(vm, class, "ljust", |vm, args| pad(vm, args, "ljust", text::ljust));
    define_method(vm, class, "rjust", |vm, args| pad(vm, args, "rjust", text::rjust));
    define_method(vm, class, "zfill", |vm, args| {
        arity(vm, "zfill", &args, 2, 2)?;
        let width = expect_int(vm, args.at(vm, 1)?)?;
        let result = text::zfill(receiver(&args).as_str(), width as isize).map_err(|e| raise(vm, e))?;
        Ok(text_result(vm, &args, result))
    });
    define_method(vm, class, "expandtabs", |vm, args| {
        arity(vm, "expandtabs", &args, 1, 2)?;
        let size = args.positional.get(1).cloned().or_else(|| keyword(&args, "tabsize"));
        let size = size.map(|s| expect_int(vm, &s)).transpose()?.unwrap_or(8);
        let result = text::expandtabs(receiver(&args).as_str(), size as isize).map_err(|e| raise(vm, e))?;
        Ok(text_result(vm, &args, result))
    });
    define_method(vm, class, "encode", |vm, args| {
        arity(vm, "encode", &args, 1, 3)?;
        let encoding = args.positional.get(1).cloned().or_else(|| keyword(&args, "encoding"));
        let errors = args.positional.get(2).cloned().or_else(|| keyword(&args, "errors"));
        let bytes = super::codecs::encode(vm, receiver(&args).as_str(), encoding.as_ref(), errors.as_ref())?;
        Ok(super::new_bytes(vm, bytes))
    });
    define_method(vm, class, "format", |vm, args| {
        let template = receiver(&args).as_str().to_owned();
        let mut host = Host { vm, args: &args };
        let text = text::render_template(&template, &mut host).map_err(|error| match error {
            HostError::Python(error) => error,
            HostError::Text(error) => raise(vm, error),
        })?;
        Ok(vm.new_str(text))
    });
}

fn split<R: Runtime>(vm: &Vm<R>, args: Args<R>, from_right: bool) -> PyResult<R> {
    let name = if from_right { "rsplit" } else { "split" };
    arity(vm, name, &args, 1, 3)?;
    let separator = args.positional.get(1).cloned().or_else(|| keyword(&args, "sep"));
    let separator = match &separator {
        None | Some(Value::None) => None,
        Some(value) => Some(
            str_text(value)
                .ok_or_else(|| vm.type_error(format!("must be str or None, not {}", type_name(vm, value))))?,
        ),
    };
    let limit = args.positional.get(2).cloned().or_else(|| keyword(&args, "maxsplit"));
    let limit = limit.map(|l| expect_int(vm, &l)).transpose()?.unwrap_or(-1);
    let text = receiver(&args).as_str();
    let parts = if from_right {
        text::rsplit(text, separator, limit as isize)
    } else {
        text::split(text, separator, limit as isize)
    };
    let parts = parts.map_err(|e| raise(vm, e))?;
    Ok(vm.new_list(parts.into_iter().map(|part| vm.new_str(part)).collect()))
}

fn search<R: Runtime>(vm: &Vm<R>, args: Args<R>, name: &str) -> PyResult<R> {
    arity(vm, name, &args, 2, 4)?;
    let needle = str_argument(vm, args.at(vm, 1)?, name)?;
    let (start, end) = window(vm, &args, 2)?;
    let haystack = receiver(&args).as_str();
    let found = |position: Option<usize>| Value::Int(position.map_or(-1, |p| p as i64));
    Ok(match name {
        "find" => found(text::find(haystack, needle, start, end)),
        "rfind" => found(text::rfind(haystack, needle, start, end)),
        "index" => Value::Int(text::index(haystack, needle, start, end).map_err(|e| raise(vm, e))? as i64),
        "rindex" => Value::Int(text::rindex(haystack, needle, start, end).map_err(|e| raise(vm, e))? as i64),
        _ => Value::Int(text::count(haystack, needle, start, end) as i64),
    })
}

fn affix<R: Runtime>(
    vm: &Vm<R>,
    args: Args<R>,
    name: &str,
    test: fn(&str, &str, Option<isize>, Option<isize>) -> bool,
) -> PyResult<R> {
    arity(vm, name, &args, 2, 4)?;
    let (start, end) = window(vm, &args, 2)?;
    let haystack = receiver(&args).as_str();
    let candidates = match args.at(vm, 1)?.as_obj().map(crate::object::Obj::payload) {
        Some(crate::objects::Payload::Tuple(items)) => items.to_vec(),
        _ => vec![args.at(vm, 1)?.clone()],
    };
    for candidate in &candidates {
        let Some(affix) = str_text(candidate) else {
            return Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                type_name(vm, candidate)
            )));
        };
        if test(haystack, affix, start, end) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn partition<R: Runtime>(vm: &Vm<R>, args: Args<R>, from_right: bool) -> PyResult<R> {
    arity(vm, "partition", &args, 2, 2)?;
    let separator = str_argument(vm, args.at(vm, 1)?, "partition")?;
    let text = receiver(&args).as_str();
    let parts = if from_right { text::rpartition(text, separator) } else { text::partition(text, separator) };
    let (before, middle, after) = parts.map_err(|e| raise(vm, e))?;
    Ok(vm.new_tuple(vec![vm.new_str(before), vm.new_str(middle), vm.new_str(after)]))
}

fn pad<R: Runtime>(
    vm: &Vm<R>,
    args: Args<R>,
    name: &str,
    function: for<'a> fn(&'a str, isize, char) -> Result<Cow<'a, str>, TextError>,
) -> PyResult<R> {
    arity(vm, name, &args, 2, 3)?;
    let width = expect_int(vm, args.at(vm, 1)?)?;
    let fill = match args.positional.get(2) {
        Some(fill) => {
            let Some(text) = str_text(fill) else {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    type_name(vm, fill)
                )));
            };
            text::fill_char(text).map_err(|e| raise(vm, e))?
        }
        None => ' ',
    };
    let result = function(receiver(&args).as_str(), width as isize, fill).map_err(|e| raise(vm, e))?;
    Ok(text_result(vm, &args, result))
}

/// `str.format`'s access to the call's arguments and to formatting.
struct Host<'a, R: Runtime> {
    vm: &'a Vm<R>,
    args: &'a Args<R>,
}

enum HostError<R: Runtime> {
    Python(PyErr<R>),
    Text(TextError),
}

impl<R: Runtime> From<TextError> for HostError<R> {
    fn from(error: TextError) -> Self {
        HostError::Text(error)
    }
}

impl<R: Runtime> FormatHost for Host<'_, R> {
    type Value = Value<R>;
    type Error = HostError<R>;

    fn argument(&mut self, arg: ArgRef<'_>) -> Result<Value<R>, HostError<R>> {
        let vm = self.vm;
        match arg {
            ArgRef::Index(index) => self.args.positional.get(index + 1).cloned().ok_or_else(|| {
                HostError::Python(
                    vm.index_error(format!("Replacement index {index} out of range for positional args tuple")),
                )
            }),
            ArgRef::Name(name) => {
                keyword(self.args, name).ok_or_else(|| HostError::Python(vm.key_error(vm.new_str(name))))
            }
        }
    }

    fn access(&mut self, value: Value<R>, accessor: Accessor<'_>) -> Result<Value<R>, HostError<R>> {
        let vm = self.vm;
        let result = match accessor {
            Accessor::Attr(name) => crate::attr::get_attr_str(vm, &value, name),
            Accessor::Index(index) => crate::ops::get_item(vm, &value, Value::Int(index as i64)),
            Accessor::Key(key) => crate::ops::get_item(vm, &value, vm.new_str(key)),
        };
        result.map_err(HostError::Python)
    }

    fn convert(&mut self, value: Value<R>, conversion: Conversion) -> Result<Value<R>, HostError<R>> {
        let vm = self.vm;
        let text = match conversion {
            Conversion::Repr => protocols::repr(vm, &value),
            Conversion::Str => protocols::to_str(vm, &value),
            Conversion::Ascii => protocols::repr(vm, &value).map(|r| super::ascii_of(&r)),
        };
        text.map(|text| vm.new_str(text)).map_err(HostError::Python)
    }

    fn format(&mut self, value: Value<R>, spec: &str, out: &mut String) -> Result<(), HostError<R>> {
        let text = super::format(self.vm, &value, spec).map_err(HostError::Python)?;
        out.push_str(&text);
        Ok(())
    }
}
