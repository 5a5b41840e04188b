//! `str.encode`, `bytes.decode` and friends on top of [`crate::text::codecs`]:
//! argument checking, and the UnicodeEncodeError/UnicodeDecodeError objects
//! whose five arguments (encoding, object, start, end, reason) make their message.

use weft_runtime::{Runtime, Storage};

use super::new_bytes;
use crate::object::Obj;
use crate::objects::Payload;
use crate::ops::number;
use crate::protocols::{str_text, type_name};
use crate::text::codecs::{self, CodecError, Encoding, Handler};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The encoding and error handler named by optional arguments of `function`.
fn resolve<R: Runtime>(
    vm: &Vm<R>,
    function: &str,
    encoding: Option<&Value<R>>,
    errors: Option<&Value<R>>,
) -> PyResult<R, (Encoding, String)> {
    let text = |value: Option<&Value<R>>, name: &str, default: &str| match value {
        None => Ok(default.to_owned()),
        Some(value) => str_text(value).map(str::to_owned).ok_or_else(|| {
            vm.type_error(format!("{function}() argument '{name}' must be str, not {}", type_name(vm, value)))
        }),
    };
    let encoding_name = text(encoding, "encoding", "utf-8")?;
    let errors = text(errors, "errors", "strict")?;
    let encoding = Encoding::lookup(&encoding_name).ok_or_else(|| {
        vm.new_error(&vm.types().exceptions.lookup_error, format!("unknown encoding: {encoding_name}"))
    })?;
    Ok((encoding, errors))
}

fn handler<R: Runtime>(vm: &Vm<R>, errors: &str) -> PyResult<R, Handler> {
    Handler::lookup(errors).ok_or_else(|| {
        vm.new_error(&vm.types().exceptions.lookup_error, format!("unknown error handler name '{errors}'"))
    })
}

pub fn encode<R: Runtime>(
    vm: &Vm<R>,
    text: &str,
    encoding: Option<&Value<R>>,
    errors: Option<&Value<R>>,
) -> PyResult<R, Vec<u8>> {
    let (encoding, errors) = resolve(vm, "encode", encoding, errors)?;
    // Like CPython, an unknown handler name only matters once a character fails.
    let first = Handler::lookup(&errors).unwrap_or(Handler::Strict);
    codecs::encode(text, encoding, first).or_else(|error| {
        handler(vm, &errors)?;
        Err(codec_error(vm, encoding, vm.new_str(text), error, false))
    })
}

pub fn decode<R: Runtime>(
    vm: &Vm<R>,
    bytes: &[u8],
    encoding: Option<&Value<R>>,
    errors: Option<&Value<R>>,
) -> PyResult<R, String> {
    let (encoding, errors) = resolve(vm, "decode", encoding, errors)?;
    let first = Handler::lookup(&errors).unwrap_or(Handler::Strict);
    codecs::decode(bytes, encoding, first).or_else(|error| {
        handler(vm, &errors)?;
        Err(codec_error(vm, encoding, new_bytes(vm, bytes.to_vec()), error, true))
    })
}

fn codec_error<R: Runtime>(
    vm: &Vm<R>,
    encoding: Encoding,
    object: Value<R>,
    error: CodecError,
    decoding: bool,
) -> PyErr<R> {
    let exceptions = &vm.types().exceptions;
    let class = if decoding { &exceptions.unicode_decode_error } else { &exceptions.unicode_encode_error };
    let args = vm.new_tuple(vec![
        vm.new_str(encoding.name()),
        object,
        Value::Int(error.start as i64),
        Value::Int(error.end as i64),
        vm.new_str(error.reason),
    ]);
    PyErr { exception: vm.new_exception(class, args) }
}

/// `str()` of a UnicodeEncodeError or UnicodeDecodeError made from its five
/// arguments, or None for any other exception.
pub fn describe_error<R: Runtime>(vm: &Vm<R>, exception: &Value<R>) -> PyResult<R, Option<String>> {
    let Some(obj) = exception.as_obj() else { return Ok(None) };
    let exceptions = &vm.types().exceptions;
    let decoding = crate::types::is_subclass(&obj.class(), &exceptions.unicode_decode_error);
    if !decoding && !crate::types::is_subclass(&obj.class(), &exceptions.unicode_encode_error) {
        return Ok(None);
    }
    let Payload::Exception(data) = obj.payload() else { return Ok(None) };
    let args = data.read(|d| d.args.clone());
    let Some(Payload::Tuple(items)) = args.as_obj().map(Obj::payload) else { return Ok(None) };
    let [encoding, object, start, end, reason] = &items[..] else { return Ok(None) };
    let (Some(encoding), Some(reason)) = (str_text(encoding), str_text(reason)) else { return Ok(None) };
    let (Some(start), Some(end)) = (number::as_bigint(start), number::as_bigint(end)) else { return Ok(None) };
    let (start, end) = (start.try_into().unwrap_or(0usize), end.try_into().unwrap_or(0usize));
    let single = end == start + 1;
    let what = if decoding {
        let bytes = super::bytes_of(object).unwrap_or_default();
        match bytes.get(start) {
            Some(byte) if single => format!("decode byte {byte:#04x} in position {start}"),
            _ => format!("decode bytes in position {start}-{}", end.saturating_sub(1)),
        }
    } else {
        let text = str_text(object).unwrap_or("");
        match text.chars().nth(start) {
            Some(c) if single => format!("encode character '{}' in position {start}", escaped(c)),
            _ => format!("encode characters in position {start}-{}", end.saturating_sub(1)),
        }
    };
    Ok(Some(format!("'{encoding}' codec can't {what}: {reason}")))
}

/// A character as CPython writes it in codec messages: printable ASCII as
/// itself, anything else as a `\x`, `\u` or `\U` escape.
fn escaped(c: char) -> String {
    match u32::from(c) {
        code @ 0x20..=0x7E => char::from_u32(code).map(String::from).unwrap_or_default(),
        code @ 0..=0xFF => format!("\\x{code:02x}"),
        code @ 0x100..=0xFFFF => format!("\\u{code:04x}"),
        code => format!("\\U{code:08x}"),
    }
}
