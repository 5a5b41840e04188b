//! weft's virtual machine: the interpreter loop, object semantics, builtins
//! and modules, written once and generic over the runtime seam
//! ([`weft_runtime::Runtime`]). Each build instantiates it with its runtime.
//!
//! Map: [`value`] and [`object`] are the value representation; [`objects`]
//! the kinds of heap object; [`types`] the builtin classes; [`interp`] the
//! loop over [`frame`]s; [`call`], [`attr`], [`ops`], [`subscript`] and
//! [`protocols`] the semantics it dispatches to; [`builtins`] and
//! [`modules`] what programs can name; [`run`] the entry points.
//!
//! Architecture invariant: nothing here names a concrete runtime.

pub mod attr;
pub mod builtins;
pub mod call;
pub mod class_cache;
pub mod exceptions;
pub mod format;
pub mod formatting;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod import;
pub mod interp;
pub mod iterators;
pub mod modules;
pub mod numeric;
pub mod object;
pub mod objects;
pub mod ops;
pub mod protocols;
pub mod run;
pub mod shape;
pub mod stack;
pub mod subscript;
pub mod text;
pub mod traceback_source;
pub mod types;
pub mod value;
pub mod vm;

use std::cell::{Cell, RefCell};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use weft_runtime::Runtime;

use crate::object::Obj;
use crate::objects::{DictTable, Payload};
use crate::types::Types;
use crate::value::Value;
use crate::vm::{Interpreter, Vm};

pub use run::run_main;

/// CPython's default recursion limit.
const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Builds an interpreter and returns the main thread's handle on it.
/// `path` lists the folders `import` searches; `argv` becomes `sys.argv`.
pub fn new_vm<R: Runtime>(argv: Vec<String>, path: Vec<PathBuf>) -> Vm<R> {
    // Attached before the first object exists: under a GIL, building the
    // interpreter is already running Python-object code.
    R::attach_thread();
    R::label_thread("MainThread");
    let types = Types::<R>::new();
    let immortal_dict = || Obj::new_immortal(Some(&types.dict), Payload::Dict(DictTable::default()), None);
    let builtins = immortal_dict();
    let modules = immortal_dict();
    let null = Obj::new_immortal(Some(&types.object), Payload::Object, None);
    let not_implemented =
        Obj::new_immortal(Some(&types.not_implemented_type), Payload::Singleton("NotImplemented"), None);
    let ellipsis = Obj::new_immortal(Some(&types.ellipsis_type), Payload::Singleton("Ellipsis"), None);
    let empty_tuple = Obj::new_immortal(Some(&types.tuple), Payload::Tuple(Box::new([])), None);
    let mut interned = std::collections::HashMap::new();
    let mut intern = |text: &str| {
        let name = Obj::new_immortal(Some(&types.str), Payload::Str(objects::PyStr::new(text)), None);
        interned.insert(Box::<str>::from(text), name.clone());
        name
    };
    let names = vm::SpecialNames { new: intern("__new__"), init: intern("__init__") };
    let interp = Interpreter {
        interned: std::sync::Mutex::new(interned),
        names,
        types,
        builtins,
        modules,
        null,
        not_implemented,
        ellipsis,
        empty_tuple,
        recursion_limit: AtomicUsize::new(DEFAULT_RECURSION_LIMIT),
        import_locks: Default::default(),
        path,
        argv,
    };
    let vm = Vm {
        interp: Arc::new(interp),
        depth: Cell::new(0),
        handled: RefCell::new(Value::None),
        frames: Default::default(),
    };
    // `Vm::attach` is for threads started later; this one attached above.
    builtins::install(&vm);
    let module_name = vm.new_str("builtins");
    for class in all_builtin_classes(&vm) {
        let namespace = &types::class_data(&class).dict;
        // Builtin namespaces were made before `dict` existed; now they are dicts.
        namespace.set_class(&vm.types().dict);
        let _ = ops::dict::set_item(&vm, namespace, vm.new_str("__module__"), module_name.clone());
    }
    vm
}

fn all_builtin_classes<R: Runtime>(vm: &Vm<R>) -> Vec<Obj<R>> {
    let t = vm.types();
    let mut classes = vec![
        t.type_.clone(),
        t.object.clone(),
        t.none.clone(),
        t.bool.clone(),
        t.int.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.str.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.function.clone(),
        t.builtin_function.clone(),
        t.method.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
        t.property.clone(),
        t.module.clone(),
        t.cell.clone(),
        t.code.clone(),
        t.super_.clone(),
        t.not_implemented_type.clone(),
        t.ellipsis_type.clone(),
        t.iterator.clone(),
        t.generator.clone(),
        t.dict_view.clone(),
        t.dict_keys.clone(),
        t.dict_values.clone(),
        t.dict_items.clone(),
        t.traceback.clone(),
        t.file.clone(),
        t.member_descriptor.clone(),
        t.generic_alias.clone(),
        t.lock.clone(),
        t.rlock.clone(),
    ];
    let i = &t.iterators;
    classes.extend(
        [
            &i.list,
            &i.list_reverse,
            &i.tuple,
            &i.bytes,
            &i.str_ascii,
            &i.str,
            &i.range,
            &i.dict_keys,
            &i.dict_values,
            &i.dict_items,
            &i.set,
            &i.callable,
            &i.enumerate,
            &i.zip,
            &i.map,
            &i.filter,
            &i.reversed,
        ]
        .into_iter()
        .cloned(),
    );
    classes.extend(t.exceptions.all.iter().cloned());
    classes
}
