//! The builtin functions: `print`, `len`, `sorted`, `min`, `isinstance`, …

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use weft_runtime::Runtime;

use super::{arity, define, define_positional, expect_int, keyword, length, write_stdout};
use crate::call;
use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::iter::IterState;
use crate::ops::{self, dict, number};
use crate::protocols::{self, class_of, repr, str_text, to_str, truthy, type_name, user_method};
use crate::types::is_subclass;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn install<R: Runtime>(vm: &Vm<R>) {
    let b = &vm.interp.builtins;
    define(vm, b, "print", print);
    define(vm, b, "__import__", crate::import::dunder_import);
    define_positional(vm, b, "len", |vm, args| {
        arity(vm, "len", &args, 1, 1)?;
        Ok(Value::Int(length(vm, args.at(vm, 0)?)? as i64))
    });
    define_positional(vm, b, "repr", |vm, args| {
        arity(vm, "repr", &args, 1, 1)?;
        Ok(vm.new_str(repr(vm, args.at(vm, 0)?)?))
    });
    define_positional(vm, b, "ascii", |vm, args| {
        arity(vm, "ascii", &args, 1, 1)?;
        Ok(vm.new_str(super::ascii_of(&repr(vm, args.at(vm, 0)?)?)))
    });
    define_positional(vm, b, "abs", abs);
    define(vm, b, "min", |vm, args| min_max(vm, args, "min", std::cmp::Ordering::Less));
    define(vm, b, "max", |vm, args| min_max(vm, args, "max", std::cmp::Ordering::Greater));
    define(vm, b, "sum", sum);
    define(vm, b, "sorted", |vm, args| {
        if args.positional.len() != 1 {
            return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.positional.len())));
        }
        sorted(vm, args)
    });
    define_positional(vm, b, "any", |vm, args| {
        arity(vm, "any", &args, 1, 1)?;
        let iterator = protocols::get_iter(vm, args.at(vm, 0)?)?;
        while let Some(item) = protocols::next(vm, &iterator)? {
            if truthy(vm, &item)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    });
    define_positional(vm, b, "all", |vm, args| {
        arity(vm, "all", &args, 1, 1)?;
        let iterator = protocols::get_iter(vm, args.at(vm, 0)?)?;
        while let Some(item) = protocols::next(vm, &iterator)? {
            if !truthy(vm, &item)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    });
    define_positional(vm, b, "iter", |vm, args| {
        arity(vm, "iter", &args, 1, 2)?;
        if let [function, sentinel] = &args.positional[..] {
            let callable = matches!(
                function.as_obj().map(Obj::payload),
                Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Class(_))
            ) || crate::types::lookup(&class_of(vm, function), "__call__").is_some();
            if !callable {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            let state = IterState::Callable { function: function.clone(), sentinel: sentinel.clone() };
            return Ok(protocols::new_iterator(vm, state));
        }
        protocols::get_iter(vm, args.at(vm, 0)?)
    });
    define_positional(vm, b, "next", |vm, args| {
        arity(vm, "next", &args, 1, 2)?;
        if let (Some(generator), None) = (crate::generator::is_generator(args.at(vm, 0)?), args.positional.get(1))
            && !generator.class_is(&vm.types().coroutine)
        {
            // A generator's return value travels in the StopIteration.
            return match crate::generator::resume(vm, generator, Value::None, None)? {
                crate::generator::Resumed::Yielded(value) => Ok(value),
                crate::generator::Resumed::Returned(value) => Err(vm.stop_iteration(value)),
            };
        }
        match protocols::next(vm, args.at(vm, 0)?)? {
            Some(item) => Ok(item),
            None => match args.positional.get(1) {
                Some(default) => Ok(default.clone()),
                None => Err(vm.stop_iteration(Value::None)),
            },
        }
    });
    define(vm, b, "enumerate", |vm, args| {
        let iterable = args.positional.first().cloned().or_else(|| keyword(&args, "iterable"));
        let Some(iterable) = iterable else {
            return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
        };
        let start = args.positional.get(1).cloned().or_else(|| keyword(&args, "start")).unwrap_or(Value::Int(0));
        let state = IterState::Enumerate { inner: protocols::get_iter(vm, &iterable)?, count: start };
        Ok(protocols::new_iterator(vm, state))
    });
    define(vm, b, "zip", |vm, args| {
        let strict = keyword(&args, "strict").map(|s| truthy(vm, &s)).transpose()?.unwrap_or(false);
        let mut inners = Vec::new();
        for (i, iterable) in args.positional.iter().enumerate() {
            inners.push(
                protocols::get_iter(vm, iterable)
                    .map_err(|_| vm.type_error(format!("zip argument #{} must support iteration", i + 1)))?,
            );
        }
        Ok(protocols::new_iterator(vm, IterState::Zip { inners, strict }))
    });
    define(vm, b, "map", |vm, args| {
        if args.positional.len() < 2 {
            return Err(vm.type_error("map() must have at least two arguments."));
        }
        let mut inners = Vec::new();
        for iterable in &args.positional[1..] {
            inners.push(protocols::get_iter(vm, iterable)?);
        }
        let state = IterState::Map { function: args.at(vm, 0)?.clone(), inners };
        Ok(protocols::new_iterator(vm, state))
    });
    define(vm, b, "filter", |vm, args| {
        arity(vm, "filter", &args, 2, 2)?;
        let state =
            IterState::Filter { function: args.at(vm, 0)?.clone(), inner: protocols::get_iter(vm, args.at(vm, 1)?)? };
        Ok(protocols::new_iterator(vm, state))
    });
    define_positional(vm, b, "reversed", |vm, args| {
        arity(vm, "reversed", &args, 1, 1)?;
        let sequence = args.at(vm, 0)?;
        if let Some(method) = user_method(sequence, "__reversed__") {
            return protocols::call_method(vm, &method, sequence, vec![]);
        }
        let items = match sequence.as_obj().map(Obj::payload) {
            Some(Payload::List(_) | Payload::Tuple(_)) => sequence.as_obj().expect("checked").clone(),
            // Only sequences reverse: things with a length and integer indexes.
            Some(
                Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::Range { .. }
                | Payload::ByteArray(_)
                | Payload::DictView { .. }
                | Payload::Dict(_),
            ) => {
                let items = protocols::collect(vm, sequence)?;
                vm.new_list(items).as_obj().expect("a list").clone()
            }
            _ if user_method(sequence, "__len__").is_some() && user_method(sequence, "__getitem__").is_some() => {
                let count = length(vm, sequence)?;
                let mut items = Vec::with_capacity(count);
                for i in 0..count {
                    items.push(crate::ops::get_item(vm, sequence, Value::Int(i as i64))?);
                }
                vm.new_list(items).as_obj().expect("a list").clone()
            }
            _ => return Err(vm.type_error(format!("'{}' object is not reversible", type_name(vm, sequence)))),
        };
        let remaining = length(vm, &Value::Obj(items.clone()))?;
        Ok(protocols::new_iterator(vm, IterState::Reversed { sequence: items, remaining }))
    });
    define_positional(vm, b, "hash", |vm, args| {
        arity(vm, "hash", &args, 1, 1)?;
        Ok(Value::Int(protocols::hash(vm, args.at(vm, 0)?)?))
    });
    define_positional(vm, b, "id", |vm, args| {
        arity(vm, "id", &args, 1, 1)?;
        let id = match args.at(vm, 0)? {
            Value::Obj(obj) => obj.id() as i64,
            other => protocols::hash(vm, other)?,
        };
        Ok(Value::Int(id))
    });
    define_positional(vm, b, "callable", |vm, args| {
        arity(vm, "callable", &args, 1, 1)?;
        Ok(Value::Bool(crate::protocols::is_callable(vm, args.at(vm, 0)?)))
    });
    define_positional(vm, b, "isinstance", |vm, args| {
        arity(vm, "isinstance", &args, 2, 2)?;
        Ok(Value::Bool(isinstance(vm, args.at(vm, 0)?, args.at(vm, 1)?)?))
    });
    define_positional(vm, b, "issubclass", |vm, args| {
        arity(vm, "issubclass", &args, 2, 2)?;
        let Some(class) = args.at(vm, 0)?.as_obj().filter(|c| matches!(c.payload(), Payload::Class(_))) else {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        };
        Ok(Value::Bool(class_matches(vm, &Tested::Class(class), args.at(vm, 1)?)?))
    });
    define_positional(vm, b, "getattr", |vm, args| {
        arity(vm, "getattr", &args, 2, 3)?;
        let name = attribute_name(vm, args.at(vm, 1)?)?;
        match crate::attr::get_attr(vm, args.at(vm, 0)?, &name) {
            Err(error)
                if args.positional.len() == 3 && vm.error_matches(&error, &vm.types().exceptions.attribute_error) =>
            {
                Ok(args.at(vm, 2)?.clone())
            }
            result => result,
        }
    });
    define_positional(vm, b, "setattr", |vm, args| {
        arity(vm, "setattr", &args, 3, 3)?;
        let name = attribute_name(vm, args.at(vm, 1)?)?;
        crate::attr::set_attr(vm, args.at(vm, 0)?, &name, args.at(vm, 2)?.clone())?;
        Ok(Value::None)
    });
    define_positional(vm, b, "delattr", |vm, args| {
        arity(vm, "delattr", &args, 2, 2)?;
        let name = attribute_name(vm, args.at(vm, 1)?)?;
        crate::attr::delete_attr(vm, args.at(vm, 0)?, &name)?;
        Ok(Value::None)
    });
    define_positional(vm, b, "hasattr", |vm, args| {
        arity(vm, "hasattr", &args, 2, 2)?;
        let name = attribute_name(vm, args.at(vm, 1)?)?;
        match crate::attr::get_attr(vm, args.at(vm, 0)?, &name) {
            Ok(_) => Ok(Value::Bool(true)),
            Err(error) if vm.error_matches(&error, &vm.types().exceptions.attribute_error) => Ok(Value::Bool(false)),
            Err(error) => Err(error),
        }
    });
    define_positional(vm, b, "chr", |vm, args| {
        arity(vm, "chr", &args, 1, 1)?;
        let code = expect_int(vm, args.at(vm, 0)?)?;
        match u32::try_from(code).ok().and_then(char::from_u32) {
            Some(c) => Ok(vm.new_str(c.to_string())),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        }
    });
    define_positional(vm, b, "ord", |vm, args| {
        arity(vm, "ord", &args, 1, 1)?;
        let value = args.at(vm, 0)?;
        if let Some(Payload::Bytes(bytes)) = value.as_obj().map(Obj::payload)
            && bytes.len() == 1
        {
            return Ok(Value::Int(i64::from(bytes[0])));
        }
        let Some(text) = str_text(value) else {
            return Err(vm.type_error(format!("ord() expected string of length 1, but {} found", type_name(vm, value))));
        };
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::Int(i64::from(c as u32))),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                text.chars().count()
            ))),
        }
    });
    define_positional(vm, b, "hex", |vm, args| radix(vm, args, 16));
    define_positional(vm, b, "oct", |vm, args| radix(vm, args, 8));
    define_positional(vm, b, "bin", |vm, args| radix(vm, args, 2));
    define(vm, b, "round", round);
    define_positional(vm, b, "divmod", |vm, args| {
        arity(vm, "divmod", &args, 2, 2)?;
        let (a, b) = (args.at(vm, 0)?.clone(), args.at(vm, 1)?.clone());
        if let Some(method) = user_method(&a, "__divmod__") {
            let result = protocols::call_method(vm, &method, &a, vec![b.clone()])?;
            if !vm.is_not_implemented(&result) {
                return Ok(result);
            }
        }
        if let Some(method) = user_method(&b, "__rdivmod__") {
            return protocols::call_method(vm, &method, &b, vec![a]);
        }
        let real = |v: &Value<_>| number::as_number(v).is_some_and(|n| !matches!(n, number::Number::Complex(..)));
        if !real(&a) || !real(&b) {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                type_name(vm, &a),
                type_name(vm, &b)
            )));
        }
        if matches!((&a, &b), (Value::Float(_), _) | (_, Value::Float(_))) {
            let zero = matches!(b, Value::Float(f) if f == 0.0) || matches!(b, Value::Int(0) | Value::Bool(false));
            if zero {
                return Err(vm.zero_division_error("float divmod()"));
            }
        }
        let quotient = ops::binary(vm, weft_bytecode::BinaryOperator::FloorDivide, false, a.clone(), b.clone())?;
        let remainder = ops::binary(vm, weft_bytecode::BinaryOperator::Remainder, false, a, b)?;
        Ok(vm.new_tuple(vec![quotient, remainder]))
    });
    define(vm, b, "pow", |vm, mut args| {
        for (name, position) in [("base", 0), ("exp", 1), ("mod", 2)] {
            if let Some(value) = keyword(&args, name) {
                args.positional.resize(position.max(args.positional.len()), Value::None);
                args.positional.insert(position, value);
            }
        }
        args.keywords.clear();
        pow(vm, args)
    });
    define_positional(vm, b, "format", |vm, args| {
        arity(vm, "format", &args, 1, 2)?;
        let spec = args.positional.get(1).map(|s| str_text(s).unwrap_or("").to_owned()).unwrap_or_default();
        Ok(vm.new_str(format(vm, args.at(vm, 0)?, &spec)?))
    });
    define_positional(vm, b, "vars", |vm, args| {
        arity(vm, "vars", &args, 1, 1)?;
        let object = args.at(vm, 0)?;
        crate::attr::get_attr_str(vm, object, "__dict__")
            .map_err(|_| vm.type_error("vars() argument must have __dict__ attribute"))
    });
    define_positional(vm, b, "dir", |vm, args| {
        arity(vm, "dir", &args, 1, 1)?;
        let object = args.at(vm, 0)?;
        if let Some(method) = protocols::user_method(object, "__dir__") {
            let listed = protocols::call_method(vm, &method, object, vec![])?;
            let names = vm.new_list(protocols::collect(vm, &listed)?);
            super::list_methods::sort_list(vm, &names, None, None)?;
            return Ok(names);
        }
        let mut names = super::object_methods::dir_names(vm, object)?;
        names.sort();
        names.dedup();
        Ok(vm.new_list(names.into_iter().map(|n| vm.new_str(n)).collect()))
    });
    define_positional(vm, b, "input", |vm, args| {
        arity(vm, "input", &args, 0, 1)?;
        if let Some(prompt) = args.positional.first() {
            write_stdout(&to_str(vm, prompt)?);
        }
        let mut line = String::new();
        let read = R::detached(|| {
            super::flush_stdout();
            std::io::stdin().read_line(&mut line)
        })
        .map_err(|e| vm.new_error(&vm.types().exceptions.os_error, e.to_string()))?;
        if read == 0 {
            return Err(vm.new_error(&vm.types().exceptions.eof_error, "EOF when reading a line"));
        }
        // Only the `\n` goes, as CPython's input() on a pipe does.
        Ok(vm.new_str(line.strip_suffix('\n').unwrap_or(&line)))
    });
    define(vm, b, "__build_class__", call::build_class);
    // Called with no arguments these read the caller's frame, which the
    // interpreter supplies (see `interp::frame_aware_builtin`).
    // Called from bytecode these see the caller's namespaces (see interp's
    // frame-aware builtins); from native code they need explicit ones.
    define_positional(vm, b, "eval", |vm, args| crate::run::eval_call(vm, true, &args.positional, None));
    define_positional(vm, b, "exec", |vm, args| crate::run::eval_call(vm, false, &args.positional, None));
    define_positional(vm, b, "globals", |vm, _| Err(vm.type_error("globals() takes no arguments")));
    define_positional(vm, b, "locals", |vm, _| Err(vm.type_error("locals() takes no arguments")));
}

fn print<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    let sep = keyword(&args, "sep").filter(|s| !s.is_none());
    let end = keyword(&args, "end").filter(|s| !s.is_none());
    let sep = match &sep {
        Some(s) => str_text(s)
            .ok_or_else(|| vm.type_error(format!("sep must be None or a string, not {}", type_name(vm, s))))?,
        None => " ",
    };
    let end = match &end {
        Some(e) => str_text(e)
            .ok_or_else(|| vm.type_error(format!("end must be None or a string, not {}", type_name(vm, e))))?,
        None => "\n",
    };
    let flush = keyword(&args, "flush").map(|f| truthy(vm, &f)).transpose()?.unwrap_or(false);
    let file = keyword(&args, "file").filter(|f| !f.is_none()).or_else(|| crate::modules::sys::current_stdout(vm));
    let stream = file.as_ref().and_then(|f| crate::modules::sys::standard_stream(f));
    if file.is_none() || stream.is_some() {
        // The real standard streams: one write of the whole line.
        let mut text = String::new();
        for (i, value) in args.positional.iter().enumerate() {
            if i > 0 {
                text.push_str(sep);
            }
            text.push_str(&to_str(vm, value)?);
        }
        text.push_str(end);
        crate::modules::sys::write_standard::<R>(stream.unwrap_or(1), &text, flush);
        return Ok(Value::None);
    }
    // Any other file gets each piece through its own `write`, as CPython does.
    let file = file.expect("checked");
    for (i, value) in args.positional.iter().enumerate() {
        if i > 0 {
            crate::modules::sys::write_to(vm, &file, sep)?;
        }
        crate::modules::sys::write_to(vm, &file, &to_str(vm, value)?)?;
    }
    crate::modules::sys::write_to(vm, &file, end)?;
    if flush {
        let method = crate::attr::get_attr_str(vm, &file, "flush")?;
        call::call(vm, &method, Args::new(vec![]))?;
    }
    Ok(Value::None)
}

/// The REPL's echo of an expression statement.
pub fn print_expression<R: Runtime>(vm: &Vm<R>, value: Value<R>) -> PyResult<R, ()> {
    if value.is_none() {
        return Ok(());
    }
    write_stdout(&format!("{}\n", repr(vm, &value)?));
    dict::set_item(vm, &vm.interp.builtins, vm.new_str("_"), value)
}

fn attribute_name<R: Runtime>(vm: &Vm<R>, name: &Value<R>) -> PyResult<R, Obj<R>> {
    match name.as_obj() {
        Some(obj) if matches!(obj.payload(), Payload::Str(_)) => Ok(obj.clone()),
        _ => Err(vm.type_error(format!("attribute name must be string, not '{}'", type_name(vm, name)))),
    }
}

pub fn isinstance<R: Runtime>(vm: &Vm<R>, value: &Value<R>, classes: &Value<R>) -> PyResult<R, bool> {
    class_matches(vm, &Tested::Instance(value), classes)
}

/// What `isinstance` or `issubclass` tests against a class.
enum Tested<'a, R: Runtime> {
    Instance(&'a Value<R>),
    Class(&'a Obj<R>),
}

/// `isinstance`/`issubclass` against a class or a tuple of them; a
/// metaclass's `__instancecheck__`/`__subclasscheck__` decides for its
/// classes (how `abc` makes registered classes count).
fn class_matches<R: Runtime>(vm: &Vm<R>, tested: &Tested<R>, classes: &Value<R>) -> PyResult<R, bool> {
    match classes.as_obj().map(Obj::payload) {
        Some(Payload::Class(_)) => {
            let class = classes.as_obj().expect("a class");
            let (actual, hook) = match tested {
                Tested::Instance(value) => (class_of(vm, value), "__instancecheck__"),
                Tested::Class(tested) => ((*tested).clone(), "__subclasscheck__"),
            };
            if actual.ptr_eq(class) {
                return Ok(true);
            }
            if let Some(hook) = crate::call::metaclass_method(vm, class, hook) {
                let argument = match tested {
                    Tested::Instance(value) => (*value).clone(),
                    Tested::Class(tested) => Value::Obj((*tested).clone()),
                };
                let answer = crate::call::call(vm, &hook, Args::new(vec![classes.clone(), argument]))?;
                return protocols::truthy(vm, &answer);
            }
            Ok(is_subclass(&actual, class))
        }
        Some(Payload::Tuple(items)) => {
            for item in items.iter() {
                if class_matches(vm, tested, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            // Not a class, but an object whose class says how to test
            // against it (`typing.List`).
            let (hook, argument) = match tested {
                Tested::Instance(value) => ("__instancecheck__", (*value).clone()),
                Tested::Class(tested) => ("__subclasscheck__", Value::Obj((*tested).clone())),
            };
            if let Some(method) = protocols::user_method(classes, hook) {
                let answer = protocols::call_method(vm, &method, classes, vec![argument])?;
                return protocols::truthy(vm, &answer);
            }
            let who = if matches!(tested, Tested::Instance(_)) { "isinstance" } else { "issubclass" };
            Err(vm.type_error(format!("{who}() arg 2 must be a type, a tuple of types, or a union")))
        }
    }
}

fn abs<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "abs", &args, 1, 1)?;
    let value = args.at(vm, 0)?;
    Ok(match value {
        Value::Int(i) => i.checked_abs().map_or_else(|| number::int_value(vm, BigInt::from(*i).abs()), Value::Int),
        Value::Bool(b) => Value::Int(i64::from(*b)),
        Value::Float(f) => Value::Float(f.abs()),
        _ => match value.as_obj().map(Obj::payload) {
            Some(Payload::Int(big)) => number::int_value(vm, big.abs()),
            Some(Payload::Float(f)) => Value::Float(f.abs()),
            Some(Payload::Complex(r, i)) => Value::Float(r.hypot(*i)),
            _ => match user_method(value, "__abs__") {
                Some(method) => protocols::call_method(vm, &method, value, vec![])?,
                None => return Err(vm.type_error(format!("bad operand type for abs(): '{}'", type_name(vm, value)))),
            },
        },
    })
}

fn min_max<R: Runtime>(vm: &Vm<R>, args: Args<R>, name: &str, wanted: std::cmp::Ordering) -> PyResult<R> {
    let key = keyword(&args, "key").filter(|k| !k.is_none());
    let default = keyword(&args, "default");
    let items = match args.positional.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => protocols::collect(vm, args.at(vm, 0)?)?,
        _ if default.is_some() => {
            return Err(
                vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"))
            );
        }
        _ => args.positional.clone(),
    };
    let op = if wanted == std::cmp::Ordering::Less {
        weft_bytecode::ComparisonOperator::Less
    } else {
        weft_bytecode::ComparisonOperator::Greater
    };
    let mut best: Option<(Value<R>, Value<R>)> = None;
    for item in items {
        let score = match &key {
            Some(key) => call::call(vm, key, Args::new(vec![item.clone()]))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_score)) => truthy(vm, &ops::compare(vm, op, &score, best_score)?)?,
        };
        if better {
            best = Some((item, score));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn sum<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "sum", &args, 1, 2)?;
    let mut total = args.positional.get(1).cloned().or_else(|| keyword(&args, "start")).unwrap_or(Value::Int(0));
    if str_text(&total).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let iterator = protocols::get_iter(vm, args.at(vm, 0)?)?;
    while let Some(item) = protocols::next(vm, &iterator)? {
        total = ops::binary(vm, weft_bytecode::BinaryOperator::Add, false, total, item)?;
    }
    Ok(total)
}

fn sorted<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "sorted", &args, 1, 1)?;
    let items = protocols::collect(vm, args.at(vm, 0)?)?;
    let list = vm.new_list(items);
    super::list_methods::sort_list(vm, &list, keyword(&args, "key"), keyword(&args, "reverse"))?;
    Ok(list)
}

/// `hex()`, `oct()`, `bin()`.
fn radix<R: Runtime>(vm: &Vm<R>, args: Args<R>, base: u32) -> PyResult<R> {
    let value = args.at(vm, 0)?;
    let Some(number) =
        number::as_bigint(value).or_else(|| crate::subscript::index_of(vm, value).ok().map(|i| BigInt::from(i as i64)))
    else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, value))));
    };
    Ok(vm.new_str(crate::numeric::int_str::prefixed(&number, base)))
}

fn round<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "round", &args, 1, 2)?;
    let value = args.at(vm, 0)?;
    let digits = args.positional.get(1).cloned().or_else(|| keyword(&args, "ndigits")).filter(|d| !d.is_none());
    if let Some(method) = user_method(value, "__round__") {
        let rest = digits.into_iter().collect();
        return protocols::call_method(vm, &method, value, rest);
    }
    let fail = |error| number::num_error(vm, error);
    match (number::as_number(value), digits) {
        (Some(number::Number::Float(f)), None) => {
            Ok(number::int_value(vm, crate::numeric::round::round_float_to_int(f).map_err(fail)?))
        }
        (Some(number::Number::Float(f)), Some(digits)) => {
            let digits = clamped_digits(&digits);
            Ok(Value::Float(crate::numeric::round::round_float(f, digits).map_err(fail)?))
        }
        (Some(number::Number::Int(i)), None) => Ok(number::int_value(vm, i)),
        (Some(number::Number::Int(i)), Some(digits)) => {
            Ok(number::int_value(vm, crate::numeric::round::round_int(&i, clamped_digits(&digits))))
        }
        _ => Err(vm.type_error(format!("type {} doesn't define __round__ method", type_name(vm, value)))),
    }
}

/// `ndigits` beyond i64 behaves like the nearest i64, as in CPython.
fn clamped_digits<R: Runtime>(digits: &Value<R>) -> i64 {
    match number::as_bigint(digits) {
        Some(big) => big.to_i64().unwrap_or(if big.is_negative() { i64::MIN } else { i64::MAX }),
        None => 0,
    }
}

fn pow<R: Runtime>(vm: &Vm<R>, args: Args<R>) -> PyResult<R> {
    arity(vm, "pow", &args, 2, 3)?;
    let (base, exponent) = (args.at(vm, 0)?.clone(), args.at(vm, 1)?.clone());
    let Some(modulus) = args.positional.get(2).filter(|m| !m.is_none()) else {
        return ops::binary(vm, weft_bytecode::BinaryOperator::Power, false, base, exponent);
    };
    let (Some(base), Some(exponent), Some(modulus)) =
        (number::as_bigint(&base), number::as_bigint(&exponent), number::as_bigint(modulus))
    else {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let base = if exponent.is_negative() {
        modular_inverse(&base, &modulus)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?
    } else {
        base
    };
    let result = base.modpow(&exponent.abs(), &modulus.abs());
    let result = if modulus.is_negative() && !result.is_zero() { result + &modulus } else { result };
    Ok(number::int_value(vm, result))
}

fn modular_inverse(value: &BigInt, modulus: &BigInt) -> Option<BigInt> {
    let modulus = modulus.abs();
    let extended = value.mod_floor(&modulus).extended_gcd(&modulus);
    extended.gcd.to_i64().filter(|&g| g == 1).map(|_| extended.x.mod_floor(&modulus))
}

/// `format(value, spec)`.
pub fn format<R: Runtime>(vm: &Vm<R>, value: &Value<R>, spec: &str) -> PyResult<R, String> {
    if let Some(method) = user_method(value, "__format__") {
        let result = protocols::call_method(vm, &method, value, vec![vm.new_str(spec)])?;
        return str_text(&result)
            .map(str::to_owned)
            .ok_or_else(|| vm.type_error(format!("__format__ must return a str, not {}", type_name(vm, &result))));
    }
    if spec.is_empty() {
        return to_str(vm, value);
    }
    crate::formatting::format_spec(vm, value, spec)
}

/// `template % args`.
pub fn percent_format<R: Runtime>(vm: &Vm<R>, template: &str, args: &Value<R>) -> PyResult<R> {
    crate::formatting::percent(vm, template, args).map(|text| vm.new_str(text))
}
