//! The state of builtin iterators: over sequences and ranges (a
//! [`Cursor`]), dicts, and the lazy builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`), and
//! generators (a suspended frame).

use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

use weft_runtime::{Items, Runtime, Storage};

use crate::objects::Payload;

use crate::frame::Frame;
use crate::object::Obj;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// The iterators whose whole state is one position — over a list, tuple,
/// bytes, bytearray or range, the ones every `for` loop uses — step it with
/// an atomic load and store and no lock. As in CPython's free-threaded
/// build, threads sharing one such iterator may both get an item (the
/// position is not incremented atomically); nothing worse.
pub enum Cursor<R: Runtime> {
    /// By index; `usize::MAX` once exhausted, so it stays exhausted if the
    /// sequence grows later (as CPython's list iterator).
    Sequence {
        sequence: Obj<R>,
        index: AtomicUsize,
    },
    Range {
        next: AtomicI64,
        stop: i64,
        step: i64,
    },
}

impl<R: Runtime> Cursor<R> {
    pub fn over(sequence: Obj<R>) -> Cursor<R> {
        Cursor::Sequence { sequence, index: AtomicUsize::new(0) }
    }

    pub fn range(start: i64, stop: i64, step: i64) -> Cursor<R> {
        Cursor::Range { next: AtomicI64::new(start), stop, step }
    }

    /// The next item, or None when exhausted.
    pub fn advance(&self) -> Option<Value<R>> {
        match self {
            Cursor::Sequence { sequence, index } => {
                let at = index.load(Ordering::Relaxed);
                let item = match sequence.payload() {
                    Payload::List(items) => items.get(at),
                    Payload::Tuple(items) => items.get(at).cloned(),
                    Payload::Bytes(bytes) => bytes.get(at).map(|b| Value::Int(i64::from(*b))),
                    Payload::ByteArray(bytes) => bytes.read(|b| b.get(at).map(|b| Value::Int(i64::from(*b)))),
                    _ => None,
                };
                index.store(if item.is_some() { at + 1 } else { usize::MAX }, Ordering::Relaxed);
                item
            }
            Cursor::Range { next, stop, step } => {
                let value = next.load(Ordering::Relaxed);
                let more = if *step > 0 { value < *stop } else { value > *stop };
                if !more {
                    return None;
                }
                next.store(value.saturating_add(*step), Ordering::Relaxed);
                Some(Value::Int(value))
            }
        }
    }
}

pub enum IterState<R: Runtime> {
    /// A str, by byte offset of the next character.
    Str {
        text: Obj<R>,
        offset: usize,
    },
    /// As CPython's dict iterators: `len` is the size the dict must keep,
    /// `remaining` how many more items it may yield.
    Dict {
        dict: Obj<R>,
        slot: usize,
        view: DictView,
        len: usize,
        remaining: usize,
    },
    Set {
        set: Obj<R>,
        slot: usize,
        len: usize,
    },
    Enumerate {
        inner: Value<R>,
        count: Value<R>,
    },
    Zip {
        inners: Vec<Value<R>>,
        strict: bool,
    },
    Map {
        function: Value<R>,
        inners: Vec<Value<R>>,
    },
    Filter {
        function: Value<R>,
        inner: Value<R>,
    },
    Reversed {
        sequence: Obj<R>,
        remaining: usize,
    },
    /// An object with `__getitem__` but no `__iter__`: indexes 0, 1, … until IndexError.
    GetItem {
        sequence: Value<R>,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        function: Value<R>,
        sentinel: Value<R>,
    },
    /// A generator: its frame, absent while it runs or once it has finished.
    Generator {
        frame: Option<Box<Frame<R>>>,
        running: bool,
        name: Box<str>,
        qualname: Box<str>,
    },
    Exhausted,
}
