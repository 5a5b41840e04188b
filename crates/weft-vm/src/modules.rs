//! Modules implemented in Rust: `sys`, `math`, `time`, `gc`, `_thread`, and the
//! native halves (`_random`, `_os`, `_struct`, `_digest`, `_regex`) of
//! Python-source modules in `lib/`.

mod digest;
mod gamma;
mod gc;
pub mod math;
pub mod os;
pub mod random;
mod regex;
pub mod regex_syntax;
pub mod source;
mod struct_format;
pub mod sys;
pub mod thread;
pub mod time;

use weft_runtime::Runtime;

use crate::object::Obj;
use crate::objects::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A builtin module by name, created on first import.
pub fn builtin_module<R: Runtime>(vm: &Vm<R>, name: &str) -> PyResult<R, Option<Value<R>>> {
    if name == "builtins" {
        // The module whose namespace every module's `__builtins__` is.
        crate::ops::dict::set_item(vm, &vm.interp.builtins, vm.new_str("__name__"), vm.new_str(name))?;
        let builtins = Payload::Module { name: name.into(), dict: vm.interp.builtins.clone() };
        return Ok(Some(Value::Obj(Obj::new_immortal(Some(&vm.types().module), builtins, None))));
    }
    let install: fn(&Vm<R>, &Obj<R>) = match name {
        "sys" => sys::install,
        "math" => math::install,
        "time" => time::install,
        "gc" => gc::install,
        "_thread" => thread::install,
        "_random" => random::install,
        "_os" => os::install,
        "_struct" => struct_format::install,
        "_digest" => digest::install,
        "_regex" => regex::install,
        _ => return Ok(None),
    };
    let module = crate::run::new_module(vm, name, None);
    if let Some(Payload::Module { dict, .. }) = module.as_obj().map(Obj::payload) {
        install(vm, dict);
    }
    Ok(Some(module))
}
