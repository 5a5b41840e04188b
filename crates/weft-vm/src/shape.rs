//! Instance attributes by shape, as CPython 3.11 keeps them: a class lists
//! the attribute names its instances have been given (its *shape keys*,
//! shared by every instance), and an instance keeps only the values, value
//! `i` for key `i`. An instance of a two-attribute class holds two values
//! instead of a dict object with a hash table.
//!
//! An instance in shape form has exactly the first `len` keys, in order, so
//! its attribute order is the keys' order and no per-instance index is
//! needed. Anything else — a name added out of the keys' order, a deletion,
//! more than [`MAX_KEYS`] names, a request for `__dict__`, a class change —
//! moves the instance to a real dict for good: its values are *sealed*
//! (every later write is refused) and moved into a new dict, which from
//! then on is the instance's `__dict__` and holds its attributes.
//!
//! Reads take no lock (see `objects::values`). A read or write that finds
//! the values sealed meanwhile goes to the dict, which the sealing thread
//! finishes making before anyone can see it (`OnceLock`: the others wait),
//! so no write is lost and no attribute seems missing in between.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use weft_runtime::{Runtime, Storage};

use crate::object::Obj;
use crate::objects::values::{Lookup, Removal, ValueArray};
use crate::objects::{DictTable, Payload, Store};
use crate::ops::dict;
use crate::protocols::obj_text;
use crate::types::class_data;
use crate::value::{Value, obj_words};
use crate::vm::{PyResult, Vm};

/// Keys a class's shape takes before its instances get dicts (CPython's
/// limit for shared keys).
pub const MAX_KEYS: usize = 30;

/// The state of an instance of a Python class.
pub struct InstanceData<R: Runtime> {
    /// Attribute values in shape form: value `i` is the class's key `i`.
    pub values: ValueArray<R>,
    /// The attribute dict, once the instance has one (see the module notes).
    pub dict: OnceLock<Obj<R>>,
    /// `__slots__` values, for classes with slots.
    pub slots: Option<Box<SlotValues<R>>>,
}

/// The values of an instance's `__slots__`, None where unset.
pub type SlotValues<R> = Store<R, Vec<Option<Value<R>>>>;

impl<R: Runtime> InstanceData<R> {
    /// State for a new instance of `class`, with room for the values its
    /// shape already names.
    pub fn for_class(class: &Obj<R>) -> Self {
        let data = class_data(class);
        let slotted = !data.slots.is_empty() || data.ancestors.iter().any(|c| !class_data(c).slots.is_empty());
        InstanceData {
            values: ValueArray::with_capacity(data.shape.len()),
            dict: OnceLock::new(),
            slots: slotted.then(|| Box::new(R::Storage::new(Vec::new()))),
        }
    }

    /// State for an object whose attributes live in a dict made with it.
    pub fn without_shape() -> Self {
        InstanceData { values: ValueArray::default(), dict: OnceLock::new(), slots: None }
    }
}

/// An instance whose attributes are in shape form, with its class (whose
/// keys its values follow) and its state.
pub struct Shaped<'a, R: Runtime> {
    obj: &'a Obj<R>,
    class: Obj<R>,
    data: &'a InstanceData<R>,
}

/// `obj` as a [`Shaped`] instance, if its attributes are in shape form: an
/// instance of a Python class that gives instances attributes, with no
/// attribute dict yet.
#[inline]
pub fn shaped<'a, R: Runtime>(obj: &'a Obj<R>, class: &Obj<R>) -> Option<Shaped<'a, R>> {
    match obj.payload() {
        Payload::Instance(data) if obj.attrs().is_none() && class_data(class).instance_dict => {
            Some(Shaped::new(obj, class.clone(), data))
        }
        _ => None,
    }
}

/// Where `name` is among `class`'s keys: by identity (names from code are
/// interned, as are the keys), else by text.
fn key_index<R: Runtime>(class: &Obj<R>, name: &Obj<R>) -> Option<usize> {
    let keys = &class_data(class).shape;
    keys.position(obj_words(name)).or_else(|| {
        let Payload::Str(text) = name.payload() else { return None };
        // Keys are interned: an interned name not among them by identity
        // is not among them at all.
        if text.is_interned() {
            return None;
        }
        let same_text = |key: &Value<R>| match key.as_obj().map(Obj::payload) {
            Some(Payload::Str(key)) => key.hash() == text.hash() && key.as_str() == text.as_str(),
            _ => false,
        };
        // SAFETY: keys are interned names, immortal, and never removed.
        unsafe { keys.position_by(same_text) }
    })
}

/// `name`'s key index, adding it to the shape if there is room.
fn key_index_or_add<R: Runtime>(vm: &Vm<R>, class: &Obj<R>, name: &Obj<R>) -> Option<usize> {
    if let Some(index) = key_index(class, name) {
        return Some(index);
    }
    let keys = &class_data(class).shape;
    if keys.len() >= MAX_KEYS {
        return None;
    }
    // Keys are interned: lookups by identity find them, and they live as
    // long as the class.
    let key = vm.interp.intern(obj_text(name)?);
    keys.push_unique(Value::Obj(key), MAX_KEYS)
}

/// `name`'s key index through the instruction's cache `slot`: the cached
/// index if the key there is `name` itself, else found by identity and
/// cached (names from code are interned, like the keys).
#[inline]
fn cached_key_index<R: Runtime>(class: &Obj<R>, name: &Obj<R>, slot: &AtomicU32) -> Option<usize> {
    let cached = slot.load(Ordering::Relaxed) as usize;
    let keys = &class_data(class).shape;
    if keys.holds_at(cached, obj_words(name)) {
        return Some(cached);
    }
    let index = keys.position(obj_words(name))?;
    if let Ok(index) = u32::try_from(index) {
        slot.store(index, Ordering::Relaxed);
    }
    Some(index)
}

impl<'a, R: Runtime> Shaped<'a, R> {
    /// For callers that have checked what [`shaped`] checks.
    #[inline]
    pub fn new(obj: &'a Obj<R>, class: Obj<R>, data: &'a InstanceData<R>) -> Self {
        Shaped { obj, class, data }
    }

    /// The value of attribute `name`, if the instance has one.
    pub fn get(&self, name: &Obj<R>) -> Option<Value<R>> {
        if let Some(index) = key_index(&self.class, name) {
            match self.data.values.find(index) {
                Lookup::Value(value) => return Some(value),
                // Moved to a dict: the thread moving it may still be
                // filling the dict, which is published when complete.
                Lookup::Sealed => return dict::get_str(self.data.dict.wait(), name),
                Lookup::Empty => {}
            }
        }
        // Moved to a dict while we looked?
        self.obj.attrs().and_then(|attrs| dict::get_str(attrs, name))
    }

    /// [`Shaped::get`] through the key index `slot` caches for the
    /// instruction reading `name` (a hint, checked against the keys). None:
    /// look the general way.
    #[inline]
    pub fn get_cached(&self, name: &Obj<R>, slot: &AtomicU32) -> Option<Value<R>> {
        self.data.values.get(cached_key_index(&self.class, name, slot)?)
    }

    /// `obj.name = value`: in place, past the last value when `name` is a
    /// later key, else in the dict the instance moves to.
    pub fn set(&self, vm: &Vm<R>, name: &Obj<R>, value: Value<R>) -> PyResult<R, ()> {
        let index = key_index_or_add(vm, &self.class, name);
        self.put_or_move(vm, name, index, value)
    }

    /// [`Shaped::set`] through the key index `slot` caches.
    #[inline]
    pub fn set_cached(&self, vm: &Vm<R>, name: &Obj<R>, value: Value<R>, slot: &AtomicU32) -> PyResult<R, ()> {
        match cached_key_index(&self.class, name, slot) {
            Some(index) => self.put_or_move(vm, name, Some(index), value),
            // Not a key yet: `set` adds it.
            None => self.set(vm, name, value),
        }
    }

    /// Stores `value` at key `index` if the values take it there, else in
    /// the dict the instance moves to (no index: the shape is full).
    #[inline]
    fn put_or_move(&self, vm: &Vm<R>, name: &Obj<R>, index: Option<usize>, value: Value<R>) -> PyResult<R, ()> {
        let value = match index {
            Some(index) => match self.data.values.put(index, value) {
                Ok(()) => return Ok(()),
                Err(value) => value,
            },
            None => value,
        };
        dict::set_item(vm, self.dict(vm)?, Value::Obj(name.clone()), value)
    }

    /// `del obj.name`: false if the instance has no such attribute; a
    /// sealed instance's goes from its dict.
    pub fn delete(&self, vm: &Vm<R>, name: &Obj<R>) -> PyResult<R, bool> {
        let removed = match key_index(&self.class, name) {
            Some(index) => self.data.values.remove(index),
            None => Removal::Empty,
        };
        match (removed, self.obj.attrs()) {
            (Removal::Removed(_), _) => Ok(true),
            (Removal::Empty, None) => Ok(false),
            // Sealed, or moved to a dict while we looked: the dict decides.
            (_, attrs) => {
                let attrs = match attrs {
                    Some(attrs) => attrs,
                    None => self.dict(vm)?,
                };
                Ok(dict::remove(vm, attrs, &Value::Obj(name.clone()))?.is_some())
            }
        }
    }

    /// The instance's attribute dict, made now from its values if it has
    /// none yet (exactly once, however many threads ask).
    pub fn dict(&self, vm: &Vm<R>) -> PyResult<R, &'a Obj<R>> {
        let mut failure = None;
        let data = self.data;
        let attrs = data.dict.get_or_init(|| {
            let values = data.values.seal();
            let keys = class_data(&self.class).shape.snapshot();
            let present: Vec<_> = keys.into_iter().zip(values).filter_map(|(key, value)| Some((key, value?))).collect();
            let attrs = vm.new_dict_obj(DictTable::with_capacity(present.len()));
            for (key, value) in present {
                // Str keys: no Python code runs, so this cannot fail in
                // practice; an error is still reported rather than dropped.
                if let Err(error) = dict::set_item(vm, &attrs, key, value) {
                    failure.get_or_insert(error);
                }
            }
            attrs
        });
        debug_assert!(self.obj.attrs().is_some_and(|found| found.ptr_eq(attrs)));
        match failure {
            Some(error) => Err(error),
            None => Ok(attrs),
        }
    }
}

/// The attribute dict of `obj` for code that needs a dict (`__dict__`,
/// `vars`, `dir`, a class change): the existing one, or one made now for
/// an instance in shape form.
pub fn attribute_dict<'a, R: Runtime>(vm: &Vm<R>, obj: &'a Obj<R>) -> PyResult<R, Option<&'a Obj<R>>> {
    match shaped(obj, &obj.class()) {
        Some(shaped) => shaped.dict(vm).map(Some),
        None => Ok(obj.attrs()),
    }
}
