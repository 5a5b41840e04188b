//! Methods every object has (`object.__repr__`, `__eq__`, `__setattr__`…),
//! the attributes kinds of objects carry without a dict entry (`__name__`,
//! `args`, `__class__`…), `super()` lookups, and generator methods.

use weft_runtime::{Runtime, Storage};

use super::{arity, define_method};
use crate::object::Obj;
use crate::objects::{Payload, iter::IterState};
use crate::ops::dict;
use crate::protocols::{self, class_of, str_text};
use crate::types::{class_data, mro};
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>) {
    let types = vm.types();
    let object = &types.object;
    define_method(vm, object, "__repr__", |vm, args| {
        let receiver = &args.positional[0];
        let class = class_of(vm, receiver);
        let data = class_data(&class);
        let module = crate::types::dict_get_str(&data.dict, "__module__");
        let id = receiver.as_obj().map_or(0, Obj::id);
        Ok(vm.new_str(match module.as_ref().and_then(str_text) {
            Some(module) if module != "builtins" => format!("<{module}.{} object at {id:#x}>", data.qualname),
            _ => format!("<{} object at {id:#x}>", data.qualname),
        }))
    });
    define_method(vm, &types.type_, "mro", |vm, args| {
        arity(vm, "mro", &args, 1, 1)?;
        let Some(class) = args.positional[0].as_obj().filter(|c| matches!(c.payload(), Payload::Class(_))) else {
            return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
        };
        Ok(vm.new_list(mro(class).map(Value::Obj).collect()))
    });
    // Functions are descriptors: `f.__get__(obj)` is the bound method.
    define_method(vm, &types.function, "__get__", |vm, args| {
        arity(vm, "__get__", &args, 2, 3)?;
        let function = args.positional[0].clone();
        match args.at(vm, 1)? {
            Value::None => Ok(function),
            instance => Ok(crate::attr::bound_method(vm, function, instance.clone())),
        }
    });
    for class in [&types.function, &types.builtin_function, &types.method] {
        // So that `f.__call__(...)` and `hasattr(f, "__call__")` work as in CPython.
        define_method(vm, class, "__call__", |vm, mut args| {
            let callable = args.positional.remove(0);
            crate::call::call(vm, &callable, args)
        });
    }
    define_method(vm, object, "__str__", |vm, args| Ok(vm.new_str(protocols::repr(vm, &args.positional[0])?)));
    define_method(vm, object, "__eq__", |vm, args| {
        arity(vm, "__eq__", &args, 2, 2)?;
        Ok(if args.positional[0].is(args.at(vm, 1)?) { Value::Bool(true) } else { vm.not_implemented() })
    });
    define_method(vm, object, "__ne__", |vm, args| {
        arity(vm, "__ne__", &args, 2, 2)?;
        let equal =
            crate::ops::compare(vm, weft_bytecode::ComparisonOperator::Equal, &args.positional[0], args.at(vm, 1)?)?;
        Ok(Value::Bool(!protocols::truthy(vm, &equal)?))
    });
    define_method(vm, object, "__hash__", |_, args| {
        let id = args.positional[0].as_obj().map_or(0, Obj::id);
        Ok(Value::Int((id >> 4) as i64))
    });
    define_method(vm, object, "__setattr__", |vm, args| {
        arity(vm, "__setattr__", &args, 3, 3)?;
        let name = args.at(vm, 1)?.as_obj().cloned().ok_or_else(|| vm.type_error("attribute name must be string"))?;
        let text = str_text(args.at(vm, 1)?).unwrap_or("").to_owned();
        crate::attr::store_attr(vm, &args.positional[0], &name, &text, Some(args.at(vm, 2)?.clone()))?;
        Ok(Value::None)
    });
    define_method(vm, object, "__delattr__", |vm, args| {
        arity(vm, "__delattr__", &args, 2, 2)?;
        let name = args.at(vm, 1)?.as_obj().cloned().ok_or_else(|| vm.type_error("attribute name must be string"))?;
        let text = str_text(args.at(vm, 1)?).unwrap_or("").to_owned();
        crate::attr::store_attr(vm, &args.positional[0], &name, &text, None)?;
        Ok(Value::None)
    });
    define_method(vm, object, "__getattribute__", |vm, args| {
        arity(vm, "__getattribute__", &args, 2, 2)?;
        let name = args.at(vm, 1)?.as_obj().cloned().ok_or_else(|| vm.type_error("attribute name must be string"))?;
        let text = str_text(args.at(vm, 1)?).unwrap_or("").to_owned();
        match crate::attr::instance_attr(vm, &args.positional[0], &name, &text)? {
            Some(value) => Ok(value),
            None => Err(crate::attr::no_attribute(vm, &args.positional[0], &text)),
        }
    });
    define_method(vm, object, "__format__", |vm, args| {
        arity(vm, "__format__", &args, 2, 2)?;
        if str_text(args.at(vm, 1)?).is_some_and(|spec| !spec.is_empty()) {
            return Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                protocols::type_name(vm, &args.positional[0])
            )));
        }
        Ok(vm.new_str(protocols::to_str(vm, &args.positional[0])?))
    });
    // The builtin kinds format by the spec mini-language (`str.__format__(s,
    // ">12")`, as subclasses that override `__format__` call it).
    for class in [&types.str, &types.int, &types.bool, &types.float] {
        define_method(vm, class, "__format__", |vm, args| {
            arity(vm, "__format__", &args, 2, 2)?;
            let Some(spec) = str_text(args.at(vm, 1)?) else {
                return Err(vm.type_error("format spec must be a str"));
            };
            if spec.is_empty() {
                return Ok(vm.new_str(protocols::to_str(vm, &args.positional[0])?));
            }
            Ok(vm.new_str(crate::formatting::format_spec(vm, &args.positional[0], spec)?))
        });
    }
    define_method(vm, object, "__init_subclass__", |vm, args| {
        if args.keywords.is_empty() {
            return Ok(Value::None);
        }
        let name = match args.positional.first().and_then(Value::as_obj).map(Obj::payload) {
            Some(Payload::Class(data)) => data.name.to_string(),
            _ => "object".to_owned(),
        };
        Err(vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")))
    });
    let property = &types.property;
    define_method(vm, property, "getter", |vm, args| property_with(vm, args, 0));
    define_method(vm, property, "setter", |vm, args| property_with(vm, args, 1));
    define_method(vm, property, "deleter", |vm, args| property_with(vm, args, 2));
    for class in [&types.generator, &types.iterator].into_iter().chain(types.iterators.all()) {
        define_method(vm, class, "__iter__", |_, args| Ok(args.positional[0].clone()));
        define_method(vm, class, "__next__", |vm, args| match protocols::next(vm, &args.positional[0])? {
            Some(value) => Ok(value),
            None => Err(vm.stop_iteration(Value::None)),
        });
    }
    // Coroutines are generators underneath: the same send/throw/close.
    for class in [&types.generator, &types.coroutine] {
        define_method(vm, class, "send", |vm, args| {
            arity(vm, "send", &args, 2, 2)?;
            resume(vm, &args.positional[0], args.at(vm, 1)?.clone(), None)
        });
        define_method(vm, class, "throw", |vm, args| {
            arity(vm, "throw", &args, 2, 4)?;
            let exception = crate::exceptions::instantiate(vm, args.at(vm, 1)?.clone())?;
            resume(vm, &args.positional[0], Value::None, Some(crate::vm::PyErr { exception }))
        });
        define_method(vm, class, "close", |vm, args| {
            let generator = args.positional[0].as_obj().expect("a generator");
            crate::generator::close(vm, generator)?;
            Ok(Value::None)
        });
    }
    // What `await` delegates to: the coroutine itself (CPython wraps it in a
    // `coroutine_wrapper`; iterating either resumes the coroutine).
    define_method(vm, &types.coroutine, "__await__", |_, args| Ok(args.positional[0].clone()));
}

fn resume<R: Runtime>(
    vm: &Vm<R>,
    generator: &Value<R>,
    sent: Value<R>,
    thrown: Option<crate::vm::PyErr<R>>,
) -> PyResult<R> {
    let generator = generator.as_obj().expect("a generator");
    match crate::generator::resume(vm, generator, sent, thrown)? {
        crate::generator::Resumed::Yielded(value) => Ok(value),
        crate::generator::Resumed::Returned(value) => Err(vm.stop_iteration(value)),
    }
}

/// `prop.setter(f)` and friends: a copy of the property with one function replaced.
fn property_with<R: Runtime>(vm: &Vm<R>, args: Args<R>, which: usize) -> PyResult<R> {
    arity(vm, "setter", &args, 2, 2)?;
    let Some(Payload::Property { getter, setter, deleter, doc }) = args.positional[0].as_obj().map(Obj::payload) else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let mut parts = [getter.clone(), setter.clone(), deleter.clone()];
    parts[which] = args.at(vm, 1)?.clone();
    let [getter, setter, deleter] = parts;
    let payload = Payload::Property { getter, setter, deleter, doc: doc.clone() };
    Ok(Value::Obj(Obj::new(&vm.types().property, payload, None)))
}

/// Attributes an instance has by its kind rather than in a dict.
pub fn special_attr<R: Runtime>(vm: &Vm<R>, object: &Value<R>, name: &str) -> PyResult<R, Option<Value<R>>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(class_of(vm, object))));
    }
    let Some(obj) = object.as_obj() else {
        return Ok(match (object, name) {
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(crate::ops::positive(vm, object.clone())?),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            _ => None,
        });
    };
    if name == "__dict__" {
        return Ok(crate::shape::attribute_dict(vm, obj)?.map(|attrs| {
            attrs.mark_exposed();
            Value::Obj(attrs.clone())
        }));
    }
    Ok(match (obj.payload(), name) {
        (Payload::GenericAlias { origin, .. }, "__origin__") => Some(Value::Obj(origin.clone())),
        (Payload::GenericAlias { args, .. }, "__args__") => Some(args.clone()),
        (Payload::Function(function), "__name__") => Some(vm.new_str(function.meta.read(|m| m.name.clone()))),
        (Payload::Function(function), "__qualname__") => Some(vm.new_str(function.meta.read(|m| m.qualname.clone()))),
        (Payload::Function(function), "__doc__") => {
            Some(function.code.code.docstring.as_ref().map_or(Value::None, |doc| vm.new_str(doc.clone())))
        }
        (Payload::Function(function), "__module__") => crate::types::dict_get_str(&function.globals, "__name__"),
        (Payload::Function(function), "__kwdefaults__") => {
            Some(function.kwdefaults.clone().map_or(Value::None, Value::Obj))
        }
        (Payload::Function(function), "__defaults__") => {
            Some(function.defaults.clone().map_or(Value::None, Value::Obj))
        }
        (Payload::Function(function), "__globals__") => Some(Value::Obj(function.globals.clone())),
        (Payload::Function(_), "__annotations__") => {
            // Made empty on first use and kept, as CPython does.
            let attrs = obj.attrs().expect("functions have an attribute dict");
            let key = vm.new_str("__annotations__");
            match dict::get(vm, attrs, &key)? {
                Some(existing) => Some(existing),
                None => {
                    let fresh = Value::Obj(vm.new_dict());
                    dict::set_item(vm, attrs, key, fresh.clone())?;
                    Some(fresh)
                }
            }
        }
        (Payload::Function(function), "__closure__") => Some(function.closure.clone().map_or(Value::None, Value::Obj)),
        (Payload::Cell(contents), "cell_contents") => match contents.read(Clone::clone) {
            Some(value) => Some(value),
            None => return Err(vm.value_error("Cell is empty")),
        },
        (Payload::Builtin(builtin), "__name__") => Some(vm.new_str(builtin.name)),
        (Payload::Builtin(builtin), "__qualname__") => Some(vm.new_str(match &builtin.owner {
            Some(owner) => format!("{}.{}", class_data(owner).name, builtin.name),
            None => builtin.name.to_owned(),
        })),
        (Payload::Builtin(builtin), "__self__") => builtin.receiver.clone(),
        (Payload::BoundMethod { receiver, .. }, "__self__") => Some(receiver.clone()),
        (Payload::BoundMethod { function, .. }, "__func__") => Some(function.clone()),
        (Payload::BoundMethod { function, .. }, "__name__" | "__qualname__" | "__doc__") => {
            Some(crate::attr::get_attr_str(vm, function, name)?)
        }
        (Payload::Exception(data), _) => exception_attr(vm, obj, data, name),
        (Payload::File(_), _) => crate::builtins::file::file_attr(vm, obj, name),
        (Payload::Property { getter, .. }, "fget") => Some(getter.clone()),
        (Payload::Property { setter, .. }, "fset") => Some(setter.clone()),
        (Payload::Property { doc, getter, .. }, "__doc__") => {
            if doc.is_none() {
                Some(crate::attr::get_attr_str(vm, getter, "__doc__").unwrap_or(Value::None))
            } else {
                Some(doc.clone())
            }
        }
        (Payload::StaticMethod(function) | Payload::ClassMethod(function), "__func__") => Some(function.clone()),
        (Payload::Range { start, .. } | Payload::Slice { start, .. }, "start") => Some(start.clone()),
        (Payload::Range { stop, .. } | Payload::Slice { stop, .. }, "stop") => Some(stop.clone()),
        (Payload::Range { step, .. } | Payload::Slice { step, .. }, "step") => Some(step.clone()),
        (Payload::Complex(real, _), "real") => Some(Value::Float(*real)),
        (Payload::Complex(_, imag), "imag") => Some(Value::Float(*imag)),
        (Payload::Int(_), "real" | "numerator") => Some(object.clone()),
        (Payload::Int(_), "imag") => Some(Value::Int(0)),
        (Payload::Int(_), "denominator") => Some(Value::Int(1)),
        (Payload::Float(f), "real") => Some(Value::Float(*f)),
        (Payload::Float(_), "imag") => Some(Value::Float(0.0)),
        (Payload::Module { name: module, .. }, "__name__") => Some(vm.new_str(module.clone())),
        (Payload::Iterator(state), "__name__" | "__qualname__") => state.read(|s| match s {
            IterState::Generator { name: n, qualname, .. } => {
                Some(vm.new_str(if name == "__name__" { n.clone() } else { qualname.clone() }))
            }
            _ => None,
        }),
        (Payload::Super { start_after, receiver }, _) => super_attr(vm, start_after, receiver, name)?,
        _ => None,
    })
}

fn exception_attr<R: Runtime>(
    vm: &Vm<R>,
    exception: &Obj<R>,
    data: &R::Storage<crate::objects::ExceptionData<R>>,
    name: &str,
) -> Option<Value<R>> {
    let first_arg = || {
        data.read(|d| match d.args.as_obj().map(Obj::payload) {
            Some(Payload::Tuple(items)) => match items.len() {
                0 => Value::None,
                1 => items[0].clone(),
                _ => d.args.clone(),
            },
            _ => Value::None,
        })
    };
    let exceptions = &vm.types().exceptions;
    let class = exception.class();
    Some(match name {
        "args" => data.read(|d| d.args.clone()),
        "__cause__" => data.read(|d| d.cause.clone()),
        "__context__" => data.read(|d| d.context.clone()),
        "__suppress_context__" => Value::Bool(data.read(|d| d.suppress_context)),
        "__traceback__" => traceback_chain(vm, &data.read(|d| d.traceback.clone())),
        "code" if crate::types::is_subclass(&class, &exceptions.system_exit) => first_arg(),
        "errno" | "strerror" | "filename" if crate::types::is_subclass(&class, &exceptions.os_error) => {
            let index = ["errno", "strerror", "filename"].iter().position(|n| *n == name).unwrap_or(0);
            data.read(|d| match d.args.as_obj().map(Obj::payload) {
                Some(Payload::Tuple(items)) if items.len() >= 2 => items.get(index).cloned().unwrap_or(Value::None),
                _ => Value::None,
            })
        }
        "encoding" | "object" | "start" | "end" | "reason"
            if crate::types::is_subclass(&class, &exceptions.unicode_decode_error)
                || crate::types::is_subclass(&class, &exceptions.unicode_encode_error) =>
        {
            let index = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == name).unwrap_or(0);
            data.read(|d| match d.args.as_obj().map(Obj::payload) {
                Some(Payload::Tuple(items)) if items.len() == 5 => items[index].clone(),
                _ => Value::None,
            })
        }
        "name" | "path" if crate::types::is_subclass(&class, &exceptions.import_error) => Value::None,
        "value" if crate::types::is_subclass(&class, &exceptions.stop_iteration) => {
            data.read(|d| match d.args.as_obj().map(Obj::payload) {
                Some(Payload::Tuple(items)) => items.first().cloned().unwrap_or(Value::None),
                _ => Value::None,
            })
        }
        _ => return None,
    })
}

/// `super().name`: the attribute after `start_after` in the receiver's MRO.
fn super_attr<R: Runtime>(
    vm: &Vm<R>,
    start_after: &Obj<R>,
    receiver: &Value<R>,
    name: &str,
) -> PyResult<R, Option<Value<R>>> {
    // As CPython's `super(start_after, receiver)`: a receiver that is a
    // subclass of `start_after` (class methods, `__new__`) is searched along
    // its own MRO; anything else, classes included (an instance of a
    // metaclass), along its class's.
    let receiver_is_class = receiver
        .as_obj()
        .is_some_and(|r| matches!(r.payload(), Payload::Class(_)) && crate::types::is_subclass(r, start_after));
    let class = if receiver_is_class { receiver.as_obj().expect("a class").clone() } else { class_of(vm, receiver) };
    let order: Vec<Obj<R>> = mro(&class).collect();
    let Some(position) = order.iter().position(|c| c.ptr_eq(start_after)) else { return Ok(None) };
    for candidate in &order[position + 1..] {
        if let Some(attribute) = crate::types::dict_get_str(&class_data(candidate).dict, name) {
            return Ok(Some(match attribute.as_obj().map(Obj::payload) {
                Some(Payload::Function(_)) if !receiver_is_class => {
                    crate::attr::bound_method(vm, attribute.clone(), receiver.clone())
                }
                Some(Payload::Builtin(builtin))
                    if builtin.receiver.is_none() && !(receiver_is_class && name == "__new__") =>
                {
                    let bound = crate::objects::BuiltinFunction {
                        name: builtin.name,
                        function: builtin.function,
                        receiver: Some(receiver.clone()),
                        owner: builtin.owner.clone(),
                        keywords: builtin.keywords,
                    };
                    Value::Obj(Obj::new(&vm.types().builtin_function, Payload::Builtin(bound), None))
                }
                Some(Payload::ClassMethod(function)) => {
                    crate::attr::bound_method(vm, function.clone(), Value::Obj(class.clone()))
                }
                Some(Payload::StaticMethod(function)) => function.clone(),
                Some(Payload::Property { getter, .. }) if !receiver_is_class => {
                    crate::call::call(vm, getter, Args::new(vec![receiver.clone()]))?
                }
                _ => attribute,
            }));
        }
    }
    Ok(None)
}

/// Attributes a class has without a dict entry.
pub fn class_special_attr<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, name: &str) -> PyResult<R, Option<Value<R>>> {
    let data = class_data(class);
    Ok(match name {
        "__name__" => Some(vm.new_str(data.name.clone())),
        "__qualname__" => Some(vm.new_str(data.qualname.clone())),
        "__mro__" => Some(vm.new_tuple(mro(class).map(Value::Obj).collect())),
        "__bases__" => Some(vm.new_tuple(data.bases.iter().cloned().map(Value::Obj).collect())),
        "__base__" => Some(data.bases.first().cloned().map_or(Value::None, Value::Obj)),
        "__dict__" => Some(Value::Obj(data.dict.clone())),
        "__class__" => Some(Value::Obj(class.class())),
        "__doc__" => Some(crate::types::dict_get_str(&data.dict, "__doc__").unwrap_or(Value::None)),
        "__module__" => {
            Some(crate::types::dict_get_str(&data.dict, "__module__").unwrap_or_else(|| vm.new_str("builtins")))
        }
        // A Python class without annotations of its own gets an empty dict on
        // first access (never an inherited one), as since Python 3.10.
        "__annotations__" if !data.builtin => match crate::types::dict_get_str(&data.dict, name) {
            Some(annotations) => Some(annotations),
            None => {
                let annotations = Value::Obj(vm.new_dict());
                crate::ops::dict::set_item(vm, &data.dict, vm.new_str(name), annotations.clone())?;
                Some(annotations)
            }
        },
        _ => None,
    })
}

/// The names `dir(object)` lists, unsorted.
pub fn dir_names<R: Runtime>(vm: &Vm<R>, object: &Value<R>) -> PyResult<R, Vec<String>> {
    let mut names = Vec::new();
    match object.as_obj().map(Obj::payload) {
        Some(Payload::Module { dict, .. }) => add_keys(&mut names, dict),
        Some(Payload::Class(_)) => {
            for class in mro(object.as_obj().expect("a class")) {
                add_keys(&mut names, &class_data(&class).dict);
            }
        }
        _ => {
            if let Some(obj) = object.as_obj()
                && let Some(attrs) = crate::shape::attribute_dict(vm, obj)?
            {
                add_keys(&mut names, attrs);
            }
            for class in mro(&class_of(vm, object)) {
                add_keys(&mut names, &class_data(&class).dict);
                names.extend(class_data(&class).slots.iter().map(|s| s.to_string()));
            }
        }
    }
    // Served by the attribute machinery rather than a dict entry, but listed by CPython.
    if !matches!(object.as_obj().map(Obj::payload), Some(Payload::Module { .. })) {
        names.extend(["__class__", "__doc__"].map(str::to_owned));
    }
    Ok(names)
}

fn add_keys<R: Runtime>(names: &mut Vec<String>, namespace: &Obj<R>) {
    for (key, _) in dict::entries(namespace) {
        if let Some(text) = str_text(&key) {
            names.push(text.to_owned());
        }
    }
}

/// `exception.__traceback__`: traceback objects, outermost first, each with
/// `tb_lineno`, `tb_lasti`, `tb_next` and `tb_frame` (None: weft has no
/// frame objects). Built on each access from the entries the exception keeps.
fn traceback_chain<R: Runtime>(vm: &Vm<R>, entries: &[crate::objects::exception::TraceEntry]) -> Value<R> {
    // Entries run innermost first, so the chain is built from the inside out.
    entries.iter().fold(Value::None, |next, entry| {
        let attrs = vm.new_dict();
        for (name, value) in [
            ("tb_lineno", Value::Int(i64::from(entry.line))),
            ("tb_lasti", Value::Int(0)),
            ("tb_next", next),
            ("tb_frame", Value::None),
        ] {
            let _ = dict::set_item(vm, &attrs, vm.new_str(name), value);
        }
        let payload = Payload::Instance(crate::shape::InstanceData::without_shape());
        Value::Obj(Obj::new(&vm.types().traceback, payload, Some(attrs)))
    })
}
