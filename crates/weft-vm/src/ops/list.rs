//! List operations the interpreter loop needs.

use weft_runtime::{Items, Runtime};

use crate::object::Obj;
use crate::objects::Payload;
use crate::protocols;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn append<R: Runtime>(list: &Value<R>, item: Value<R>) {
    if let Some(Payload::List(items)) = list.as_obj().map(Obj::payload) {
        items.push(item);
    }
}

pub fn extend<R: Runtime>(vm: &Vm<R>, list: &Value<R>, iterable: &Value<R>) -> PyResult<R, ()> {
    let new_items = protocols::collect(vm, iterable).map_err(|error| {
        if vm.error_matches(&error, &vm.types().exceptions.type_error) {
            vm.type_error(format!("Value after * must be an iterable, not {}", protocols::type_name(vm, iterable)))
        } else {
            error
        }
    })?;
    if let Some(Payload::List(items)) = list.as_obj().map(Obj::payload) {
        items.extend(new_items);
    }
    Ok(())
}

/// A snapshot of a list's or tuple's items.
pub fn items<R: Runtime>(sequence: &Value<R>) -> Vec<Value<R>> {
    match sequence.as_obj().map(Obj::payload) {
        Some(Payload::List(items)) => items.snapshot(),
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}
