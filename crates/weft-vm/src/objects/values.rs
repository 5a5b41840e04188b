//! A short array of values that threads read without a lock: the attribute
//! values of an instance stored by shape (see `crate::shape`), and a
//! class's shape keys themselves.
//!
//! The values live in one block, `[capacity, len]` followed by `capacity`
//! value slots, each value two words. Writers hold the runtime's optimistic
//! lock and replace a full block by a larger one, retiring the old one;
//! readers load words inside the lock's `read`, as dict readers do (see
//! `objects::dict`).
//!
//! A slot below the length may be empty (no value): an instance that has
//! key 1 but not key 0 of its shape, or that lost an attribute.
//!
//! An array can be *sealed*: from then on every write is refused and its
//! values belong to whoever sealed it. An instance seals its values when it
//! moves them into a dict, so that no write can land in the array after the
//! dict was made from it, and no value stays alive in both.

use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering};

use weft_runtime::{OptimisticLock, Runtime, Slot};

use crate::value::{NO_VALUE_WORDS, Value};

type Words = [AtomicU64; 2];

/// The block's first slot holds its capacity and length instead of a value.
const HEADER: usize = 1;

/// What [`ValueArray::find`] found.
pub enum Lookup<R: Runtime> {
    Value(Value<R>),
    Empty,
    Sealed,
}

/// What [`ValueArray::remove`] did.
pub enum Removal<R: Runtime> {
    Removed(Value<R>),
    /// There was nothing there.
    Empty,
    /// The array refuses changes.
    Sealed,
}

pub struct ValueArray<R: Runtime> {
    lock: R::OptimisticLock,
    /// Null until the first value.
    block: AtomicPtr<Words>,
    sealed: AtomicBool,
    /// The array owns the references its slots encode.
    values: PhantomData<Value<R>>,
}

/// Owns a block (what `Box<[Words]>` would be, with its length kept inside).
struct BlockBox(NonNull<Words>);

// SAFETY: a block is atomics only; the box owns its allocation alone.
unsafe impl Send for BlockBox {}

impl BlockBox {
    fn new(capacity: usize) -> BlockBox {
        let slots: Box<[Words]> = (0..HEADER + capacity).map(|_| [AtomicU64::new(0), AtomicU64::new(0)]).collect();
        slots[0][0].store(capacity as u64, Ordering::Relaxed);
        let raw = Box::into_raw(slots).cast::<Words>();
        // SAFETY: `Box::into_raw` never gives null.
        BlockBox(unsafe { NonNull::new_unchecked(raw) })
    }

    fn into_raw(self) -> *mut Words {
        ManuallyDrop::new(self).0.as_ptr()
    }
}

impl Drop for BlockBox {
    fn drop(&mut self) {
        // SAFETY: the block is alive (we own it).
        let capacity = unsafe { Block::at(self.0.as_ptr()) }.capacity();
        let slots = std::ptr::slice_from_raw_parts_mut(self.0.as_ptr(), HEADER + capacity);
        // SAFETY: the pointer and length are those of the boxed slice
        // `BlockBox::new` made, freed once, here. Its slots hold only copies
        // of references (the array releases those itself).
        drop(unsafe { Box::from_raw(slots) });
    }
}

/// A borrowed block.
#[derive(Clone, Copy)]
struct Block<'a>(&'a [Words]);

impl<'a> Block<'a> {
    /// # Safety
    ///
    /// `raw` came from [`BlockBox::into_raw`] and stays alive for `'a`.
    #[inline]
    unsafe fn at(raw: *const Words) -> Block<'a> {
        // SAFETY: the first slot holds the capacity; the block has that
        // many slots after it (see `BlockBox::new`).
        unsafe {
            let capacity = (*raw)[0].load(Ordering::Relaxed) as usize;
            Block(std::slice::from_raw_parts(raw, HEADER + capacity))
        }
    }

    #[inline]
    fn capacity(self) -> usize {
        self.0.len() - HEADER
    }

    /// The length; acquire, so the slots below it are seen written.
    #[inline]
    fn len(self) -> usize {
        self.0[0][1].load(Ordering::Acquire) as usize
    }

    fn set_len(self, len: usize) {
        self.0[0][1].store(len as u64, Ordering::Release);
    }

    #[inline]
    fn slot(self, index: usize) -> &'a Words {
        &self.0[HEADER + index]
    }

    /// The words of the value at `index`, if the block has one there.
    #[inline]
    fn words(self, index: usize) -> Option<[u64; 2]> {
        (index < self.len()).then(|| load_words(self.slot(index))).filter(|words| *words != NO_VALUE_WORDS)
    }

    /// The words of every slot below the length, empty ones included.
    fn live(self) -> impl Iterator<Item = [u64; 2]> + 'a {
        self.0[HEADER..HEADER + self.len().min(self.capacity())].iter().map(load_words)
    }

    /// The words of every value, in order, empty slots skipped.
    fn values(self) -> impl Iterator<Item = [u64; 2]> + 'a {
        self.live().filter(|words| *words != NO_VALUE_WORDS)
    }
}

#[inline]
fn load_words(words: &Words) -> [u64; 2] {
    [words[0].load(Ordering::Relaxed), words[1].load(Ordering::Relaxed)]
}

#[inline]
fn store_words(words: &Words, value: [u64; 2]) {
    words[0].store(value[0], Ordering::Relaxed);
    words[1].store(value[1], Ordering::Relaxed);
}

impl<R: Runtime> Default for ValueArray<R> {
    fn default() -> Self {
        ValueArray {
            lock: R::OptimisticLock::default(),
            block: AtomicPtr::new(std::ptr::null_mut()),
            sealed: AtomicBool::new(false),
            values: PhantomData,
        }
    }
}

impl<R: Runtime> ValueArray<R> {
    /// An empty array with room for `capacity` values before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        let array = ValueArray::default();
        if capacity > 0 {
            array.block.store(BlockBox::new(capacity).into_raw(), Ordering::Relaxed);
        }
        array
    }

    /// The current block, for a reader inside the lock's `read` or a writer.
    #[inline]
    fn block(&self) -> Option<Block<'_>> {
        let raw = self.block.load(Ordering::Acquire);
        // SAFETY: a block is freed only by `retire` after it was replaced
        // (or when the array is dropped); callers are inside `read`, which
        // keeps retired garbage alive until it returns, or hold the write
        // lock, or run with the world stopped.
        (!raw.is_null()).then(|| unsafe { Block::at(raw) })
    }

    pub fn len(&self) -> usize {
        self.lock.read(|| self.block().map_or(0, Block::len), |len| len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value at `index`, if there is one.
    #[inline]
    pub fn get(&self, index: usize) -> Option<Value<R>> {
        match self.find(index) {
            Lookup::Value(value) => Some(value),
            Lookup::Empty | Lookup::Sealed => None,
        }
    }

    /// The value at `index`, or why there is none: the slot is empty, or
    /// the array was sealed and its values handed over (look where they went).
    #[inline]
    pub fn find(&self, index: usize) -> Lookup<R> {
        self.lock.read(
            || (self.sealed.load(Ordering::Relaxed), self.block().and_then(|block| block.words(index))),
            |(sealed, words)| match words {
                // SAFETY: `read` hands over consistent words of a value the
                // array still held while the read ran (retired ones outlive it).
                Some(words) => Lookup::Value(unsafe { Value::clone_words(words) }),
                None if sealed => Lookup::Sealed,
                None => Lookup::Empty,
            },
        )
    }

    /// Whether the value at `index` is the object `words` encode (a
    /// comparison of words: no reference is taken).
    #[inline]
    pub fn holds_at(&self, index: usize, words: [u64; 2]) -> bool {
        self.lock.read(|| self.block().and_then(|block| block.words(index)), |found| found == Some(words))
    }

    /// Where the first value `matches` accepts is.
    ///
    /// # Safety
    ///
    /// The array's values are never released while it lives (immortal
    /// objects, or inline values): `matches` borrows values a concurrent
    /// writer may be replacing.
    pub unsafe fn position_by(&self, matches: impl Fn(&Value<R>) -> bool) -> Option<usize> {
        self.lock.read(
            || {
                let block = self.block()?;
                // SAFETY: the caller guarantees every value stays alive; the
                // borrow is never dropped, so no reference is released.
                block.live().position(|words| matches(&ManuallyDrop::new(unsafe { Value::<R>::from_words(words) })))
            },
            |found| found,
        )
    }

    /// Where the value whose words are `words` first is.
    pub fn position(&self, words: [u64; 2]) -> Option<usize> {
        self.lock.read(|| self.block().and_then(|block| block.live().position(|w| w == words)), |found| found)
    }

    /// Copies of every value, in order.
    pub fn snapshot(&self) -> Vec<Value<R>> {
        self.lock.read(
            || self.block().map(|block| block.values().collect::<Vec<_>>()).unwrap_or_default(),
            // SAFETY: as in `get`.
            |words| words.into_iter().map(|words| unsafe { Value::clone_words(words) }).collect(),
        )
    }

    /// Stores `value` at `index`: replacing the value there, or past the
    /// last slot (leaving the slots between empty). Refused (the value comes
    /// back) for an empty slot below the length — filling it would put the
    /// value out of the order the values were added in — and once sealed.
    #[inline]
    pub fn put(&self, index: usize, value: Value<R>) -> Result<(), Value<R>> {
        let _writing = self.lock.write();
        if self.sealed.load(Ordering::Relaxed) {
            return Err(value);
        }
        let len = self.block().map_or(0, Block::len);
        if index >= len {
            let block = self.room_for(index + 1);
            for empty in len..index {
                store_words(block.slot(empty), NO_VALUE_WORDS);
            }
            store_words(block.slot(index), value.into_words());
            block.set_len(index + 1);
            return Ok(());
        }
        let slot = self.block().expect("a slot below the length").slot(index);
        let old = load_words(slot);
        if old == NO_VALUE_WORDS {
            return Err(value);
        }
        store_words(slot, value.into_words());
        // SAFETY: the old words were the array's reference to the old
        // value, no longer in any slot; it is taken once, here.
        R::OptimisticLock::retire(unsafe { Value::<R>::from_words(old) });
        Ok(())
    }

    /// Empties slot `index`.
    pub fn remove(&self, index: usize) -> Removal<R> {
        let _writing = self.lock.write();
        if self.sealed.load(Ordering::Relaxed) {
            return Removal::Sealed;
        }
        let Some(block) = self.block().filter(|block| index < block.len()) else { return Removal::Empty };
        let old = load_words(block.slot(index));
        if old == NO_VALUE_WORDS {
            return Removal::Empty;
        }
        store_words(block.slot(index), NO_VALUE_WORDS);
        // SAFETY: the old words were the array's reference to the value, no
        // longer in any slot: taken once, here. Readers may still be loading
        // it, so the array's reference is retired and the caller gets its own.
        let value = unsafe { Value::<R>::from_words(old) };
        let handed = value.clone();
        R::OptimisticLock::retire(value);
        Removal::Removed(handed)
    }

    /// Appends `value` unless an equal word pattern is already stored (the
    /// keys of a shape: names by identity) or the array has `limit` values;
    /// gives the value's index, or None when full.
    pub fn push_unique(&self, value: Value<R>, limit: usize) -> Option<usize> {
        let words = value.into_words();
        // SAFETY: taken back at once; `words` is only compared from here on,
        // or stored, in which case the reference moves into the array.
        let value = unsafe { Value::<R>::from_words(words) };
        let _writing = self.lock.write();
        if let Some(found) = self.block().and_then(|block| block.live().position(|w| w == words)) {
            return Some(found);
        }
        let len = self.block().map_or(0, Block::len);
        if len >= limit || self.sealed.load(Ordering::Relaxed) {
            return None;
        }
        let block = self.room_for(len + 1);
        store_words(block.slot(len), value.into_words());
        block.set_len(len + 1);
        Some(len)
    }

    /// Refuses every later write, and hands over the slots' values (None
    /// for an empty slot): the array is left empty, so it keeps nothing
    /// alive that its new owner lets go of. A reader that loaded a value
    /// just before finds it alive: the new owner releases it only through
    /// the epoch.
    pub fn seal(&self) -> Vec<Option<Value<R>>> {
        let _writing = self.lock.write();
        self.sealed.store(true, Ordering::Relaxed);
        let Some(block) = self.block() else { return Vec::new() };
        let words: Vec<[u64; 2]> = block.live().collect();
        block.set_len(0);
        let take = |words: [u64; 2]| {
            // SAFETY: the words carried the array's reference, and the
            // length is now zero: each is taken once, here.
            (words != NO_VALUE_WORDS).then(|| unsafe { Value::from_words(words) })
        };
        words.into_iter().map(take).collect()
    }

    /// Calls `visit` on every value. Only with the world stopped.
    pub fn visit(&self, mut visit: impl FnMut(&Value<R>)) {
        for words in self.block().into_iter().flat_map(Block::values) {
            // SAFETY: a live value's words; the world is stopped, so no
            // writer can release it while it is borrowed.
            visit(&ManuallyDrop::new(unsafe { Value::<R>::from_words(words) }));
        }
    }

    /// Empties an array no other thread can reach (the collector's garbage),
    /// giving its values' references to the caller.
    pub fn take_unreachable(&self) -> Vec<Value<R>> {
        let _writing = self.lock.write();
        let Some(block) = self.block() else { return Vec::new() };
        let words: Vec<[u64; 2]> = block.values().collect();
        block.set_len(0);
        // SAFETY: the words carried the array's references, and the length
        // is now zero, so they are taken once, here.
        words.into_iter().map(|words| unsafe { Value::from_words(words) }).collect()
    }

    /// The block, replaced first by a larger one if it has fewer than
    /// `needed` slots (twice as large, at least).
    fn room_for(&self, needed: usize) -> Block<'_> {
        let current = self.block();
        if let Some(block) = current
            && needed <= block.capacity()
        {
            return block;
        }
        let (len, capacity) = current.map_or((0, 0), |block| (block.len(), block.capacity()));
        let fresh = BlockBox::new((capacity * 2).max(needed).max(2));
        // SAFETY: just made, owned here until it is published below.
        let block = unsafe { Block::at(fresh.0.as_ptr()) };
        if let Some(old) = current {
            for index in 0..len {
                store_words(block.slot(index), load_words(old.slot(index)));
            }
            block.set_len(len);
        }
        // Release: readers that load the new block see its slots.
        let old = self.block.swap(fresh.into_raw(), Ordering::AcqRel);
        if !old.is_null() {
            // SAFETY: the old block came from `BlockBox::into_raw` and is no
            // longer reachable from the array; its slots are copies (the
            // references moved to the new block), so dropping it releases none.
            R::OptimisticLock::retire(BlockBox(unsafe { NonNull::new_unchecked(old) }));
        }
        self.block().expect("just stored")
    }
}

impl<R: Runtime> Drop for ValueArray<R> {
    fn drop(&mut self) {
        let raw = *self.block.get_mut();
        if raw.is_null() {
            return;
        }
        // SAFETY: the array is being dropped, so nothing else can reach the
        // block; it came from `BlockBox::into_raw`.
        let owned = BlockBox(unsafe { NonNull::new_unchecked(raw) });
        // SAFETY: as above: the block is alive while `owned` is.
        for words in unsafe { Block::at(raw) }.values() {
            // SAFETY: a live value's words carry the array's reference,
            // released once, here.
            drop(unsafe { Value::<R>::from_words(words) });
        }
        drop(owned);
    }
}

#[cfg(test)]
mod tests {
    use weft_runtime_gil::Gil;

    use super::*;

    fn ints(array: &ValueArray<Gil>) -> Vec<i64> {
        array.snapshot().into_iter().map(|v| if let Value::Int(i) = v { i } else { panic!("an int") }).collect()
    }

    #[test]
    fn values_append_only_at_the_end_and_replace_in_place() {
        let array = ValueArray::<Gil>::with_capacity(1);
        for i in 0..10 {
            assert!(array.put(i as usize, Value::Int(i)).is_ok());
        }
        assert!(array.put(3, Value::Int(30)).is_ok());
        assert!(array.put(12, Value::Int(12)).is_ok(), "past the end, leaving two empty slots");
        assert_eq!(ints(&array), [0, 1, 2, 30, 4, 5, 6, 7, 8, 9, 12]);
        assert!(matches!(array.get(3), Some(Value::Int(30))));
        assert!(array.get(10).is_none() && array.get(13).is_none());
        assert!(array.put(11, Value::Int(11)).is_err(), "an empty slot below the length is refused");
        assert!(matches!(array.remove(5), Removal::Removed(Value::Int(5))));
        assert!(matches!(array.remove(5), Removal::Empty));
        assert!(array.put(5, Value::Int(5)).is_err(), "nor is a removed one filled again");
        assert_eq!(ints(&array), [0, 1, 2, 30, 4, 6, 7, 8, 9, 12]);
    }

    #[test]
    fn a_sealed_array_refuses_writes_and_hands_over_its_values() {
        let array = ValueArray::<Gil>::default();
        assert!(array.put(0, Value::Int(1)).is_ok());
        assert!(array.put(2, Value::Int(3)).is_ok());
        assert!(matches!(array.seal().as_slice(), [Some(Value::Int(1)), None, Some(Value::Int(3))]));
        assert!(array.put(0, Value::Int(2)).is_err());
        assert!(array.put(3, Value::Int(2)).is_err());
        assert!(matches!(array.remove(0), Removal::Sealed));
        assert!(ints(&array).is_empty(), "the values went to the sealer");
    }

    #[test]
    fn unique_pushes_find_what_is_there_and_stop_at_the_limit() {
        let array = ValueArray::<Gil>::default();
        assert_eq!(array.push_unique(Value::Int(7), 2), Some(0));
        assert_eq!(array.push_unique(Value::Int(8), 2), Some(1));
        assert_eq!(array.push_unique(Value::Int(7), 2), Some(0));
        assert_eq!(array.push_unique(Value::Int(9), 2), None);
        assert_eq!(array.position(Value::<Gil>::Int(8).into_words()), Some(1));
        assert!(array.holds_at(1, Value::<Gil>::Int(8).into_words()));
    }
}
