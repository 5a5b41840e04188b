//! Advancing builtin iterators by one item.

use weft_runtime::{Runtime, Storage};

use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::iter::{DictView, IterState};
use crate::protocols;
use crate::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The next item, or None when exhausted. Steps that run Python code
/// (`map`, `filter`, generators) copy what they need out of the state first.
pub fn advance<R: Runtime>(
    vm: &Vm<R>,
    iterator: &Value<R>,
    state: &R::Storage<IterState<R>>,
) -> PyResult<R, Option<Value<R>>> {
    enum Step<R: Runtime> {
        Done(Option<Value<R>>),
        Generator,
        Map(Value<R>, Vec<Value<R>>),
        Filter(Value<R>, Value<R>),
        Enumerate(Value<R>, Value<R>),
        Zip(Vec<Value<R>>, bool),
        Callable(Value<R>, Value<R>),
        GetItem(Value<R>, i64),
        DictChanged(Changed),
    }
    let step = state.write(|state| match state {
        IterState::Sequence { sequence, index } => {
            let item = match sequence.payload() {
                Payload::List(items) => items.read(|items| items.get(*index).cloned()),
                Payload::Tuple(items) => items.get(*index).cloned(),
                Payload::Bytes(bytes) => bytes.get(*index).map(|b| Value::Int(i64::from(*b))),
                Payload::ByteArray(bytes) => bytes.read(|b| b.get(*index).map(|b| Value::Int(i64::from(*b)))),
                _ => None,
            };
            *index += 1;
            Step::Done(item)
        }
        IterState::Str { text, offset } => {
            let Payload::Str(text) = text.payload() else { return Step::Done(None) };
            let rest = &text.as_str()[*offset..];
            match rest.chars().next() {
                Some(c) => {
                    *offset += c.len_utf8();
                    Step::Done(Some(Value::Obj(single_char(vm, c))))
                }
                None => Step::Done(None),
            }
        }
        IterState::Range { next, stop, step } => {
            let more = if *step > 0 { *next < *stop } else { *next > *stop };
            if !more {
                return Step::Done(None);
            }
            let value = *next;
            *next = next.saturating_add(*step);
            Step::Done(Some(Value::Int(value)))
        }
        IterState::Dict { dict, slot, view, len, remaining } => {
            let Payload::Dict(table) = dict.payload() else { return Step::Done(None) };
            if table.read(|t| t.len()) != *len {
                return Step::DictChanged(Changed::Size);
            }
            let found = table.read(|t| {
                t.next_from(*slot).map(|(at, entry)| {
                    let item = match view {
                        DictView::Keys => entry.key.clone(),
                        DictView::Values => entry.value.clone(),
                        DictView::Items => vm.new_tuple(vec![entry.key.clone(), entry.value.clone()]),
                    };
                    (at, item)
                })
            });
            match found {
                Some(_) if *remaining == 0 => Step::DictChanged(Changed::Keys),
                Some((at, item)) => {
                    *slot = at + 1;
                    *remaining -= 1;
                    Step::Done(Some(item))
                }
                None => Step::Done(None),
            }
        }
        IterState::Set { set, slot, len } => {
            let Payload::Set(table) = set.payload() else { return Step::Done(None) };
            if table.read(|t| t.len()) != *len {
                return Step::DictChanged(Changed::SetSize);
            }
            match table.read(|t| t.next_from(*slot).map(|(at, key)| (at, key.clone()))) {
                Some((at, key)) => {
                    *slot = at + 1;
                    Step::Done(Some(key))
                }
                None => Step::Done(None),
            }
        }
        IterState::Reversed { sequence, remaining } => {
            if *remaining == 0 {
                return Step::Done(None);
            }
            *remaining -= 1;
            let item = match sequence.payload() {
                Payload::List(items) => items.read(|items| items.get(*remaining).cloned()),
                Payload::Tuple(items) => items.get(*remaining).cloned(),
                _ => None,
            };
            Step::Done(item)
        }
        IterState::Generator { .. } => Step::Generator,
        IterState::Map { function, inners } => Step::Map(function.clone(), inners.clone()),
        IterState::Filter { function, inner } => Step::Filter(function.clone(), inner.clone()),
        IterState::Enumerate { inner, count } => Step::Enumerate(inner.clone(), count.clone()),
        IterState::Zip { inners, strict } => Step::Zip(inners.clone(), *strict),
        IterState::Callable { function, sentinel } => Step::Callable(function.clone(), sentinel.clone()),
        IterState::GetItem { sequence, index } => {
            *index += 1;
            Step::GetItem(sequence.clone(), *index - 1)
        }
        IterState::Exhausted => Step::Done(None),
    });
    match step {
        Step::Done(item) => Ok(item),
        Step::DictChanged(change) => {
            state.write(|state| *state = IterState::Exhausted);
            let message = match change {
                Changed::Size => "dictionary changed size during iteration",
                Changed::Keys => "dictionary keys changed during iteration",
                Changed::SetSize => "Set changed size during iteration",
            };
            Err(vm.new_error(&vm.types().exceptions.runtime_error, message))
        }
        Step::Generator => {
            let generator = iterator.as_obj().expect("a generator");
            match crate::generator::resume(vm, generator, Value::None, None)? {
                crate::generator::Resumed::Yielded(value) => Ok(Some(value)),
                crate::generator::Resumed::Returned(_) => Ok(None),
            }
        }
        Step::Map(function, inners) => {
            let mut args = Vec::with_capacity(inners.len());
            for inner in &inners {
                match protocols::next(vm, inner)? {
                    Some(item) => args.push(item),
                    None => return Ok(None),
                }
            }
            crate::call::call(vm, &function, Args::new(args)).map(Some)
        }
        Step::Filter(function, inner) => loop {
            let Some(item) = protocols::next(vm, &inner)? else { return Ok(None) };
            let keep = if function.is_none() {
                protocols::truthy(vm, &item)?
            } else {
                let result = crate::call::call(vm, &function, Args::new(vec![item.clone()]))?;
                protocols::truthy(vm, &result)?
            };
            if keep {
                return Ok(Some(item));
            }
        },
        Step::Enumerate(inner, count) => {
            let Some(item) = protocols::next(vm, &inner)? else { return Ok(None) };
            let next_count =
                crate::ops::binary(vm, weft_bytecode::BinaryOperator::Add, false, count.clone(), Value::Int(1))?;
            state.write(|state| {
                if let IterState::Enumerate { count, .. } = state {
                    *count = next_count;
                }
            });
            Ok(Some(vm.new_tuple(vec![count, item])))
        }
        Step::Zip(inners, strict) => {
            let mut items = Vec::with_capacity(inners.len());
            for (position, inner) in inners.iter().enumerate() {
                match protocols::next(vm, inner)? {
                    Some(item) => items.push(item),
                    None => {
                        if strict && (position > 0 || zip_others_remain(vm, &inners[1..])?) {
                            let message = if position > 0 {
                                format!(
                                    "zip() argument {} is shorter than argument{} 1",
                                    position + 1,
                                    if position > 1 { "s" } else { "" }
                                )
                            } else {
                                "zip() argument 2 is longer than argument 1".to_owned()
                            };
                            return Err(vm.value_error(message));
                        }
                        return Ok(None);
                    }
                }
            }
            if inners.is_empty() {
                return Ok(None);
            }
            Ok(Some(vm.new_tuple(items)))
        }
        Step::GetItem(sequence, index) => match crate::ops::get_item(vm, &sequence, Value::Int(index)) {
            Ok(item) => Ok(Some(item)),
            Err(error) if vm.error_matches(&error, &vm.types().exceptions.index_error) => {
                state.write(|state| *state = IterState::Exhausted);
                Ok(None)
            }
            Err(error) => Err(error),
        },
        Step::Callable(function, sentinel) => {
            let value = crate::call::call(vm, &function, Args::new(vec![]))?;
            if protocols::equal(vm, &value, &sentinel)? {
                state.write(|state| *state = IterState::Exhausted);
                return Ok(None);
            }
            Ok(Some(value))
        }
    }
}

/// How a dict or set changed under an iterator.
enum Changed {
    Size,
    Keys,
    SetSize,
}

fn zip_others_remain<R: Runtime>(vm: &Vm<R>, others: &[Value<R>]) -> PyResult<R, bool> {
    match others.first() {
        Some(other) => Ok(protocols::next(vm, other)?.is_some()),
        None => Ok(false),
    }
}

fn single_char<R: Runtime>(vm: &Vm<R>, c: char) -> Obj<R> {
    let mut buffer = [0u8; 4];
    vm.new_str_obj(&*c.encode_utf8(&mut buffer))
}
