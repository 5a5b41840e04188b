//! What the cycle collector needs of each kind of object: the references it
//! holds ([`traverse`]) and how to let go of the ones it can ([`clear`]).
//!
//! `traverse` must report only counted references, each as often as it is
//! counted: the collector subtracts one per report from the referent's
//! count, and a report too many could make a live object look unreachable.
//! Missing a reference is safe (the referent merely looks reachable).
//!
//! `clear` drops the references of an object's mutable parts. Every cycle
//! runs through at least one such part — an immutable object (a tuple, a
//! bound method) refers only to objects that existed before it — so
//! clearing every unreachable object breaks every cycle among them.

use std::mem;

use weft_runtime::{Items, Runtime, Storage};

use crate::frame::{Block, Frame};
use crate::object::Obj;
use crate::objects::{Cursor, IterState, Payload};
use crate::value::Value;

/// Calls `visit` on every object `obj` holds a counted reference to.
/// Only for the collector, with the world stopped.
pub fn traverse<R: Runtime>(obj: &Obj<R>, visit: &mut impl FnMut(&Obj<R>)) {
    if let Some(attrs) = obj.attrs() {
        visit(attrs);
    }
    match obj.payload() {
        Payload::Instance(data) => {
            data.values.visit(|v| value(v, visit));
            if let Some(slots) = &data.slots {
                slots.read(|slots| slots.iter().flatten().for_each(|v| value(v, visit)));
            }
        }
        Payload::Tuple(items) => items.iter().for_each(|v| value(v, visit)),
        Payload::List(items) => items.visit(|v| value(v, visit)),
        Payload::Dict(table) => table.visit(|v| value(v, visit)),
        Payload::Set(table) => table.read(|table| table.entries().for_each(|(_, key)| value(key, visit))),
        Payload::Range { start, stop, step } | Payload::Slice { start, stop, step } => {
            [start, stop, step].into_iter().for_each(|v| value(v, visit));
        }
        Payload::Function(function) => {
            visit(&function.globals);
            [&function.defaults, &function.kwdefaults, &function.closure].into_iter().flatten().for_each(&mut *visit);
        }
        Payload::Builtin(builtin) => {
            builtin.receiver.iter().for_each(|v| value(v, visit));
            builtin.owner.iter().for_each(&mut *visit);
        }
        Payload::BoundMethod { function, receiver } => [function, receiver].into_iter().for_each(|v| value(v, visit)),
        Payload::StaticMethod(inner) | Payload::ClassMethod(inner) => value(inner, visit),
        Payload::Property { getter, setter, deleter, doc } => {
            [getter, setter, deleter, doc].into_iter().for_each(|v| value(v, visit));
        }
        Payload::Member { owner, .. } => visit(owner),
        Payload::GenericAlias { origin, args } => {
            visit(origin);
            value(args, visit);
        }
        Payload::Module { dict, .. } | Payload::DictView { dict, .. } => visit(dict),
        Payload::Cell(cell) => cell.read(|cell| cell.iter().for_each(|v| value(v, visit))),
        Payload::Iterator(state) => state.read(|state| iterator(state, visit)),
        Payload::Cursor(Cursor::Sequence { sequence, .. }) => visit(sequence),
        Payload::Cursor(Cursor::Dict { dict, .. }) => visit(dict),
        Payload::Exception(data) => data.read(|data| {
            [&data.args, &data.cause, &data.context].into_iter().for_each(|v| value(v, visit));
        }),
        Payload::Super { start_after, receiver } => {
            visit(start_after);
            value(receiver, visit);
        }
        // What `may_hold_references` rules out (classes are immortal: their
        // references count as from outside).
        _ => {}
    }
}

/// Whether an object of this payload can hold references to tracked
/// objects (and so be part of a cycle): numbers, strings, code and classes
/// cannot, and are not tracked.
pub fn may_hold_references<R: Runtime>(payload: &Payload<R>) -> bool {
    match payload {
        Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range { .. }
        | Payload::Class(_)
        | Payload::Member { .. }
        | Payload::Code(_)
        | Payload::Twister(_)
        | Payload::Pattern(_)
        | Payload::Lock(_)
        | Payload::RLock(_)
        | Payload::File(_)
        | Payload::Singleton(_)
        | Payload::Object
        | Payload::Cursor(Cursor::Range { .. }) => false,
        Payload::Builtin(builtin) => builtin.receiver.is_some(),
        _ => true,
    }
}

fn value<R: Runtime>(value: &Value<R>, visit: &mut impl FnMut(&Obj<R>)) {
    if let Value::Obj(obj) = value {
        visit(obj);
    }
}

fn iterator<R: Runtime>(state: &IterState<R>, visit: &mut impl FnMut(&Obj<R>)) {
    match state {
        IterState::Str { text, .. } => visit(text),
        IterState::Set { set, .. } => visit(set),
        IterState::Reversed { sequence, .. } => visit(sequence),
        IterState::Enumerate { inner, count } => [inner, count].into_iter().for_each(|v| value(v, visit)),
        IterState::Zip { inners, .. } => inners.iter().for_each(|v| value(v, visit)),
        IterState::Map { function, inners } => {
            value(function, visit);
            inners.iter().for_each(|v| value(v, visit));
        }
        IterState::Filter { function, inner } => [function, inner].into_iter().for_each(|v| value(v, visit)),
        IterState::GetItem { sequence, .. } => value(sequence, visit),
        IterState::Callable { function, sentinel } => [function, sentinel].into_iter().for_each(|v| value(v, visit)),
        IterState::Generator { frame: Some(frame), .. } => suspended_frame(frame, visit),
        IterState::Generator { frame: None, .. } | IterState::Exhausted => {}
    }
}

/// A suspended generator's frame (a running one is out of its generator,
/// on its thread's stack: its references count as from outside).
fn suspended_frame<R: Runtime>(frame: &Frame<R>, visit: &mut impl FnMut(&Obj<R>)) {
    visit(&frame.globals);
    frame.locals.iter().for_each(&mut *visit);
    frame.fast.iter().flatten().for_each(|v| value(v, visit));
    frame.cells.iter().for_each(&mut *visit);
    frame.stack.iter().for_each(|v| value(v, visit));
    for block in &frame.blocks {
        if let Block::ExceptHandler { previous, .. } = block {
            value(previous, visit);
        }
    }
}

/// Drops the references held in `obj`'s mutable parts. The collector calls
/// it on unreachable objects, holding a reference to each of them, so what
/// this drops frees only objects outside the garbage (or nothing).
pub fn clear<R: Runtime>(obj: &Obj<R>) {
    match obj.payload() {
        Payload::Instance(data) => {
            drop(data.values.take_unreachable());
            if let Some(slots) = &data.slots {
                drop(slots.write(|slots| slots.iter_mut().filter_map(Option::take).collect::<Vec<_>>()));
            }
        }
        Payload::List(items) => drop(items.take_unreachable()),
        Payload::Dict(table) => drop(table.write(|table| table.clear_unreachable())),
        Payload::Set(table) => drop(table.write(|table| table.clear())),
        Payload::Cell(cell) => drop(cell.write(Option::take)),
        Payload::Iterator(state) => drop(state.write(|state| mem::replace(state, IterState::Exhausted))),
        Payload::Exception(data) => drop(data.write(|data| {
            [&mut data.args, &mut data.cause, &mut data.context].map(|part| mem::replace(part, Value::None))
        })),
        _ => {}
    }
}
