//! The state of builtin iterators: over sequences, ranges and dicts (a
//! [`Cursor`]), sets, and the lazy builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`), and
//! generators (a suspended frame).

use std::sync::atomic::{AtomicI64, AtomicUsize};

use weft_runtime::Runtime;

use crate::frame::Frame;
use crate::object::Obj;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// The iterators whose state is a position — over a list, tuple, bytes,
/// bytearray, range or dict, the ones every `for` loop uses — step it with
/// atomic loads and stores and no lock (see `crate::iterators::step_cursor`).
/// As in CPython's free-threaded build, threads sharing one such iterator
/// may both get an item (the position is not incremented atomically);
/// nothing worse.
///
/// A position of `usize::MAX` means exhausted: it stays exhausted if the
/// container grows later, as CPython's iterators do.
pub enum Cursor<R: Runtime> {
    Sequence {
        sequence: Obj<R>,
        index: AtomicUsize,
    },
    Range {
        next: AtomicI64,
        stop: i64,
        step: i64,
    },
    /// As CPython's dict iterators: `len` is the size the dict must keep,
    /// `remaining` how many more items it may yield.
    Dict {
        dict: Obj<R>,
        view: DictView,
        len: usize,
        slot: AtomicUsize,
        remaining: AtomicUsize,
    },
}

pub const EXHAUSTED: usize = usize::MAX;
/// A dict cursor whose dict changed size: it raises on every step.
pub const SIZE_CHANGED: usize = usize::MAX - 1;

impl<R: Runtime> Cursor<R> {
    pub fn over(sequence: Obj<R>) -> Cursor<R> {
        Cursor::Sequence { sequence, index: AtomicUsize::new(0) }
    }

    pub fn range(start: i64, stop: i64, step: i64) -> Cursor<R> {
        Cursor::Range { next: AtomicI64::new(start), stop, step }
    }

    pub fn dict(dict: Obj<R>, view: DictView, len: usize) -> Cursor<R> {
        Cursor::Dict { dict, view, len, slot: AtomicUsize::new(0), remaining: AtomicUsize::new(len) }
    }
}

pub enum IterState<R: Runtime> {
    /// A str, by byte offset of the next character.
    Str {
        text: Obj<R>,
        offset: usize,
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
