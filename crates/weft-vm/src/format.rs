//! Python's string formatting primitives, byte for byte as CPython 3.11
//! prints them: the format-spec mini-language behind `format()`,
//! `str.format` and f-strings, and the per-conversion half of printf-style
//! `%` formatting.
//!
//! Everything here is a pure function of plain Rust values (`BigInt`, `f64`,
//! `&str`); the VM owns the objects. It calls in like this:
//!
//! - `format(x, spec)`: an empty spec means `str(x)` and is the VM's to
//!   handle. Otherwise [`FormatSpec::parse`] the spec (the type name is only
//!   for error messages), then [`format_int`], [`format_float`] or
//!   [`format_str`] by the value's type (`bool` formats as an int).
//! - `fmt % args`: at each `%`, [`parse_percent`] reads one conversion,
//!   looking the mapping key up and pulling `*` widths through the VM's
//!   [`PercentArgs`] as it goes, in CPython's order. The VM then fetches the
//!   argument, converts it (`int()`, `float()`, `str()`, `repr()`...) and
//!   calls [`percent_int`], [`percent_float`], [`percent_char`] or
//!   [`percent_str`] (or raises [`PercentSpec::unsupported`]).
//! - `str(float)` is [`float_str`]; [`render_float`] is C's `%e`/`%f`/`%g`
//!   text for the VM's other float printers.
//!
//! Errors carry CPython's exception class and exact message ([`FormatError`]).
//! One known difference: `format(0xD800, 'c')` and `'%c' % 0xD800` fail,
//! since weft's strings are UTF-8 and cannot hold lone surrogates.
//!
//! The `*_cases.rs` tables hold about 1,700 cases recorded from CPython 3.11;
//! `oracle.rs` runs them.
//!
//! Floats are rounded from their exact binary value (round-half-even), as
//! CPython's dtoa does; the digits come from Rust's own exact formatting,
//! never from a lossy shortcut.

mod error;
mod float;
mod int;
mod layout;
mod percent;
mod spec;
mod string;

pub use error::FormatError;
pub use float::{float_str, format_float, render_float};
pub use int::{DEFAULT_MAX_STR_DIGITS, IntArg, format_int};
pub use percent::{
    Conversion, PercentArgs, PercentFlags, PercentSpec, parse_percent, percent_char, percent_char_code, percent_float,
    percent_int, percent_str,
};
pub use spec::{Align, FormatSpec, Grouping, Sign};
pub use string::format_str;

#[cfg(test)]
mod float_cases;
#[cfg(test)]
mod int_cases;
#[cfg(test)]
mod oracle;
#[cfg(test)]
mod percent_cases;
#[cfg(test)]
mod str_cases;
