//! The table behind `dict`, `set` and `frozenset`: entries kept in
//! insertion order (with holes where entries were deleted), and a hash index
//! into them.
//!
//! Key comparison may run Python code (`__eq__`), which must not happen
//! while the table is borrowed. So the table itself never compares keys
//! beyond identity: lookups return the candidate entries whose hash matches,
//! and the caller compares them outside (see `crate::ops::dict`).

use hashbrown::HashTable;
use weft_runtime::Runtime;

use crate::value::Value;

pub struct Entry<R: Runtime> {
    pub hash: i64,
    pub key: Value<R>,
    pub value: Value<R>,
}

pub struct DictTable<R: Runtime> {
    entries: Vec<Option<Entry<R>>>,
    index: HashTable<usize>,
    len: usize,
    /// Bumped on every change of the key set, so a lookup that compared keys
    /// outside the table can tell whether the table changed meanwhile.
    pub version: u64,
}

impl<R: Runtime> Default for DictTable<R> {
    fn default() -> Self {
        DictTable { entries: Vec::new(), index: HashTable::new(), len: 0, version: 0 }
    }
}

impl<R: Runtime> DictTable<R> {
    pub fn with_capacity(capacity: usize) -> Self {
        DictTable {
            entries: Vec::with_capacity(capacity),
            index: HashTable::with_capacity(capacity),
            len: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entry positions whose hash equals `hash`, to compare keys against.
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let entries = &self.entries;
        self.index
            .iter_hash(hash as u64)
            .copied()
            .filter(move |&slot| entries[slot].as_ref().is_some_and(|entry| entry.hash == hash))
    }

    pub fn entry(&self, slot: usize) -> Option<&Entry<R>> {
        self.entries.get(slot).and_then(Option::as_ref)
    }

    pub fn entry_mut(&mut self, slot: usize) -> Option<&mut Entry<R>> {
        self.entries.get_mut(slot).and_then(Option::as_mut)
    }

    /// Appends a new key (the caller has checked it is absent).
    pub fn push(&mut self, hash: i64, key: Value<R>, value: Value<R>) {
        let slot = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, slot, |&s| entries[s].as_ref().map_or(0, |e| e.hash as u64));
        self.len += 1;
        self.version += 1;
    }

    /// Removes the entry at `slot`, returning it.
    pub fn remove(&mut self, slot: usize) -> Option<Entry<R>> {
        let entry = self.entries.get_mut(slot)?.take()?;
        if let Ok(found) = self.index.find_entry(entry.hash as u64, |&s| s == slot) {
            found.remove();
        }
        self.len -= 1;
        self.version += 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(entry)
    }

    /// Drops the holes left by deletions, keeping order.
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        self.index.clear();
        for (slot, entry) in self.entries.iter().enumerate() {
            let hash = entry.as_ref().map_or(0, |e| e.hash as u64);
            let entries = &self.entries;
            self.index.insert_unique(hash, slot, |&s| entries[s].as_ref().map_or(0, |e| e.hash as u64));
        }
    }

    pub fn clear(&mut self) -> Vec<Entry<R>> {
        self.index.clear();
        self.len = 0;
        self.version += 1;
        self.entries.drain(..).flatten().collect()
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry<R>> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after position `from`, for iterators that
    /// walk the table one step at a time.
    pub fn next_from(&self, from: usize) -> Option<(usize, &Entry<R>)> {
        self.entries.iter().enumerate().skip(from).find_map(|(i, entry)| entry.as_ref().map(|e| (i, e)))
    }

    /// Removes and returns the last entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<Entry<R>> {
        let slot = self.entries.iter().rposition(Option::is_some)?;
        self.remove(slot)
    }
}
