//! Attribute access: `obj.name`, `obj.name = value`, `del obj.name`, and
//! `LOAD_METHOD`'s binding-free lookup. The order is Python's: data
//! descriptors on the type, then the instance dict, then other class
//! attributes (functions become bound methods), then `__getattr__`.

use std::sync::atomic::AtomicU32;

use weft_runtime::{Runtime, Storage};

use crate::call;
use crate::object::Obj;
use crate::objects::class::Hook;
use crate::objects::{BuiltinFunction, Payload};
use crate::ops::dict;
use crate::protocols::{class_of, hook_method, type_name, user_method};
use crate::shape;
use crate::types::{class_data, lookup};
use crate::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn get_attr_str<R: Runtime>(vm: &Vm<R>, object: &Value<R>, name: &str) -> PyResult<R> {
    get_attr(vm, object, &vm.new_str_obj(name))
}

pub fn get_attr<R: Runtime>(vm: &Vm<R>, object: &Value<R>, name: &Obj<R>) -> PyResult<R> {
    let text = crate::protocols::obj_text(name).expect("attribute names are str");
    if let Some(Payload::Class(_)) = object.as_obj().map(Obj::payload) {
        return class_attr(vm, object.as_obj().expect("a class"), text);
    }
    if let Some(Payload::Module { dict: namespace, name: module }) = object.as_obj().map(Obj::payload) {
        if let Some(value) = dict::get_str(namespace, name) {
            return Ok(value);
        }
        if text == "__dict__" {
            return Ok(Value::Obj(namespace.clone()));
        }
        return Err(vm.attribute_error(format!("module '{module}' has no attribute '{text}'")));
    }
    if let Some(getattribute) = hook_method(object, Hook::GetAttribute) {
        let found = crate::protocols::call_method(vm, &getattribute, object, vec![Value::Obj(name.clone())]);
        // An AttributeError from __getattribute__ falls back to __getattr__.
        return match (found, hook_method(object, Hook::GetAttr)) {
            (Err(error), Some(getattr)) if vm.error_matches(&error, &vm.types().exceptions.attribute_error) => {
                crate::protocols::call_method(vm, &getattr, object, vec![Value::Obj(name.clone())])
            }
            (found, _) => found,
        };
    }
    match instance_attr(vm, object, name, text)? {
        Some(value) => Ok(value),
        None => {
            if let Some(getattr) = hook_method(object, Hook::GetAttr) {
                return crate::protocols::call_method(vm, &getattr, object, vec![Value::Obj(name.clone())]);
            }
            Err(no_attribute(vm, object, text))
        }
    }
}

/// `obj.name` for the commonest case: an instance of a Python class that
/// has no `__getattribute__` and nothing called `name`, so the value can
/// only be in the instance dict — read through the name's cache slot. None
/// sends the caller the general way (which also handles a miss).
#[inline]
pub fn instance_dict_get<R: Runtime>(object: &Value<R>, name: &Obj<R>, slot: &AtomicU32) -> Option<Value<R>> {
    match plain_instance(object, name, Hook::GetAttribute)? {
        Plain::Dict(attrs) => dict::get_cached(attrs, name, slot),
        Plain::Shape(shaped) => shaped.get_cached(name, slot),
    }
}

/// `obj.name = value` for the same case as [`instance_dict_get`]: nothing
/// in the class to intercept it, so it goes to the instance dict through
/// the name's cache slot. Gives the value back when the case does not apply.
#[inline]
pub fn instance_dict_set<R: Runtime>(
    vm: &Vm<R>,
    object: &Value<R>,
    name: &Obj<R>,
    value: Value<R>,
    slot: &AtomicU32,
) -> Result<PyResult<R, ()>, Value<R>> {
    Ok(match plain_instance(object, name, Hook::SetAttr) {
        Some(Plain::Dict(attrs)) => dict::set_cached(vm, attrs, name, value, slot),
        Some(Plain::Shape(shaped)) => shaped.set_cached(vm, name, value, slot),
        None => return Err(value),
    })
}

/// `obj.name` where `name` is one of the class's `__slots__` and no
/// Python `__getattribute__` intervenes: the slot, read directly. None
/// sends the caller the general way (which also reports an empty slot).
#[inline]
pub fn slot_get<R: Runtime>(object: &Value<R>, name: &Obj<R>) -> Option<Value<R>> {
    let (slots, index) = slot_of(object, name, Hook::GetAttribute)?;
    slots.read(|slots| slots.get(index).cloned().flatten())
}

/// `obj.name = value` for the same case as [`slot_get`]; gives the value
/// back when the case does not apply.
#[inline]
pub fn slot_set<R: Runtime>(object: &Value<R>, name: &Obj<R>, value: Value<R>) -> Result<(), Value<R>> {
    let Some((slots, index)) = slot_of(object, name, Hook::SetAttr) else { return Err(value) };
    write_slot(slots, index, Some(value));
    Ok(())
}

/// Stores (or, with None, empties) slot `index`; whether it held a value.
fn write_slot<R: Runtime>(slots: &shape::SlotValues<R>, index: usize, value: Option<Value<R>>) -> bool {
    slots.write(|slots| {
        if slots.len() <= index {
            slots.resize(index + 1, None);
        }
        std::mem::replace(&mut slots[index], value).is_some()
    })
}

/// The slot values of an instance and the index of its slot `name`, if the
/// class resolves `name` to a member descriptor and has no Python `hook`.
#[inline]
fn slot_of<'a, R: Runtime>(
    object: &'a Value<R>,
    name: &Obj<R>,
    hook: Hook,
) -> Option<(&'a shape::SlotValues<R>, usize)> {
    let obj = object.as_obj()?;
    let Payload::Instance(data) = obj.payload() else { return None };
    let slots = data.slots.as_deref()?;
    let class = obj.class();
    if crate::objects::class::has_hook(&class, hook) {
        return None;
    }
    match crate::types::lookup_name(&class, name)?.as_obj().map(Obj::payload) {
        Some(Payload::Member { index, .. }) => Some((slots, *index)),
        _ => None,
    }
}

/// Where an instance whose `name` is a plain instance attribute keeps it.
enum Plain<'a, R: Runtime> {
    Dict(&'a Obj<R>),
    Shape(shape::Shaped<'a, R>),
}

/// An instance of a Python class whose `name` is a plain instance
/// attribute (see `types::plain_attribute`), and where it keeps it.
#[inline]
fn plain_instance<'a, R: Runtime>(object: &'a Value<R>, name: &Obj<R>, hook: Hook) -> Option<Plain<'a, R>> {
    let obj = object.as_obj()?;
    let Payload::Instance(data) = obj.payload() else { return None };
    let class = obj.class();
    if !crate::types::plain_attribute(&class, name, hook) {
        return None;
    }
    Some(match obj.attrs() {
        Some(attrs) => Plain::Dict(attrs),
        None => Plain::Shape(shape::Shaped::new(obj, class, data)),
    })
}

pub fn no_attribute<R: Runtime>(vm: &Vm<R>, object: &Value<R>, name: &str) -> PyErr<R> {
    vm.attribute_error(format!("'{}' object has no attribute '{name}'", type_name(vm, object)))
}

/// `object.__getattribute__`: None when the attribute does not exist.
pub fn instance_attr<R: Runtime>(
    vm: &Vm<R>,
    object: &Value<R>,
    name: &Obj<R>,
    text: &str,
) -> PyResult<R, Option<Value<R>>> {
    let class = class_of(vm, object);
    let found = crate::types::lookup_name(&class, name);
    if let Some(descriptor) = &found
        && let Some(value) = data_descriptor_get(vm, descriptor, object, &class)?
    {
        return Ok(Some(value));
    }
    if let Some(value) = object.as_obj().and_then(|obj| own_attribute(obj, &class, name)) {
        return Ok(Some(value));
    }
    if let Some(value) = crate::builtins::special_attr(vm, object, text)? {
        return Ok(Some(value));
    }
    match found {
        Some(attribute) => bind(vm, attribute, object, &class).map(Some),
        None => Ok(None),
    }
}

/// The object's own attribute `name`: from its dict, or its values in shape form.
fn own_attribute<R: Runtime>(obj: &Obj<R>, class: &Obj<R>, name: &Obj<R>) -> Option<Value<R>> {
    match obj.attrs() {
        Some(attrs) => dict::get_str(attrs, name),
        None => shape::shaped(obj, class)?.get(name),
    }
}

/// Properties and Python-level data descriptors (with `__set__`) win over the instance dict.
fn data_descriptor_get<R: Runtime>(
    vm: &Vm<R>,
    descriptor: &Value<R>,
    object: &Value<R>,
    class: &Obj<R>,
) -> PyResult<R, Option<Value<R>>> {
    match descriptor.as_obj().map(Obj::payload) {
        Some(Payload::Member { name, index, .. }) => member_get(vm, object, name, *index).map(Some),
        Some(Payload::Property { getter, .. }) => {
            if getter.is_none() {
                return Err(vm.attribute_error("unreadable attribute"));
            }
            call::call(vm, getter, Args::new(vec![object.clone()])).map(Some)
        }
        _ => {
            if user_method(descriptor, "__set__").is_some()
                && let Some(get) = user_method(descriptor, "__get__")
            {
                let args = vec![object.clone(), Value::Obj(class.clone())];
                return crate::protocols::call_method(vm, &get, descriptor, args).map(Some);
            }
            Ok(None)
        }
    }
}

/// Turns a class attribute into what `instance.name` gives: a bound method
/// for functions, the function itself for staticmethods, and so on.
fn bind<R: Runtime>(vm: &Vm<R>, attribute: Value<R>, object: &Value<R>, class: &Obj<R>) -> PyResult<R> {
    let Some(obj) = attribute.as_obj() else { return Ok(attribute) };
    Ok(match obj.payload() {
        Payload::Function(_) => bound_method(vm, attribute.clone(), object.clone()),
        Payload::Builtin(builtin) if builtin.receiver.is_none() => bound_builtin(vm, builtin, object.clone()),
        Payload::StaticMethod(function) => function.clone(),
        Payload::ClassMethod(function) => bound_method(vm, function.clone(), Value::Obj(class.clone())),
        _ => {
            if let Some(get) = user_method(&attribute, "__get__") {
                let args = vec![object.clone(), Value::Obj(class.clone())];
                return crate::protocols::call_method(vm, &get, &attribute, args);
            }
            attribute
        }
    })
}

pub fn bound_method<R: Runtime>(vm: &Vm<R>, function: Value<R>, receiver: Value<R>) -> Value<R> {
    Value::Obj(Obj::new(&vm.types().method, Payload::BoundMethod { function, receiver }, None))
}

fn bound_builtin<R: Runtime>(vm: &Vm<R>, builtin: &BuiltinFunction<R>, receiver: Value<R>) -> Value<R> {
    let bound = BuiltinFunction {
        name: builtin.name,
        function: builtin.function,
        receiver: Some(receiver),
        owner: builtin.owner.clone(),
        keywords: builtin.keywords,
    };
    Value::Obj(Obj::new(&vm.types().builtin_function, Payload::Builtin(bound), None))
}

/// `Class.name`: the class's MRO first (functions stay plain functions),
/// then its metaclass.
fn class_attr<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, name: &str) -> PyResult<R> {
    if let Some(value) = crate::builtins::class_special_attr(vm, class, name)? {
        return Ok(value);
    }
    // A property of a metaclass (a data descriptor) wins over the class's
    // own attributes, as in CPython (`EnumType.__members__`).
    let metaclass = class.class();
    if !metaclass.ptr_eq(&vm.types().type_)
        && let Some(found) = lookup(&metaclass, name)
        && let Some(Payload::Property { getter, .. }) = found.as_obj().map(Obj::payload)
    {
        return crate::call::call(vm, getter, crate::vm::Args::new(vec![Value::Obj(class.clone())]));
    }
    if let Some(attribute) = lookup(class, name) {
        return Ok(match attribute.as_obj().map(Obj::payload) {
            Some(Payload::StaticMethod(function)) => function.clone(),
            Some(Payload::ClassMethod(function)) => bound_method(vm, function.clone(), Value::Obj(class.clone())),
            _ => {
                if user_method(&attribute, "__get__").is_some()
                    && !matches!(attribute.as_obj().map(Obj::payload), Some(Payload::Function(_)))
                {
                    let get = user_method(&attribute, "__get__").expect("checked");
                    return crate::protocols::call_method(
                        vm,
                        &get,
                        &attribute,
                        vec![Value::None, Value::Obj(class.clone())],
                    );
                }
                attribute
            }
        });
    }
    if let Some(attribute) = lookup(&metaclass, name) {
        return bind(vm, attribute, &Value::Obj(class.clone()), &metaclass);
    }
    Err(vm.attribute_error(format!("type object '{}' has no attribute '{name}'", class_data(class).name)))
}

/// Reads slot `index` of an instance through its `member_descriptor`.
fn member_get<R: Runtime>(vm: &Vm<R>, object: &Value<R>, name: &str, index: usize) -> PyResult<R> {
    let found = match object.as_obj().map(Obj::payload) {
        Some(Payload::Instance(data)) => {
            data.slots.as_ref().and_then(|slots| slots.read(|slots| slots.get(index).cloned().flatten()))
        }
        _ => None,
    };
    found.ok_or_else(|| no_attribute(vm, object, name))
}

/// Writes (or, with None, deletes) slot `index` of an instance.
fn member_set<R: Runtime>(
    vm: &Vm<R>,
    object: &Value<R>,
    name: &str,
    index: usize,
    value: Option<Value<R>>,
) -> PyResult<R, ()> {
    let Some(slots) = object.as_obj().and_then(|obj| match obj.payload() {
        Payload::Instance(data) => data.slots.as_deref(),
        _ => None,
    }) else {
        return Err(no_attribute(vm, object, name));
    };
    let deleting = value.is_none();
    let had = write_slot(slots, index, value);
    if deleting && !had {
        // CPython words this one with the bare name.
        return Err(vm.attribute_error(name));
    }
    Ok(())
}

/// `obj.__class__ = class`: allowed between Python classes whose instances
/// have the same layout, with CPython's messages otherwise.
fn assign_class<R: Runtime>(vm: &Vm<R>, object: &Value<R>, value: Option<Value<R>>) -> PyResult<R, ()> {
    let Some(value) = value else { return Err(vm.type_error("can't delete __class__ attribute")) };
    let Some(Payload::Class(new_data)) = value.as_obj().map(Obj::payload) else {
        return Err(vm.type_error(format!("__class__ must be set to a class, not '{}' object", type_name(vm, &value))));
    };
    let old = class_of(vm, object);
    let old_data = class_data(&old);
    let (Some(obj), false, false) = (object.as_obj(), old_data.builtin, new_data.builtin) else {
        return Err(vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    };
    let layout = |class: &Obj<R>| {
        let data = class_data(class);
        let slots: Vec<Box<str>> = crate::types::mro(class).flat_map(|c| class_data(&c).slots.to_vec()).collect();
        (data.instance_kind, data.instance_dict, slots)
    };
    let new = value.as_obj().expect("a class");
    if layout(&old) != layout(new) {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_data.name, old_data.name
        )));
    }
    // The shape belongs to the old class: the attributes move to a dict first.
    crate::shape::attribute_dict(vm, obj)?;
    obj.set_class(new);
    Ok(())
}

pub fn set_attr<R: Runtime>(vm: &Vm<R>, object: &Value<R>, name: &Obj<R>, value: Value<R>) -> PyResult<R, ()> {
    let text = crate::protocols::obj_text(name).expect("attribute names are str");
    if let Some(setattr) = hook_method(object, Hook::SetAttr) {
        crate::protocols::call_method(vm, &setattr, object, vec![Value::Obj(name.clone()), value])?;
        return Ok(());
    }
    store_attr(vm, object, name, text, Some(value))
}

/// `object.__setattr__` (and `__delattr__` when `value` is None).
pub fn store_attr<R: Runtime>(
    vm: &Vm<R>,
    object: &Value<R>,
    name: &Obj<R>,
    text: &str,
    value: Option<Value<R>>,
) -> PyResult<R, ()> {
    let class = class_of(vm, object);
    if text == "__class__" {
        return assign_class(vm, object, value);
    }
    let found = crate::types::lookup_name(&class, name);
    if let Some(descriptor) = &found {
        match descriptor.as_obj().map(Obj::payload) {
            Some(Payload::Member { name, index, .. }) => return member_set(vm, object, name, *index, value),
            Some(Payload::Property { setter, deleter, .. }) => {
                let (function, args) = match value {
                    Some(value) => (setter, vec![object.clone(), value]),
                    None => (deleter, vec![object.clone()]),
                };
                if function.is_none() {
                    let what = if args.len() == 2 { "setter" } else { "deleter" };
                    let owner = crate::types::class_data(&class).name.clone();
                    return Err(vm.attribute_error(format!("property '{text}' of '{owner}' object has no {what}")));
                }
                call::call(vm, function, Args::new(args))?;
                return Ok(());
            }
            _ => {
                let method = if value.is_some() { "__set__" } else { "__delete__" };
                if let Some(set) = user_method(descriptor, method) {
                    let mut args = vec![object.clone()];
                    args.extend(value);
                    crate::protocols::call_method(vm, &set, descriptor, args)?;
                    return Ok(());
                }
            }
        }
    }
    let Some(obj) = object.as_obj() else { return Err(no_attribute(vm, object, text)) };
    if let Payload::Exception(data) = obj.payload()
        && let Some(value) = &value
        && crate::exceptions::set_special(vm, data, text, value.clone())?
    {
        return Ok(());
    }
    // A function's name and qualified name live in its metadata (they name
    // it in tracebacks and argument errors), not in its `__dict__`.
    if let Payload::Function(function) = obj.payload()
        && matches!(text, "__name__" | "__qualname__")
    {
        let Some(new) = value.as_ref().and_then(crate::protocols::str_text).map(Box::<str>::from) else {
            return Err(vm.type_error(format!("{text} must be set to a string object")));
        };
        function.meta.write(|meta| if text == "__name__" { meta.name = new } else { meta.qualname = new });
        return Ok(());
    }
    if let Some(shaped) = shape::shaped(obj, &class) {
        return match value {
            Some(value) => shaped.set(vm, name, value),
            None if shaped.delete(vm, name)? => Ok(()),
            None => Err(no_attribute(vm, object, text)),
        };
    }
    let namespace = match obj.payload() {
        Payload::Class(data) if !data.builtin => Some(data.dict.clone()),
        Payload::Class(data) => {
            return Err(vm.type_error(format!("cannot set '{text}' attribute of immutable type '{}'", data.name)));
        }
        Payload::Module { dict, .. } => Some(dict.clone()),
        _ => obj.attrs().cloned(),
    };
    let Some(namespace) = namespace else {
        if found.is_some() && value.is_some() {
            return Err(
                vm.attribute_error(format!("'{}' object attribute '{text}' is read-only", type_name(vm, object)))
            );
        }
        return Err(no_attribute(vm, object, text));
    };
    match value {
        Some(value) => dict::set_item(vm, &namespace, Value::Obj(name.clone()), value),
        None => match dict::remove(vm, &namespace, &Value::Obj(name.clone()))? {
            Some(_) => Ok(()),
            None => Err(no_attribute(vm, object, text)),
        },
    }
}

pub fn delete_attr<R: Runtime>(vm: &Vm<R>, object: &Value<R>, name: &Obj<R>) -> PyResult<R, ()> {
    let text = crate::protocols::obj_text(name).expect("attribute names are str").to_owned();
    if let Some(delattr) = hook_method(object, Hook::DelAttr) {
        crate::protocols::call_method(vm, &delattr, object, vec![Value::Obj(name.clone())])?;
        return Ok(());
    }
    store_attr(vm, object, name, &text, None)
}

/// `LOAD_METHOD`: a function found on the type, with the receiver to pass
/// it, or the plain attribute and no receiver.
pub fn load_method<R: Runtime>(
    vm: &Vm<R>,
    object: Value<R>,
    name: &Obj<R>,
) -> PyResult<R, (Value<R>, Option<Value<R>>)> {
    // Classes, modules and `super()` objects resolve names their own way.
    let plain_instance = !matches!(
        object.as_obj().map(Obj::payload),
        Some(Payload::Class(_) | Payload::Module { .. } | Payload::Super { .. })
    ) && hook_method(&object, Hook::GetAttribute).is_none();
    if plain_instance {
        let class = class_of(vm, &object);
        if let Some(attribute) = crate::types::lookup_name(&class, name) {
            let is_method = matches!(
                attribute.as_obj().map(Obj::payload),
                Some(Payload::Function(_)) | Some(Payload::Builtin(BuiltinFunction { receiver: None, .. }))
            );
            let shadowed = object.as_obj().is_some_and(|obj| own_attribute(obj, &class, name).is_some());
            if is_method && !shadowed {
                return Ok((attribute, Some(object)));
            }
        }
    }
    Ok((get_attr(vm, &object, name)?, None))
}
