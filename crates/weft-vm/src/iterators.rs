//! Advancing builtin iterators by one item.

use weft_runtime::{Items, Runtime, Storage};

use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::dict::Step as DictStep;
use std::sync::atomic::Ordering;

use crate::objects::iter::{Cursor, DictView, EXHAUSTED, IterState, SIZE_CHANGED};
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
        Step::SetNext { set, slot, len } => {
            let Payload::Set(table) = set.payload() else { return Ok(None) };
            let found = table.read(|t| {
                if t.len() != len {
                    return Err(Changed::SetSize);
                }
                Ok(t.next_from(slot).map(|(at, key)| (at, key.clone())))
            });
            match found {
                Err(change) => {
                    // Sticky, as CPython's: a size no set has keeps it raising.
                    state.write(|state| {
                        if let IterState::Set { len, .. } = state {
                            *len = usize::MAX;
                        }
                    });
                    Err(changed_error(vm, change))
                }
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

/// What a dict or set iterator raises when its container changed under it.
fn changed_error<R: Runtime>(vm: &Vm<R>, change: Changed) -> crate::vm::PyErr<R> {
    let message = match change {
        Changed::Size => "dictionary changed size during iteration",
        Changed::Keys => "dictionary keys changed during iteration",
        Changed::SetSize => "Set changed size during iteration",
    };
    vm.new_error(&vm.types().exceptions.runtime_error, message)
}

/// The next item of a [`Cursor`], or None when exhausted: atomic loads and
/// stores of its position, and the container's own lock-free reads.
pub fn step_cursor<R: Runtime>(vm: &Vm<R>, cursor: &Cursor<R>) -> PyResult<R, Option<Value<R>>> {
    match cursor {
        Cursor::Sequence { sequence, index } => {
            let at = index.load(Ordering::Relaxed);
            let item = match sequence.payload() {
                _ if at == EXHAUSTED => None,
                Payload::List(items) => items.get(at),
                Payload::Tuple(items) => items.get(at).cloned(),
                Payload::Bytes(bytes) => bytes.get(at).map(|b| Value::Int(i64::from(*b))),
                Payload::ByteArray(bytes) => bytes.read(|b| b.get(at).map(|b| Value::Int(i64::from(*b)))),
                _ => None,
            };
            index.store(if item.is_some() { at + 1 } else { EXHAUSTED }, Ordering::Relaxed);
            Ok(item)
        }
        Cursor::Range { next, stop, step } => {
            let value = next.load(Ordering::Relaxed);
            let more = if *step > 0 { value < *stop } else { value > *stop };
            if !more {
                return Ok(None);
            }
            next.store(value.saturating_add(*step), Ordering::Relaxed);
            Ok(Some(Value::Int(value)))
        }
        Cursor::Dict { dict, view, len, slot, remaining } => {
            let at = slot.load(Ordering::Relaxed);
            let Payload::Dict(table) = dict.payload() else { return Ok(None) };
            let step = match at {
                EXHAUSTED => return Ok(None),
                SIZE_CHANGED => DictStep::SizeChanged,
                _ => table.next_from(at, *len),
            };
            let (found, key, value) = match step {
                DictStep::Entry(found, key, value) => (found, key, value),
                DictStep::End => {
                    slot.store(EXHAUSTED, Ordering::Relaxed);
                    return Ok(None);
                }
                DictStep::SizeChanged => {
                    // Sticky, as CPython's: every later step raises too.
                    slot.store(SIZE_CHANGED, Ordering::Relaxed);
                    return Err(changed_error(vm, Changed::Size));
                }
            };
            let Some(left) = remaining.load(Ordering::Relaxed).checked_sub(1) else {
                slot.store(EXHAUSTED, Ordering::Relaxed);
                return Err(changed_error(vm, Changed::Keys));
            };
            remaining.store(left, Ordering::Relaxed);
            slot.store(found + 1, Ordering::Relaxed);
            Ok(Some(match view {
                DictView::Keys => key,
                DictView::Values => value,
                DictView::Items => vm.new_tuple(vec![key, value]),
            }))
        }
    }
}
