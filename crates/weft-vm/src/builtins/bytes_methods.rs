//! Methods of `bytes` and `bytearray`. Searching, splitting and padding
//! reuse the text operations on a Latin-1 view (one char per byte); case
//! and whitespace are ASCII-only for bytes, so those are done here.

use weft_runtime::{Runtime, Storage};

use super::{arity, define_method, expect_int, keyword};
use crate::object::Obj;
use crate::objects::Payload;
use crate::protocols::{self, type_name};
use crate::text;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The bytes of a bytes or bytearray value, copied.
pub fn bytes_of<R: Runtime>(value: &Value<R>) -> Option<Vec<u8>> {
    match value.as_obj().map(Obj::payload) {
        Some(Payload::Bytes(bytes)) => Some(bytes.to_vec()),
        Some(Payload::ByteArray(bytes)) => Some(bytes.read(Clone::clone)),
        _ => None,
    }
}

fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

fn from_latin1(text: &str) -> Vec<u8> {
    text.chars().map(|c| c as u32 as u8).collect()
}

/// A result of the receiver's own type.
fn same_kind<R: Runtime>(vm: &Vm<R>, receiver: &Value<R>, bytes: Vec<u8>) -> Value<R> {
    match receiver.as_obj().map(Obj::payload) {
        Some(Payload::ByteArray(_)) => new_bytearray(vm, bytes),
        _ => super::new_bytes(vm, bytes),
    }
}

pub fn new_bytearray<R: Runtime>(vm: &Vm<R>, bytes: Vec<u8>) -> Value<R> {
    Value::Obj(Obj::new(&vm.types().bytearray, Payload::ByteArray(R::Storage::new(bytes)), None))
}

fn argument<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, Vec<u8>> {
    bytes_of(value)
        .ok_or_else(|| vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, value))))
}

fn receiver<R: Runtime>(args: &Args<R>) -> Vec<u8> {
    bytes_of(&args.positional[0]).expect("bytes methods receive bytes")
}

const ASCII_WHITESPACE: &[u8] = b" \t\n\r\x0b\x0c";

fn map_bytes<R: Runtime>(vm: &Vm<R>, args: &Args<R>, f: fn(&[u8]) -> Vec<u8>) -> PyResult<R> {
    Ok(same_kind(vm, &args.positional[0], f(&receiver(args))))
}

fn title(bytes: &[u8]) -> Vec<u8> {
    let mut previous_cased = false;
    bytes
        .iter()
        .map(|&b| {
            let out = if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            previous_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

pub fn install<R: Runtime>(vm: &Vm<R>) {
    for class in [&vm.types().bytes, &vm.types().bytearray] {
        define_method(vm, class, "decode", |vm, args| {
            arity(vm, "decode", &args, 1, 3)?;
            let encoding = args.positional.get(1).cloned().or_else(|| keyword(&args, "encoding"));
            let errors = args.positional.get(2).cloned().or_else(|| keyword(&args, "errors"));
            let text = super::codecs::decode(vm, &receiver(&args), encoding.as_ref(), errors.as_ref())?;
            Ok(vm.new_str(text))
        });
        define_method(vm, class, "hex", |vm, args| {
            Ok(vm.new_str(receiver(&args).iter().map(|b| format!("{b:02x}")).collect::<String>()))
        });
        define_method(vm, class, "upper", |vm, args| map_bytes(vm, &args, |b| b.to_ascii_uppercase()));
        define_method(vm, class, "lower", |vm, args| map_bytes(vm, &args, |b| b.to_ascii_lowercase()));
        define_method(vm, class, "swapcase", |vm, args| {
            map_bytes(vm, &args, |b| {
                b.iter()
                    .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
                    .collect()
            })
        });
        define_method(vm, class, "capitalize", |vm, args| {
            map_bytes(vm, &args, |b| {
                b.iter()
                    .enumerate()
                    .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                    .collect()
            })
        });
        define_method(vm, class, "title", |vm, args| map_bytes(vm, &args, title));
        define_method(vm, class, "strip", |vm, args| strip(vm, args, true, true));
        define_method(vm, class, "lstrip", |vm, args| strip(vm, args, true, false));
        define_method(vm, class, "rstrip", |vm, args| strip(vm, args, false, true));
        define_method(vm, class, "split", |vm, args| split(vm, args, false));
        define_method(vm, class, "rsplit", |vm, args| split(vm, args, true));
        define_method(vm, class, "join", |vm, args| {
            arity(vm, "join", &args, 2, 2)?;
            let separator = receiver(&args);
            let mut out = Vec::new();
            for (i, item) in protocols::collect(vm, args.at(vm, 1)?)?.iter().enumerate() {
                let Some(bytes) = bytes_of(item) else {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        type_name(vm, item)
                    )));
                };
                if i > 0 {
                    out.extend(&separator);
                }
                out.extend(bytes);
            }
            Ok(same_kind(vm, &args.positional[0], out))
        });
        define_method(vm, class, "replace", |vm, args| {
            arity(vm, "replace", &args, 3, 4)?;
            let (old, new) = (argument(vm, args.at(vm, 1)?)?, argument(vm, args.at(vm, 2)?)?);
            let count = args.positional.get(3).map(|c| expect_int(vm, c)).transpose()?.unwrap_or(-1);
            let haystack = latin1(&receiver(&args));
            let result = text::replace(&haystack, &latin1(&old), &latin1(&new), count as isize)
                .map_err(|e| vm.value_error(e.message.into_owned()))?;
            Ok(same_kind(vm, &args.positional[0], from_latin1(&result)))
        });
        define_method(vm, class, "find", |vm, args| search(vm, args, Search::Find));
        define_method(vm, class, "rfind", |vm, args| search(vm, args, Search::RFind));
        define_method(vm, class, "index", |vm, args| search(vm, args, Search::Index));
        define_method(vm, class, "rindex", |vm, args| search(vm, args, Search::RIndex));
        define_method(vm, class, "count", |vm, args| search(vm, args, Search::Count));
        define_method(vm, class, "ljust", |vm, args| pad(vm, args, "ljust"));
        define_method(vm, class, "rjust", |vm, args| pad(vm, args, "rjust"));
        define_method(vm, class, "center", |vm, args| pad(vm, args, "center"));
        define_method(vm, class, "zfill", |vm, args| {
            arity(vm, "zfill", &args, 2, 2)?;
            let width = expect_int(vm, args.at(vm, 1)?)? as isize;
            let text = latin1(&receiver(&args));
            let padded = text::zfill(&text, width).map_err(|e| vm.value_error(e.message.into_owned()))?;
            Ok(same_kind(vm, &args.positional[0], from_latin1(&padded)))
        });
        define_method(vm, class, "expandtabs", |vm, args| {
            let size = args.positional.get(1).cloned().or_else(|| keyword(&args, "tabsize"));
            let size = size.map(|s| expect_int(vm, &s)).transpose()?.unwrap_or(8) as isize;
            let text = latin1(&receiver(&args));
            let expanded = text::expandtabs(&text, size).map_err(|e| vm.value_error(e.message.into_owned()))?;
            Ok(same_kind(vm, &args.positional[0], from_latin1(&expanded)))
        });
        define_method(vm, class, "splitlines", |vm, args| {
            let keepends = args.positional.get(1).cloned().or_else(|| keyword(&args, "keepends"));
            let keepends = keepends.map(|k| protocols::truthy(vm, &k)).transpose()?.unwrap_or(false);
            let bytes = receiver(&args);
            let lines = split_lines(&bytes, keepends);
            Ok(vm.new_list(lines.into_iter().map(|line| same_kind(vm, &args.positional[0], line.to_vec())).collect()))
        });
        define_method(vm, class, "removeprefix", |vm, args| {
            arity(vm, "removeprefix", &args, 2, 2)?;
            let (bytes, prefix) = (receiver(&args), argument(vm, args.at(vm, 1)?)?);
            Ok(same_kind(vm, &args.positional[0], bytes.strip_prefix(&prefix[..]).unwrap_or(&bytes).to_vec()))
        });
        define_method(vm, class, "removesuffix", |vm, args| {
            arity(vm, "removesuffix", &args, 2, 2)?;
            let (bytes, suffix) = (receiver(&args), argument(vm, args.at(vm, 1)?)?);
            Ok(same_kind(vm, &args.positional[0], bytes.strip_suffix(&suffix[..]).unwrap_or(&bytes).to_vec()))
        });
        define_method(vm, class, "startswith", |vm, args| affix(vm, args, true));
        define_method(vm, class, "endswith", |vm, args| affix(vm, args, false));
        define_method(vm, class, "partition", |vm, args| {
            arity(vm, "partition", &args, 2, 2)?;
            let separator = latin1(&argument(vm, args.at(vm, 1)?)?);
            let haystack = latin1(&receiver(&args));
            let (a, b, c) =
                text::partition(&haystack, &separator).map_err(|e| vm.value_error(e.message.into_owned()))?;
            let part = |s: &str| same_kind(vm, &args.positional[0], from_latin1(s));
            Ok(vm.new_tuple(vec![part(a), part(b), part(c)]))
        });
        define_method(vm, class, "rpartition", |vm, args| {
            arity(vm, "rpartition", &args, 2, 2)?;
            let separator = latin1(&argument(vm, args.at(vm, 1)?)?);
            let haystack = latin1(&receiver(&args));
            let (a, b, c) =
                text::rpartition(&haystack, &separator).map_err(|e| vm.value_error(e.message.into_owned()))?;
            let part = |s: &str| same_kind(vm, &args.positional[0], from_latin1(s));
            Ok(vm.new_tuple(vec![part(a), part(b), part(c)]))
        });
        define_method(vm, class, "isascii", |_, args| Ok(Value::Bool(receiver(&args).is_ascii())));
        define_method(vm, class, "islower", |_, args| Ok(Value::Bool(ascii_case(&receiver(&args)) == Some(false))));
        define_method(vm, class, "isupper", |_, args| Ok(Value::Bool(ascii_case(&receiver(&args)) == Some(true))));
        define_method(vm, class, "istitle", |_, args| Ok(Value::Bool(is_ascii_title(&receiver(&args)))));
        define_method(vm, class, "isdigit", |_, args| Ok(all_bytes(&args, u8::is_ascii_digit)));
        define_method(vm, class, "isalpha", |_, args| Ok(all_bytes(&args, u8::is_ascii_alphabetic)));
        define_method(vm, class, "isalnum", |_, args| Ok(all_bytes(&args, u8::is_ascii_alphanumeric)));
        define_method(vm, class, "isspace", |_, args| Ok(all_bytes(&args, |b| ASCII_WHITESPACE.contains(b))));
    }
    super::define_classmethod(vm, &vm.types().bytes, "fromhex", |vm, args| {
        arity(vm, "fromhex", &args, 2, 2)?;
        let Some(text) = protocols::str_text(args.at(vm, 1)?) else {
            return Err(vm.type_error("fromhex() argument must be str"));
        };
        let digits: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        let mut out = Vec::new();
        for (i, pair) in digits.chunks(2).enumerate() {
            let byte =
                (pair.len() == 2).then(|| u8::from_str_radix(&pair.iter().collect::<String>(), 16).ok()).flatten();
            match byte {
                Some(byte) => out.push(byte),
                None => {
                    return Err(
                        vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i * 2))
                    );
                }
            }
        }
        Ok(super::new_bytes(vm, out))
    });
    install_bytearray(vm);
}

fn all_bytes<R: Runtime>(args: &Args<R>, test: fn(&u8) -> bool) -> Value<R> {
    let bytes = receiver(args);
    Value::Bool(!bytes.is_empty() && bytes.iter().all(test))
}

fn strip<R: Runtime>(vm: &Vm<R>, args: Args<R>, left: bool, right: bool) -> PyResult<R> {
    let bytes = receiver(&args);
    let chars = match args.positional.get(1) {
        None | Some(Value::None) => ASCII_WHITESPACE.to_vec(),
        Some(chars) => argument(vm, chars)?,
    };
    let start = if left { bytes.iter().position(|b| !chars.contains(b)).unwrap_or(bytes.len()) } else { 0 };
    let end = if right { bytes.iter().rposition(|b| !chars.contains(b)).map_or(start, |i| i + 1) } else { bytes.len() };
    Ok(same_kind(vm, &args.positional[0], bytes[start..end.max(start)].to_vec()))
}

fn split<R: Runtime>(vm: &Vm<R>, args: Args<R>, from_right: bool) -> PyResult<R> {
    let bytes = receiver(&args);
    let separator = args.positional.get(1).cloned().or_else(|| keyword(&args, "sep"));
    let limit = args.positional.get(2).cloned().or_else(|| keyword(&args, "maxsplit"));
    let limit = limit.map(|l| expect_int(vm, &l)).transpose()?.unwrap_or(-1);
    let parts: Vec<Vec<u8>> = match separator.filter(|s| !s.is_none()) {
        Some(separator) => {
            let separator = latin1(&argument(vm, &separator)?);
            let haystack = latin1(&bytes);
            let parts = if from_right {
                text::rsplit(&haystack, Some(&separator), limit as isize)
            } else {
                text::split(&haystack, Some(&separator), limit as isize)
            };
            parts.map_err(|e| vm.value_error(e.message.into_owned()))?.into_iter().map(from_latin1).collect()
        }
        None => {
            // Runs of ASCII whitespace separate; `maxsplit` is honoured from the left only here.
            let mut parts: Vec<Vec<u8>> =
                bytes.split(|b| ASCII_WHITESPACE.contains(b)).filter(|p| !p.is_empty()).map(<[u8]>::to_vec).collect();
            if limit >= 0 && parts.len() > limit as usize + 1 && !from_right {
                let rest: Vec<Vec<u8>> = parts.split_off(limit as usize);
                let start = bytes.len() - bytes.iter().rev().take_while(|b| ASCII_WHITESPACE.contains(b)).count();
                let first_rest = rest.first().map_or(0, |p| find_subslice(&bytes, p));
                parts.push(bytes[first_rest..start].to_vec());
            }
            parts
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|part| same_kind(vm, &args.positional[0], part)).collect()))
}

fn find_subslice(haystack: &[u8], needle: &[u8]) -> usize {
    haystack.windows(needle.len().max(1)).position(|w| w == needle).unwrap_or(0)
}

#[derive(Clone, Copy, PartialEq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

/// `find`, `rfind`, `index`, `rindex` and `count`, each with optional
/// start and end; the needle may be bytes or a single byte value.
fn search<R: Runtime>(vm: &Vm<R>, args: Args<R>, kind: Search) -> PyResult<R> {
    let name = match kind {
        Search::Find => "find",
        Search::RFind => "rfind",
        Search::Index => "index",
        Search::RIndex => "rindex",
        Search::Count => "count",
    };
    arity(vm, name, &args, 2, 4)?;
    let needle = match args.at(vm, 1)? {
        value @ (Value::Int(_) | Value::Bool(_)) => vec![byte_value(vm, value)?],
        other => argument(vm, other)?,
    };
    let bound = |at: usize| -> PyResult<R, Option<isize>> {
        match args.positional.get(at) {
            None | Some(Value::None) => Ok(None),
            Some(value) => crate::subscript::index_of(vm, value).map(Some),
        }
    };
    let (start, end) = (bound(2)?, bound(3)?);
    let (haystack, needle) = (latin1(&receiver(&args)), latin1(&needle));
    let found = match kind {
        Search::Count => return Ok(Value::Int(text::count(&haystack, &needle, start, end) as i64)),
        Search::Find | Search::Index => text::find(&haystack, &needle, start, end),
        Search::RFind | Search::RIndex => text::rfind(&haystack, &needle, start, end),
    };
    match (found, kind) {
        (Some(at), _) => Ok(Value::Int(at as i64)),
        (None, Search::Find | Search::RFind) => Ok(Value::Int(-1)),
        (None, _) => Err(vm.value_error("subsection not found")),
    }
}

/// `ljust`, `rjust` and `center`, whose fill must be a single byte.
fn pad<R: Runtime>(vm: &Vm<R>, args: Args<R>, name: &str) -> PyResult<R> {
    arity(vm, name, &args, 2, 3)?;
    let width = expect_int(vm, args.at(vm, 1)?)? as isize;
    let fill = match args.positional.get(2) {
        None => b' ',
        Some(fill) => match bytes_of(fill) {
            Some(fill) if fill.len() == 1 => fill[0],
            Some(_) => {
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not bytes")));
            }
            None => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(vm, fill)
                )));
            }
        },
    };
    let text = latin1(&receiver(&args));
    let padded = match name {
        "ljust" => text::ljust(&text, width, fill as char),
        "rjust" => text::rjust(&text, width, fill as char),
        _ => text::center(&text, width, fill as char),
    }
    .map_err(|e| vm.value_error(e.message.into_owned()))?;
    Ok(same_kind(vm, &args.positional[0], from_latin1(&padded)))
}

/// Lines split at `\n`, `\r` and `\r\n` only: bytes know no other line breaks.
fn split_lines(bytes: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let ending = match (bytes[i], bytes.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => 0,
        };
        if ending == 0 {
            i += 1;
            continue;
        }
        lines.push(&bytes[start..if keepends { i + ending } else { i }]);
        i += ending;
        start = i;
    }
    if start < bytes.len() {
        lines.push(&bytes[start..]);
    }
    lines
}

/// `Some(true)` if the cased bytes are all upper case, `Some(false)` if all
/// lower, None if there are none or they are mixed.
fn ascii_case(bytes: &[u8]) -> Option<bool> {
    let upper = bytes.iter().any(u8::is_ascii_uppercase);
    let lower = bytes.iter().any(u8::is_ascii_lowercase);
    match (upper, lower) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

fn is_ascii_title(bytes: &[u8]) -> bool {
    let (mut in_word, mut cased) = (false, false);
    for &b in bytes {
        if b.is_ascii_uppercase() {
            if in_word {
                return false;
            }
            (in_word, cased) = (true, true);
        } else if b.is_ascii_lowercase() {
            if !in_word {
                return false;
            }
            cased = true;
        } else {
            in_word = false;
        }
    }
    cased
}

fn affix<R: Runtime>(vm: &Vm<R>, args: Args<R>, prefix: bool) -> PyResult<R> {
    arity(vm, "startswith", &args, 2, 2)?;
    let bytes = receiver(&args);
    let candidates = match args.at(vm, 1)?.as_obj().map(Obj::payload) {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![args.at(vm, 1)?.clone()],
    };
    for candidate in &candidates {
        let affix = argument(vm, candidate)?;
        if (prefix && bytes.starts_with(&affix)) || (!prefix && bytes.ends_with(&affix)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn bytearray_storage<R: Runtime>(value: &Value<R>) -> &R::Storage<Vec<u8>> {
    match value.as_obj().map(Obj::payload) {
        Some(Payload::ByteArray(bytes)) => bytes,
        _ => unreachable!("bytearray methods receive bytearrays"),
    }
}

fn byte_value<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R, u8> {
    let number = expect_int(vm, value)?;
    u8::try_from(number).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

fn install_bytearray<R: Runtime>(vm: &Vm<R>) {
    let class = &vm.types().bytearray;
    define_method(vm, class, "__new__", |vm, args| {
        arity(vm, "bytearray", &args, 1, 4)?;
        let bytes = match args.positional.get(1) {
            None => Vec::new(),
            Some(Value::Int(count)) if *count < 0 => return Err(vm.value_error("negative count")),
            Some(Value::Int(count)) => super::constructors::zeroed(vm, *count as u64)?,
            Some(source) => match (bytes_of(source), protocols::str_text(source)) {
                (Some(bytes), _) => bytes,
                (None, Some(text)) => {
                    let (encoding, errors) = super::constructors::encoding_arguments(&args);
                    if encoding.is_none() {
                        return Err(vm.type_error("string argument without an encoding"));
                    }
                    super::codecs::encode(vm, text, encoding.as_ref(), errors.as_ref())?
                }
                (None, None) => {
                    let mut bytes = Vec::new();
                    for item in protocols::collect(vm, source)? {
                        bytes.push(byte_value(vm, &item)?);
                    }
                    bytes
                }
            },
        };
        Ok(new_bytearray(vm, bytes))
    });
    define_method(vm, class, "append", |vm, args| {
        arity(vm, "append", &args, 2, 2)?;
        let byte = byte_value(vm, args.at(vm, 1)?)?;
        bytearray_storage(&args.positional[0]).write(|b| b.push(byte));
        Ok(Value::None)
    });
    define_method(vm, class, "extend", |vm, args| {
        arity(vm, "extend", &args, 2, 2)?;
        let more = match bytes_of(args.at(vm, 1)?) {
            Some(bytes) => bytes,
            None => protocols::collect(vm, args.at(vm, 1)?)?
                .iter()
                .map(|v| byte_value(vm, v))
                .collect::<PyResult<R, _>>()?,
        };
        bytearray_storage(&args.positional[0]).write(|b| b.extend(more));
        Ok(Value::None)
    });
    define_method(vm, class, "pop", |vm, args| {
        arity(vm, "pop", &args, 1, 2)?;
        let index = args.positional.get(1).map(|i| expect_int(vm, i)).transpose()?.unwrap_or(-1);
        let popped = bytearray_storage(&args.positional[0]).write(|b| {
            if b.is_empty() {
                return Err("pop from empty bytearray");
            }
            let at = if index < 0 { index + b.len() as i64 } else { index };
            if at < 0 || at >= b.len() as i64 {
                return Err("pop index out of range");
            }
            Ok(b.remove(at as usize))
        });
        popped.map(|b| Value::Int(i64::from(b))).map_err(|message| vm.index_error(message))
    });
    define_method(vm, class, "remove", |vm, args| {
        arity(vm, "remove", &args, 2, 2)?;
        let byte = byte_value(vm, args.at(vm, 1)?)?;
        let removed = bytearray_storage(&args.positional[0]).write(|b| {
            let at = b.iter().position(|&x| x == byte)?;
            Some(b.remove(at))
        });
        removed.map(|_| Value::None).ok_or_else(|| vm.value_error("value not found in bytearray"))
    });
    define_method(vm, class, "insert", |vm, args| {
        arity(vm, "insert", &args, 3, 3)?;
        let index = expect_int(vm, args.at(vm, 1)?)?;
        let byte = byte_value(vm, args.at(vm, 2)?)?;
        bytearray_storage(&args.positional[0]).write(|b| {
            let len = b.len() as i64;
            let at = if index < 0 { (index + len).max(0) } else { index.min(len) };
            b.insert(at as usize, byte);
        });
        Ok(Value::None)
    });
    define_method(vm, class, "reverse", |_, args| {
        bytearray_storage(&args.positional[0]).write(|b| b.reverse());
        Ok(Value::None)
    });
    define_method(vm, class, "clear", |_, args| {
        bytearray_storage(&args.positional[0]).write(Vec::clear);
        Ok(Value::None)
    });
    define_method(vm, class, "copy", |vm, args| Ok(new_bytearray(vm, receiver(&args))));
}
