//! `gc`: the cycle collector's controls (see `crate::gc`).

use weft_runtime::Runtime;
use weft_runtime::tracking::GENERATIONS;

use crate::builtins::{arity, define, define_positional, keyword};
use crate::gc;
use crate::object::Obj;
use crate::ops::dict;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>, namespace: &Obj<R>) {
    define(vm, namespace, "collect", collect);
    define_positional(vm, namespace, "enable", |vm, args| {
        arity(vm, "enable", &args, 0, 0)?;
        gc::set_enabled(true);
        Ok(Value::None)
    });
    define_positional(vm, namespace, "disable", |vm, args| {
        arity(vm, "disable", &args, 0, 0)?;
        gc::set_enabled(false);
        Ok(Value::None)
    });
    define_positional(vm, namespace, "isenabled", |vm, args| {
        arity(vm, "isenabled", &args, 0, 0)?;
        Ok(Value::Bool(gc::is_enabled()))
    });
    define_positional(vm, namespace, "get_threshold", |vm, args| {
        arity(vm, "get_threshold", &args, 0, 0)?;
        Ok(int_tuple(vm, gc::thresholds()))
    });
    define_positional(vm, namespace, "set_threshold", set_threshold);
    define_positional(vm, namespace, "get_count", |vm, args| {
        arity(vm, "get_count", &args, 0, 0)?;
        Ok(int_tuple(vm, gc::counts::<R>()))
    });
    define_positional(vm, namespace, "get_stats", get_stats);
    // weft's own: the longest stop of the world, the longest collection and
    // the total collecting time, in seconds (for measurements).
    define_positional(vm, namespace, "_weft_pauses", |vm, _| {
        let pauses = gc::pauses().map(|pause| Value::Float(pause.as_secs_f64()));
        Ok(vm.new_tuple(pauses.to_vec()))
    });
    let _ = dict::set_item(vm, namespace, vm.new_str("garbage"), vm.new_list(Vec::new()));
    let _ = dict::set_item(vm, namespace, vm.new_str("callbacks"), vm.new_list(Vec::new()));
}

fn int_tuple<R: Runtime>(vm: &Vm<R>, values: [usize; GENERATIONS]) -> Value<R> {
    vm.new_tuple(values.iter().map(|&v| Value::Int(v as i64)).collect())
}

/// `gc.collect(generation=2)`.
fn collect<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "collect", &args, 0, 1)?;
    let generation = match args.positional.first().cloned().or_else(|| keyword(&args, "generation")) {
        Some(value) => crate::subscript::index_of(vm, &value)?,
        None => GENERATIONS as isize - 1,
    };
    let generation = usize::try_from(generation)
        .ok()
        .filter(|&g| g < GENERATIONS)
        .ok_or_else(|| vm.value_error("invalid generation"))?;
    gc::run_finalizers(vm);
    Ok(Value::Int(gc::collect(vm, generation) as i64))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    if args.positional.is_empty() || args.positional.len() > GENERATIONS {
        let given = args.positional.len();
        let bound = if given == 0 { "at least 1 argument" } else { "at most 3 arguments" };
        return Err(vm.type_error(format!("set_threshold() takes {bound} ({given} given)")));
    }
    let mut values = Vec::new();
    for value in &args.positional {
        let value = crate::subscript::index_of(vm, value)?;
        values.push(usize::try_from(value).unwrap_or(0));
    }
    gc::set_thresholds(&values);
    Ok(Value::None)
}

/// `gc.get_stats()`: a dict per generation.
fn get_stats<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "get_stats", &args, 0, 0)?;
    let mut generations = Vec::new();
    for row in gc::generation_statistics() {
        let stats = vm.new_dict();
        for (name, value) in ["collections", "collected", "uncollectable"].into_iter().zip(row) {
            dict::set_item(vm, &stats, vm.new_str(name), Value::Int(value as i64))?;
        }
        generations.push(Value::Obj(stats));
    }
    Ok(vm.new_list(generations))
}
