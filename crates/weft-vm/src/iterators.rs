//! Advancing builtin iterators by one item.

use weft_runtime::{Items, Runtime, Storage};

use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::dict::Step as DictStep;
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
        /// Item `index` of a mutable sequence, read after the iterator's own
        /// storage is released (storage locks never nest).
        Indexed(Obj<R>, usize),
        DictNext {
            dict: Obj<R>,
            slot: usize,
            view: DictView,
            len: usize,
            remaining: usize,
        },
        SetNext {
            set: Obj<R>,
            slot: usize,
            len: usize,
        },
        Generator,
        Map(Value<R>, Vec<Value<R>>),
        Filter(Value<R>, Value<R>),
        Enumerate(Value<R>, Value<R>),
        Zip(Vec<Value<R>>, bool),
        Callable(Value<R>, Value<R>),
        GetItem(Value<R>, i64),
    }
    let step = state.write(|state| match state {
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
        IterState::Dict { dict, slot, view, len, remaining } => {
            Step::DictNext { dict: dict.clone(), slot: *slot, view: *view, len: *len, remaining: *remaining }
        }
        IterState::Set { set, slot, len } => Step::SetNext { set: set.clone(), slot: *slot, len: *len },
        IterState::Reversed { sequence, remaining } => {
            if *remaining == 0 {
                return Step::Done(None);
            }
            *remaining -= 1;
            match sequence.payload() {
                Payload::Tuple(items) => Step::Done(items.get(*remaining).cloned()),
                _ => Step::Indexed(sequence.clone(), *remaining),
            }
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
        Step::Indexed(sequence, index) => Ok(match sequence.payload() {
            Payload::List(items) => items.get(index),
            Payload::ByteArray(bytes) => bytes.read(|b| b.get(index).map(|b| Value::Int(i64::from(*b)))),
            _ => None,
        }),
        Step::DictNext { dict, slot, view, len, remaining } => {
            let Payload::Dict(table) = dict.payload() else { return Ok(None) };
            let found = match table.next_from(slot, len) {
                DictStep::SizeChanged => Err(Changed::Size),
                DictStep::End => Ok(None),
                DictStep::Entry(at, key, value) => Ok(Some((
                    at,
                    match view {
                        DictView::Keys => key,
                        DictView::Values => value,
                        DictView::Items => vm.new_tuple(vec![key, value]),
                    },
                ))),
            };
            match found {
                Err(change) => changed_during_iteration(vm, state, change),
                Ok(Some(_)) if remaining == 0 => changed_during_iteration(vm, state, Changed::Keys),
                Ok(Some((at, item))) => {
                    state.write(|state| {
                        if let IterState::Dict { slot, remaining, .. } = state {
                            *slot = at + 1;
                            *remaining = remaining.saturating_sub(1);
                        }
                    });
                    Ok(Some(item))
                }
                Ok(None) => Ok(None),
            }
        }
        Step::SetNext { set, slot, len } => {
            let Payload::Set(table) = set.payload() else { return Ok(None) };
            let found = table.read(|t| {
                if t.len() != len {
                    return Err(Changed::SetSize);
                }
                Ok(t.next_from(slot).map(|(at, key)| (at, key.clone())))
            });
            match found {
                Err(change) => changed_during_iteration(vm, state, change),
                Ok(Some((at, key))) => {
                    state.write(|state| {
                        if let IterState::Set { slot, .. } = state {
                            *slot = at + 1;
                        }
                    });
                    Ok(Some(key))
                }
                Ok(None) => Ok(None),
            }
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

/// A dict or set changed under its iterator: the iterator is spent and raises.
fn changed_during_iteration<R: Runtime>(
    vm: &Vm<R>,
    state: &R::Storage<IterState<R>>,
    change: Changed,
) -> PyResult<R, Option<Value<R>>> {
    state.write(|state| *state = IterState::Exhausted);
    let message = match change {
        Changed::Size => "dictionary changed size during iteration",
        Changed::Keys => "dictionary keys changed during iteration",
        Changed::SetSize => "Set changed size during iteration",
    };
    Err(vm.new_error(&vm.types().exceptions.runtime_error, message))
}
