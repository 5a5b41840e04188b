//! A list's items without a GIL: lock-free reads, locked writes, and
//! storage reclaimed through epochs.
//!
//! The items live in a buffer of two-word slots ([`Slot`]'s encoding) that
//! readers load with plain atomic loads. A *sequence number* tells them
//! whether what they loaded is consistent: a writer (holding the list's
//! mutex) makes it odd before changing anything and even again after, and a
//! reader keeps what it read only if the number was even and unchanged
//! around its loads. A reader that keeps seeing writers gives up and takes
//! the mutex.
//!
//! Two things a reader may still be looking at when a writer moves on:
//!
//! - the buffer a push outgrew: freed through `crossbeam-epoch` once every
//!   thread that was pinned when it was replaced has unpinned;
//! - an item the writer removed (overwritten, popped, cleared): its
//!   reference — the one the reader's clone relies on — is released through
//!   the epoch too, so a reader that validated its load before the removal
//!   still finds the object alive when it adds its own reference.
//!
//! Readers pin the epoch only around one read. Until a second thread is
//! started (see `threads::single_threaded`) nothing can race: reads and
//! writes skip the sequence number, the pin and the deferral.

use std::marker::PhantomData;

use crossbeam_epoch::{self as epoch, Atomic, Guard, Owned, Shared};
use weft_runtime::{Items, Slot};

use crate::sync::{AtomicU64, AtomicUsize, Mutex, MutexGuard, Ordering, fence, pin, spin_wait};
use crate::{stats, threads};

/// How many times a reader retries around writers before taking the lock
/// (two under loom, whose models then cover the fallback too).
const OPTIMISTIC_TRIES: usize = if cfg!(loom) { 2 } else { 64 };

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
    /// Held by writers, and by readers that gave up on optimism.
    lock: Mutex<()>,
    /// Odd while a writer is changing the items.
    seq: AtomicU64,
    len: AtomicUsize,
    buffer: Atomic<Buffer>,
    /// The list owns the references its slots encode.
    items: PhantomData<T>,
}

/// What a writer holds: the mutex, with the sequence number made odd (when
/// other threads may be reading). Dropping it publishes the change.
struct Writing<'a, T: Slot> {
    items: &'a AtomicItems<T>,
    lock: Option<MutexGuard<'a, ()>>,
}

impl<T: Slot> Drop for Writing<'_, T> {
    fn drop(&mut self) {
        if self.lock.is_some() {
            self.items.seq.fetch_add(1, Ordering::Release);
        }
    }
}

impl<T: Slot> AtomicItems<T> {
    fn begin_write(&self) -> Writing<'_, T> {
        if threads::single_threaded() {
            return Writing { items: self, lock: None };
        }
        let lock = self.lock.lock();
        self.seq.fetch_add(1, Ordering::Relaxed);
        // Orders the odd number before the slot stores that follow, for a
        // reader that loads those stores and then re-checks the number.
        fence(Ordering::Release);
        Writing { items: self, lock: Some(lock) }
    }

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
        let guard = pin_if_shared();
        // SAFETY: `unprotected` is sound for the swap because the caller is
        // the only writer; the old buffer is retired below, not freed.
        let old = self.buffer.swap(Owned::new(bigger), Ordering::Release, unsafe { epoch::unprotected() });
        retire_buffer(old, guard.as_ref());
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
        if threads::single_threaded() {
            // SAFETY: one thread, which is not writing: nothing replaces or
            // frees the buffer while it is read.
            let buffer = unsafe { self.buffer.load(Ordering::Relaxed, epoch::unprotected()).deref() };
            return keep(load(buffer, self.len.load(Ordering::Relaxed)));
        }
        let guard = pin();
        for _ in 0..OPTIMISTIC_TRIES {
            let before = self.seq.load(Ordering::Acquire);
            if before & 1 == 1 {
                spin_wait();
                continue;
            }
            let len = self.len.load(Ordering::Relaxed);
            // SAFETY: the guard keeps any buffer this thread can load alive
            // until it unpins (replaced buffers are retired through the epoch).
            let buffer = unsafe { self.buffer.load(Ordering::Acquire, &guard).deref() };
            let loaded = load(buffer, len);
            // Orders the loads above before the re-check below.
            fence(Ordering::Acquire);
            if self.seq.load(Ordering::Relaxed) == before {
                return keep(loaded);
            }
        }
        let _lock = self.lock.lock();
        keep(load(self.buffer_for_writer(), self.len.load(Ordering::Relaxed)))
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

/// Pins the epoch when other threads may be reading (a deferral needs it).
fn pin_if_shared() -> Option<Guard> {
    (!threads::single_threaded()).then(pin)
}

fn retire_buffer(buffer: Shared<'_, Buffer>, guard: Option<&Guard>) {
    match guard {
        Some(guard) => {
            stats::buffer_deferred();
            // SAFETY: the buffer is no longer reachable from the list, so
            // only readers pinned now can hold it; the epoch frees it after
            // they unpin. Its slots are raw words: dropping it releases no
            // references (the items moved to the new buffer).
            unsafe { guard.defer_destroy(buffer) };
        }
        // SAFETY: one thread, no reader: the buffer can go at once.
        None => drop(unsafe { buffer.into_owned() }),
    }
}

/// A removed item for the caller: its own reference when no other thread
/// can be reading, else a new one, the list's going through the epoch.
///
/// # Safety
///
/// `words` are a removed item's, whose reference the list held, and no slot
/// holds them any more.
unsafe fn hand_out<T: Slot>(words: [u64; 2], guard: Option<&Guard>) -> T {
    // SAFETY: the caller hands over the reference the words carry.
    let item = unsafe { T::from_words(words) };
    if guard.is_none() {
        return item;
    }
    let copy = item.clone();
    retire_items(vec![item], guard);
    copy
}

/// How many batches of removed items wait for their epoch.
/// (A plain std atomic even under loom: it only tells `settle_retired` when
/// to stop, and loom atomics cannot be statics.)
static RETIRED_PENDING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Releases the list's references to removed items: at once when no other
/// thread can be reading, else once every current reader has unpinned.
fn retire_items<T: Slot>(removed: Vec<T>, guard: Option<&Guard>) {
    match guard {
        Some(guard) if !removed.is_empty() => {
            stats::items_deferred(removed.len());
            RETIRED_PENDING.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            guard.defer(move || {
                drop(removed);
                RETIRED_PENDING.fetch_sub(1, std::sync::atomic::Ordering::Release);
            });
        }
        _ => drop(removed),
    }
}

/// Pushes the epoch forward until every retired batch has been released, or
/// a thread that stays pinned holds it back (then what is left goes later).
pub fn settle_retired() {
    for _ in 0..SETTLE_ROUNDS {
        // (Under loom a fixed number of rounds: the counter is process-wide
        // state that would make the model's runs differ.)
        if !cfg!(loom) && RETIRED_PENDING.load(std::sync::atomic::Ordering::Acquire) == 0 {
            return;
        }
        pin().flush();
    }
}

/// Each round frees a few sealed bags; enough rounds for millions of batches
/// when nothing holds the epoch back, and a bound of milliseconds when
/// something does.
const SETTLE_ROUNDS: usize = if cfg!(loom) { 4 } else { 1 << 16 };

impl<T: Slot> Items<T> for AtomicItems<T> {
    fn new(items: Vec<T>) -> Self {
        let list = AtomicItems {
            lock: Mutex::new(()),
            seq: AtomicU64::new(0),
            len: AtomicUsize::new(0),
            buffer: Atomic::new(Buffer::with_capacity(items.len())),
            items: PhantomData,
        };
        list.store_all(items);
        list
    }

    #[inline]
    fn len(&self) -> usize {
        // One load: any value it returns was the length at some moment.
        self.len.load(Ordering::Acquire)
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

    fn range(&self, start: usize, end: usize) -> Vec<T> {
        self.read(
            |buffer, len| (start..end.min(len)).map_while(|index| buffer.load(index)).collect::<Vec<_>>(),
            // SAFETY: as in `get`.
            |slots| slots.into_iter().map(|words| unsafe { T::clone_words(words) }).collect(),
        )
    }

    fn push(&self, item: T) {
        let _writing = self.begin_write();
        self.reserve(1);
        let len = self.len.load(Ordering::Relaxed);
        self.buffer_for_writer().store(len, item.into_words());
        self.len.store(len + 1, Ordering::Release);
    }

    fn extend(&self, items: Vec<T>) {
        let _writing = self.begin_write();
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
        let guard = pin_if_shared();
        let writing = self.begin_write();
        let len = self.len.load(Ordering::Relaxed);
        let last = len.checked_sub(1)?;
        let words = self.buffer_for_writer().load(last).expect("within the length");
        self.len.store(last, Ordering::Release);
        drop(writing);
        // SAFETY: the slot is beyond the new length: no slot holds the
        // item's words any more, and their reference is taken once, here.
        Some(unsafe { hand_out(words, guard.as_ref()) })
    }

    fn set(&self, index: usize, item: T) -> Result<(), T> {
        let guard = pin_if_shared();
        let writing = self.begin_write();
        if index >= self.len.load(Ordering::Relaxed) {
            return Err(item);
        }
        let buffer = self.buffer_for_writer();
        let old = buffer.load(index).expect("within the length");
        buffer.store(index, item.into_words());
        drop(writing);
        // SAFETY: the overwritten words were the list's reference to the old item.
        retire_items(vec![unsafe { T::from_words(old) }], guard.as_ref());
        Ok(())
    }

    fn insert_with(&self, at: impl FnOnce(usize) -> usize, item: T) {
        let _writing = self.begin_write();
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
        let guard = pin_if_shared();
        let writing = self.begin_write();
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
        Ok(unsafe { hand_out(words, guard.as_ref()) })
    }

    fn modify<U>(&self, change: impl FnOnce(&mut Vec<T>) -> U) -> U {
        let guard = pin_if_shared();
        let writing = self.begin_write();
        let mut items = self.take_all();
        // Readers may have loaded any of the items before this write began:
        // the list's references to them are released through the epoch, and
        // the changed list holds references of its own.
        let loaded = guard.as_ref().map(|_| items.clone());
        let result = change(&mut items);
        self.store_all(items);
        drop(writing);
        retire_items(loaded.unwrap_or_default(), guard.as_ref());
        result
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

    /// Writers push, pop, overwrite, insert, remove and reverse while readers index,
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
                    match i % 8 {
                        0 | 1 => list.push(fresh),
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
        settle_retired();
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
