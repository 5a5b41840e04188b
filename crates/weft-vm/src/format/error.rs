//! The one error type of the formatting module.

use std::fmt;

/// A formatting failure: the Python exception to raise and its message,
/// worded exactly as CPython 3.11 words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(message)`: a bad spec, or a spec that does not fit the type.
    Value(String),
    /// `TypeError(message)`.
    Type(String),
    /// `OverflowError(message)`: a number too large for what was asked.
    Overflow(String),
    /// `MemoryError()`: a width or precision too large to allocate. CPython
    /// raises it with no message when malloc fails.
    Memory,
}

impl FormatError {
    /// The name of the Python exception class to raise.
    pub fn class_name(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Type(_) => "TypeError",
            FormatError::Overflow(_) => "OverflowError",
            FormatError::Memory => "MemoryError",
        }
    }

    /// The exception's message (`str(exc)`).
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Type(m) | FormatError::Overflow(m) => m,
            FormatError::Memory => "",
        }
    }

    pub(crate) fn value(message: impl Into<String>) -> Self {
        FormatError::Value(message.into())
    }
}

/// `ValueError: 3`-style, as a traceback's last line shows it.
impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Memory => f.write_str("MemoryError"),
            _ => write!(f, "{}: {}", self.class_name(), self.message()),
        }
    }
}

impl std::error::Error for FormatError {}
