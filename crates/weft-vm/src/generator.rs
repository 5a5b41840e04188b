//! Generators: resuming a suspended frame with `send`, `throw` and `close`,
//! and `yield from` delegation.
//!
//! The frame is taken out of the generator's storage while it runs (so no
//! storage borrow spans Python code) and put back when it yields; a
//! generator found without its frame is already running.

use weft_runtime::{Runtime, Storage};

use weft_bytecode::Instruction;

use crate::frame::Frame;
use crate::interp::Exit;
use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::iter::IterState;
use crate::protocols::{self, call_method, user_method};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// What resuming a generator produced.
pub enum Resumed<R: Runtime> {
    Yielded(Value<R>),
    Returned(Value<R>),
}

/// Takes the frame out to run it; None if the generator has finished.
fn take_frame<R: Runtime>(vm: &Vm<R>, generator: &Obj<R>) -> PyResult<R, Option<Box<Frame<R>>>> {
    let Payload::Iterator(state) = generator.payload() else { unreachable!("a generator") };
    let taken = state.write(|state| match state {
        IterState::Generator { running: true, .. } => Err(()),
        IterState::Generator { frame, running, .. } => {
            let frame = frame.take();
            *running = frame.is_some();
            Ok(frame)
        }
        _ => Ok(None),
    });
    taken.map_err(|()| vm.value_error("generator already executing"))
}

fn put_back<R: Runtime>(generator: &Obj<R>, frame: Option<Box<Frame<R>>>) {
    let Payload::Iterator(state) = generator.payload() else { return };
    state.write(|state| {
        if let IterState::Generator { frame: slot, running, .. } = state {
            *slot = frame;
            *running = false;
        }
    });
}

/// Runs the generator until it yields or finishes. `sent` is pushed as the
/// value of the paused `yield` (nothing is pushed on the first run);
/// `thrown` is raised at the `yield` instead.
pub fn resume<R: Runtime>(
    vm: &Vm<R>,
    generator: &Obj<R>,
    sent: Value<R>,
    thrown: Option<PyErr<R>>,
) -> PyResult<R, Resumed<R>> {
    let Some(mut frame) = take_frame(vm, generator)? else {
        return match thrown {
            Some(error) => Err(error),
            None => Ok(Resumed::Returned(Value::None)),
        };
    };
    let started = frame.ip > 0;
    if !started && !sent.is_none() && thrown.is_none() {
        put_back(generator, Some(frame));
        return Err(vm.type_error("can't send non-None value to a just-started generator"));
    }
    let result = match thrown {
        Some(error) => throw_at_pause(vm, &mut frame, error),
        None => {
            if started {
                frame.stack.push(sent);
            }
            crate::call::run_nested(vm, &mut frame)
        }
    };
    match result {
        Ok(Exit::Yield(value)) => {
            put_back(generator, Some(frame));
            Ok(Resumed::Yielded(value))
        }
        Ok(Exit::Return(value)) => {
            put_back(generator, None);
            Ok(Resumed::Returned(value))
        }
        Err(error) => {
            put_back(generator, None);
            // A StopIteration escaping a generator becomes a RuntimeError (PEP 479).
            if vm.error_matches(&error, &vm.types().exceptions.stop_iteration) {
                let wrapped = vm.new_error(&vm.types().exceptions.runtime_error, "generator raised StopIteration");
                if let Payload::Exception(data) = wrapped.exception.payload() {
                    data.write(|data| data.cause = Value::Obj(error.exception.clone()));
                }
                return Err(wrapped);
            }
            Err(error)
        }
    }
}

/// Raises `error` where the frame is paused. A frame paused in `yield from`
/// first passes it on to the iterator it delegates to (PEP 380): that
/// iterator may handle it and yield again, or return, or raise.
fn throw_at_pause<R: Runtime>(vm: &Vm<R>, frame: &mut Frame<R>, error: PyErr<R>) -> PyResult<R, Exit<R>> {
    let in_yield_from = matches!(frame.code.code.instructions.get(frame.ip), Some(Instruction::YieldFrom));
    if !in_yield_from {
        return crate::interp::throw_into(vm, frame, error);
    }
    let inner = frame.top().clone();
    if vm.error_matches(&error, &vm.types().exceptions.generator_exit) {
        // The delegate is closed first; GeneratorExit then continues outward here.
        let closed = match is_generator(&inner) {
            Some(generator) => close(vm, generator),
            None => match optional_attr(vm, &inner, "close") {
                Some(close) => crate::call::call(vm, &close, crate::vm::Args::new(vec![])).map(drop),
                None => Ok(()),
            },
        };
        return crate::interp::throw_into(vm, frame, closed.err().unwrap_or(error));
    }
    let outcome = match is_generator(&inner) {
        Some(generator) => resume(vm, generator, Value::None, Some(error)).map(|resumed| match resumed {
            Resumed::Yielded(value) => Delegated::Yielded(value),
            Resumed::Returned(value) => Delegated::Returned(value),
        }),
        None => match optional_attr(vm, &inner, "throw") {
            None => return crate::interp::throw_into(vm, frame, error),
            Some(throw) => match crate::call::call(vm, &throw, crate::vm::Args::new(vec![Value::Obj(error.exception)]))
            {
                Ok(value) => Ok(Delegated::Yielded(value)),
                Err(stop) if vm.error_matches(&stop, &vm.types().exceptions.stop_iteration) => {
                    Ok(Delegated::Returned(crate::exceptions::stop_value(&stop)))
                }
                Err(other) => Err(other),
            },
        },
    };
    match outcome {
        Ok(Delegated::Yielded(value)) => Ok(Exit::Yield(value)),
        Ok(Delegated::Returned(value)) => {
            // The delegation is over: its value is the result of `yield from`.
            frame.pop();
            frame.stack.push(value);
            frame.ip += 1;
            crate::call::run_nested(vm, frame)
        }
        Err(error) => {
            frame.pop();
            frame.ip += 1;
            crate::interp::throw_into(vm, frame, error)
        }
    }
}

fn optional_attr<R: Runtime>(vm: &Vm<R>, value: &Value<R>, name: &str) -> Option<Value<R>> {
    crate::attr::get_attr_str(vm, value, name).ok()
}

pub fn is_generator<R: Runtime>(value: &Value<R>) -> Option<&Obj<R>> {
    let obj = value.as_obj()?;
    match obj.payload() {
        Payload::Iterator(state) if state.read(|s| matches!(s, IterState::Generator { .. })) => Some(obj),
        _ => None,
    }
}

/// What `await value` delegates to: a coroutine itself, or the iterator
/// its class's `__await__` returns.
pub fn awaitable<R: Runtime>(vm: &Vm<R>, value: &Value<R>) -> PyResult<R> {
    let is_coroutine = |v: &Value<R>| v.as_obj().is_some_and(|o| o.class_is(&vm.types().coroutine));
    if is_coroutine(value) {
        return Ok(value.clone());
    }
    let Some(method) = user_method(value, "__await__") else {
        let name = protocols::type_name(vm, value);
        return Err(vm.type_error(format!("object {name} can't be used in 'await' expression")));
    };
    let iterator = call_method(vm, &method, value, vec![])?;
    if is_coroutine(&iterator) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    let is_iterator = matches!(iterator.as_obj().map(Obj::payload), Some(Payload::Iterator(_) | Payload::Cursor(_)))
        || user_method(&iterator, "__next__").is_some();
    if !is_iterator {
        let name = protocols::type_name(vm, &iterator);
        return Err(vm.type_error(format!("__await__() returned non-iterator of type '{name}'")));
    }
    Ok(iterator)
}

/// What one step of `yield from` produced.
pub enum Delegated<R: Runtime> {
    Yielded(Value<R>),
    Returned(Value<R>),
}

/// Sends `sent` into the iterator `yield from` delegates to.
pub fn delegate<R: Runtime>(vm: &Vm<R>, iterator: &Value<R>, sent: Value<R>) -> PyResult<R, Delegated<R>> {
    if let Some(generator) = is_generator(iterator) {
        return Ok(match resume(vm, generator, sent, None)? {
            Resumed::Yielded(value) => Delegated::Yielded(value),
            Resumed::Returned(value) => Delegated::Returned(value),
        });
    }
    let step = if sent.is_none() {
        protocols::next(vm, iterator).map(|item| item.ok_or(()))
    } else {
        match user_method(iterator, "send") {
            Some(send) => call_method(vm, &send, iterator, vec![sent]).map(Ok),
            None => Err(
                vm.attribute_error(format!("'{}' object has no attribute 'send'", protocols::type_name(vm, iterator)))
            ),
        }
    };
    match step {
        Ok(Ok(value)) => Ok(Delegated::Yielded(value)),
        Ok(Err(())) => Ok(Delegated::Returned(Value::None)),
        Err(error) if vm.error_matches(&error, &vm.types().exceptions.stop_iteration) => {
            Ok(Delegated::Returned(crate::exceptions::stop_value(&error)))
        }
        Err(error) => Err(error),
    }
}

/// `generator.close()`: raise GeneratorExit inside; it must not yield again.
pub fn close<R: Runtime>(vm: &Vm<R>, generator: &Obj<R>) -> PyResult<R, ()> {
    let running = match generator.payload() {
        Payload::Iterator(state) => {
            state.read(|s| matches!(s, IterState::Generator { frame: Some(frame), .. } if frame.ip > 0))
        }
        _ => false,
    };
    if !running {
        put_back(generator, None);
        return Ok(());
    }
    let exit = PyErr { exception: vm.new_exception(&vm.types().exceptions.generator_exit, vm.new_tuple(vec![])) };
    match resume(vm, generator, Value::None, Some(exit)) {
        Ok(Resumed::Yielded(_)) => {
            Err(vm.new_error(&vm.types().exceptions.runtime_error, "generator ignored GeneratorExit"))
        }
        Ok(Resumed::Returned(_)) => Ok(()),
        Err(error) if vm.error_matches(&error, &vm.types().exceptions.generator_exit) => Ok(()),
        Err(error) => Err(error),
    }
}
