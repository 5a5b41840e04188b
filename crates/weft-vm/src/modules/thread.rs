//! `_thread`: OS threads, locks and thread identities — the layer the
//! Python-source `threading` module is written on, as in CPython.
//!
//! A new thread attaches to the runtime before it touches an object and
//! detaches when its function returns; every wait on a lock happens
//! detached, so under the GIL other threads run meanwhile.

use std::cell::Cell;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use weft_runtime::Runtime;

use crate::builtins::{define, define_method};
use crate::call;
use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::lock::{RawLock, RawRLock};
use crate::ops::dict;
use crate::protocols::{repr, type_name};
use crate::value::Value;
use crate::vm::{Args, Interpreter, PyResult, Vm};

/// `_thread.TIMEOUT_MAX`, CPython's value on 64-bit Linux.
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
/// Threads started by `start_new_thread` that have not finished.
static RUNNING: AtomicU64 = AtomicU64::new(0);

/// True while threads other than the main one may still run Python code.
pub fn others_running() -> bool {
    RUNNING.load(Ordering::Acquire) > 0
}

thread_local! {
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

/// This thread's `get_ident()`: assigned on first use, never reused.
pub fn ident() -> u64 {
    IDENT.with(|ident| {
        if ident.get() == 0 {
            ident.set(NEXT_IDENT.fetch_add(1, Ordering::Relaxed));
        }
        ident.get()
    })
}

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    let types = vm.types();
    for (name, class) in [("LockType", &types.lock), ("lock", &types.lock), ("RLock", &types.rlock)] {
        let _ = dict::set_item(vm, namespace, vm.new_str(name), Value::Obj(class.clone()));
    }
    for class in [&types.lock, &types.rlock] {
        let data = crate::types::class_data(class);
        let _ = dict::set_item(vm, &data.dict, vm.new_str("__module__"), vm.new_str("_thread"));
    }
    let _ = dict::set_item(vm, namespace, vm.new_str("TIMEOUT_MAX"), Value::Float(TIMEOUT_MAX));
    let error = vm.types().exceptions.runtime_error.clone();
    let _ = dict::set_item(vm, namespace, vm.new_str("error"), Value::Obj(error));
    define(vm, namespace, "start_new_thread", start_new_thread);
    define(vm, namespace, "allocate_lock", |vm, _| Ok(new_lock(vm)));
    define(vm, namespace, "get_ident", |_, _| Ok(Value::Int(ident() as i64)));
    define(vm, namespace, "get_native_id", |_, _| Ok(Value::Int(ident() as i64)));
    define(vm, namespace, "_set_label", |vm, args| {
        let label = crate::protocols::to_str(vm, args.at(vm, 0)?)?;
        R::label_thread(&label);
        Ok(Value::None)
    });
    install_lock_methods(vm);
    install_rlock_methods(vm);
}

pub fn new_lock<R: Runtime>(vm: &Vm<R>) -> Value<R> {
    Value::Obj(Obj::new(&vm.types().lock, Payload::Lock(RawLock::default()), None))
}

/// What a new thread runs: a callable and its arguments.
struct Start<R: Runtime> {
    function: Value<R>,
    args: Args<R>,
}

fn start_new_thread<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    crate::builtins::arity(vm, "start_new_thread", &args, 2, 3)?;
    let function = args.positional[0].clone();
    let Some(Payload::Tuple(items)) = args.positional[1].as_obj().map(Obj::payload) else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let keywords = match args.positional.get(2) {
        None => Vec::new(),
        Some(kwargs) => match kwargs.as_obj() {
            Some(obj) if matches!(obj.payload(), Payload::Dict(_)) => dict::entries(obj)
                .into_iter()
                .map(|(key, value)| key.as_obj().cloned().map(|key| (key, value)))
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| vm.type_error("keywords must be strings"))?,
            _ => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
        },
    };
    if !crate::protocols::is_callable(vm, &function) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let start = Start { function, args: Args { positional: items.to_vec(), keywords } };
    let thread_ident = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
    let interp = Arc::clone(&vm.interp);
    R::thread_starting();
    RUNNING.fetch_add(1, Ordering::AcqRel);
    std::thread::Builder::new().spawn(move || run_thread(interp, thread_ident, start)).map_err(|_| {
        RUNNING.fetch_sub(1, Ordering::AcqRel);
        vm.new_error(&vm.types().exceptions.runtime_error, "can't start new thread")
    })?;
    Ok(Value::Int(thread_ident as i64))
}

/// The body of every thread `_thread` starts.
fn run_thread<R: Runtime>(interp: Arc<Interpreter<R>>, thread_ident: u64, start: Start<R>) {
    IDENT.with(|ident| ident.set(thread_ident));
    let vm = Vm::attach(interp);
    let Start { function, args } = start;
    if let Err(error) = call::call(&vm, &function, args)
        && !vm.error_matches(&error, &vm.types().exceptions.system_exit)
    {
        crate::builtins::flush_stdout();
        let callee = repr(&vm, &function).unwrap_or_else(|_| "?".into());
        eprint!(
            "Exception ignored in thread started by: {callee}\n{}",
            crate::exceptions::format_exception(&vm, &error.exception)
        );
    }
    // Everything the thread holds goes before it detaches (when `vm` drops).
    drop(function);
    crate::gc::run_finalizers(&vm);
    RUNNING.fetch_sub(1, Ordering::AcqRel);
}

/// `acquire(blocking=True, timeout=-1)`'s arguments: None to wait forever.
fn wait_limit<R: Runtime>(vm: &Vm<R>, args: &Args<R>) -> PyResult<R, Option<Option<Duration>>> {
    let arg =
        |index: usize, name: &str| args.positional.get(index).cloned().or_else(|| crate::builtins::keyword(args, name));
    let blocking = match arg(1, "blocking") {
        Some(value) => crate::protocols::truthy(vm, &value)?,
        None => true,
    };
    let timeout = match arg(2, "timeout") {
        Some(value) => crate::builtins::real_to_float(vm, &value)?,
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(None);
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(Some((timeout >= 0.0).then(|| Duration::from_secs_f64(timeout))))
}

/// Takes `lock`: at once if free, else (when allowed) waiting detached.
fn acquire<R: Runtime>(lock: &RawLock, limit: Option<Option<Duration>>) -> bool {
    if lock.try_acquire() {
        return true;
    }
    match limit {
        None => false,
        Some(timeout) => R::detached(|| lock.acquire(timeout)),
    }
}

fn lock_of<R: Runtime>(vm: &Vm<R>, args: &Args<R>) -> PyResult<R, Obj<R>> {
    match args.positional.first().and_then(Value::as_obj) {
        Some(obj) if matches!(obj.payload(), Payload::Lock(_) | Payload::RLock(_)) => Ok(obj.clone()),
        other => Err(vm.type_error(format!(
            "descriptor requires a '_thread.lock' object but received '{}'",
            other.map_or_else(|| "nothing".into(), |o| type_name(vm, &Value::Obj(o.clone())))
        ))),
    }
}

fn install_lock_methods<R: Runtime>(vm: &Vm<R>) {
    let class = vm.types().lock.clone();
    define_method(vm, &class, "__new__", |vm, _| Err(vm.type_error("cannot create '_thread.lock' instances")));
    let acquire_method: crate::objects::NativeFn<R> = |vm, args| {
        let lock = lock_of(vm, &args)?;
        let Payload::Lock(raw) = lock.payload() else { unreachable!("checked by lock_of") };
        let limit = wait_limit(vm, &args)?;
        Ok(Value::Bool(acquire::<R>(raw, limit)))
    };
    let release_method: crate::objects::NativeFn<R> = |vm, args| {
        let lock = lock_of(vm, &args)?;
        let Payload::Lock(raw) = lock.payload() else { unreachable!("checked by lock_of") };
        if !raw.release() {
            return Err(vm.new_error(&vm.types().exceptions.runtime_error, "release unlocked lock"));
        }
        Ok(Value::None)
    };
    for name in ["acquire", "acquire_lock", "__enter__"] {
        define_method(vm, &class, name, acquire_method);
    }
    for name in ["release", "release_lock", "__exit__"] {
        define_method(vm, &class, name, release_method);
    }
    let locked: crate::objects::NativeFn<R> = |vm, args| {
        let lock = lock_of(vm, &args)?;
        let Payload::Lock(raw) = lock.payload() else { unreachable!("checked by lock_of") };
        Ok(Value::Bool(raw.is_locked()))
    };
    define_method(vm, &class, "locked", locked);
    define_method(vm, &class, "locked_lock", locked);
}

fn rlock_of<R: Runtime>(vm: &Vm<R>, args: &Args<R>) -> PyResult<R, Obj<R>> {
    match args.positional.first().and_then(Value::as_obj) {
        Some(obj) if matches!(obj.payload(), Payload::RLock(_)) => Ok(obj.clone()),
        _ => Err(vm.type_error("descriptor requires a '_thread.RLock' object")),
    }
}

fn with_rlock<R: Runtime, T>(
    vm: &Vm<R>,
    args: &Args<R>,
    body: impl FnOnce(&RawRLock) -> PyResult<R, T>,
) -> PyResult<R, T> {
    let rlock = rlock_of(vm, args)?;
    let Payload::RLock(raw) = rlock.payload() else { unreachable!("checked by rlock_of") };
    body(raw)
}

fn not_owned<R: Runtime>(vm: &Vm<R>) -> crate::vm::PyErr<R> {
    vm.new_error(&vm.types().exceptions.runtime_error, "cannot release un-acquired lock")
}

fn install_rlock_methods<R: Runtime>(vm: &Vm<R>) {
    let class = vm.types().rlock.clone();
    define_method(vm, &class, "__new__", |vm, args| {
        let class =
            args.at(vm, 0)?.as_obj().cloned().ok_or_else(|| vm.type_error("RLock.__new__(X): X is not a type"))?;
        Ok(Value::Obj(Obj::new(&class, Payload::RLock(RawRLock::default()), None)))
    });
    let acquire_method: crate::objects::NativeFn<R> = |vm, args| {
        let limit = wait_limit(vm, &args)?;
        with_rlock(vm, &args, |raw| {
            let me = ident();
            if raw.reenter(me) {
                return Ok(Value::Bool(true));
            }
            let taken = acquire::<R>(&raw.lock, limit);
            if taken {
                raw.became_owner(me, 1);
            }
            Ok(Value::Bool(taken))
        })
    };
    define_method(vm, &class, "acquire", acquire_method);
    define_method(vm, &class, "__enter__", acquire_method);
    let release_method: crate::objects::NativeFn<R> =
        |vm, args| with_rlock(vm, &args, |raw| raw.release(ident()).map(|_| Value::None).ok_or_else(|| not_owned(vm)));
    define_method(vm, &class, "release", release_method);
    define_method(vm, &class, "__exit__", release_method);
    define_method(vm, &class, "_is_owned", |vm, args| {
        with_rlock(vm, &args, |raw| Ok(Value::Bool(raw.owner() == ident() && raw.count() > 0)))
    });
    // Condition.wait releases every level and restores them afterwards.
    define_method(vm, &class, "_release_save", |vm, args| {
        with_rlock(vm, &args, |raw| {
            let count = raw.release_all(ident()).ok_or_else(|| not_owned(vm))?;
            Ok(vm.new_tuple(vec![Value::Int(count as i64), Value::Int(ident() as i64)]))
        })
    });
    define_method(vm, &class, "_acquire_restore", |vm, args| {
        let state = crate::protocols::collect(vm, args.at(vm, 1)?)?;
        let count = match state.first() {
            Some(Value::Int(count)) => *count as u64,
            _ => return Err(vm.type_error("_acquire_restore expects (count, owner)")),
        };
        with_rlock(vm, &args, |raw| {
            acquire::<R>(&raw.lock, Some(None));
            raw.became_owner(ident(), count);
            Ok(Value::None)
        })
    });
}

/// `<locked _thread.lock object at 0x…>`, `<unlocked _thread.RLock object owner=0 count=0 at 0x…>`.
pub fn lock_repr<R: Runtime>(lock: &Obj<R>) -> String {
    match lock.payload() {
        Payload::RLock(raw) => {
            let state = if raw.lock.is_locked() { "locked" } else { "unlocked" };
            let name = crate::types::class_data(&lock.class()).name.clone();
            let module = if name.as_ref() == "RLock" { "_thread." } else { "" };
            format!("<{state} {module}{name} object owner={} count={} at {:#x}>", raw.owner(), raw.count(), lock.id())
        }
        Payload::Lock(raw) => {
            let state = if raw.is_locked() { "locked" } else { "unlocked" };
            format!("<{state} _thread.lock object at {:#x}>", lock.id())
        }
        _ => unreachable!("only locks have a lock repr"),
    }
}
