//! `import`: builtin modules, and `.py` files found on the search path
//! (the script's folder first), each run once and kept in `sys.modules`.

mod locks;

use weft_runtime::Runtime;

pub use locks::ImportLocks;
use locks::Turn;

use crate::object::Obj;
use crate::objects::Payload;
use crate::ops::dict;
use crate::protocols::{str_text, type_name};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn import_name<R: Runtime>(vm: &Vm<R>, name: &Obj<R>, fromlist: &Value<R>, level: &Value<R>) -> PyResult<R> {
    let name = crate::protocols::obj_text(name).expect("a str").to_owned();
    if !matches!(level, Value::Int(0)) {
        return Err(
            vm.new_error(&vm.types().exceptions.import_error, "attempted relative import with no known parent package")
        );
    }
    let mut module = import_module(vm, name.split('.').next().unwrap_or(&name))?;
    let top = module.clone();
    let mut path = String::new();
    for (i, part) in name.split('.').enumerate() {
        if i == 0 {
            path.push_str(part);
            continue;
        }
        path.push('.');
        path.push_str(part);
        module = import_module(vm, &path)?;
    }
    // `import a.b` binds `a`; `from a.b import x` works on `a.b`.
    Ok(if fromlist.is_none() { top } else { module })
}

/// Imports the module called `name` (dotted for submodules), or returns it
/// if already imported.
pub fn import_module<R: Runtime>(vm: &Vm<R>, name: &str) -> PyResult<R> {
    let key = vm.new_str(name);
    let me = crate::modules::thread::ident();
    loop {
        if let Some(module) = dict::get(vm, &vm.interp.modules, &key)?
            && !vm.interp.import_locks.running(name)
        {
            return Ok(module);
        }
        match vm.interp.import_locks.claim::<R>(me, name) {
            Turn::Retry => continue,
            Turn::Partial => {
                if let Some(module) = dict::get(vm, &vm.interp.modules, &key)? {
                    return Ok(module);
                }
                // A failed import left nothing: this thread tries in turn.
                continue;
            }
            Turn::Run => {
                let result = find_and_load(vm, name, key);
                vm.interp.import_locks.finish(name);
                return result;
            }
        }
    }
}

/// Loads module `name`, which this thread has claimed.
fn find_and_load<R: Runtime>(vm: &Vm<R>, name: &str, key: Value<R>) -> PyResult<R> {
    if let Some(module) = dict::get(vm, &vm.interp.modules, &key)? {
        return Ok(module);
    }
    if let Some(module) = crate::modules::builtin_module(vm, name)? {
        dict::set_item(vm, &vm.interp.modules, key, module.clone())?;
        return Ok(module);
    }
    let relative: std::path::PathBuf = name.split('.').collect();
    for folder in &vm.interp.path {
        let file = folder.join(&relative).with_extension("py");
        let package = folder.join(&relative).join("__init__.py");
        for candidate in [file, package] {
            if candidate.is_file() {
                return load_source_module(vm, name, &candidate);
            }
        }
    }
    if let Some(shipped) = crate::modules::source::find(name) {
        let filename = crate::modules::source::filename(shipped);
        return load_module(vm, name, shipped.source, &filename);
    }
    let error = vm.new_error(&vm.types().exceptions.module_not_found_error, format!("No module named '{name}'"));
    if let Some(attrs) = error.exception.attrs() {
        dict::set_item(vm, attrs, vm.new_str("name"), vm.new_str(name))?;
    }
    Err(error)
}

fn load_source_module<R: Runtime>(vm: &Vm<R>, name: &str, file: &std::path::Path) -> PyResult<R> {
    let source = std::fs::read_to_string(file).map_err(|error| {
        vm.new_error(&vm.types().exceptions.import_error, format!("cannot read {}: {error}", file.display()))
    })?;
    load_module(vm, name, &source, &file.display().to_string())
}

/// Runs a module's source in a new module registered in `sys.modules` (and,
/// for `a.b`, bound as attribute `b` of package `a`).
fn load_module<R: Runtime>(vm: &Vm<R>, name: &str, source: &str, filename: &str) -> PyResult<R> {
    let module = crate::run::new_module(vm, name, Some(filename));
    dict::set_item(vm, &vm.interp.modules, vm.new_str(name), module.clone())?;
    let result = crate::run::exec_source(vm, source, filename, &module);
    if let Err(error) = result {
        dict::remove(vm, &vm.interp.modules, &vm.new_str(name))?;
        return Err(error);
    }
    if let Some((parent, child)) = name.rsplit_once('.')
        && let Some(parent) = dict::get(vm, &vm.interp.modules, &vm.new_str(parent))?
    {
        crate::attr::set_attr(vm, &parent, &vm.new_str_obj(child), module.clone())?;
    }
    Ok(module)
}

/// `from module import name`.
pub fn import_from<R: Runtime>(vm: &Vm<R>, module: &Value<R>, name: &Obj<R>) -> PyResult<R> {
    match crate::attr::get_attr(vm, module, name) {
        Ok(value) => Ok(value),
        Err(error) if vm.error_matches(&error, &vm.types().exceptions.attribute_error) => {
            let text = crate::protocols::obj_text(name).unwrap_or("?");
            let module_name = match module.as_obj().map(Obj::payload) {
                Some(Payload::Module { name, .. }) => name.to_string(),
                _ => type_name(vm, module),
            };
            // A submodule not imported yet.
            if let Ok(submodule) = import_module(vm, &format!("{module_name}.{text}")) {
                return Ok(submodule);
            }
            let error = vm.new_error(
                &vm.types().exceptions.import_error,
                format!("cannot import name '{text}' from '{module_name}'"),
            );
            if let Some(attrs) = error.exception.attrs() {
                dict::set_item(vm, attrs, vm.new_str("name"), vm.new_str(module_name))?;
            }
            Err(error)
        }
        Err(error) => Err(error),
    }
}

/// `from module import *`: the module's `__all__`, or its public names.
pub fn import_star<R: Runtime>(vm: &Vm<R>, module: &Value<R>, namespace: &Obj<R>) -> PyResult<R, ()> {
    let Some(Payload::Module { dict: module_dict, .. }) = module.as_obj().map(Obj::payload) else { return Ok(()) };
    let public = crate::types::dict_get_str(module_dict, "__all__");
    let names: Vec<Value<R>> = match public {
        Some(all) => crate::protocols::collect(vm, &all)?,
        None => dict::entries(module_dict)
            .into_iter()
            .map(|(key, _)| key)
            .filter(|key| str_text(key).is_some_and(|k| !k.starts_with('_')))
            .collect(),
    };
    for name in names {
        let value = crate::attr::get_attr(vm, module, name.as_obj().expect("a str name"))?;
        dict::set_item(vm, namespace, name, value)?;
    }
    Ok(())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the
/// top package for a dotted name, or the named module itself when
/// `fromlist` is non-empty (after importing any submodules it names).
pub fn dunder_import<R: Runtime>(vm: &Vm<R>, args: crate::vm::Args<R>) -> PyResult<R> {
    const PARAMETERS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    if args.positional.len() > PARAMETERS.len() {
        return Err(vm.type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.positional.len() + args.keywords.len()
        )));
    }
    let mut given: [Option<Value<R>>; 5] = Default::default();
    for (slot, value) in given.iter_mut().zip(args.positional) {
        *slot = Some(value);
    }
    for (key, value) in args.keywords {
        let key = crate::protocols::obj_text(&key).unwrap_or("?");
        let Some(at) = PARAMETERS.iter().position(|p| *p == key) else {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for __import__()")));
        };
        if given[at].replace(value).is_some() {
            return Err(
                vm.type_error(format!("argument for __import__() given by name ('{key}') and position ({})", at + 1))
            );
        }
    }
    let [name, globals, _, fromlist, level] = given;
    let Some(name) = name else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(text) = crate::protocols::str_text(&name).map(str::to_owned) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let level = level.unwrap_or(Value::Int(0));
    if !matches!(level, Value::Int(_)) {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, &level))));
    }
    if matches!(level, Value::Int(level) if level < 0) {
        return Err(vm.value_error("level must be >= 0"));
    }
    // A relative import resolves against the caller's package, found
    // through the globals it passes.
    if matches!(level, Value::Int(level) if level > 0) && globals.as_ref().is_none_or(Value::is_none) {
        return Err(vm.new_error(&vm.types().exceptions.key_error, "'__name__' not in globals"));
    }
    if text.is_empty() && matches!(level, Value::Int(0)) {
        return Err(vm.value_error("Empty module name"));
    }
    let names = match &fromlist {
        Some(list) if crate::protocols::truthy(vm, list)? => crate::protocols::collect(vm, list)?,
        _ => Vec::new(),
    };
    let marker = if names.is_empty() { Value::None } else { Value::Bool(true) };
    let module = import_name(vm, &vm.new_str_obj(text.as_str()), &marker, &level)?;
    for wanted in &names {
        let Some(wanted) = crate::protocols::str_text(wanted) else { continue };
        if wanted != "*" && crate::attr::get_attr_str(vm, &module, wanted).is_err() {
            // A submodule not imported yet; a name that is neither is left
            // for the caller's attribute lookup to report.
            let _ = import_module(vm, &format!("{text}.{wanted}"));
        }
    }
    Ok(module)
}
