//! Classes: builtin types and classes defined in Python alike.

use weft_runtime::Runtime;

use crate::object::Obj;

/// Which payload a class's instances carry: a class inherits its builtin
/// base's, so `class L(list)` instances are lists with an attribute dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstanceKind {
    Object,
    Int,
    Float,
    Str,
    Tuple,
    List,
    Dict,
    Set,
    Exception,
    /// Builtin types that cannot be subclassed or instantiated this way.
    Special,
}

pub struct ClassData<R: Runtime> {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub bases: Box<[Obj<R>]>,
    /// The method resolution order (C3) after the class itself: the full MRO
    /// is the class followed by these.
    pub ancestors: Box<[Obj<R>]>,
    /// The class namespace: a dict object.
    pub dict: Obj<R>,
    pub instance_kind: InstanceKind,
    /// Names from `__slots__`, in slot order.
    pub slots: Box<[Box<str>]>,
    /// Whether instances get an attribute dict (no `__slots__`, or a base without them).
    pub instance_dict: bool,
    /// Builtin types reject new attributes (`int.x = 1` is an error).
    pub builtin: bool,
    /// Whether the class has a `__del__` (see `crate::gc::has_finalizer`).
    pub finalizer: crate::gc::FinalizerCache,
}
