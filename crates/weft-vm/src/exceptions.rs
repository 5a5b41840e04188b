//! Exceptions: matching `except` clauses, raising classes or instances,
//! chaining (`__cause__`, `__context__`), the `with` protocol, and printing
//! an uncaught exception as CPython does.

use weft_runtime::{Runtime, Storage};

use crate::call;
use crate::object::Obj;
use crate::objects::Payload;
use crate::protocols::{self, class_of, str_text, type_name};
use crate::traceback_source::SourceCache;
use crate::types::{class_data, is_subclass, lookup};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// `except classes:` — does the exception match a class or a tuple of them?
pub fn matches<R: Runtime>(vm: &Vm<R>, exception: &Value<R>, classes: &Value<R>) -> PyResult<R, bool> {
    let class = class_of(vm, exception);
    match classes.as_obj().map(Obj::payload) {
        Some(Payload::Tuple(items)) => {
            for item in items.iter() {
                if matches(vm, exception, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Class(_)) if is_exception_class(vm, classes) => {
            Ok(is_subclass(&class, classes.as_obj().expect("a class")))
        }
        _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

fn is_exception_class<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> bool {
    value.as_obj().is_some_and(|class| {
        matches!(class.payload(), Payload::Class(_)) && is_subclass(class, &vm.types().exceptions.base_exception)
    })
}

/// `raise X`: X may be an exception class (instantiated with no arguments) or instance.
pub fn instantiate<R: Runtime>(vm: &Vm<R>, value: Value<R>) -> PyResult<R, Obj<R>> {
    if is_exception_class(vm, &value) {
        let instance = call::call(vm, &value, Args::new(vec![]))?;
        return match instance.as_obj() {
            Some(obj) if matches!(obj.payload(), Payload::Exception(_)) => Ok(obj.clone()),
            _ => Err(vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                protocols::repr(vm, &value)?,
                type_name(vm, &instance)
            ))),
        };
    }
    match value.as_obj() {
        Some(obj) if matches!(obj.payload(), Payload::Exception(_)) => Ok(obj.clone()),
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

/// `raise exception from cause`.
pub fn set_cause<R: Runtime>(vm: &Vm<R>, exception: &Obj<R>, cause: Value<R>) -> PyResult<R, ()> {
    let cause = if cause.is_none() {
        Value::None
    } else {
        let is_exception =
            is_exception_class(vm, &cause) || matches!(cause.as_obj().map(Obj::payload), Some(Payload::Exception(_)));
        if !is_exception {
            return Err(vm.type_error("exception causes must derive from BaseException"));
        }
        Value::Obj(instantiate(vm, cause)?)
    };
    if let Payload::Exception(data) = exception.payload() {
        data.write(|data| {
            data.cause = cause;
            data.suppress_context = true;
        });
    }
    Ok(())
}

/// Assigns `__cause__`, `__context__`, `__suppress_context__` or `args`;
/// false for any other name (which goes to the instance dict).
pub fn set_special<R: Runtime>(
    vm: &Vm<R>,
    data: &R::Storage<crate::objects::ExceptionData<R>>,
    name: &str,
    value: Value<R>,
) -> PyResult<R, bool> {
    let is_exception_or_none =
        value.is_none() || matches!(value.as_obj().map(Obj::payload), Some(Payload::Exception(_)));
    match name {
        "__cause__" | "__context__" if !is_exception_or_none => Err(
            vm.type_error(format!("exception {} must be None or derive from BaseException", &name[2..name.len() - 2]))
        ),
        "__cause__" => {
            let old = data.write(|d| {
                d.suppress_context = true;
                std::mem::replace(&mut d.cause, value)
            });
            drop(old);
            Ok(true)
        }
        "__context__" => {
            let old = data.write(|d| std::mem::replace(&mut d.context, value));
            drop(old);
            Ok(true)
        }
        "__suppress_context__" => {
            let flag = protocols::truthy(vm, &value)?;
            data.write(|d| d.suppress_context = flag);
            Ok(true)
        }
        "args" => {
            let args = vm.new_tuple(protocols::collect(vm, &value)?);
            let old = data.write(|d| std::mem::replace(&mut d.args, args));
            drop(old);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The value a StopIteration carries (a generator's return value).
pub fn stop_value<R: Runtime>(error: &PyErr<R>) -> Value<R> {
    match error.exception.payload() {
        Payload::Exception(data) => data.read(|data| match data.args.as_obj().map(Obj::payload) {
            Some(Payload::Tuple(items)) => items.first().cloned().unwrap_or(Value::None),
            _ => Value::None,
        }),
        _ => Value::None,
    }
}

/// `with manager:` — the bound `__exit__` and what `__enter__()` returned.
pub fn enter_context<R: Runtime>(vm: &Vm<R>, manager: Value<R>) -> PyResult<R, (Value<R>, Value<R>)> {
    let class = class_of(vm, &manager);
    let (Some(enter), Some(exit)) = (lookup(&class, "__enter__"), lookup(&class, "__exit__")) else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol",
            type_name(vm, &manager)
        )));
    };
    let exit = crate::attr::bound_method(vm, exit, manager.clone());
    let entered = call::call(vm, &enter, Args::new(vec![manager]))?;
    Ok((exit, entered))
}

/// `__exit__(type, value, traceback)` for an exception leaving a `with` body.
pub fn call_exit<R: Runtime>(vm: &Vm<R>, exit: &Value<R>, exception: &Value<R>) -> PyResult<R> {
    let class = Value::Obj(class_of(vm, exception));
    let traceback = crate::attr::get_attr_str(vm, exception, "__traceback__")?;
    call::call(vm, exit, Args::new(vec![class, exception.clone(), traceback]))
}

/// Data of an exception object.
pub fn data_of<R: Runtime, T>(
    exception: &Obj<R>,
    read: impl FnOnce(&crate::objects::ExceptionData<R>) -> T,
) -> Option<T> {
    match exception.payload() {
        Payload::Exception(data) => Some(data.read(read)),
        _ => None,
    }
}

// ----- Printing -----

/// The text CPython prints to stderr for an uncaught exception.
pub fn format_exception<R: Runtime>(vm: &Vm<R>, exception: &Obj<R>) -> String {
    let mut out = String::new();
    let mut sources = SourceCache::default();
    format_chain(vm, exception, &mut out, &mut sources, &mut Vec::new());
    out
}

fn format_chain<R: Runtime>(
    vm: &Vm<R>,
    exception: &Obj<R>,
    out: &mut String,
    sources: &mut SourceCache,
    seen: &mut Vec<usize>,
) {
    seen.push(exception.id());
    let (cause, context, suppress) = data_of(exception, |d| (d.cause.clone(), d.context.clone(), d.suppress_context))
        .unwrap_or((Value::None, Value::None, false));
    if let Some(cause) = cause.as_obj().filter(|c| !seen.contains(&c.id())) {
        format_chain(vm, cause, out, sources, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let Some(context) = context.as_obj().filter(|c| !suppress && !seen.contains(&c.id())) {
        format_chain(vm, context, out, sources, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let entries = data_of(exception, |d| d.traceback.clone()).unwrap_or_default();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // As CPython: after 3 identical entries in a row, the rest are counted, not printed.
        const REPEAT_CUTOFF: usize = 3;
        let mut previous: Option<(&str, u32, &str)> = None;
        let mut repeats = 0;
        for entry in entries.iter().rev() {
            let key = (&*entry.filename, entry.line, &*entry.function);
            if previous == Some(key) {
                repeats += 1;
            } else {
                flush_repeats(out, repeats, REPEAT_CUTOFF);
                previous = Some(key);
                repeats = 1;
            }
            if repeats > REPEAT_CUTOFF {
                continue;
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.filename, entry.line, entry.function));
            if let Some(lines) = sources.frame_lines(&entry.filename, entry.line, entry.start, entry.end) {
                out.push_str(&lines);
            }
        }
        flush_repeats(out, repeats, REPEAT_CUTOFF);
    }
    out.push_str(&exception_line(vm, exception));
    out.push('\n');
}

fn flush_repeats(out: &mut String, repeats: usize, cutoff: usize) {
    if repeats > cutoff {
        let more = repeats - cutoff;
        out.push_str(&format!("  [Previous line repeated {more} more time{}]\n", if more == 1 { "" } else { "s" }));
    }
}

/// `Name: message`, the last line of a traceback.
pub fn exception_line<R: Runtime>(vm: &Vm<R>, exception: &Obj<R>) -> String {
    let class = exception.class();
    let data = class_data(&class);
    let module = crate::types::dict_get_str(&data.dict, "__module__");
    let name = match module.as_ref().and_then(str_text) {
        Some(module) if module != "builtins" && module != "__main__" => format!("{module}.{}", data.qualname),
        _ => data.qualname.to_string(),
    };
    let message =
        protocols::to_str(vm, &Value::Obj(exception.clone())).unwrap_or_else(|_| "<exception str() failed>".into());
    if message.is_empty() { name } else { format!("{name}: {message}") }
}
