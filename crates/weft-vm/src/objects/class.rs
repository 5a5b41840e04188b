//! Classes: builtin types and classes defined in Python alike.

use std::sync::atomic::{AtomicU64, Ordering};

use weft_runtime::Runtime;

use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::values::ValueArray;
use crate::value::Value;

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
    /// Which of the special methods in [`Hook`] the class has.
    pub hooks: HookCache,
    /// The attribute names its instances keep in shape form (see `crate::shape`).
    pub shape: ValueArray<R>,
}

/// Special methods the VM asks about on every attribute access (or free):
/// whether a class has each is cached in the class, so the common answer,
/// no, costs no lookup along the MRO.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hook {
    GetAttribute,
    GetAttr,
    SetAttr,
    DelAttr,
    Del,
    Get,
    Set,
}

impl Hook {
    const ALL: [Hook; 7] =
        [Hook::GetAttribute, Hook::GetAttr, Hook::SetAttr, Hook::DelAttr, Hook::Del, Hook::Get, Hook::Set];

    pub fn named(name: &str) -> Option<Hook> {
        Some(match name {
            "__getattribute__" => Hook::GetAttribute,
            "__getattr__" => Hook::GetAttr,
            "__setattr__" => Hook::SetAttr,
            "__delattr__" => Hook::DelAttr,
            "__del__" => Hook::Del,
            "__get__" => Hook::Get,
            "__set__" => Hook::Set,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Hook::GetAttribute => "__getattribute__",
            Hook::GetAttr => "__getattr__",
            Hook::SetAttr => "__setattr__",
            Hook::DelAttr => "__delattr__",
            Hook::Del => "__del__",
            Hook::Get => "__get__",
            Hook::Set => "__set__",
        }
    }

    fn bit(self) -> u64 {
        1 << self as u32
    }

    /// This hook's bit in a `u8` of flags (there are seven hooks).
    pub fn flag(self) -> u8 {
        1 << self as u8
    }
}

/// The cached [`Hook`]s of a class: `epoch << 8 | bits`, valid while the
/// epoch is the class attribute caches' (see `class_cache`), which moves
/// whenever a class namespace gains or loses a key — so `C.__getattr__ = f`
/// is seen, and `C.count += 1` (a replaced value) invalidates nothing.
#[derive(Debug, Default)]
pub struct HookCache(AtomicU64);

/// `object` has builtin `__getattribute__`, `__setattr__` and `__delattr__`
/// that the VM runs inline; only a Python function there is a hook.
fn is_python_function<R: Runtime>(found: Option<Value<R>>) -> bool {
    matches!(found.as_ref().and_then(Value::as_obj).map(Obj::payload), Some(Payload::Function(_)))
}

/// True if `class` (a class object) or a base defines `hook` as a Python function.
#[inline]
pub fn has_hook<R: Runtime>(class: &Obj<R>, hook: Hook) -> bool {
    let Payload::Class(data) = class.payload() else { return false };
    let epoch = crate::class_cache::epoch();
    let mut cached = data.hooks.0.load(Ordering::Relaxed);
    if cached >> 8 != epoch {
        let bits = Hook::ALL
            .into_iter()
            .filter(|hook| is_python_function(crate::types::lookup(class, hook.name())))
            .fold(0, |bits, hook| bits | hook.bit());
        cached = epoch << 8 | bits;
        data.hooks.0.store(cached, Ordering::Relaxed);
    }
    cached & hook.bit() != 0
}
