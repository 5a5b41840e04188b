//! The table behind `set` and `frozenset`, laid out exactly as CPython lays
//! out its sets, because a set prints and iterates in table order: a program
//! that prints `{3, 1, 2}` must see `{1, 2, 3}`, as under CPython.
//!
//! The rules (CPython's `Objects/setobject.c`): a power-of-two table of
//! slots, at least 8; a key starts at `hash & mask` and probes the next 9
//! slots, then jumps by `i = i*5 + 1 + perturb` with `perturb >>= 5`;
//! deleted keys leave a dummy; the table grows (to 4× the live count, 2×
//! past 50,000) once 3/5 of it is filled.
//!
//! Comparing keys may run Python code, so the table never does it: a lookup
//! returns the slots on a key's probe path whose hash matches, and the
//! caller compares them outside (see `crate::ops::set`).

use weft_runtime::Runtime;

use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

pub enum Slot<R: Runtime> {
    Empty,
    /// A deleted key: probing continues past it, and insertion may reuse it.
    Dummy,
    Active {
        hash: i64,
        key: Value<R>,
    },
}

pub struct SetTable<R: Runtime> {
    slots: Vec<Slot<R>>,
    /// Active and dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` looks first.
    finger: usize,
    /// Bumped whenever slots change, so a caller that compared keys outside
    /// can tell the table moved under it.
    pub version: u64,
}

/// Where a key's probe path led: the slots with a matching hash to compare,
/// and where the key would be inserted if none is equal.
pub struct Probe {
    pub candidates: Vec<usize>,
    pub insert_at: usize,
    /// True if `insert_at` is an empty slot (rather than a dummy to reuse).
    pub insert_fills: bool,
}

impl<R: Runtime> Default for SetTable<R> {
    fn default() -> Self {
        SetTable { slots: empty_slots(MIN_SIZE), fill: 0, used: 0, finger: 0, version: 0 }
    }
}

fn empty_slots<R: Runtime>(size: usize) -> Vec<Slot<R>> {
    std::iter::repeat_with(|| Slot::Empty).take(size).collect()
}

impl<R: Runtime> SetTable<R> {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Follows `hash`'s probe path to its first empty slot.
    pub fn probe(&self, hash: i64) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut candidates = Vec::new();
        let mut free = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for slot in i..=i + probes {
                match &self.slots[slot] {
                    Slot::Empty => {
                        let (insert_at, insert_fills) = free.map_or((slot, true), |dummy| (dummy, false));
                        return Probe { candidates, insert_at, insert_fills };
                    }
                    Slot::Dummy => {
                        free.get_or_insert(slot);
                    }
                    Slot::Active { hash: h, .. } if *h == hash => candidates.push(slot),
                    Slot::Active { .. } => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn key_at(&self, slot: usize) -> Option<&Value<R>> {
        match self.slots.get(slot) {
            Some(Slot::Active { key, .. }) => Some(key),
            _ => None,
        }
    }

    /// Inserts a key known to be absent where `probe` said.
    pub fn insert(&mut self, probe: &Probe, hash: i64, key: Value<R>) {
        self.slots[probe.insert_at] = Slot::Active { hash, key };
        self.used += 1;
        self.version += 1;
        if probe.insert_fills {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(if self.used > 50_000 { self.used * 2 } else { self.used * 4 });
            }
        }
    }

    /// Removes the key at `slot`, leaving a dummy.
    pub fn remove(&mut self, slot: usize) -> Option<Value<R>> {
        match std::mem::replace(&mut self.slots[slot], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                self.version += 1;
                Some(key)
            }
            other => {
                self.slots[slot] = other;
                None
            }
        }
    }

    /// Rebuilds the table with room for `min_used` keys, dropping dummies.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(size));
        self.fill = self.used;
        self.version += 1;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// Places a key in a table known to hold no equal key and no dummies.
    fn insert_clean(&mut self, hash: i64, key: Value<R>) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for slot in i..=i + probes {
                if matches!(self.slots[slot], Slot::Empty) {
                    self.slots[slot] = Slot::Active { hash, key };
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Copies all of `other` into this table, which is empty, the way
    /// CPython's `set_merge` does (table and all when the sizes agree), so
    /// a copy iterates in the original's order.
    pub fn copy_from(&mut self, other: &SetTable<R>) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            for (mine, theirs) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Active { hash, key } = theirs {
                    *mine = Slot::Active { hash: *hash, key: key.clone() };
                }
            }
        } else {
            for (hash, key) in other.entries() {
                self.insert_clean(hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.version += 1;
    }

    /// Makes room for `extra` more keys at once, as CPython does before a
    /// bulk update.
    pub fn reserve(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Live keys with their hashes, in table order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value<R>)> {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// The first live key at or after `from`, for iterators.
    pub fn next_from(&self, from: usize) -> Option<(usize, &Value<R>)> {
        self.slots.iter().enumerate().skip(from).find_map(|(i, slot)| match slot {
            Slot::Active { key, .. } => Some((i, key)),
            _ => None,
        })
    }

    /// `set.pop()`: the key at or after the finger, wrapping around.
    pub fn pop(&mut self) -> Option<Value<R>> {
        if self.used == 0 {
            return None;
        }
        let size = self.slots.len();
        let mut i = self.finger & self.mask();
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i = (i + 1) % size;
        }
        self.finger = i + 1;
        self.remove(i)
    }

    pub fn clear(&mut self) -> Vec<Value<R>> {
        let old = std::mem::replace(&mut self.slots, empty_slots(MIN_SIZE));
        self.fill = 0;
        self.used = 0;
        self.version += 1;
        old.into_iter()
            .filter_map(|slot| match slot {
                Slot::Active { key, .. } => Some(key),
                _ => None,
            })
            .collect()
    }
}
