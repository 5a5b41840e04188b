//! A list's items without a GIL: lock-free reads, locked writes, and
//! storage reclaimed through epochs.
//!
//! The items live in a buffer of two-word slots ([`Slot`]'s encoding) that
//! readers load with plain atomic loads under the list's [`SeqLock`]. Two
//! things a reader may still be looking at when a writer moves on go
//! through the epoch ([`seqlock::retire`]):
//!
//! - the buffer a push outgrew;
//! - an item the writer removed (overwritten, popped, cleared): its
//!   reference — the one the reader's clone relies on — is released late,
//!   so a reader that validated its load before the removal still finds the
//!   object alive when it adds its own reference.

use std::marker::PhantomData;

use crossbeam_epoch::{self as epoch, Atomic, Owned};
use weft_runtime::{Items, OptimisticLock, Slot};

use crate::seqlock::{self, SeqLock};
use crate::sync::{AtomicU64, AtomicUsize, Ordering};
use crate::threads;

/// A fixed-capacity array of encoded items; its length lives in the list.
struct Buffer {
    slots: Box<[[AtomicU64; 2]]>,
}

impl Buffer {
    fn with_capacity(capacity: usize) -> Buffer {
        Buffer { slots: (0..capacity).map(|_| [AtomicU64::new(0), AtomicU64::new(0)]).collect() }
    }

    #[inline]
    fn load(&self, index: usize) -> Option<[u64; 2]> {
        let [first, second] = self.slots.get(index)?;
        Some([first.load(Ordering::Relaxed), second.load(Ordering::Relaxed)])
    }

    #[inline]
    fn store(&self, index: usize, words: [u64; 2]) {
        self.slots[index][0].store(words[0], Ordering::Relaxed);
        self.slots[index][1].store(words[1], Ordering::Relaxed);
    }
}

pub struct AtomicItems<T: Slot> {
    sync: SeqLock,
    len: AtomicUsize,
    buffer: Atomic<Buffer>,
    /// The list owns the references its slots encode.
    items: PhantomData<T>,
}

impl<T: Slot> AtomicItems<T> {
    /// The buffer, for the thread that is writing (or the only thread).
    fn buffer_for_writer(&self) -> &Buffer {
        // SAFETY: only writers replace the buffer, and the caller is the one
        // writer (it holds the mutex, or no other thread exists); the buffer
        // therefore stays in place while the returned reference is used.
        unsafe { self.buffer.load(Ordering::Relaxed, epoch::unprotected()).deref() }
    }

    /// Makes room for `extra` more items, moving them to a larger buffer if
    /// needed; the old one is freed once no reader can be looking at it.
    fn reserve(&self, extra: usize) {
        let len = self.len.load(Ordering::Relaxed);
        let old = self.buffer_for_writer();
        if len + extra <= old.slots.len() {
            return;
        }
        let bigger = Buffer::with_capacity((len + extra).max(old.slots.len() * 2).max(4));
        for index in 0..len {
            bigger.store(index, old.load(index).expect("within the length"));
        }
        // SAFETY: `unprotected` is sound for the swap because the caller is
        // the only writer; the old buffer is retired below, not freed.
        let old = self.buffer.swap(Owned::new(bigger), Ordering::Release, unsafe { epoch::unprotected() });
        // SAFETY: the buffer is no longer reachable from the list, and only
        // the epoch will free it, once no reader can still be loading from
        // it. Its slots are raw words: dropping it releases no references
        // (the items moved to the new buffer).
        seqlock::retire(unsafe { old.into_owned() }.into_box());
    }

    /// Stores `items` as the whole list, which `take_all` emptied (the
    /// writer's final step for changes made on a copy).
    fn store_all(&self, items: Vec<T>) {
        self.reserve(items.len());
        let buffer = self.buffer_for_writer();
        let len = items.len();
        for (index, item) in items.into_iter().enumerate() {
            buffer.store(index, item.into_words());
        }
        self.len.store(len, Ordering::Release);
    }

    /// Loads what `load` takes from a consistent state of the list, then
    /// turns it into references with `keep` while this thread is still
    /// pinned: an item removed after the load is released only once the pin
    /// is gone, so `keep` finds every object it loaded alive.
    #[inline]
    fn read<U, V>(&self, load: impl Fn(&Buffer, usize) -> U, keep: impl FnOnce(U) -> V) -> V {
        self.sync.read(
            || {
                let len = self.len.load(Ordering::Relaxed);
                // SAFETY: `SeqLock::read` pins this thread around the load
                // (when other threads exist), which keeps any buffer it can
                // load alive: replaced buffers are retired through the epoch.
                let buffer = unsafe { self.buffer.load(Ordering::Acquire, epoch::unprotected()).deref() };
                load(buffer, len)
            },
            keep,
        )
    }

    /// Moves the items out into a `Vec` (the writer's first step for changes
    /// made on a copy). The slots keep their words until overwritten; the
    /// length is zero meanwhile, so nothing is released twice.
    fn take_all(&self) -> Vec<T> {
        let len = self.len.swap(0, Ordering::Relaxed);
        let buffer = self.buffer_for_writer();
        // SAFETY: each slot below the length holds one item's words, whose
        // reference moves into the `Vec` (the length is now zero).
        (0..len).map(|index| unsafe { T::from_words(buffer.load(index).expect("within the length")) }).collect()
    }
}

impl<T: Slot> Drop for AtomicItems<T> {
    fn drop(&mut self) {
        // No reader can be here: readers hold a reference to the list.
        drop(self.take_all());
        // SAFETY: as above: nothing else can reach the buffer any more.
        drop(unsafe { self.buffer.load(Ordering::Relaxed, epoch::unprotected()).into_owned() });
    }
}

/// A removed item for the caller: its own reference when no other thread
/// can be reading, else a new one, the list's going through the epoch.
///
/// # Safety
///
/// `words` are a removed item's, whose reference the list held, and no slot
/// holds them any more.
unsafe fn hand_out<T: Slot>(words: [u64; 2]) -> T {
    // SAFETY: the caller hands over the reference the words carry.
    let item = unsafe { T::from_words(words) };
    if threads::single_threaded() {
        return item;
    }
    let copy = item.clone();
    seqlock::retire(item);
    copy
}

impl<T: Slot> Items<T> for AtomicItems<T> {
    fn new(items: Vec<T>) -> Self {
        let list = AtomicItems {
            sync: SeqLock::default(),
            len: AtomicUsize::new(0),
            buffer: Atomic::new(Buffer::with_capacity(items.len())),
            items: PhantomData,
        };
        list.store_all(items);
        list
    }

    #[inline]
    fn len(&self) -> usize {
        // Validated, not one plain load: a change made on a copy (`modify`)
        // zeroes the length until it stores the items back, and that zero
        // was never the list's length.
        self.sync.read_plain(|| self.len.load(Ordering::Acquire))
    }

    #[inline]
    fn get(&self, index: usize) -> Option<T> {
        self.read(
            |buffer, len| if index < len { buffer.load(index) } else { None },
            // SAFETY: `read` hands over a consistent slot's words while the
            // item is still alive (see `read`).
            |words| words.map(|words| unsafe { T::clone_words(words) }),
        )
    }

    fn visit(&self, mut visit: impl FnMut(&T)) {
        // The world is stopped (the contract): no writer runs, so the buffer
        // and length stay put and every slot below the length is an item.
        let buffer = self.buffer_for_writer();
        for index in 0..self.len.load(Ordering::Acquire) {
            let Some(words) = buffer.load(index) else { break };
            // SAFETY: the slot holds a live item whose reference the list
            // keeps; the borrowed value is never dropped.
            let item = std::mem::ManuallyDrop::new(unsafe { T::from_words(words) });
            visit(&item);
        }
    }

    fn range(&self, start: usize, end: usize) -> Vec<T> {
        self.read(
            |buffer, len| (start..end.min(len)).map_while(|index| buffer.load(index)).collect::<Vec<_>>(),
            // SAFETY: as in `get`.
            |slots| slots.into_iter().map(|words| unsafe { T::clone_words(words) }).collect(),
        )
    }

    fn push(&self, item: T) {
        let _writing = self.sync.write();
        self.reserve(1);
        let len = self.len.load(Ordering::Relaxed);
        self.buffer_for_writer().store(len, item.into_words());
        self.len.store(len + 1, Ordering::Release);
    }

    fn extend(&self, items: Vec<T>) {
        let _writing = self.sync.write();
        self.reserve(items.len());
        let buffer = self.buffer_for_writer();
        let mut len = self.len.load(Ordering::Relaxed);
        for item in items {
            buffer.store(len, item.into_words());
            len += 1;
        }
        self.len.store(len, Ordering::Release);
    }

    fn pop(&self) -> Option<T> {
        let writing = self.sync.write();
        let len = self.len.load(Ordering::Relaxed);
        let last = len.checked_sub(1)?;
        let words = self.buffer_for_writer().load(last).expect("within the length");
        self.len.store(last, Ordering::Release);
        drop(writing);
        // SAFETY: the slot is beyond the new length: no slot holds the
        // item's words any more, and their reference is taken once, here.
        Some(unsafe { hand_out(words) })
    }

    fn set(&self, index: usize, item: T) -> Result<(), T> {
        let writing = self.sync.write();
        if index >= self.len.load(Ordering::Relaxed) {
            return Err(item);
        }
        let buffer = self.buffer_for_writer();
        let old = buffer.load(index).expect("within the length");
        buffer.store(index, item.into_words());
        drop(writing);
        // SAFETY: the overwritten words were the list's reference to the old item.
        seqlock::retire(unsafe { T::from_words(old) });
        Ok(())
    }

    fn insert_with(&self, at: impl FnOnce(usize) -> usize, item: T) {
        let _writing = self.sync.write();
        let len = self.len.load(Ordering::Relaxed);
        let at = at(len).min(len);
        self.reserve(1);
        let buffer = self.buffer_for_writer();
        for index in (at..len).rev() {
            buffer.store(index + 1, buffer.load(index).expect("within the length"));
        }
        buffer.store(at, item.into_words());
        self.len.store(len + 1, Ordering::Release);
    }

    fn remove_with<E>(&self, at: impl FnOnce(usize) -> Result<usize, E>) -> Result<T, E> {
        let writing = self.sync.write();
        let len = self.len.load(Ordering::Relaxed);
        let at = at(len)?;
        let buffer = self.buffer_for_writer();
        let words = buffer.load(at).expect("`at` is within the length");
        for index in at + 1..len {
            buffer.store(index - 1, buffer.load(index).expect("within the length"));
        }
        self.len.store(len - 1, Ordering::Release);
        drop(writing);
        // SAFETY: the later items moved down over the slot: no slot holds
        // the item's words any more, and their reference is taken once, here.
        Ok(unsafe { hand_out(words) })
    }

    fn overwrite<E>(&self, at: impl FnOnce(usize) -> Result<Vec<usize>, E>, items: Vec<T>) -> Result<(), (E, Vec<T>)> {
        let writing = self.sync.write();
        let positions = match at(self.len.load(Ordering::Relaxed)) {
            Ok(positions) => positions,
            Err(error) => return Err((error, items)),
        };
        let buffer = self.buffer_for_writer();
        let replaced: Vec<[u64; 2]> = positions
            .into_iter()
            .zip(items)
            .map(|(index, item)| {
                let old = buffer.load(index).expect("`at` picks positions within the length");
                buffer.store(index, item.into_words());
                old
            })
            .collect();
        drop(writing);
        // SAFETY: each overwritten slot's words were the list's reference to
        // its old item, held by no slot any more; each is taken once, here,
        // and released through the epoch (readers may have loaded it).
        seqlock::retire(replaced.into_iter().map(|words| unsafe { T::from_words(words) }).collect::<Vec<T>>());
        Ok(())
    }

    fn modify<U>(&self, change: impl FnOnce(&mut Vec<T>) -> U) -> U {
        let writing = self.sync.write();
        let mut items = self.take_all();
        // Readers may have loaded any of the items before this write began:
        // the list's references to them are released through the epoch, and
        // the changed list holds references of its own.
        let loaded = (!threads::single_threaded()).then(|| items.clone());
        let result = change(&mut items);
        self.store_all(items);
        drop(writing);
        if let Some(loaded) = loaded {
            seqlock::retire(loaded);
        }
        result
    }

    fn take_unreachable(&self) -> Vec<T> {
        let _writing = self.sync.write();
        self.take_all()
    }

    fn into_inner(self) -> Vec<T> {
        self.take_all()
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::AtomicIsize;

    use super::*;

    /// Objects alive now: must end at zero, never go negative.
    static LIVE: AtomicIsize = AtomicIsize::new(0);

    /// A counted object whose contents say whether it is still intact.
    struct Payload {
        value: u64,
        check: u64,
    }

    impl Payload {
        fn new(value: u64) -> Arc<Payload> {
            LIVE.fetch_add(1, Ordering::Relaxed);
            Arc::new(Payload { value, check: !value })
        }
    }

    impl Drop for Payload {
        fn drop(&mut self) {
            assert_eq!(self.check, !self.value, "freed twice or torn");
            self.check = 0;
            LIVE.fetch_sub(1, Ordering::Relaxed);
        }
    }

    #[derive(Clone)]
    struct Item(Arc<Payload>);

    impl Item {
        fn intact(&self) -> bool {
            self.0.check == !self.0.value
        }
    }

    // SAFETY: the words are the `Arc`'s pointer and its value; `from_words`
    // takes back the reference `into_raw` kept.
    unsafe impl Slot for Item {
        fn into_words(self) -> [u64; 2] {
            let value = self.0.value;
            [Arc::into_raw(self.0) as u64, value]
        }

        unsafe fn from_words([pointer, value]: [u64; 2]) -> Self {
            // SAFETY: the caller hands over the reference the words carry.
            let item = Item(unsafe { Arc::from_raw(pointer as *const Payload) });
            assert_eq!(item.0.value, value, "a slot's words were torn");
            item
        }
    }

    /// Writers push, pop, set, overwrite, insert, remove and reverse while readers index,
    /// copy ranges and check every item they get is alive and whole; at the
    /// end every object has been freed exactly once.
    #[test]
    fn readers_never_see_torn_or_freed_items() {
        threads::leave_single_threaded_mode();
        let list = Arc::new(AtomicItems::new((0..16).map(|i| Item(Payload::new(i))).collect()));
        let writers = (0..2u64).map(|w| {
            let list = Arc::clone(&list);
            std::thread::spawn(move || {
                for i in 0..20_000u64 {
                    let fresh = Item(Payload::new(w << 32 | i));
                    match i % 9 {
                        0 | 1 => list.push(fresh),
                        8 => drop(list.overwrite(
                            |len| if len >= 2 { Ok(vec![0, len - 1]) } else { Err(()) },
                            vec![fresh, Item(Payload::new(w << 32 | i | 1 << 31))],
                        )),
                        2 => drop(list.pop()),
                        3 => drop(list.set((i as usize) % 16, fresh)),
                        4 => list.modify(|items| items.insert(items.len() / 2, fresh)),
                        5 => list.insert_with(|len| len / 3, fresh),
                        6 => drop(list.remove_with(|len| if len > 0 { Ok(len / 2) } else { Err(()) })),
                        _ => list.modify(|items| {
                            items.reverse();
                            items.truncate(64);
                        }),
                    }
                }
            })
        });
        let readers = (0..2).map(|_| {
            let list = Arc::clone(&list);
            std::thread::spawn(move || {
                for _ in 0..20_000 {
                    let len = list.len();
                    for index in [0, len / 2, len.saturating_sub(1)] {
                        assert!(list.get(index).is_none_or(|item| item.intact()));
                    }
                    assert!(list.range(0, 8).iter().all(Item::intact));
                }
            })
        });
        let threads: Vec<_> = writers.chain(readers).collect();
        threads.into_iter().for_each(|thread| thread.join().expect("no thread fails"));
        let list = Arc::into_inner(list).expect("threads are done");
        assert!(list.snapshot().iter().all(Item::intact));
        drop(list);
        seqlock::settle_retired();
        assert_eq!(LIVE.load(Ordering::Relaxed), 0, "every object freed exactly once");
    }

    #[test]
    fn one_thread_reads_what_it_wrote() {
        let list = AtomicItems::new(vec![Item(Payload::new(1))]);
        list.push(Item(Payload::new(2)));
        list.extend(vec![Item(Payload::new(3)), Item(Payload::new(4))]);
        assert!(list.set(9, Item(Payload::new(9))).is_err());
        assert!(list.set(0, Item(Payload::new(5))).is_ok());
        let values = |list: &AtomicItems<Item>| list.snapshot().iter().map(|item| item.0.value).collect::<Vec<_>>();
        assert_eq!(values(&list), [5, 2, 3, 4]);
        assert_eq!(list.pop().map(|item| item.0.value), Some(4));
        list.modify(|items| items.reverse());
        assert_eq!(values(&list), [3, 2, 5]);
        assert_eq!(list.range(1, 99).len(), 2);
        assert_eq!(list.into_inner().len(), 3);
    }
}
