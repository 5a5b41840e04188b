//! Functions: Python functions (code + globals + defaults + closure) and
//! builtin functions implemented in Rust.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use weft_bytecode::CodeObject;
use weft_runtime::Runtime;

use super::Store;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// A code object with its constants already turned into values, shared by
/// every function made from it.
pub struct CodeData<R: Runtime> {
    pub code: Arc<CodeObject>,
    /// What the interpreter runs: `code.instructions` with superinstructions
    /// formed (`weft_bytecode::fuse`; same length, same indices).
    pub instructions: Box<[weft_bytecode::Instruction]>,
    pub constants: Box<[Value<R>]>,
    /// `code.names` as str objects, so lookups reuse their cached hashes.
    pub names: Box<[Obj<R>]>,
    /// Per name: the entry slot where the name was last found in the
    /// namespace dict `LOAD_NAME`/`LOAD_GLOBAL`/`STORE_*` use (see
    /// `crate::ops::dict::get_cached`); `u32::MAX` when unknown.
    pub name_slots: Box<[std::sync::atomic::AtomicU32]>,
    /// Per name: the version of the globals dict (its key-set count) at
    /// which `LOAD_GLOBAL` found the name absent there, so that while the
    /// version holds, a builtin is loaded without probing the globals
    /// first; `u64::MAX` when unknown. Valid for [`CodeData::globals_owner`].
    pub absent_from_globals: Box<[AtomicU64]>,
    /// The one immortal globals dict `absent_from_globals` describes: 0
    /// until the first `LOAD_GLOBAL`, `usize::MAX` once the code has run
    /// with two (then the records are not used).
    pub globals_owner: AtomicUsize,
}

impl<R: Runtime> CodeData<R> {
    /// The absence records, if `globals` is the dict they describe. Only an
    /// immortal dict qualifies: its address is never reused, so it names
    /// the dict for good.
    #[inline]
    pub fn absence_records(&self, globals: &Obj<R>) -> Option<&[AtomicU64]> {
        let id = globals.id();
        let owner = self.globals_owner.load(Ordering::Relaxed);
        if owner == id {
            return Some(&self.absent_from_globals);
        }
        if owner != 0 || !globals.is_immortal() {
            return None;
        }
        match self.globals_owner.compare_exchange(0, id, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => Some(&self.absent_from_globals),
            Err(other) if other == id => Some(&self.absent_from_globals),
            Err(_) => {
                self.globals_owner.store(usize::MAX, Ordering::Relaxed);
                None
            }
        }
    }
}

/// The parts of a function Python code may reassign.
pub struct FunctionMeta {
    pub name: Box<str>,
    pub qualname: Box<str>,
}

pub struct Function<R: Runtime> {
    pub code: Arc<CodeData<R>>,
    pub globals: Obj<R>,
    /// The positional defaults tuple, if any.
    pub defaults: Option<Obj<R>>,
    /// The keyword-only defaults dict, if any.
    pub kwdefaults: Option<Obj<R>>,
    /// The tuple of cells for the code's free variables, if any.
    pub closure: Option<Obj<R>>,
    pub meta: Store<R, FunctionMeta>,
}

/// A builtin implemented in Rust. It receives the VM and its arguments
/// (with the receiver first, for a bound builtin method).
pub type NativeFn<R> = fn(&Vm<R>, Args<R>) -> PyResult<R>;

pub struct BuiltinFunction<R: Runtime> {
    pub name: &'static str,
    pub function: NativeFn<R>,
    /// The object a builtin method is bound to (`[].append`).
    pub receiver: Option<Value<R>>,
    /// For a method of a builtin type, that type: its first argument must be
    /// an instance, which the method's code relies on.
    pub owner: Option<Obj<R>>,
    /// False for functions that CPython declares positional-only (`len`,
    /// `abs`, …), which refuse keyword arguments before running.
    pub keywords: bool,
}
