//! Where class attribute lookups found their names, remembered per thread:
//! CPython's type attribute cache, adapted. `obj.x`, `obj.method()` and
//! `Class(...)` each look a name up along a class's MRO — usually missing
//! in every namespace, each miss a hashed probe — and a hit here replaces
//! the walk with one entry check.
//!
//! An entry is keyed by the class and the name (both immortal, so their
//! addresses are never reused) and says "missing everywhere" or "at this
//! slot of this MRO entry's namespace". It is valid while no class
//! namespace has gained or lost a key since it was made: every such change
//! moves one global epoch (the namespace dicts are marked, so every path
//! that writes them is covered). Replacing a value keeps its slot, so a
//! valid entry reads the current value; the slot's key is still checked
//! against the name, which keeps a hit correct whatever the entry holds.
//!
//! Entries are per thread, so filling them needs no synchronisation on the
//! free-threaded build; the epoch is the only shared word.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Moves whenever any class namespace gains or loses a key.
static CLASS_KEYS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Called by a marked (class namespace) dict whose key set changed.
pub fn class_keys_changed() {
    CLASS_KEYS_EPOCH.fetch_add(1, Ordering::Release);
}

/// The current epoch: read it before a lookup whose result is to be cached,
/// so a change made during the lookup leaves the entry stale, not wrong.
#[inline]
pub fn epoch() -> u64 {
    CLASS_KEYS_EPOCH.load(Ordering::Acquire)
}

/// Where a name is along a class's MRO.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Missing,
    /// In the namespace of MRO entry `depth` (0: the class itself), at `slot`.
    At {
        depth: u32,
        slot: u32,
    },
}

#[derive(Clone, Copy)]
struct Entry {
    class: usize,
    name: usize,
    epoch: u64,
    place: Place,
    /// Further facts about the pair, for the attribute fast paths (see
    /// `types::plain_attribute`); 0 when not computed.
    facts: u8,
}

const EMPTY: Entry = Entry { class: 0, name: 0, epoch: 0, place: Place::Missing, facts: 0 };
const BITS: u32 = 10;

thread_local! {
    static ENTRIES: [Cell<Entry>; 1 << BITS] = const { [const { Cell::new(EMPTY) }; 1 << BITS] };
}

#[inline]
fn index(class: usize, name: usize) -> usize {
    let mixed = ((class >> 4) ^ (name >> 3).rotate_left(17)) as u64;
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS)) as usize
}

/// The cached place of `name` (an object address) in `class`'s MRO, if
/// an entry made at `epoch` has it.
#[inline]
pub fn get(class: usize, name: usize, epoch: u64) -> Option<Place> {
    get_with_facts(class, name, epoch).map(|(place, _)| place)
}

/// [`get`], with the facts stored beside the place (0: none stored).
#[inline]
pub fn get_with_facts(class: usize, name: usize, epoch: u64) -> Option<(Place, u8)> {
    ENTRIES.with(|entries| {
        let entry = entries[index(class, name)].get();
        (entry.class == class && entry.name == name && entry.epoch == epoch).then_some((entry.place, entry.facts))
    })
}

/// Remembers where a lookup made at `epoch` found `name`.
#[inline]
pub fn put(class: usize, name: usize, epoch: u64, place: Place) {
    put_with_facts(class, name, epoch, place, 0);
}

/// [`put`], with facts valid at the same epoch.
#[inline]
pub fn put_with_facts(class: usize, name: usize, epoch: u64, place: Place, facts: u8) {
    ENTRIES.with(|entries| entries[index(class, name)].set(Entry { class, name, epoch, place, facts }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_holds_until_the_epoch_moves() {
        let (class, name) = (0x1000, 0x2000);
        let start = epoch();
        put(class, name, start, Place::At { depth: 1, slot: 3 });
        assert_eq!(get(class, name, start), Some(Place::At { depth: 1, slot: 3 }));
        assert_eq!(get(class, 0x2010, start), None, "another name");
        assert_eq!(get(0x1010, name, start), None, "another class");
        class_keys_changed();
        assert_eq!(get(class, name, epoch()), None, "a key set changed since");
    }

    #[test]
    fn entries_are_per_thread() {
        let start = epoch();
        put(0x3000, 0x4000, start, Place::Missing);
        let seen = std::thread::spawn(move || get(0x3000, 0x4000, start)).join().unwrap();
        assert_eq!(seen, None);
    }
}
