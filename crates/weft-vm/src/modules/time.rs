//! `time`: clocks and `sleep` (which detaches the thread from the runtime).

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use weft_runtime::Runtime;

use crate::builtins::{arity, define};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

fn process_start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    process_start();
    define(vm, namespace, "time", |_, _| {
        Ok(Value::Float(SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())))
    });
    define(vm, namespace, "perf_counter", |_, _| Ok(Value::Float(process_start().elapsed().as_secs_f64())));
    define(vm, namespace, "monotonic", |_, _| Ok(Value::Float(process_start().elapsed().as_secs_f64())));
    define(vm, namespace, "process_time", |_, _| Ok(Value::Float(process_start().elapsed().as_secs_f64())));
    define(vm, namespace, "time_ns", |_, _| {
        Ok(Value::Int(SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i64)))
    });
    define(vm, namespace, "perf_counter_ns", |_, _| Ok(Value::Int(process_start().elapsed().as_nanos() as i64)));
    define(vm, namespace, "sleep", |vm, args| {
        arity(vm, "sleep", &args, 1, 1)?;
        // As CPython: floats are taken as they are, anything else must be an integer.
        let seconds = match args.at(vm, 0)? {
            Value::Float(seconds) => *seconds,
            other => crate::subscript::index_of(vm, other)? as f64,
        };
        if seconds < 0.0 {
            return Err(vm.value_error("sleep length must be non-negative"));
        }
        R::detached(|| {
            crate::builtins::flush_stdout();
            std::thread::sleep(Duration::from_secs_f64(seconds));
        });
        Ok(Value::None)
    });
}
