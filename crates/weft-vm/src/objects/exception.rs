//! Exceptions: the data every instance of `BaseException` carries.

use std::sync::Arc;

use weft_runtime::Runtime;

use crate::value::Value;

/// One line of a traceback: where a frame was when the exception passed.
#[derive(Clone, Debug)]
pub struct TraceEntry {
    pub filename: Arc<str>,
    pub line: u32,
    pub function: Box<str>,
    /// Byte span in the source of the expression that failed, for carets.
    pub start: u32,
    pub end: u32,
}

pub struct ExceptionData<R: Runtime> {
    /// The `args` tuple.
    pub args: Value<R>,
    /// Innermost frame last, as the exception travelled outwards.
    pub traceback: Vec<TraceEntry>,
    /// `raise ... from cause`.
    pub cause: Value<R>,
    /// The exception being handled when this one was raised.
    pub context: Value<R>,
    pub suppress_context: bool,
}

impl<R: Runtime> ExceptionData<R> {
    pub fn new(args: Value<R>) -> Self {
        ExceptionData { args, traceback: Vec::new(), cause: Value::None, context: Value::None, suppress_context: false }
    }
}
