//! Calling: Python functions (binding arguments to parameters, building the
//! frame), builtins, bound methods, classes (`__new__` then `__init__`), and
//! objects with `__call__`. Also making functions and classes.

use std::sync::Arc;

use weft_bytecode::instruction::function_flags;
use weft_bytecode::{CodeObject, Constant};
use weft_runtime::{Items, Runtime, Storage};

use crate::frame::Frame;
use crate::interp::{Exit, run_frame};
use crate::object::Obj;
use crate::objects::class::{ClassData, InstanceKind};
use crate::objects::function::FunctionMeta;
use crate::objects::iter::IterState;
use crate::objects::{CodeData, DictTable, Function, Payload, PyStr};
use crate::ops::{dict, number};
use crate::protocols::{self, str_text, type_name, user_method};
use crate::types::{class_data, lookup};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn call<R: Runtime>(vm: &Vm<R>, callable: &Value<R>, mut args: Args<R>) -> PyResult<R> {
    let Some(obj) = callable.as_obj() else { return Err(not_callable(vm, callable)) };
    match obj.payload() {
        Payload::Function(function) => call_function(vm, function, args),
        Payload::Builtin(builtin) => {
            if let Some(receiver) = &builtin.receiver {
                args.positional.insert(0, receiver.clone());
            }
            if let Some(owner) = &builtin.owner {
                check_receiver(vm, builtin.name, owner, args.positional.first())?;
            }
            if !builtin.keywords && !args.keywords.is_empty() {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", builtin.name)));
            }
            (builtin.function)(vm, args)
        }
        Payload::BoundMethod { function, receiver } => {
            args.positional.insert(0, receiver.clone());
            call(vm, function, args)
        }
        Payload::Class(_) => match metaclass_method(vm, obj, "__call__") {
            Some(method) => {
                args.positional.insert(0, callable.clone());
                call(vm, &method, args)
            }
            None => call_class(vm, obj, args),
        },
        Payload::GenericAlias { origin, .. } => call_class(vm, origin, args),
        _ => match user_method(callable, "__call__") {
            Some(method) => {
                args.positional.insert(0, callable.clone());
                call(vm, &method, args)
            }
            None => Err(not_callable(vm, callable)),
        },
    }
}

/// A builtin type's method applies only to instances of that type
/// (`str.upper(5)` is a TypeError, as in CPython).
fn check_receiver<R: Runtime>(vm: &Vm<R>, name: &str, owner: &Obj<R>, receiver: Option<&Value<R>>) -> PyResult<R, ()> {
    let owner_name = &class_data(owner).name;
    let Some(receiver) = receiver else {
        return Err(vm.type_error(format!("unbound method {owner_name}.{name}() needs an argument")));
    };
    let class = protocols::class_of(vm, receiver);
    // `int` methods also serve `bool`, which is a subclass.
    if crate::types::is_subclass(&class, owner) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{}' object",
        class_data(&class).name
    )))
}

fn not_callable<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyErr<R> {
    vm.type_error(format!("'{}' object is not callable", type_name(vm, value)))
}

pub fn call_function<R: Runtime>(vm: &Vm<R>, function: &Function<R>, args: Args<R>) -> PyResult<R> {
    let mut frame = Frame::new(function.code.clone(), function.globals.clone(), None);
    bind_arguments(vm, function, &mut frame, args)?;
    make_cells(vm, function, &mut frame);
    let code = &function.code.code;
    if code.flags.generator {
        let (name, qualname) = function.meta.read(|meta| (meta.name.clone(), meta.qualname.clone()));
        let state = IterState::Generator { frame: Some(Box::new(frame)), running: false, name, qualname };
        if code.flags.coroutine {
            let coroutine = Obj::new(&vm.types().coroutine, Payload::Iterator(R::Storage::new(state)), None);
            return Ok(Value::Obj(coroutine));
        }
        return Ok(protocols::new_iterator(vm, state));
    }
    match run_nested(vm, &mut frame)? {
        Exit::Return(value) => Ok(value),
        Exit::Yield(_) => unreachable!("only generator code yields"),
    }
}

/// Whether calling `callable` with `given` positional arguments and no
/// keywords can take [`call_simple`]: a plain Python function (not a
/// generator) without `*args`, `**kwargs` or keyword-only parameters,
/// given no more arguments than it has and enough that defaults cover the rest.
#[inline]
pub fn is_simple_call<R: Runtime>(callable: &Value<R>, given: usize) -> bool {
    let Some(Payload::Function(function)) = callable.as_obj().map(Obj::payload) else { return false };
    let code = &function.code.code;
    let flags = &code.flags;
    let arg_count = code.arg_count as usize;
    !(flags.generator || flags.varargs || flags.varkeywords || code.kwonly_count != 0 || given > arg_count)
        && (given == arg_count || arg_count - given <= default_count(function))
}

fn default_count<R: Runtime>(function: &Function<R>) -> usize {
    match function.defaults.as_ref().map(Obj::payload) {
        Some(Payload::Tuple(items)) => items.len(),
        _ => 0,
    }
}

/// Calls a function [`is_simple_call`] accepted: the arguments go straight
/// into the callee's locals (no argument vector, no keyword matching), in
/// a frame whose storage this thread's earlier calls left behind.
pub fn call_simple<R: Runtime>(vm: &Vm<R>, callable: &Value<R>, args: impl Iterator<Item = Value<R>>) -> PyResult<R> {
    let Some(Payload::Function(function)) = callable.as_obj().map(Obj::payload) else {
        unreachable!("is_simple_call checked the callable")
    };
    let mut frame = Frame::from_pool(&vm.frames, function.code.clone(), function.globals.clone());
    let mut given = 0;
    for (local, value) in frame.fast.iter_mut().zip(args) {
        *local = Some(value);
        given += 1;
    }
    let arg_count = function.code.code.arg_count as usize;
    if given < arg_count
        && let Some(Payload::Tuple(defaults)) = function.defaults.as_ref().map(Obj::payload)
    {
        let first_default = arg_count - defaults.len();
        for i in given..arg_count {
            frame.fast[i] = Some(defaults[i - first_default].clone());
        }
    }
    make_cells(vm, function, &mut frame);
    let result = run_nested_code(vm, &mut frame, &function.code);
    frame.recycle(&vm.frames);
    match result? {
        Exit::Return(value) => Ok(value),
        Exit::Yield(_) => unreachable!("only generator code yields"),
    }
}

/// Runs a frame one level deeper, enforcing the recursion limit and
/// growing the native stack as needed, so deep recursion raises
/// RecursionError instead of overflowing.
pub fn run_nested<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>) -> PyResult<R, Exit<R>> {
    let code = frame.code.clone();
    run_nested_code(vm, frame, &code)
}

/// [`run_nested`] with the frame's code borrowed from the caller.
fn run_nested_code<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, code: &CodeData<R>) -> PyResult<R, Exit<R>> {
    let depth = vm.depth.get();
    if depth >= vm.recursion_limit() {
        return Err(vm.new_error(&vm.types().exceptions.recursion_error, "maximum recursion depth exceeded"));
    }
    vm.depth.set(depth + 1);
    let result = crate::stack::with_stack(|| run_frame(vm, frame, code));
    vm.depth.set(depth);
    result
}

/// Cells for the code's cell variables (arguments captured by inner
/// functions start with the argument's value) and its closure's cells.
#[inline]
fn make_cells<R: Runtime>(vm: &Vm<R>, function: &Function<R>, frame: &mut Frame<R>) {
    // Most functions have neither: that answer stays inline.
    if function.code.code.cellvars.is_empty() && function.closure.is_none() {
        return;
    }
    fill_cells(vm, function, frame);
}

fn fill_cells<R: Runtime>(vm: &Vm<R>, function: &Function<R>, frame: &mut Frame<R>) {
    let code = &function.code.code;
    for index in 0..code.cellvars.len() {
        let initial = code
            .cell_parameters
            .iter()
            .find(|(cell, _)| *cell as usize == index)
            .and_then(|(_, parameter)| frame.fast[*parameter as usize].clone());
        frame.cells.push(Obj::new(&vm.types().cell, Payload::Cell(R::Storage::new(initial)), None));
    }
    if let Some(closure) = &function.closure
        && let Payload::Tuple(cells) = closure.payload()
    {
        frame.cells.extend(cells.iter().filter_map(|cell| cell.as_obj().cloned()));
    }
}

/// Binds call arguments to a function's parameters, as Python does, with
/// CPython's messages for every mismatch.
fn bind_arguments<R: Runtime>(
    vm: &Vm<R>,
    function: &Function<R>,
    frame: &mut Frame<R>,
    args: Args<R>,
) -> PyResult<R, ()> {
    let code = &function.code.code;
    // The name is only for error messages: read it when one is made.
    let name = || function.meta.read(|meta| meta.qualname.clone());
    let positional_count = code.arg_count as usize;
    let kwonly_count = code.kwonly_count as usize;
    let Args { positional, keywords } = args;
    let given = positional.len();
    let mut extra = Vec::new();
    for (i, value) in positional.into_iter().enumerate() {
        if i < positional_count {
            frame.fast[i] = Some(value);
        } else {
            extra.push(value);
        }
    }
    let mut slot = positional_count + kwonly_count;
    if code.flags.varargs {
        frame.fast[slot] = Some(vm.new_tuple(extra));
        slot += 1;
    } else if !extra.is_empty() {
        return Err(too_many_positional(vm, function, &name(), given, keywords.len()));
    }
    let kwargs = if code.flags.varkeywords {
        let kwargs = vm.new_dict();
        frame.fast[slot] = Some(Value::Obj(kwargs.clone()));
        Some(kwargs)
    } else {
        None
    };
    let keyword_names: Vec<String> = if keywords.is_empty() {
        Vec::new()
    } else {
        keywords.iter().filter_map(|(key, _)| crate::protocols::obj_text(key).map(str::to_owned)).collect()
    };
    for (key, value) in keywords {
        let key_text = crate::protocols::obj_text(&key).expect("keyword names are str");
        let parameter = code.varnames[..positional_count + kwonly_count]
            .iter()
            .position(|p| &**p == key_text)
            .filter(|&i| i >= code.posonly_count as usize);
        match (parameter, &kwargs) {
            (Some(i), _) => {
                if frame.fast[i].is_some() {
                    return Err(vm.type_error(format!("{}() got multiple values for argument '{key_text}'", name())));
                }
                frame.fast[i] = Some(value);
            }
            (None, Some(kwargs)) => dict::set_item(vm, kwargs, Value::Obj(key), value)?,
            (None, None) => {
                let posonly = &code.varnames[..code.posonly_count as usize];
                if posonly.iter().any(|p| &**p == key_text) {
                    return Err(positional_only_passed(vm, &name(), posonly, &keyword_names));
                }
                return Err(vm.type_error(format!("{}() got an unexpected keyword argument '{key_text}'", name())));
            }
        }
    }
    fill_defaults(vm, function, frame, name)
}

/// "f() got some positional-only arguments passed as keyword arguments: 'a, b'".
fn positional_only_passed<R: Runtime>(vm: &Vm<R>, name: &str, posonly: &[Box<str>], keywords: &[String]) -> PyErr<R> {
    let passed: Vec<&str> = posonly.iter().map(|p| &**p).filter(|p| keywords.iter().any(|k| k == p)).collect();
    vm.type_error(format!(
        "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
        passed.join(", ")
    ))
}

fn fill_defaults<R: Runtime>(
    vm: &Vm<R>,
    function: &Function<R>,
    frame: &mut Frame<R>,
    name: impl Fn() -> Box<str>,
) -> PyResult<R, ()> {
    let code = &function.code.code;
    let positional_count = code.arg_count as usize;
    let defaults: &[Value<R>] = match function.defaults.as_ref().map(Obj::payload) {
        Some(Payload::Tuple(items)) => items,
        _ => &[],
    };
    let first_default = positional_count - defaults.len();
    let mut missing = Vec::new();
    for i in 0..positional_count {
        if frame.fast[i].is_none() {
            match i.checked_sub(first_default) {
                Some(d) => frame.fast[i] = Some(defaults[d].clone()),
                None => missing.push(code.varnames[i].clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_arguments(vm, &name(), "positional", &missing));
    }
    let mut missing = Vec::new();
    for i in positional_count..positional_count + code.kwonly_count as usize {
        if frame.fast[i].is_none() {
            let default = function.kwdefaults.as_ref().and_then(|d| crate::types::dict_get_str(d, &code.varnames[i]));
            match default {
                Some(value) => frame.fast[i] = Some(value),
                None => missing.push(code.varnames[i].clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_arguments(vm, &name(), "keyword-only", &missing));
    }
    Ok(())
}

fn missing_arguments<R: Runtime>(vm: &Vm<R>, name: &str, kind: &str, missing: &[Box<str>]) -> PyErr<R> {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => String::new(),
    };
    let plural = if missing.len() == 1 { "argument" } else { "arguments" };
    vm.type_error(format!("{name}() missing {} required {kind} {plural}: {list}", missing.len()))
}

fn too_many_positional<R: Runtime>(
    vm: &Vm<R>,
    function: &Function<R>,
    name: &str,
    given: usize,
    keywords: usize,
) -> PyErr<R> {
    let code = &function.code.code;
    let maximum = code.arg_count as usize;
    let defaults = match function.defaults.as_ref().map(Obj::payload) {
        Some(Payload::Tuple(items)) => items.len(),
        _ => 0,
    };
    let takes = if defaults > 0 {
        format!("from {} to {maximum} positional arguments", maximum - defaults)
    } else {
        format!("{maximum} positional argument{}", if maximum == 1 { "" } else { "s" })
    };
    let keyword_note = if keywords > 0 {
        format!(" (and {keywords} keyword-only argument{})", if keywords == 1 { "" } else { "s" })
    } else {
        String::new()
    };
    let was = if given == 1 { "was" } else { "were" };
    vm.type_error(format!("{name}() takes {takes} but {given}{keyword_note} {was} given"))
}

// ----- Making functions -----

/// The constants of a compiled code object as values, ready to run.
pub fn code_data<R: Runtime>(vm: &Vm<R>, code: Arc<CodeObject>) -> Arc<CodeData<R>> {
    // Constants and names live as long as the code, and every thread
    // running it loads them: immortal, they cost no count and no contention.
    let constants = code.constants.iter().map(|constant| immortal(constant_value(vm, constant))).collect();
    let names = code.names.iter().map(|name| vm.interp.intern(name)).collect();
    let name_slots = (0..code.names.len()).map(|_| std::sync::atomic::AtomicU32::new(u32::MAX)).collect();
    let instructions = weft_bytecode::fuse::fuse(&code.instructions).into();
    let absent_from_globals = (0..code.names.len()).map(|_| std::sync::atomic::AtomicU64::new(u64::MAX)).collect();
    Arc::new(CodeData {
        code,
        instructions,
        constants,
        names,
        name_slots,
        absent_from_globals,
        globals_owner: Default::default(),
    })
}

fn immortal<R: Runtime>(value: Value<R>) -> Value<R> {
    if let Value::Obj(obj) = &value {
        obj.make_immortal();
    }
    value
}

fn constant_value<R: Runtime>(vm: &Vm<R>, constant: &Constant) -> Value<R> {
    match constant {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => number::int_value(vm, i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => {
            Value::Obj(Obj::new(&vm.types().complex, Payload::Complex(*real, *imag), None))
        }
        Constant::Str(text) => Value::Obj(Obj::new(&vm.types().str, Payload::Str(PyStr::new(text.clone())), None)),
        Constant::Bytes(bytes) => crate::builtins::new_bytes(vm, bytes.to_vec()),
        Constant::Ellipsis => Value::Obj(vm.interp.ellipsis.clone()),
        Constant::Tuple(items) => vm.new_tuple(items.iter().map(|item| immortal(constant_value(vm, item))).collect()),
        Constant::FrozenSet(items) => {
            // CPython builds the frozenset, then its constant-merging pass
            // rebuilds it from its own iteration order; both steps shape the
            // layout. Constants hash without running Python code, so neither fails.
            let items = items.iter().map(|item| constant_value(vm, item)).collect();
            let first = crate::ops::set::new_set(vm, items, true).unwrap_or(Value::None);
            let Some(first) = first.as_obj() else { return Value::None };
            crate::ops::set::new_set(vm, crate::ops::set::keys(first), true).unwrap_or(Value::None)
        }
        Constant::Code(code) => {
            Value::Obj(Obj::new(&vm.types().code, Payload::Code(code_data(vm, code.clone())), None))
        }
    }
}

/// `MAKE_FUNCTION`: pops the code object and what the flags say lies below it.
#[inline(never)]
pub fn make_function<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, flags: u32) -> Value<R> {
    let code = frame.pop();
    let closure = (flags & function_flags::CLOSURE != 0).then(|| frame.pop());
    let annotations = (flags & function_flags::ANNOTATIONS != 0).then(|| frame.pop());
    let kwdefaults = (flags & function_flags::KW_DEFAULTS != 0).then(|| frame.pop());
    let defaults = (flags & function_flags::DEFAULTS != 0).then(|| frame.pop());
    let Some(Payload::Code(code)) = code.as_obj().map(Obj::payload) else {
        unreachable!("MAKE_FUNCTION takes a code object")
    };
    let meta = FunctionMeta { name: code.code.name.clone(), qualname: code.code.qualname.clone() };
    let function = Function {
        code: code.clone(),
        globals: frame.globals.clone(),
        defaults: defaults.and_then(|d| d.as_obj().cloned()),
        kwdefaults: kwdefaults.and_then(|d| d.as_obj().cloned()),
        closure: closure.and_then(|c| c.as_obj().cloned()),
        meta: R::Storage::new(meta),
    };
    let attrs = vm.new_dict();
    if let Some(pairs) = annotations {
        let table = vm.new_dict();
        for pair in crate::ops::list::items(&pairs).chunks(2) {
            let _ = dict::set_item(vm, &table, pair[0].clone(), pair[1].clone());
        }
        let _ = dict::set_item(vm, &attrs, vm.new_str("__annotations__"), Value::Obj(table));
    }
    let function = Obj::new(&vm.types().function, Payload::Function(Box::new(function)), Some(attrs));
    // Functions defined at module or class level are shared by every thread
    // that calls them and almost never die: immortal, they are not a
    // reference count all threads fight over (CPython 3.13t does the same).
    // Nested functions and lambdas stay counted.
    if !frame.code.code.flags.optimized {
        function.make_immortal();
        if let Some(attrs) = function.attrs() {
            attrs.make_immortal();
        }
    }
    Value::Obj(function)
}

/// Turns `f(*args, **kwargs)`'s tuple and dict into call arguments.
pub fn unpack_call_arguments<R: Runtime>(
    vm: &Vm<R>,
    callable: &Value<R>,
    positional: Value<R>,
    keywords: Option<Value<R>>,
) -> PyResult<R, Args<R>> {
    let positional = match positional.as_obj().map(Obj::payload) {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => protocols::collect(vm, &positional).map_err(|_| {
            let name = crate::builtins::callable_name(vm, callable);
            vm.type_error(format!("{name} argument after * must be an iterable, not {}", type_name(vm, &positional)))
        })?,
    };
    let mut pairs = Vec::new();
    if let Some(keywords) = keywords {
        for (key, value) in dict::entries(keywords.as_obj().expect("a dict")) {
            match key.as_obj() {
                Some(name) if matches!(name.payload(), Payload::Str(_)) => pairs.push((name.clone(), value)),
                _ => return Err(vm.type_error("keywords must be strings")),
            }
        }
    }
    Ok(Args { positional, keywords: pairs })
}

// ----- Classes -----

/// A method a class's metaclass defines in Python (`__call__`,
/// `__instancecheck__`, …), which then overrides what `type` does.
pub fn metaclass_method<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, name: &str) -> Option<Value<R>> {
    let metaclass = class.class();
    if metaclass.ptr_eq(&vm.types().type_) {
        return None;
    }
    lookup(&metaclass, name).filter(|method| matches!(method.as_obj().map(Obj::payload), Some(Payload::Function(_))))
}

/// `Class(args)`: `__new__`, then `__init__` if the result is an instance
/// (`type.__call__`).
pub fn call_class<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, args: Args<R>) -> PyResult<R> {
    if class.ptr_eq(&vm.types().type_) && args.positional.len() == 1 && args.keywords.is_empty() {
        return Ok(Value::Obj(protocols::class_of(vm, &args.positional[0])));
    }
    let names = &vm.interp.names;
    let new = crate::types::lookup_name(class, &names.new).expect("object defines __new__");
    let instance = if !class_data(class).builtin && is_object_new(vm, &new) {
        // `object.__new__` of a Python class: what it would do, without
        // building its argument vector (it ignores the arguments here).
        Value::Obj(new_instance(vm, class))
    } else {
        let instance = call_new(vm, class, new, &args)?;
        if !crate::types::is_subclass(&protocols::class_of(vm, &instance), class) {
            return Ok(instance);
        }
        instance
    };
    let init = crate::types::lookup_name(class, &names.init).expect("object defines __init__");
    if matches!(init.as_obj().map(Obj::payload), Some(Payload::Function(_))) {
        let result = if args.keywords.is_empty() && is_simple_call(&init, args.positional.len() + 1) {
            call_simple(vm, &init, std::iter::once(instance.clone()).chain(args.positional))?
        } else {
            let mut init_args = args;
            init_args.positional.insert(0, instance.clone());
            call(vm, &init, init_args)?
        };
        init_returned(vm, &result)?;
    } else if !args.is_empty() && !class_data(class).builtin && is_default_new(vm, class) {
        return Err(vm.type_error(format!("{}() takes no arguments", class_data(class).name)));
    } else if let Some(Payload::Builtin(builtin)) = init.as_obj().map(Obj::payload) {
        let mut init_args = args;
        init_args.positional.insert(0, instance.clone());
        (builtin.function)(vm, init_args)?;
    }
    Ok(instance)
}

/// For `Class(args)` with `given` positional arguments and no keywords:
/// the class's `__init__`, when the call can take [`call_class_simple`] —
/// a Python class made by `type`, instantiated by `object.__new__`, whose
/// `__init__` is a function [`is_simple_call`] accepts.
pub fn simple_class_init<R: Runtime>(vm: &Vm<R>, callable: &Value<R>, given: usize) -> Option<Value<R>> {
    let class = callable.as_obj()?;
    let Payload::Class(data) = class.payload() else { return None };
    if data.builtin || !class.class().ptr_eq(&vm.types().type_) {
        return None;
    }
    let new = crate::types::lookup_name(class, &vm.interp.names.new)?;
    let init = crate::types::lookup_name(class, &vm.interp.names.init)?;
    (is_object_new(vm, &new) && is_simple_call(&init, given + 1)).then_some(init)
}

/// `Class(args)` for a call [`simple_class_init`] accepted: a new instance,
/// initialised with the arguments straight from the caller.
pub fn call_class_simple<R: Runtime>(
    vm: &Vm<R>,
    class: &Value<R>,
    init: &Value<R>,
    args: impl Iterator<Item = Value<R>>,
) -> PyResult<R> {
    let class = class.as_obj().expect("simple_class_init checked the class");
    let instance = Value::Obj(new_instance(vm, class));
    let result = call_simple(vm, init, std::iter::once(instance.clone()).chain(args))?;
    init_returned(vm, &result)?;
    Ok(instance)
}

/// `__init__` must return None.
fn init_returned<R: Runtime>(vm: &Vm<R>, result: &Value<R>) -> PyResult<R, ()> {
    if result.is_none() {
        return Ok(());
    }
    Err(vm.type_error(format!("__init__() should return None, not '{}'", type_name(vm, result))))
}

fn is_object_new<R: Runtime>(vm: &Vm<R>, new: &Value<R>) -> bool {
    crate::types::lookup_name(&vm.types().object, &vm.interp.names.new).is_some_and(|object_new| object_new.is(new))
}

/// Calls a class's `__new__` with the class and the call's arguments.
fn call_new<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, new: Value<R>, args: &Args<R>) -> PyResult<R> {
    let mut new_args = Vec::with_capacity(args.positional.len() + 1);
    new_args.push(Value::Obj(class.clone()));
    new_args.extend(args.positional.iter().cloned());
    let new_function = match new.as_obj().map(Obj::payload) {
        Some(Payload::StaticMethod(function)) => function.clone(),
        _ => new,
    };
    let keywords = args.keywords.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    call(vm, &new_function, Args { positional: new_args, keywords })
}

fn is_default_new<R: Runtime>(vm: &Vm<R>, class: &Obj<R>) -> bool {
    let new = lookup(class, "__new__");
    let object_new = lookup(&vm.types().object, "__new__");
    matches!((new, object_new), (Some(a), Some(b)) if a.is(&b))
}

/// A new instance of `class`, with the payload its builtin base calls for.
pub fn new_instance<R: Runtime>(vm: &Vm<R>, class: &Obj<R>) -> Obj<R> {
    let data = class_data(class);
    let payload = match data.instance_kind {
        InstanceKind::List => Payload::List(R::Items::new(Vec::new())),
        InstanceKind::Dict => Payload::Dict(DictTable::default()),
        InstanceKind::Set => Payload::Set(R::Storage::new(crate::objects::set::SetTable::default())),
        InstanceKind::Exception => {
            Payload::Exception(Box::new(R::Storage::new(crate::objects::ExceptionData::new(vm.new_tuple(vec![])))))
        }
        // Attributes in shape form: no dict until one is needed.
        _ => return Obj::new(class, Payload::Instance(crate::shape::InstanceData::for_class(class)), None),
    };
    let attrs = data.instance_dict.then(|| vm.new_dict());
    Obj::new(class, payload, attrs)
}

/// `__build_class__(body, name, *bases, metaclass=None, **keywords)`.
pub fn build_class<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    let mut positional = args.positional.into_iter();
    let body = positional.next().ok_or_else(|| vm.type_error("__build_class__: not enough arguments"))?;
    let name = positional.next().ok_or_else(|| vm.type_error("__build_class__: not enough arguments"))?;
    let original_bases: Vec<Value<R>> = positional.collect();
    let bases = resolve_bases(vm, &original_bases)?;
    let mut metaclass = None;
    let mut keywords = Vec::new();
    for (key, value) in args.keywords {
        if str_text(&Value::Obj(key.clone())) == Some("metaclass") {
            metaclass = Some(value);
        } else {
            keywords.push((key, value));
        }
    }
    let Some(Payload::Function(function)) = body.as_obj().map(Obj::payload) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    // A class metaclass (given, or `type`) gives way to a more derived one
    // among the bases' metaclasses; any other callable is called as is.
    let metaclass = match metaclass {
        Some(Value::Obj(given)) if matches!(given.payload(), Payload::Class(_)) => {
            Value::Obj(winning_metaclass(vm, &given, &bases)?)
        }
        Some(given) => given,
        None => Value::Obj(winning_metaclass(vm, &vm.types().type_, &bases)?),
    };
    let is_type = metaclass.is(&Value::Obj(vm.types().type_.clone()));
    let namespace = if is_type { vm.new_dict() } else { prepare(vm, &metaclass, &name, &bases, &keywords)? };
    if bases.len() != original_bases.len() || bases.iter().zip(&original_bases).any(|(a, b)| !a.is(b)) {
        dict::set_item(vm, &namespace, vm.new_str("__orig_bases__"), vm.new_tuple(original_bases))?;
    }
    let mut frame = Frame::new(function.code.clone(), function.globals.clone(), Some(namespace.clone()));
    make_cells(vm, function, &mut frame);
    let cell = match run_nested(vm, &mut frame)? {
        Exit::Return(value) => value,
        Exit::Yield(_) => Value::None,
    };
    let class = if is_type {
        Value::Obj(new_class(vm, &vm.types().type_, &name, &bases, &namespace, keywords)?)
    } else {
        let bases = vm.new_tuple(bases);
        call(vm, &metaclass, Args { positional: vec![name, bases, Value::Obj(namespace)], keywords })?
    };
    if let Some(Payload::Cell(contents)) = cell.as_obj().map(Obj::payload) {
        contents.write(|slot| *slot = Some(class.clone()));
    }
    Ok(class)
}

/// A class statement's bases with each non-class that has `__mro_entries__`
/// (`Generic[T]`, `List[int]`) replaced by the classes it names.
fn resolve_bases<R: Runtime>(vm: &Vm<R>, bases: &[Value<R>]) -> PyResult<R, Vec<Value<R>>> {
    let mut resolved = Vec::with_capacity(bases.len());
    for base in bases {
        let is_class = matches!(base.as_obj().map(Obj::payload), Some(Payload::Class(_)));
        match crate::attr::get_attr_str(vm, base, "__mro_entries__") {
            Ok(entries) if !is_class => {
                let entries = call(vm, &entries, Args::new(vec![vm.new_tuple(bases.to_vec())]))?;
                resolved.extend(protocols::collect(vm, &entries)?);
            }
            _ => resolved.push(base.clone()),
        }
    }
    Ok(resolved)
}

/// The namespace a metaclass's `__prepare__` makes for the class body (a
/// fresh dict if it has none, or returns something other than a dict).
fn prepare<R: Runtime>(
    vm: &Vm<R>,
    metaclass: &Value<R>,
    name: &Value<R>,
    bases: &[Value<R>],
    keywords: &[(Obj<R>, Value<R>)],
) -> PyResult<R, Obj<R>> {
    let Ok(method) = crate::attr::get_attr_str(vm, metaclass, "__prepare__") else { return Ok(vm.new_dict()) };
    let args = Args { positional: vec![name.clone(), vm.new_tuple(bases.to_vec())], keywords: keywords.to_vec() };
    match call(vm, &method, args)? {
        Value::Obj(namespace) if matches!(namespace.payload(), Payload::Dict(_)) => Ok(namespace),
        _ => Ok(vm.new_dict()),
    }
}

/// CPython's rule: the most derived of `given` and the bases' metaclasses,
/// which must all lie on one line of inheritance.
pub fn winning_metaclass<R: Runtime>(vm: &Vm<R>, given: &Obj<R>, bases: &[Value<R>]) -> PyResult<R, Obj<R>> {
    let mut winner = given.clone();
    for base in bases.iter().filter_map(Value::as_obj).filter(|b| matches!(b.payload(), Payload::Class(_))) {
        let candidate = base.class();
        if crate::types::is_subclass(&winner, &candidate) {
            continue;
        }
        if crate::types::is_subclass(&candidate, &winner) {
            winner = candidate;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(metaclass, name, bases, namespace, **keywords)`: a new
/// class, whose bases' `__init_subclass__` then sees the keywords.
pub fn new_class<R: Runtime>(
    vm: &Vm<R>,
    metaclass: &Obj<R>,
    name: &Value<R>,
    bases: &[Value<R>],
    namespace: &Obj<R>,
    keywords: Vec<(Obj<R>, Value<R>)>,
) -> PyResult<R, Obj<R>> {
    let name = str_text(name).ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str"))?.to_owned();
    let mut base_classes = Vec::new();
    for base in bases {
        match base.as_obj() {
            Some(obj) if matches!(obj.payload(), Payload::Class(_)) => base_classes.push(obj.clone()),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types().object.clone());
    }
    for (i, base) in base_classes.iter().enumerate() {
        if base_classes[..i].iter().any(|earlier| earlier.ptr_eq(base)) {
            return Err(vm.type_error(format!("duplicate base class {}", class_data(base).name)));
        }
        let data = class_data(base);
        let open = base.ptr_eq(&vm.types().object) || base.ptr_eq(&vm.types().type_);
        if data.builtin && matches!(data.instance_kind, InstanceKind::Special) && !open {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", data.name)));
        }
    }
    let ancestors = crate::types::c3_mro(&base_classes).ok_or_else(|| {
        let names: Vec<String> = base_classes.iter().map(|b| class_data(b).name.to_string()).collect();
        vm.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    let instance_kind = ancestors
        .iter()
        .map(|c| class_data(c).instance_kind)
        .find(|kind| !matches!(kind, InstanceKind::Object))
        .unwrap_or(InstanceKind::Object);
    let mut slots = slot_names(vm, namespace)?;
    // `__dict__` among the slots asks for an attribute dict; `__weakref__` needs nothing here.
    let slot_dict = slots.as_ref().is_some_and(|names| names.iter().any(|n| &**n == "__dict__"));
    if let Some(names) = &mut slots {
        names.retain(|n| !matches!(&**n, "__dict__" | "__weakref__"));
    }
    let inherits_dict = ancestors.iter().any(|c| {
        let data = class_data(c);
        !data.builtin && data.instance_dict
    });
    let instance_dict =
        slots.is_none() || slot_dict || inherits_dict || matches!(instance_kind, InstanceKind::Exception);
    // A class that defines equality but not hashing is unhashable, as in CPython.
    if crate::types::dict_get_str(namespace, "__eq__").is_some()
        && crate::types::dict_get_str(namespace, "__hash__").is_none()
    {
        dict::set_item(vm, namespace, vm.new_str("__hash__"), Value::None)?;
    }
    // These two are class methods without saying so, as in CPython.
    for implicit in ["__init_subclass__", "__class_getitem__"] {
        if let Some(function) = crate::types::dict_get_str(namespace, implicit)
            && matches!(function.as_obj().map(Obj::payload), Some(Payload::Function(_)))
        {
            let method = Obj::new(&vm.types().classmethod, Payload::ClassMethod(function), None);
            dict::set_item(vm, namespace, vm.new_str(implicit), Value::Obj(method))?;
        }
    }
    let qualname = crate::types::dict_get_str(namespace, "__qualname__")
        .and_then(|q| str_text(&q).map(str::to_owned))
        .unwrap_or_else(|| name.clone());
    if let Payload::Dict(table) = namespace.payload() {
        table.mark_class_namespace();
    }
    let class = Obj::new_immortal(
        Some(metaclass),
        Payload::Class(Box::new(ClassData {
            name: name.into(),
            qualname: qualname.into(),
            bases: base_classes.into(),
            ancestors: ancestors.into(),
            dict: namespace.clone(),
            instance_kind,
            slots: slots.unwrap_or_default().into(),
            instance_dict,
            builtin: false,
            hooks: Default::default(),
            shape: Default::default(),
        })),
        None,
    );
    dict::remove(vm, namespace, &vm.new_str("__qualname__"))?;
    dict::remove(vm, namespace, &vm.new_str("__classcell__"))?;
    add_member_descriptors(vm, &class)?;
    init_subclass(vm, &class, keywords)?;
    Ok(class)
}

/// Calls the first `__init_subclass__` among a new class's ancestors with
/// the class statement's keywords (`object`'s takes none).
fn init_subclass<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, keywords: Vec<(Obj<R>, Value<R>)>) -> PyResult<R, ()> {
    let data = class_data(class);
    let hook =
        data.ancestors.iter().find_map(|base| crate::types::dict_get_str(&class_data(base).dict, "__init_subclass__"));
    let Some(hook) = hook else { return Ok(()) };
    let function = match hook.as_obj().map(Obj::payload) {
        Some(Payload::ClassMethod(function)) => function.clone(),
        _ => hook,
    };
    call(vm, &function, Args { positional: vec![Value::Obj(class.clone())], keywords })?;
    Ok(())
}

/// Each `__slots__` name becomes a descriptor in the class dict, so lookup
/// finds it before the instance dict, as CPython's `member_descriptor` does.
fn add_member_descriptors<R: Runtime>(vm: &Vm<R>, class: &Obj<R>) -> PyResult<R, ()> {
    let data = class_data(class);
    let offset: usize = data.ancestors.iter().map(|base| class_data(base).slots.len()).sum();
    for (i, name) in data.slots.iter().enumerate() {
        if crate::types::dict_get_str(&data.dict, name).is_some() {
            return Err(vm.value_error(format!("'{name}' in __slots__ conflicts with class variable")));
        }
        let member = Payload::Member { name: name.clone(), index: offset + i, owner: class.clone() };
        let descriptor = Obj::new(&vm.types().member_descriptor, member, None);
        dict::set_item(vm, &data.dict, Value::Obj(vm.interp.intern(name)), Value::Obj(descriptor))?;
    }
    Ok(())
}

fn slot_names<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) -> PyResult<R, Option<Vec<Box<str>>>> {
    let Some(slots) = crate::types::dict_get_str(namespace, "__slots__") else { return Ok(None) };
    let names =
        if let Some(text) = str_text(&slots) { vec![vm.new_str(text)] } else { protocols::collect(vm, &slots)? };
    let mut result = Vec::new();
    for name in names {
        match str_text(&name) {
            Some(text) => result.push(text.into()),
            None => return Err(vm.type_error("__slots__ items must be strings")),
        }
    }
    Ok(Some(result))
}
