//! What kind of object an object is: the payload of every heap object, and
//! the data of each kind, one file per kind.

pub mod class;
pub mod dict;
pub mod exception;
pub mod function;
pub mod iter;
pub mod lock;
pub mod pattern;
pub mod set;
pub mod str;
pub mod traverse;
pub mod twister;
pub mod values;

use std::sync::Arc;

use num_bigint::BigInt;
use weft_runtime::Runtime;

use crate::object::Obj;
use crate::value::Value;

pub use class::ClassData;
pub use dict::DictTable;
pub use exception::ExceptionData;
pub use function::{BuiltinFunction, CodeData, Function, NativeFn};
pub use iter::{Cursor, IterState};
pub use str::PyStr;

/// The storage type a runtime gives container contents.
pub type Store<R, T> = <R as Runtime>::Storage<T>;

pub enum Payload<R: Runtime> {
    /// An instance of a Python class with no builtin base: its attributes
    /// (in shape form or a dict, see `crate::shape`) and `__slots__` values.
    Instance(crate::shape::InstanceData<R>),
    /// An int too large for `Value::Int`.
    Int(BigInt),
    /// An instance of a Python subclass of float (plain floats are inline values).
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(Store<R, Vec<u8>>),
    Tuple(Box<[Value<R>]>),
    List(<R as Runtime>::Items<Value<R>>),
    Dict(DictTable<R>),
    /// A set or frozenset.
    Set(Store<R, set::SetTable<R>>),
    Range {
        start: Value<R>,
        stop: Value<R>,
        step: Value<R>,
    },
    Slice {
        start: Value<R>,
        stop: Value<R>,
        step: Value<R>,
    },
    Function(Box<Function<R>>),
    Builtin(BuiltinFunction<R>),
    BoundMethod {
        function: Value<R>,
        receiver: Value<R>,
    },
    StaticMethod(Value<R>),
    ClassMethod(Value<R>),
    Property {
        getter: Value<R>,
        setter: Value<R>,
        deleter: Value<R>,
        doc: Value<R>,
    },
    Class(Box<ClassData<R>>),
    /// A `__slots__` name in its class's dict: reads and writes slot `index`
    /// of instances (`member_descriptor`).
    Member {
        name: Box<str>,
        index: usize,
        owner: Obj<R>,
    },
    /// `list[int]`: a builtin class subscripted, as annotations write it.
    GenericAlias {
        origin: Obj<R>,
        args: Value<R>,
    },
    Module {
        name: Box<str>,
        dict: Obj<R>,
    },
    Cell(Store<R, Option<Value<R>>>),
    Code(Arc<CodeData<R>>),
    Iterator(Store<R, IterState<R>>),
    /// An iterator over a list, tuple, bytes or range (see [`iter::Cursor`]).
    Cursor(iter::Cursor<R>),
    Exception(Box<Store<R, ExceptionData<R>>>),
    /// `dict.keys()`, `.values()` or `.items()`: a live view of the dict.
    DictView {
        dict: Obj<R>,
        view: iter::DictView,
    },
    /// `_random`'s generator state.
    Twister(Store<R, twister::Twister>),
    /// A compiled regular expression (`_regex`).
    Pattern(Box<pattern::CompiledPattern>),
    /// `_thread.lock`.
    Lock(lock::RawLock),
    /// `_thread.RLock`.
    RLock(lock::RawRLock),
    /// A file from `open()`.
    File(Box<Store<R, crate::builtins::file::FileState>>),
    /// `super()`: the class to start after, and the object.
    Super {
        start_after: Obj<R>,
        receiver: Value<R>,
    },
    /// None-like singletons with their own type: `NotImplemented`, `Ellipsis`.
    Singleton(&'static str),
    /// The object returned by `object()`.
    Object,
}
