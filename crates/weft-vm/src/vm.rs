//! The interpreter state: [`Interpreter`] is shared by every thread (the
//! builtin types, modules, settings); [`Vm`] is one thread's handle on it,
//! with that thread's own state (recursion depth, the exception being
//! handled). Every operation on Python values takes a `&Vm`.

use std::cell::{Cell, RefCell};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use weft_runtime::{Items, Runtime, Storage};

use crate::object::Obj;
use crate::objects::{DictTable, ExceptionData, Payload, PyStr};
use crate::types::Types;
use crate::value::Value;

/// A raised Python exception travelling up the Rust stack.
pub struct PyErr<R: Runtime> {
    pub exception: Obj<R>,
}

pub type PyResult<R, T = Value<R>> = Result<T, PyErr<R>>;

/// The arguments of a call: positional values, then keyword arguments.
pub struct Args<R: Runtime> {
    pub positional: Vec<Value<R>>,
    pub keywords: Vec<(Obj<R>, Value<R>)>,
}

impl<R: Runtime> Args<R> {
    pub fn new(positional: Vec<Value<R>>) -> Self {
        Args { positional, keywords: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.positional.len()
    }

    /// Positional argument `index`, or a TypeError if the call gave fewer:
    /// natives use this rather than indexing, so no call can panic them.
    pub fn at(&self, vm: &Vm<R>, index: usize) -> PyResult<R, &Value<R>> {
        self.positional.get(index).ok_or_else(|| {
            vm.type_error(format!(
                "function takes at least {} positional argument{} ({} given)",
                index + 1,
                if index == 0 { "" } else { "s" },
                self.positional.len()
            ))
        })
    }

    pub fn is_empty(&self) -> bool {
        self.positional.is_empty() && self.keywords.is_empty()
    }
}

/// What all threads share.
pub struct Interpreter<R: Runtime> {
    pub types: Types<R>,
    /// The `builtins` module's namespace.
    pub builtins: Obj<R>,
    /// `sys.modules`.
    pub modules: Obj<R>,
    /// The marker `LOAD_METHOD` pushes when it found a plain attribute.
    pub null: Obj<R>,
    pub not_implemented: Obj<R>,
    pub ellipsis: Obj<R>,
    pub empty_tuple: Obj<R>,
    pub recursion_limit: AtomicUsize,
    /// Who is running which module's body (see `import::ImportLocks`).
    pub import_locks: crate::import::ImportLocks,
    /// Folders searched by `import` (the script's folder first).
    pub path: Vec<std::path::PathBuf>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The names code refers to (attributes, globals), one immortal str per
    /// text: dict lookups of a name then match by pointer.
    pub interned: std::sync::Mutex<std::collections::HashMap<Box<str>, Obj<R>>>,
    /// Names every class call looks up, interned once.
    pub names: SpecialNames<R>,
}

/// Interned names the VM looks up itself on hot paths (interned, they go
/// through the class attribute cache).
pub struct SpecialNames<R: Runtime> {
    pub new: Obj<R>,
    pub init: Obj<R>,
}

impl<R: Runtime> Interpreter<R> {
    /// The interned str object for `text`.
    pub fn intern(&self, text: &str) -> Obj<R> {
        let mut interned = self.interned.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(name) = interned.get(text) {
            return name.clone();
        }
        let name = Obj::new(&self.types.str, Payload::Str(PyStr::interned(text)), None);
        name.make_immortal();
        interned.insert(text.into(), name.clone());
        name
    }
}

/// One thread's handle on the interpreter.
pub struct Vm<R: Runtime> {
    pub interp: Arc<Interpreter<R>>,
    /// Python frames currently running on this thread.
    pub depth: Cell<usize>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: RefCell<Value<R>>,
    /// Storage for the frames of this thread's calls.
    pub frames: crate::frame::FramePool<R>,
}

impl<R: Runtime> Vm<R> {
    /// Attaches the calling OS thread to the runtime (under a GIL: waits
    /// for it) and returns its handle on `interp`. The thread leaves the
    /// runtime when the handle is dropped.
    pub fn attach(interp: Arc<Interpreter<R>>) -> Vm<R> {
        R::attach_thread();
        Vm { interp, depth: Cell::new(0), handled: RefCell::new(Value::None), frames: Default::default() }
    }

    pub fn types(&self) -> &Types<R> {
        &self.interp.types
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    // ----- Making objects -----

    pub fn new_str(&self, text: impl Into<Box<str>>) -> Value<R> {
        Value::Obj(Obj::new(&self.types().str, Payload::Str(PyStr::new(text)), None))
    }

    pub fn new_str_obj(&self, text: impl Into<Box<str>>) -> Obj<R> {
        Obj::new(&self.types().str, Payload::Str(PyStr::new(text)), None)
    }

    pub fn new_tuple(&self, items: Vec<Value<R>>) -> Value<R> {
        if items.is_empty() {
            return Value::Obj(self.interp.empty_tuple.clone());
        }
        Value::Obj(Obj::new(&self.types().tuple, Payload::Tuple(items.into()), None))
    }

    pub fn new_list(&self, items: Vec<Value<R>>) -> Value<R> {
        Value::Obj(Obj::new(&self.types().list, Payload::List(R::Items::new(items)), None))
    }

    pub fn new_dict_obj(&self, table: DictTable<R>) -> Obj<R> {
        Obj::new(&self.types().dict, Payload::Dict(table), None)
    }

    pub fn new_dict(&self) -> Obj<R> {
        self.new_dict_obj(DictTable::default())
    }

    pub fn not_implemented(&self) -> Value<R> {
        Value::Obj(self.interp.not_implemented.clone())
    }

    pub fn is_not_implemented(&self, value: &Value<R>) -> bool {
        matches!(value, Value::Obj(obj) if obj.ptr_eq(&self.interp.not_implemented))
    }

    // ----- Raising -----

    /// An exception of class `class` with one string argument.
    pub fn new_error(&self, class: &Obj<R>, message: impl Into<Box<str>>) -> PyErr<R> {
        let args = self.new_tuple(vec![self.new_str(message)]);
        PyErr { exception: self.new_exception(class, args) }
    }

    pub fn new_exception(&self, class: &Obj<R>, args: Value<R>) -> Obj<R> {
        let attrs = Some(self.new_dict());
        Obj::new(class, Payload::Exception(Box::new(R::Storage::new(ExceptionData::new(args)))), attrs)
    }

    pub fn type_error(&self, message: impl Into<Box<str>>) -> PyErr<R> {
        self.new_error(&self.types().exceptions.type_error, message)
    }

    pub fn value_error(&self, message: impl Into<Box<str>>) -> PyErr<R> {
        self.new_error(&self.types().exceptions.value_error, message)
    }

    pub fn index_error(&self, message: impl Into<Box<str>>) -> PyErr<R> {
        self.new_error(&self.types().exceptions.index_error, message)
    }

    pub fn attribute_error(&self, message: impl Into<Box<str>>) -> PyErr<R> {
        self.new_error(&self.types().exceptions.attribute_error, message)
    }

    pub fn zero_division_error(&self, message: impl Into<Box<str>>) -> PyErr<R> {
        self.new_error(&self.types().exceptions.zero_division_error, message)
    }

    pub fn overflow_error(&self, message: impl Into<Box<str>>) -> PyErr<R> {
        self.new_error(&self.types().exceptions.overflow_error, message)
    }

    pub fn name_error(&self, name: &str) -> PyErr<R> {
        self.new_error(&self.types().exceptions.name_error, format!("name '{name}' is not defined"))
    }

    pub fn key_error(&self, key: Value<R>) -> PyErr<R> {
        let args = self.new_tuple(vec![key]);
        PyErr { exception: self.new_exception(&self.types().exceptions.key_error, args) }
    }

    pub fn stop_iteration(&self, value: Value<R>) -> PyErr<R> {
        let args = if value.is_none() { self.new_tuple(vec![]) } else { self.new_tuple(vec![value]) };
        PyErr { exception: self.new_exception(&self.types().exceptions.stop_iteration, args) }
    }

    /// True if the exception is an instance of `class` (or a subclass).
    pub fn error_matches(&self, error: &PyErr<R>, class: &Obj<R>) -> bool {
        crate::types::is_subclass(&error.exception.class(), class)
    }
}

impl<R: Runtime> Drop for Vm<R> {
    fn drop(&mut self) {
        // The handle's own values go while the thread is still attached.
        drop(self.handled.replace(Value::None));
        R::exit_thread();
    }
}
