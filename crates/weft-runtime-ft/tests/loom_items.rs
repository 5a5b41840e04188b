//! Model checks of the lock-free list reads: a reader racing a writer that
//! overwrites, pops or outgrows the slot it reads never sees a torn value
//! and never touches an object after it was freed, under every interleaving
//! loom explores. The epoch is crossbeam-epoch's own, built on loom's atomics.
//!
//! Run with: `RUSTFLAGS="--cfg loom --cfg crossbeam_loom" cargo test --release
//! -p weft-runtime-ft --test loom_items` (in an ordinary build this file
//! compiles to nothing).
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::Arc;
use loom::thread;
use weft_runtime::{Items, Runtime, Slot};
use weft_runtime_ft::{AtomicItems, FreeThreaded};

/// An object that records its death: reading `alive` after the drop that
/// writes it, without that drop happening first, is a race loom reports.
struct Payload {
    value: u64,
    alive: UnsafeCell<bool>,
}

// SAFETY: `alive` is written only by the drop, which must come after every
// read; that ordering is exactly what loom checks here.
unsafe impl Sync for Payload {}

impl Drop for Payload {
    fn drop(&mut self) {
        self.alive.with_mut(|alive| {
            // SAFETY: loom checks this write against every unordered read.
            unsafe { *alive = false }
        });
    }
}

#[derive(Clone)]
struct Item(Arc<Payload>);

impl Item {
    fn new(value: u64) -> Item {
        Item(Arc::new(Payload { value, alive: UnsafeCell::new(true) }))
    }

    fn checked_value(&self) -> u64 {
        // SAFETY: loom checks this read against the drop's write.
        assert!(self.0.alive.with(|alive| unsafe { *alive }), "an item was used after it was freed");
        self.0.value
    }
}

// SAFETY: the words are the `Arc`'s pointer and the value; `from_words`
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

/// Runs `write` on one thread while another reads slot 0, then releases
/// everything the epoch held back.
fn race(initial: Vec<u64>, write: fn(&AtomicItems<Item>), allowed: &'static [u64]) {
    loom::model(move || {
        FreeThreaded::thread_starting();
        let list = Arc::new(AtomicItems::new(initial.iter().copied().map(Item::new).collect()));
        let writer = {
            let list = Arc::clone(&list);
            thread::spawn(move || write(&list))
        };
        if let Some(item) = list.get(0) {
            assert!(allowed.contains(&item.checked_value()), "read a value never stored");
        }
        writer.join().unwrap();
        drop(list);
        FreeThreaded::settle_deferred();
    });
}

#[test]
fn overwritten_item_outlives_its_readers() {
    race(vec![1], |list| assert!(list.set(0, Item::new(2)).is_ok()), &[1, 2]);
}

#[test]
fn popped_item_outlives_its_readers() {
    race(vec![1], |list| drop(list.pop()), &[1]);
}

#[test]
fn item_removed_from_the_middle_outlives_its_readers() {
    race(vec![1, 2], |list| drop(list.remove_with(|_| Ok::<_, ()>(0))), &[1, 2]);
}

#[test]
fn item_inserted_before_the_slot_read_is_never_torn() {
    race(vec![1], |list| list.insert_with(|_| 0, Item::new(2)), &[1, 2]);
}

#[test]
fn outgrown_buffer_outlives_its_readers() {
    race(vec![1], |list| list.push(Item::new(2)), &[1]);
}

#[test]
fn items_replaced_by_a_general_change_outlive_their_readers() {
    race(
        vec![1, 2],
        |list| {
            list.modify(|items| {
                items.reverse();
                items.pop();
            })
        },
        &[1, 2],
    );
}

/// A general change rebuilds the list on a copy, its length zero meanwhile:
/// `len` must report the length before or after the change, never that zero
/// (a slice resolved against it selected nothing, and `lst[0:2] = lst[0:2]`
/// deleted two items).
#[test]
fn length_during_a_general_change_is_one_the_list_had() {
    loom::model(|| {
        FreeThreaded::thread_starting();
        let list = Arc::new(AtomicItems::new(vec![Item::new(1), Item::new(2)]));
        let writer = {
            let list = Arc::clone(&list);
            thread::spawn(move || list.modify(|items| items.push(Item::new(3))))
        };
        let len = list.len();
        assert!(len == 2 || len == 3, "read a length the list never had: {len}");
        writer.join().unwrap();
        drop(list);
        FreeThreaded::settle_deferred();
    });
}
