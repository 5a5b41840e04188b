//! Set operations: a set is a dict table whose values are unused.

use weft_runtime::{Runtime, Storage};

use crate::object::Obj;
use crate::objects::{DictTable, Payload};
use crate::protocols;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn new_set<R: Runtime>(vm: &Vm<R>, items: Vec<Value<R>>, frozen: bool) -> PyResult<R> {
    let class = if frozen { vm.types().frozenset.clone() } else { vm.types().set.clone() };
    let set = Value::Obj(Obj::new(&class, Payload::Set(R::Storage::new(DictTable::default())), None));
    for item in items {
        add(vm, &set, item)?;
    }
    Ok(set)
}

pub fn add<R: Runtime>(vm: &Vm<R>, set: &Value<R>, item: Value<R>) -> PyResult<R, ()> {
    let set = set.as_obj().expect("a set");
    if crate::ops::dict::get(vm, set, &item)?.is_none() {
        crate::ops::dict::set_item(vm, set, item, Value::None)?;
    }
    Ok(())
}

pub fn update<R: Runtime>(vm: &Vm<R>, set: &Value<R>, iterable: &Value<R>) -> PyResult<R, ()> {
    for item in protocols::collect(vm, iterable)? {
        add(vm, set, item)?;
    }
    Ok(())
}

pub fn contains<R: Runtime>(vm: &Vm<R>, set: &Obj<R>, item: &Value<R>) -> PyResult<R, bool> {
    Ok(crate::ops::dict::get(vm, set, item)?.is_some())
}

pub fn keys<R: Runtime>(set: &Obj<R>) -> Vec<Value<R>> {
    crate::ops::dict::entries(set).into_iter().map(|(key, _)| key).collect()
}
