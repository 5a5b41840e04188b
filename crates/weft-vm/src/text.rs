//! The semantics of Python's `str` methods on Rust text.
//!
//! Everything here is pure: functions take `&str` and return text, slices
//! of the input, numbers or a [`TextError`] naming the Python exception to
//! raise. The VM owns the objects, argument parsing and identity (a
//! function that returns `Cow::Borrowed` or a full-length slice is where
//! CPython would return the same object).
//!
//! Python indexes strings by code point, so every position taken or
//! returned is a code-point index. Optional `start`/`end` arguments are
//! `Option<isize>` and are clamped as slice bounds are (see [`Window`]).
//!
//! Character properties follow CPython 3.11, which means Unicode 14.0
//! (see [`ucd`]); the results are checked against `python3` in the tests.

use std::borrow::Cow;
use std::fmt;

pub mod case;
pub mod classify;
pub mod codecs;
pub mod format_fields;
pub mod pad;
pub mod search;
pub mod split;
pub mod ucd;
#[rustfmt::skip] // generated: the layout is the generator's
mod ucd_tables;

pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub use classify::{
    is_alnum, is_alpha, is_ascii, is_decimal, is_digit, is_identifier, is_lower, is_numeric, is_printable, is_space,
    is_title, is_upper,
};
pub use format_fields::{
    Accessor, ArgRef, AutoNumbering, Conversion, FieldName, FormatHost, Piece, RawField, TemplateParser,
    render_template,
};
pub use pad::{center, expandtabs, fill_char, ljust, lstrip, rjust, rstrip, strip, zfill};
pub use search::{count, endswith, find, index, removeprefix, removesuffix, replace, rfind, rindex, startswith};
pub use split::{partition, rpartition, rsplit, split, splitlines};

/// The Python exception a string operation raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    /// A result too large to allocate (`'a'.ljust(2**62)`); no message.
    MemoryError,
}

impl ErrorKind {
    /// The exception's class name, as Python spells it.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// An exception to raise: its class and CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextError {
    pub kind: ErrorKind,
    pub message: Cow<'static, str>,
}

impl TextError {
    pub fn value(message: impl Into<Cow<'static, str>>) -> TextError {
        TextError { kind: ErrorKind::ValueError, message: message.into() }
    }

    pub fn type_error(message: impl Into<Cow<'static, str>>) -> TextError {
        TextError { kind: ErrorKind::TypeError, message: message.into() }
    }

    pub fn memory() -> TextError {
        TextError { kind: ErrorKind::MemoryError, message: Cow::Borrowed("") }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.class_name(), self.message)
    }
}

impl std::error::Error for TextError {}

/// An empty string with room for `bytes` bytes, or CPython's MemoryError
/// when the allocator refuses (where Rust would otherwise abort).
fn with_capacity(bytes: Option<usize>) -> Result<String, TextError> {
    let mut out = String::new();
    out.try_reserve_exact(bytes.ok_or_else(TextError::memory)?).map_err(|_| TextError::memory())?;
    Ok(out)
}

/// Number of code points in `text`.
pub fn char_len(text: &str) -> usize {
    if text.is_ascii() { text.len() } else { text.chars().count() }
}

/// The byte offset of code point `index`, or the text's length past the end.
pub fn byte_offset(text: &str, index: usize) -> usize {
    if text.is_ascii() {
        return index.min(text.len());
    }
    text.char_indices().nth(index).map_or(text.len(), |(offset, _)| offset)
}

/// The code-point index of byte offset `offset` (a char boundary).
pub fn char_index(text: &str, offset: usize) -> usize {
    char_len(&text[..offset])
}

/// The part of a string that a method with `start` and `end` arguments
/// looks at, clamped as a slice `text[start:end]` would be — except that
/// `start` may end up past `end`, and then the methods find nothing, not
/// even the empty string (`'abc'.find('', 5)` is -1, not 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// Code-point index of the first character; may exceed `end`.
    pub start: usize,
    /// Code-point index one past the last character; at most the length.
    pub end: usize,
}

impl Window {
    /// Clamps Python `start`/`end` arguments for a text of `len` code points.
    pub fn new(len: usize, start: Option<isize>, end: Option<isize>) -> Window {
        let from_end = |i: isize| {
            if i < 0 { len.saturating_sub(i.unsigned_abs()) } else { i as usize }
        };
        let start = start.map_or(0, from_end);
        let end = end.map_or(len, from_end).min(len);
        Window { start, end }
    }

    /// The window of `text` for these arguments, or `None` when `start`
    /// lies past `end`.
    pub fn of(text: &str, start: Option<isize>, end: Option<isize>) -> Option<Window> {
        let window = Window::new(char_len(text), start, end);
        (window.start <= window.end).then_some(window)
    }

    /// Number of code points inside.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The window's text and the byte offset where it begins.
    pub fn slice<'a>(&self, text: &'a str) -> (&'a str, usize) {
        if text.is_ascii() {
            let from = self.start.min(text.len());
            return (&text[from..self.end.max(from)], from);
        }
        let mut offsets = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        let from = offsets.nth(self.start).unwrap_or(text.len());
        let to = match self.end.checked_sub(self.start + 1) {
            Some(more) => offsets.nth(more).unwrap_or(text.len()),
            None => from,
        };
        (&text[from..to], from)
    }
}

#[cfg(test)]
mod tests;
