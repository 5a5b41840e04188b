//! The state of builtin iterators: over sequences, ranges, dicts, and the
//! lazy builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`), and
//! generators (a suspended frame).

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

pub enum IterState<R: Runtime> {
    /// A list or tuple, by index (a list may grow while iterated, as in Python).
    Sequence {
        sequence: Obj<R>,
        index: usize,
    },
    /// A str, by byte offset of the next character.
    Str {
        text: Obj<R>,
        offset: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
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
