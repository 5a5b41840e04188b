//! `sys`: argv, exit, the recursion limit, standard streams, version.

use weft_runtime::Runtime;

use crate::builtins::{arity, define, expect_int, flush_stdout, write_stdout};
use crate::object::Obj;
use crate::objects::Payload;
use crate::ops::dict;
use crate::protocols::{self, str_text};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    let set = |name: &str, value: Value<R>| {
        let _ = dict::set_item(vm, namespace, vm.new_str(name), value);
    };
    let argv = vm.interp.argv.iter().map(|arg| vm.new_str(arg.as_str())).collect();
    set("argv", vm.new_list(argv));
    set("maxsize", Value::Int(i64::MAX));
    set("version", vm.new_str(format!("3.11.0 ({} {})", R::NAME, env!("CARGO_PKG_VERSION"))));
    set(
        "version_info",
        vm.new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(0), vm.new_str("final"), Value::Int(0)]),
    );
    set("platform", vm.new_str(std::env::consts::OS));
    set("byteorder", vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("modules", Value::Obj(vm.interp.modules.clone()));
    let stdout = stream(vm, "<stdout>", |vm, args| {
        let text = write_argument(vm, &args)?;
        write_stdout(&text);
        Ok(Value::Int(text.chars().count() as i64))
    });
    let stdout_bytes = stream(vm, "<stdout>", |vm, args| {
        let bytes = bytes_argument(vm, &args)?;
        crate::builtins::write_stdout_bytes(&bytes);
        Ok(Value::Int(bytes.len() as i64))
    });
    set_buffer(vm, &stdout, stdout_bytes);
    set("stdout", stdout);
    let stderr = stream(vm, "<stderr>", |vm, args| {
        let text = write_argument(vm, &args)?;
        write_standard::<R>(2, &text, false);
        Ok(Value::Int(text.chars().count() as i64))
    });
    let stderr_bytes = stream(vm, "<stderr>", |vm, args| {
        let bytes = bytes_argument(vm, &args)?;
        R::detached(|| {
            flush_stdout();
            let _ = std::io::Write::write_all(&mut std::io::stderr(), &bytes);
        });
        Ok(Value::Int(bytes.len() as i64))
    });
    set_buffer(vm, &stderr, stderr_bytes);
    set("stderr", stderr);
    // sys.stdin is Python source (`lib/_stdio.py`) over `_os`'s reads.
    if let Ok(stdio) = crate::import::import_module(vm, "_stdio")
        && let Ok(stdin) = crate::attr::get_attr_str(vm, &stdio, "stdin")
    {
        set("stdin", stdin);
    }
    define(vm, namespace, "exit", |vm, args| {
        arity(vm, "exit", &args, 0, 1)?;
        let exit = &vm.types().exceptions.system_exit;
        // `sys.exit(None)` is `sys.exit()`: no arguments.
        let positional = args.positional.into_iter().filter(|a| !a.is_none()).collect();
        let args = vm.new_tuple(positional);
        Err(crate::vm::PyErr { exception: vm.new_exception(exit, args) })
    });
    define(vm, namespace, "getswitchinterval", |_, _| Ok(Value::Float(R::switch_interval())));
    define(vm, namespace, "setswitchinterval", |vm, args| {
        arity(vm, "setswitchinterval", &args, 1, 1)?;
        let seconds = crate::builtins::real_to_float(vm, args.at(vm, 0)?)?;
        if seconds <= 0.0 {
            return Err(vm.value_error("switch interval must be strictly positive"));
        }
        R::set_switch_interval(seconds);
        Ok(Value::None)
    });
    define(vm, namespace, "getrecursionlimit", |vm, _| Ok(Value::Int(vm.recursion_limit() as i64)));
    define(vm, namespace, "setrecursionlimit", |vm, args| {
        arity(vm, "setrecursionlimit", &args, 1, 1)?;
        let limit = expect_int(vm, args.at(vm, 0)?)?;
        if limit < 1 {
            return Err(vm.value_error("recursion limit must be greater or equal than 1"));
        }
        vm.interp.recursion_limit.store(limit as usize, std::sync::atomic::Ordering::Relaxed);
        Ok(Value::None)
    });
    define(vm, namespace, "getrefcount", |vm, args| {
        arity(vm, "getrefcount", &args, 1, 1)?;
        R::settle_deferred();
        Ok(Value::Int(args.at(vm, 0)?.as_obj().map_or(1, Obj::refcount) as i64))
    });
    define(vm, namespace, "_is_gil_enabled", |_, _| Ok(Value::Bool(R::HAS_GIL)));
    define(vm, namespace, "_weft_live_objects", |_, _| {
        // Releases the runtime put off would lower the count: settle first.
        R::settle_deferred();
        Ok(crate::object::live_objects().map_or(Value::None, |live| Value::Int(live as i64)))
    });
    define(vm, namespace, "excepthook", excepthook);
    define(vm, namespace, "__excepthook__", excepthook);
    // No tracing or profiling hooks in weft: accepted and ignored.
    define(vm, namespace, "settrace", |_, _| Ok(Value::None));
    define(vm, namespace, "setprofile", |_, _| Ok(Value::None));
    define(vm, namespace, "exc_info", |vm, _| {
        let handled = vm.handled.borrow().clone();
        Ok(match handled.as_obj() {
            Some(exception) => vm.new_tuple(vec![Value::Obj(exception.class()), handled.clone(), Value::None]),
            None => vm.new_tuple(vec![Value::None, Value::None, Value::None]),
        })
    });
}

/// `sys.excepthook(type, value, traceback)`: prints the traceback and
/// exception to stderr, as for an uncaught exception.
fn excepthook<R: Runtime>(vm: &Vm<R>, args: crate::vm::Args<R>) -> crate::vm::PyResult<R> {
    arity(vm, "excepthook", &args, 3, 3)?;
    flush_stdout();
    match args.at(vm, 1)?.as_obj() {
        Some(exception) if matches!(exception.payload(), crate::objects::Payload::Exception(_)) => {
            eprint!("{}", crate::exceptions::format_exception(vm, exception));
        }
        _ => eprintln!("TypeError: print_exception(): Exception expected for value, NoneType found"),
    }
    Ok(Value::None)
}

/// A file-like object with `write` and `flush`, for `sys.stdout`/`sys.stderr`.
fn stream<R: Runtime>(vm: &Vm<R>, name: &'static str, write: crate::objects::NativeFn<R>) -> Value<R> {
    let namespace = vm.new_dict();
    define(vm, &namespace, "write", write);
    define(vm, &namespace, "flush", |_, _| {
        R::detached(flush_stdout);
        Ok(Value::None)
    });
    let _ = dict::set_item(vm, &namespace, vm.new_str("name"), vm.new_str(name));
    Value::Obj(Obj::new(&vm.types().module, Payload::Module { name: name.into(), dict: namespace }, None))
}

/// Gives a text stream its binary `buffer`.
fn set_buffer<R: Runtime>(vm: &Vm<R>, stream: &Value<R>, buffer: Value<R>) {
    if let Some(Payload::Module { dict: namespace, .. }) = stream.as_obj().map(Obj::payload) {
        let _ = dict::set_item(vm, namespace, vm.new_str("buffer"), buffer);
    }
}

fn bytes_argument<R: Runtime>(vm: &Vm<R>, args: &Args<R>) -> PyResult<R, Vec<u8>> {
    arity(vm, "write", args, 1, 1)?;
    let value = args.at(vm, 0)?;
    if str_text(value).is_some() {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    crate::builtins::bytes_methods::bytes_of(value).ok_or_else(|| {
        vm.type_error(format!("a bytes-like object is required, not '{}'", protocols::type_name(vm, value)))
    })
}

fn write_argument<R: Runtime>(vm: &Vm<R>, args: &Args<R>) -> PyResult<R, String> {
    arity(vm, "write", args, 1, 1)?;
    match str_text(args.at(vm, 0)?) {
        Some(text) => Ok(text.to_owned()),
        None => {
            Err(vm
                .type_error(format!("write() argument must be str, not {}", protocols::type_name(vm, args.at(vm, 0)?))))
        }
    }
}

/// `sys.stdout` as the program has it now (it may have been replaced), if
/// `sys` was imported; None means the real standard output.
pub fn current_stdout<R: Runtime>(vm: &Vm<R>) -> Option<Value<R>> {
    let sys = crate::types::dict_get_str(&vm.interp.modules, "sys")?;
    let Some(Payload::Module { dict, .. }) = sys.as_obj().map(Obj::payload) else { return None };
    crate::types::dict_get_str(dict, "stdout")
}

/// 1 or 2 if `file` is the real standard output or error stream.
pub fn standard_stream<R: Runtime>(file: &Value<R>) -> Option<u8> {
    match file.as_obj().map(Obj::payload) {
        Some(Payload::Module { name, .. }) if &**name == "<stdout>" => Some(1),
        Some(Payload::Module { name, .. }) if &**name == "<stderr>" => Some(2),
        _ => None,
    }
}

/// Writes to the process's stdout (1) or stderr (2). Only what reaches the
/// OS (stderr, flushes) happens detached; stdout's buffer is filled in place.
pub fn write_standard<R: Runtime>(stream: u8, text: &str, flush: bool) {
    if stream == 2 {
        R::detached(|| {
            flush_stdout();
            eprint!("{text}");
        });
    } else {
        write_stdout(text);
        if flush {
            R::detached(flush_stdout);
        }
    }
}

/// `print(..., file=f)`: calls `f.write(text)`.
pub fn write_to<R: Runtime>(vm: &Vm<R>, file: &Value<R>, text: &str) -> PyResult<R, ()> {
    let write = crate::attr::get_attr_str(vm, file, "write")?;
    crate::call::call(vm, &write, Args::new(vec![vm.new_str(text)]))?;
    Ok(())
}
