//! Running programs: a module's source in a fresh module, the main script
//! (with `SystemExit` and uncaught exceptions turned into exit statuses and
//! tracebacks), and REPL entries.

use weft_compiler::Mode;
use weft_runtime::Runtime;

use crate::frame::Frame;
use crate::interp::Exit;
use crate::object::Obj;
use crate::objects::Payload;
use crate::ops::dict;
use crate::protocols::{self, str_text};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// A new module object whose namespace knows its name (and file).
pub fn new_module<R: Runtime>(vm: &Vm<R>, name: &str, file: Option<&str>) -> Value<R> {
    let namespace = vm.new_dict();
    let set = |key: &str, value: Value<R>| {
        let _ = dict::set_item(vm, &namespace, vm.new_str(key), value);
    };
    set("__name__", vm.new_str(name));
    set("__doc__", Value::None);
    set("__builtins__", Value::Obj(vm.interp.builtins.clone()));
    if let Some(file) = file {
        set("__file__", vm.new_str(file));
    }
    // Modules and their namespaces are read by every thread (globals,
    // imports) and live until exit: immortal, so reading them costs no count.
    namespace.make_immortal();
    let module = Obj::new(&vm.types().module, Payload::Module { name: name.into(), dict: namespace }, None);
    module.make_immortal();
    Value::Obj(module)
}

fn namespace_of<R: Runtime>(module: &Value<R>) -> Obj<R> {
    match module.as_obj().map(Obj::payload) {
        Some(Payload::Module { dict, .. }) => dict.clone(),
        _ => unreachable!("a module"),
    }
}

/// Compiles and runs `source` in `module`'s namespace.
pub fn exec_source<R: Runtime>(vm: &Vm<R>, source: &str, filename: &str, module: &Value<R>) -> PyResult<R, ()> {
    exec_mode(vm, source, filename, &namespace_of(module), Mode::Exec)
}

pub fn exec_mode<R: Runtime>(
    vm: &Vm<R>,
    source: &str,
    filename: &str,
    namespace: &Obj<R>,
    mode: Mode,
) -> PyResult<R, ()> {
    let code = weft_compiler::compile_source(source, filename, mode)
        .map_err(|error| syntax_error(vm, source, filename, &error))?;
    let code = crate::call::code_data(vm, std::sync::Arc::new(code));
    let mut frame = Frame::new(code, namespace.clone(), Some(namespace.clone()));
    match crate::call::run_nested(vm, &mut frame)? {
        Exit::Return(_) | Exit::Yield(_) => Ok(()),
    }
}

/// `eval(source[, globals[, locals]])` and `exec(...)` with their arguments
/// checked. Missing namespaces come from `caller` (the calling frame's
/// globals and locals) when called from Python code.
pub fn eval_call<R: Runtime>(
    vm: &Vm<R>,
    eval: bool,
    args: &[Value<R>],
    caller: Option<&dyn Fn() -> (Obj<R>, Obj<R>)>,
) -> PyResult<R> {
    let name = if eval { "eval" } else { "exec" };
    let Some(source) = args.first() else {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    };
    if args.len() > 3 {
        return Err(vm.type_error(format!("{name} expected at most 3 arguments, got {}", args.len())));
    }
    let dict_arg = |at: usize| -> PyResult<R, Option<Obj<R>>> {
        match args.get(at) {
            None | Some(Value::None) => Ok(None),
            Some(value) => match value.as_obj() {
                Some(obj) if matches!(obj.payload(), crate::objects::Payload::Dict(_)) => Ok(Some(obj.clone())),
                _ if at == 2 => Err(vm.type_error("locals must be a mapping")),
                _ => Err(vm.type_error(format!(
                    "{name}() globals must be a dict, not {}",
                    crate::protocols::type_name(vm, value)
                ))),
            },
        }
    };
    let (globals, locals) = match (dict_arg(1)?, dict_arg(2)?, caller) {
        (Some(globals), Some(locals), _) => (globals, locals),
        (Some(globals), None, _) => (globals.clone(), globals),
        (None, locals, Some(caller)) => {
            let (globals, caller_locals) = caller();
            (globals, locals.unwrap_or(caller_locals))
        }
        (None, _, None) => {
            return Err(vm.type_error(format!("{name} must be given globals and locals when called without a frame")));
        }
    };
    eval_or_exec(vm, eval, source, globals, locals)
}

/// `eval(source, globals, locals)` and `exec(...)`: compiles `source` as
/// `<string>` and runs it with the given namespaces; eval returns the value.
pub fn eval_or_exec<R: Runtime>(
    vm: &Vm<R>,
    eval: bool,
    source: &Value<R>,
    globals: Obj<R>,
    locals: Obj<R>,
) -> PyResult<R> {
    let name = if eval { "eval" } else { "exec" };
    let text = match (crate::protocols::str_text(source), crate::builtins::bytes_of(source)) {
        (Some(text), _) => text.to_owned(),
        (None, Some(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
        _ => return Err(vm.type_error(format!("{name}() arg 1 must be a string, bytes or code object"))),
    };
    // eval ignores leading spaces and tabs, as CPython's does.
    let text = if eval { text.trim_start_matches([' ', '\t']).to_owned() } else { text };
    let compiled = if eval {
        weft_compiler::compile_expression(&text, "<string>")
    } else {
        weft_compiler::compile_source(&text, "<string>", Mode::Exec)
    };
    let code = compiled.map_err(|error| syntax_error(vm, &text, "<string>", &error))?;
    let code = crate::call::code_data(vm, std::sync::Arc::new(code));
    let mut frame = Frame::new(code, globals, Some(locals));
    match crate::call::run_nested(vm, &mut frame)? {
        Exit::Return(value) if eval => Ok(value),
        Exit::Return(_) | Exit::Yield(_) => Ok(Value::None),
    }
}

/// A SyntaxError (or IndentationError, TabError) exception for a compile failure.
pub fn syntax_error<R: Runtime>(
    vm: &Vm<R>,
    source: &str,
    filename: &str,
    error: &weft_syntax::SyntaxError,
) -> PyErr<R> {
    use weft_syntax::SyntaxErrorKind;
    let exceptions = &vm.types().exceptions;
    let class = match error.kind {
        SyntaxErrorKind::SyntaxError => &exceptions.syntax_error,
        SyntaxErrorKind::IndentationError => &exceptions.indentation_error,
        SyntaxErrorKind::TabError => &exceptions.tab_error,
        SyntaxErrorKind::RecursionError => &exceptions.recursion_error,
    };
    let rendered = weft_syntax::render_syntax_error(filename, source, error);
    let exception = vm.new_error(class, error.message.clone());
    // The rendered form is kept for printing the uncaught error as CPython does.
    if let Some(attrs) = exception.exception.attrs() {
        let _ = dict::set_item(vm, attrs, vm.new_str("_weft_rendered"), vm.new_str(rendered));
        let (line, _) = weft_syntax::LineIndex::new(source).line_col(source, error.span.start as usize);
        let _ = dict::set_item(vm, attrs, vm.new_str("lineno"), Value::Int(i64::from(line)));
        let _ = dict::set_item(vm, attrs, vm.new_str("msg"), vm.new_str(error.message.clone()));
        let _ = dict::set_item(vm, attrs, vm.new_str("filename"), vm.new_str(filename));
    }
    exception
}

/// Runs the main script; returns the process exit status.
pub fn run_main<R: Runtime>(vm: &Vm<R>, source: &str, filename: &str) -> i32 {
    let module = new_module(vm, "__main__", Some(filename));
    let _ = dict::set_item(vm, &vm.interp.modules, vm.new_str("__main__"), module.clone());
    let result = exec_source(vm, source, filename, &module);
    let mut status = match result {
        Ok(()) => 0,
        Err(error) => report(vm, &error),
    };
    if let Err(error) = wait_for_threads(vm) {
        status = report(vm, &error);
    }
    if !crate::modules::thread::others_running() {
        clear_main(vm, &namespace_of(&module));
    }
    crate::builtins::flush_stdout();
    status
}

/// At exit, as CPython's finalization does: the main module is released,
/// so the objects its globals kept alive are freed — their `__del__`
/// running in the order of the globals — and then garbage cycles are
/// collected. Skipped while other (daemon) threads still run Python code.
fn clear_main<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    let Payload::Dict(table) = namespace.payload() else { return };
    for (key, value) in table.entries() {
        if value.is_none() || str_text(&key) == Some("__builtins__") {
            continue;
        }
        drop(value);
        let _ = dict::set_item(vm, namespace, key, Value::None);
        crate::gc::run_finalizers(vm);
    }
    crate::gc::collect(vm, 2);
    crate::gc::run_finalizers(vm);
}

/// The main thread's last act before exit: `threading._shutdown()` waits
/// for every non-daemon thread (only if `threading` was imported at all).
pub fn wait_for_threads<R: Runtime>(vm: &Vm<R>) -> PyResult<R, ()> {
    let Some(threading) = dict::get(vm, &vm.interp.modules, &vm.new_str("threading"))? else { return Ok(()) };
    let shutdown = crate::attr::get_attr_str(vm, &threading, "_shutdown")?;
    crate::call::call(vm, &shutdown, crate::vm::Args::new(vec![]))?;
    Ok(())
}

/// Prints an uncaught exception (or handles SystemExit) and gives the exit status.
pub fn report<R: Runtime>(vm: &Vm<R>, error: &PyErr<R>) -> i32 {
    crate::builtins::flush_stdout();
    let exception = &error.exception;
    if vm.error_matches(error, &vm.types().exceptions.system_exit) {
        let code = crate::exceptions::data_of(exception, |d| d.args.clone()).unwrap_or(Value::None);
        let code = match code.as_obj().map(Obj::payload) {
            Some(Payload::Tuple(items)) if items.len() == 1 => items[0].clone(),
            Some(Payload::Tuple(items)) if items.is_empty() => Value::None,
            _ => code,
        };
        return match code {
            Value::None => 0,
            Value::Int(status) => status as i32,
            Value::Bool(b) => i32::from(b),
            other => {
                let text = protocols::to_str(vm, &other).unwrap_or_default();
                eprintln!("{text}");
                1
            }
        };
    }
    let rendered = exception.attrs().and_then(|attrs| crate::types::dict_get_str(attrs, "_weft_rendered"));
    match rendered.as_ref().and_then(str_text) {
        Some(text) => eprint!("{text}"),
        None => eprint!("{}", crate::exceptions::format_exception(vm, exception)),
    }
    1
}

/// A REPL session: one `__main__` namespace that every entry runs in.
pub struct Session<R: Runtime> {
    namespace: Obj<R>,
}

/// What running one REPL entry did.
pub enum Entry {
    Ran,
    /// `SystemExit` (or `exit()`): leave with this status.
    Exit(i32),
}

impl<R: Runtime> Session<R> {
    pub fn new(vm: &Vm<R>) -> Session<R> {
        let module = new_module(vm, "__main__", None);
        let _ = dict::set_item(vm, &vm.interp.modules, vm.new_str("__main__"), module.clone());
        Session { namespace: namespace_of(&module) }
    }

    /// Compiles and runs one entry, echoing expression values and printing
    /// any exception's traceback as the interactive interpreter does.
    pub fn run(&self, vm: &Vm<R>, source: &str) -> Entry {
        let result = exec_mode(vm, source, "<stdin>", &self.namespace, Mode::Interactive);
        crate::builtins::flush_stdout();
        match result {
            Ok(()) => Entry::Ran,
            Err(error) if vm.error_matches(&error, &vm.types().exceptions.system_exit) => {
                Entry::Exit(report(vm, &error))
            }
            Err(error) => {
                report(vm, &error);
                Entry::Ran
            }
        }
    }
}
