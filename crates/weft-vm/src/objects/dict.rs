//! The table behind `dict` — and so behind every namespace: globals,
//! class attributes, instance attributes — whose reads take no lock on the
//! free-threaded build.
//!
//! The layout is CPython's compact dict: entries (hash, key, value) appended
//! in insertion order, and an open-addressed index of entry positions that
//! a key's hash probes. Every word is atomic, so that a reader without a
//! GIL can load them while a writer (holding the dict's
//! [`OptimisticLock`]) stores them; under a GIL the atomics compile to plain
//! loads and stores.
//!
//! What makes reads safe without the lock:
//!
//! - An entry's hash and key are written once, before the index slot that
//!   leads to the entry is published (release/acquire), and never change
//!   within a [`Layout`]: a reader that reaches an entry through the index
//!   sees its key whole, and may compare it (a str's text) while it probes.
//! - Values change in place; a reader keeps a value only if the lock's
//!   sequence check says no writer intervened (see [`OptimisticLock`]).
//! - Removal leaves the entry's words in place (its value marked empty, its
//!   index slot a dummy), and a table that fills up is rebuilt into a new
//!   [`Layout`], swapped in whole. References to removed keys and values,
//!   and replaced layouts, are retired through the lock: a reader still
//!   looking at them finds them alive.
//!
//! Key comparison that runs Python code (`__eq__`) never happens here: the
//! table compares keys only through the caller's `matches`, which answers
//! `None` when Python code is needed, and the caller then compares copied
//! keys outside (see `crate::ops::dict`).

use std::alloc;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering};

use weft_runtime::{OptimisticLock, Runtime, Slot};

use crate::value::{NO_VALUE_WORDS, Value};

/// Index slot values: never used, and used by an entry since removed.
const EMPTY: u32 = 0;
const DUMMY: u32 = u32::MAX;
const MIN_INDEX_SIZE: usize = 8;
/// The smallest index of a layout sized for a known count (two entries).
const EXACT_MIN_INDEX_SIZE: usize = 4;
const PERTURB_SHIFT: u32 = 5;

struct EntryWords {
    hash: AtomicU64,
    key: [AtomicU64; 2],
    value: [AtomicU64; 2],
}

#[inline]
fn load_words(words: &[AtomicU64; 2]) -> [u64; 2] {
    [words[0].load(Ordering::Relaxed), words[1].load(Ordering::Relaxed)]
}

#[inline]
fn store_words(words: &[AtomicU64; 2], value: [u64; 2]) {
    words[0].store(value[0], Ordering::Relaxed);
    words[1].store(value[1], Ordering::Relaxed);
}

/// One generation of the table; a full one is replaced, never reused. It
/// is one allocation — this header, then the index, then the entries — so
/// making a dict costs one allocation, and a lookup goes from the header to
/// the index and the entry without loading another pointer.
#[repr(C)]
struct Layout {
    /// Entries appended so far, removed ones included.
    used: AtomicUsize,
    index_len: usize,
    capacity: usize,
}

/// Owns a [`Layout`]'s allocation (what `Box<Layout>` would be, were the
/// layout's size known to the type).
struct LayoutBox(NonNull<Layout>);

// SAFETY: a layout is atomics only; the box owns its allocation alone.
unsafe impl Send for LayoutBox {}

impl Layout {
    /// A layout for `len` entries with room to grow, as CPython sizes a
    /// resized dict (index three times the entries, two thirds usable).
    fn for_len(len: usize) -> LayoutBox {
        let index_size = (len * 3).next_power_of_two().max(MIN_INDEX_SIZE);
        Layout::sized(index_size, index_size * 2 / 3)
    }

    /// A layout with room for exactly `capacity` entries and the smallest
    /// index that keeps a third of its slots empty (a probe must always
    /// reach an empty slot).
    fn exact(capacity: usize) -> LayoutBox {
        let index_size = (capacity * 3).div_ceil(2).next_power_of_two().max(EXACT_MIN_INDEX_SIZE);
        Layout::sized(index_size, capacity)
    }

    /// The allocation for a layout of these sizes, and where its entries start.
    fn allocation(index_len: usize, capacity: usize) -> (alloc::Layout, usize) {
        let header = alloc::Layout::new::<Layout>();
        let index = alloc::Layout::array::<AtomicU32>(index_len).expect("a dict index fits in memory");
        let entries = alloc::Layout::array::<EntryWords>(capacity).expect("dict entries fit in memory");
        let (with_index, _) = header.extend(index).expect("a dict layout fits in memory");
        let (whole, entries_at) = with_index.extend(entries).expect("a dict layout fits in memory");
        (whole.pad_to_align(), entries_at)
    }

    fn sized(index_len: usize, capacity: usize) -> LayoutBox {
        const { assert!(EMPTY == 0) };
        let (allocation, _) = Layout::allocation(index_len, capacity);
        // SAFETY: the allocation has a non-zero size (the header's at least).
        // Zeroed is what a fresh layout holds: atomic integers are valid at
        // any bits, the index is all EMPTY, and nothing reads an entry
        // before an insertion writes it (readers reach entries through the
        // index or below `used`, both published after the entry is written).
        let memory = unsafe { alloc::alloc_zeroed(allocation) }.cast::<Layout>();
        let Some(header) = NonNull::new(memory) else { alloc::handle_alloc_error(allocation) };
        // SAFETY: the memory is ours, aligned and large enough for the header.
        unsafe { header.write(Layout { used: AtomicUsize::new(0), index_len, capacity }) };
        LayoutBox(header)
    }

    /// `EMPTY`, `DUMMY`, or an entry position plus one, per index slot.
    #[inline]
    fn index(&self) -> &[AtomicU32] {
        // SAFETY: the index follows the header in the layout's allocation
        // (see `allocation`), `index_len` slots long, initialized (zeroed).
        unsafe {
            let start = std::ptr::from_ref(self).add(1).cast::<AtomicU32>();
            std::slice::from_raw_parts(start, self.index_len)
        }
    }

    /// Where the entries start: right after the index (what `allocation`
    /// computes, without its overflow checks, which passed when the layout
    /// was made). No padding is needed: the header's size is a multiple of
    /// the entries' alignment, and so is an index of an even number of slots.
    #[inline]
    fn entries_at(&self) -> usize {
        const { assert!(size_of::<Layout>().is_multiple_of(align_of::<EntryWords>())) };
        const { assert!((2 * size_of::<AtomicU32>()).is_multiple_of(align_of::<EntryWords>())) };
        size_of::<Layout>() + self.index_len * size_of::<AtomicU32>()
    }

    #[inline]
    fn entries(&self) -> &[EntryWords] {
        let entries_at = self.entries_at();
        debug_assert_eq!(entries_at, Layout::allocation(self.index_len, self.capacity).1);
        // SAFETY: the entries sit at `entries_at` in the layout's allocation,
        // `capacity` of them, initialized (zeroed, then written).
        unsafe {
            let start = std::ptr::from_ref(self).cast::<u8>().add(entries_at).cast::<EntryWords>();
            std::slice::from_raw_parts(start, self.capacity)
        }
    }

    /// The index positions `hash` probes (see [`Probe`]).
    fn probe(&self, hash: i64) -> Probe {
        let mask = self.index().len() - 1;
        Probe { mask, position: hash as u64 as usize & mask, perturb: hash as u64, left: self.index().len() + 64 }
    }

    /// The first entry on `hash`'s probe path whose hash it is and that
    /// `visit` accepts (`Some`). The acquire load of each index slot makes
    /// the entry's hash and key, written before the slot was published,
    /// visible.
    #[inline]
    fn search<T>(&self, hash: i64, mut visit: impl FnMut(usize, &EntryWords) -> Option<T>) -> Option<T> {
        for position in self.probe(hash) {
            let slot = match self.index()[position].load(Ordering::Acquire) {
                EMPTY => return None,
                DUMMY => continue,
                found => (found - 1) as usize,
            };
            if let Some(entry) = self.entries().get(slot)
                && entry.hash.load(Ordering::Relaxed) == hash as u64
                && let Some(found) = visit(slot, entry)
            {
                return Some(found);
            }
        }
        None
    }

    /// The first index position on `hash`'s path that holds `wanted`.
    fn position_of(&self, hash: i64, wanted: u32) -> Option<usize> {
        self.probe(hash).find(|&position| self.index()[position].load(Ordering::Relaxed) == wanted)
    }

    /// The entries appended so far (as a reader may see them, bounded).
    fn appended(&self) -> &[EntryWords] {
        let used = self.used.load(Ordering::Acquire);
        let entries = self.entries();
        &entries[..used.min(entries.len())]
    }
}

impl LayoutBox {
    /// Gives up ownership, for the table's pointer.
    fn into_raw(self) -> *mut Layout {
        let raw = self.0.as_ptr();
        std::mem::forget(self);
        raw
    }

    /// Takes back ownership of a pointer [`LayoutBox::into_raw`] gave.
    ///
    /// # Safety
    ///
    /// `raw` came from `into_raw` and is owned by no one else.
    unsafe fn from_raw(raw: *mut Layout) -> LayoutBox {
        // SAFETY: `into_raw` pointers are never null.
        LayoutBox(unsafe { NonNull::new_unchecked(raw) })
    }
}

impl std::ops::Deref for LayoutBox {
    type Target = Layout;

    fn deref(&self) -> &Layout {
        // SAFETY: the box owns a live, initialized layout.
        unsafe { self.0.as_ref() }
    }
}

impl Drop for LayoutBox {
    fn drop(&mut self) {
        let (allocation, _) = Layout::allocation(self.index_len, self.capacity);
        // SAFETY: the memory came from `alloc_zeroed` with this allocation
        // (the sizes it was made with are in its header), and is freed once.
        unsafe { alloc::dealloc(self.0.as_ptr().cast(), allocation) };
    }
}

/// The index positions a hash probes, CPython's sequence: it visits every
/// position once the perturbation has shifted out. Bounded, so that a
/// reader looking at a table mid-change still stops.
struct Probe {
    mask: usize,
    position: usize,
    perturb: u64,
    left: usize,
}

impl Iterator for Probe {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        self.left = self.left.checked_sub(1)?;
        let position = self.position;
        self.perturb >>= PERTURB_SHIFT;
        self.position = (position * 5 + self.perturb as usize + 1) & self.mask;
        Some(position)
    }
}

/// Where a key's probe ended.
enum Located {
    /// At this entry position, whose value had these words.
    At(usize, [u64; 2]),
    Missing,
    /// An entry's key needs Python code to compare.
    NeedsPython,
}

/// What a reader's lookup found.
pub enum Found<R: Runtime> {
    Value(Value<R>),
    Missing,
    NeedsPython,
}

/// Where a writer found a key.
pub enum Position {
    At(usize),
    Absent,
    /// A key with the same hash needs Python code to compare.
    NeedsPython,
}

/// What an iterator's step found.
pub enum Step<R: Runtime> {
    /// The entry at this position, and its key and value.
    Entry(usize, Value<R>, Value<R>),
    End,
    /// The dict's length is no longer the one the iterator started with.
    SizeChanged,
}

/// The top bit of a table's version marks a class namespace (the count
/// lives in the other 63 bits, which no program exhausts).
const CLASS_NAMESPACE: u64 = 1 << 63;

pub struct DictTable<R: Runtime> {
    lock: R::OptimisticLock,
    /// Null until the first insertion.
    layout: AtomicPtr<Layout>,
    len: AtomicUsize,
    /// Bumped on every change of the key set, so a lookup that compared keys
    /// outside the table can tell whether the table changed meanwhile.
    version: AtomicU64,
    /// The table owns the references its entries' words encode.
    values: PhantomData<Value<R>>,
}

impl<R: Runtime> DictTable<R> {
    /// An empty table with room for `capacity` entries before it grows: a
    /// dict made from entries counted beforehand (an instance's attributes
    /// leaving shape form) is built once, at its size, instead of at
    /// CPython's minimum of five entries.
    pub fn with_capacity(capacity: usize) -> Self {
        let table = DictTable::default();
        if capacity > 0 {
            table.layout.store(Layout::exact(capacity).into_raw(), Ordering::Relaxed);
        }
        table
    }
}

impl<R: Runtime> Default for DictTable<R> {
    fn default() -> Self {
        DictTable {
            lock: R::OptimisticLock::default(),
            layout: AtomicPtr::new(std::ptr::null_mut()),
            len: AtomicUsize::new(0),
            version: AtomicU64::new(0),
            values: PhantomData,
        }
    }
}

/// Borrows the value some words encode, without taking a reference.
///
/// # Safety
///
/// The words must be a live value's (its reference held by someone who
/// keeps it until the borrow ends).
#[inline]
unsafe fn borrow<R: Runtime>(words: [u64; 2]) -> ManuallyDrop<Value<R>> {
    // SAFETY: forwarded; the borrow is never dropped, so no reference is
    // released.
    ManuallyDrop::new(unsafe { Value::from_words(words) })
}

impl<R: Runtime> DictTable<R> {
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Relaxed)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// Marks this table as a class's namespace: from now on a change of its
    /// key set also moves the class attribute caches' epoch.
    pub fn mark_class_namespace(&self) {
        // Under the write lock, as every change of the version is (writers
        // change it with a plain load and store).
        self.write(|_| {
            let version = self.version.load(Ordering::Relaxed);
            self.version.store(version | CLASS_NAMESPACE, Ordering::Release);
        });
    }

    /// The current layout, for a reader inside the lock's `read` or a writer.
    #[inline]
    fn layout(&self) -> Option<&Layout> {
        // SAFETY: a layout is freed only by `retire` after it was replaced,
        // and callers are inside `read` (which keeps retired garbage alive
        // until it returns), hold the write lock (nothing else replaces it)
        // or run with the world stopped (no writer runs at all); the dict
        // itself is alive while `self` is borrowed.
        unsafe { self.layout.load(Ordering::Acquire).as_ref() }
    }

    /// Follows `hash`'s probe path, asking `matches` about each key with
    /// that hash. Safe to run concurrently with a writer (see the module
    /// documentation): keys reached through the index are whole and alive.
    #[inline]
    fn locate(&self, hash: i64, matches: &impl Fn(&Value<R>) -> Option<bool>) -> Located {
        let Some(layout) = self.layout() else { return Located::Missing };
        let found = layout.search(hash, |slot, entry| {
            // SAFETY: the key was written before the index slot was
            // published and never changes; its reference is released only
            // through `retire`, so it is alive while this lookup runs.
            let key = unsafe { borrow::<R>(load_words(&entry.key)) };
            match matches(&key) {
                Some(true) => Some(Located::At(slot, load_words(&entry.value))),
                Some(false) => None,
                None => Some(Located::NeedsPython),
            }
        });
        found.unwrap_or(Located::Missing)
    }

    /// The value of the key `matches` accepts, without taking a lock.
    pub fn find(&self, hash: i64, matches: impl Fn(&Value<R>) -> Option<bool>) -> Found<R> {
        self.lock.read(
            || self.locate(hash, &matches),
            |located| match located {
                Located::At(_, words) if words == NO_VALUE_WORDS => Found::Missing,
                // SAFETY: `read` hands over the words of a consistent state,
                // whose value is alive until it returns.
                Located::At(_, words) => Found::Value(unsafe { Value::clone_words(words) }),
                Located::Missing => Found::Missing,
                Located::NeedsPython => Found::NeedsPython,
            },
        )
    }

    /// Copies of the keys whose hash is `hash`, with their positions and the
    /// version they hold for, to compare outside.
    pub fn candidates(&self, hash: i64) -> (u64, Vec<(usize, Value<R>)>) {
        self.lock.read(
            || {
                let version = self.version.load(Ordering::Relaxed);
                let Some(layout) = self.layout() else { return (version, Vec::new()) };
                let mut slots = Vec::new();
                layout.search(hash, |slot, entry| {
                    slots.push((slot, load_words(&entry.key)));
                    None::<()>
                });
                (version, slots)
            },
            |(version, slots)| {
                let keys = slots.into_iter().map(|(slot, words)| {
                    // SAFETY: consistent words of live keys (see `find`).
                    (slot, unsafe { Value::clone_words(words) })
                });
                (version, keys.collect())
            },
        )
    }

    /// The value of the entry at `slot` if that entry is live and its key
    /// is `key` itself (these words): a name cache's check, which needs no
    /// version — keys are written once per layout, and a rebuilt layout
    /// puts other keys at the slot or none.
    #[inline]
    pub fn value_at_key(&self, slot: usize, key: [u64; 2]) -> Option<Value<R>> {
        self.lock.read(
            || self.words_at(slot),
            |words| {
                let (found, value) = words?;
                // SAFETY: consistent words of a live value (see `find`).
                (found == key && value != NO_VALUE_WORDS).then(|| unsafe { Value::clone_words(value) })
            },
        )
    }

    /// The value of the live entry at `slot` if its key passes `is_key` (a
    /// class attribute cache's check by text, for names that are not objects).
    pub fn value_at_matching(&self, slot: usize, is_key: impl Fn(&Value<R>) -> bool) -> Option<Value<R>> {
        self.lock.read(
            || self.words_at(slot),
            |words| {
                let (key, value) = words?;
                if value == NO_VALUE_WORDS {
                    return None;
                }
                // SAFETY: consistent words of a live entry (see `find`): the
                // key is alive while this read runs, and only borrowed.
                let key = unsafe { borrow::<R>(key) };
                // SAFETY: as above, for the value, which is cloned.
                is_key(&key).then(|| unsafe { Value::clone_words(value) })
            },
        )
    }

    /// The key and value words of the entry at `slot`, for a reader inside `read`.
    #[inline]
    fn words_at(&self, slot: usize) -> Option<([u64; 2], [u64; 2])> {
        let entry = self.layout().and_then(|l| l.appended().get(slot))?;
        Some((load_words(&entry.key), load_words(&entry.value)))
    }

    /// [`DictTable::find`] that also says where it found the value (for a
    /// name cache); None when missing or when Python code is needed.
    pub fn find_slot(&self, hash: i64, matches: impl Fn(&Value<R>) -> Option<bool>) -> Option<(usize, Value<R>)> {
        self.lock.read(
            || self.locate(hash, &matches),
            |located| match located {
                Located::At(slot, words) if words != NO_VALUE_WORDS => {
                    // SAFETY: as in `find`: consistent words of a live value.
                    Some((slot, unsafe { Value::clone_words(words) }))
                }
                _ => None,
            },
        )
    }

    /// The value at `slot`, if the table is still at `version`.
    pub fn value_at(&self, slot: usize, version: u64) -> Option<Option<Value<R>>> {
        self.lock.read(
            || {
                let current = self.version.load(Ordering::Relaxed) == version;
                let words = self.layout().and_then(|l| l.appended().get(slot)).map(|e| load_words(&e.value));
                (current, words)
            },
            |(current, words)| {
                current.then(|| {
                    // SAFETY: consistent words of a live value (see `find`).
                    words.filter(|w| *w != NO_VALUE_WORDS).map(|words| unsafe { Value::clone_words(words) })
                })
            },
        )
    }

    /// Every live entry, in insertion order, as one consistent snapshot.
    pub fn entries(&self) -> Vec<(Value<R>, Value<R>)> {
        self.lock.read(
            || {
                let Some(layout) = self.layout() else { return Vec::new() };
                layout
                    .appended()
                    .iter()
                    .map(|e| (load_words(&e.key), load_words(&e.value)))
                    .filter(|(_, value)| *value != NO_VALUE_WORDS)
                    .collect::<Vec<_>>()
            },
            |words| {
                words
                    .into_iter()
                    // SAFETY: consistent words of live entries (see `find`).
                    .map(|(key, value)| unsafe { (Value::clone_words(key), Value::clone_words(value)) })
                    .collect()
            },
        )
    }

    /// Calls `visit` on every live key and value, borrowed, for the cycle
    /// collector: the world is stopped, so no writer runs and nothing is
    /// loaded that could be retired meanwhile (no epoch pin is needed).
    pub fn visit(&self, mut visit: impl FnMut(&Value<R>)) {
        let Some(layout) = self.layout() else { return };
        for entry in layout.appended() {
            let value = load_words(&entry.value);
            if value != NO_VALUE_WORDS {
                // SAFETY: a live entry's words carry the table's references,
                // which stay put while no writer runs.
                unsafe {
                    visit(&borrow::<R>(load_words(&entry.key)));
                    visit(&borrow::<R>(value));
                }
            }
        }
    }

    /// The first live entry at or after position `from`, for an iterator
    /// that started when the dict had `len` entries.
    pub fn next_from(&self, from: usize, len: usize) -> Step<R> {
        self.lock.read(
            || {
                if self.len.load(Ordering::Relaxed) != len {
                    return Err(());
                }
                let Some(layout) = self.layout() else { return Ok(None) };
                let appended = layout.appended();
                Ok(appended.get(from..).unwrap_or_default().iter().enumerate().find_map(|(offset, e)| {
                    let value = load_words(&e.value);
                    (value != NO_VALUE_WORDS).then(|| (from + offset, load_words(&e.key), value))
                }))
            },
            |found| match found {
                Err(()) => Step::SizeChanged,
                Ok(None) => Step::End,
                // SAFETY: consistent words of a live entry (see `find`).
                Ok(Some((at, key, value))) => unsafe {
                    Step::Entry(at, Value::clone_words(key), Value::clone_words(value))
                },
            },
        )
    }

    /// Runs `change` as the one writer.
    pub fn write<U>(&self, change: impl FnOnce(&mut DictWriter<'_, R>) -> U) -> U {
        let _writing = self.lock.write();
        change(&mut DictWriter { table: self })
    }
}

/// The one thread changing a table (it holds the lock).
///
/// What a change unlinks — references to removed keys and values, replaced
/// layouts — goes to `retire` once the table is consistent again: under a
/// GIL, or with one thread, that drops it at once.
pub struct DictWriter<'a, R: Runtime> {
    table: &'a DictTable<R>,
}

impl<R: Runtime> DictWriter<'_, R> {
    pub fn version(&self) -> u64 {
        self.table.version.load(Ordering::Relaxed)
    }

    /// The position of the key `matches` accepts.
    pub fn locate(&self, hash: i64, matches: impl Fn(&Value<R>) -> Option<bool>) -> Position {
        match self.table.locate(hash, &matches) {
            Located::At(slot, _) => Position::At(slot),
            Located::Missing => Position::Absent,
            Located::NeedsPython => Position::NeedsPython,
        }
    }

    // Writers hold the table's lock (or the GIL), so counters they alone
    // change take a load and a store, not a locked read-modify-write.
    fn bump_version(&self) {
        let before = self.table.version.load(Ordering::Relaxed);
        self.table.version.store(before + 1, Ordering::Release);
        if before & CLASS_NAMESPACE != 0 {
            crate::class_cache::class_keys_changed();
        }
    }

    /// Appends a new key (the caller has checked it is absent); returns its slot.
    pub fn insert(&mut self, hash: i64, key: Value<R>, value: Value<R>) -> usize {
        let layout = self.room_for_one();
        let slot = layout.used.load(Ordering::Relaxed);
        let entry = &layout.entries()[slot];
        entry.hash.store(hash as u64, Ordering::Relaxed);
        store_words(&entry.key, key.into_words());
        store_words(&entry.value, value.into_words());
        layout.used.store(slot + 1, Ordering::Release);
        let free = layout.position_of(hash, EMPTY).expect("a layout's index always has empty slots");
        // Publishes the entry's words to readers that reach it by the index.
        layout.index()[free].store(slot as u32 + 1, Ordering::Release);
        self.table.len.store(self.table.len.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
        self.bump_version();
        slot
    }

    /// Replaces the value at `slot` (a live entry's position).
    pub fn replace(&mut self, slot: usize, value: Value<R>) {
        let layout = self.table.layout().expect("a live entry has a layout");
        let words = &layout.entries()[slot].value;
        let old = load_words(words);
        store_words(words, value.into_words());
        // SAFETY: the old words were the table's reference to the old value,
        // no longer in any slot; it is taken once, here.
        R::OptimisticLock::retire(unsafe { Value::<R>::from_words(old) });
    }

    /// Replaces the value at `slot` if that entry is live and its key is
    /// `key` itself (a name cache's store); else gives `value` back.
    pub fn replace_at_key(&mut self, slot: usize, key: [u64; 2], value: Value<R>) -> Result<(), Value<R>> {
        let live = self
            .table
            .layout()
            .and_then(|l| l.appended().get(slot))
            .is_some_and(|entry| load_words(&entry.key) == key && load_words(&entry.value) != NO_VALUE_WORDS);
        if !live {
            return Err(value);
        }
        self.replace(slot, value);
        Ok(())
    }

    /// Removes the entry at `slot`, giving back its key and value.
    pub fn remove(&mut self, slot: usize) -> Option<(Value<R>, Value<R>)> {
        let layout = self.table.layout()?;
        let entry = layout.appended().get(slot)?;
        let value = load_words(&entry.value);
        if value == NO_VALUE_WORDS {
            return None;
        }
        let hash = entry.hash.load(Ordering::Relaxed) as i64;
        if let Some(position) = layout.position_of(hash, slot as u32 + 1) {
            layout.index()[position].store(DUMMY, Ordering::Relaxed);
        }
        store_words(&entry.value, NO_VALUE_WORDS);
        self.table.len.store(self.table.len.load(Ordering::Relaxed) - 1, Ordering::Relaxed);
        self.bump_version();
        // SAFETY: the entry's words carried the table's references to its
        // key and value; the entry is now empty, so they are taken once, here.
        let (key, value) = unsafe { (Value::<R>::from_words(load_words(&entry.key)), Value::<R>::from_words(value)) };
        let handed = (key.clone(), value.clone());
        R::OptimisticLock::retire((key, value));
        Some(handed)
    }

    /// Removes and returns the last entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<(Value<R>, Value<R>)> {
        let layout = self.table.layout()?;
        let last = layout.appended().iter().rposition(|e| load_words(&e.value) != NO_VALUE_WORDS)?;
        self.remove(last)
    }

    /// Empties a table no other thread can reach (the cycle collector's
    /// garbage): what it held is released at once, not retired.
    pub fn clear_unreachable(&mut self) -> Vec<Value<R>> {
        let old = self.table.layout.swap(std::ptr::null_mut(), Ordering::AcqRel);
        self.table.len.store(0, Ordering::Relaxed);
        self.bump_version();
        if old.is_null() {
            return Vec::new();
        }
        // SAFETY: the layout came from `LayoutBox::into_raw`, is no longer
        // reachable from the table, and no reader can hold it (nothing can
        // reach the dict).
        let old = unsafe { LayoutBox::from_raw(old) };
        take_live::<R>(&old)
    }

    /// Empties the table.
    pub fn clear(&mut self) {
        let old = self.table.layout.swap(std::ptr::null_mut(), Ordering::AcqRel);
        self.table.len.store(0, Ordering::Relaxed);
        self.bump_version();
        if old.is_null() {
            return;
        }
        // SAFETY: the layout came from `LayoutBox::into_raw` and is no longer
        // reachable from the table; readers that loaded it are covered by
        // retiring it (below, after the lock is released).
        let old = unsafe { LayoutBox::from_raw(old) };
        R::OptimisticLock::retire(take_live::<R>(&old));
        R::OptimisticLock::retire(old);
    }

    /// The layout, rebuilt first if it has no free entry.
    fn room_for_one(&mut self) -> &Layout {
        let full = self.table.layout().is_none_or(|l| l.used.load(Ordering::Relaxed) == l.entries().len());
        if full {
            self.rebuild();
        }
        self.table.layout().expect("just built")
    }

    /// Moves the live entries, in order, into a new layout sized for them
    /// plus growth, and swaps it in.
    fn rebuild(&mut self) {
        let len = self.table.len.load(Ordering::Relaxed);
        let fresh = Layout::for_len(len + 1);
        if let Some(old) = self.table.layout() {
            let live = old.appended().iter().filter(|e| load_words(&e.value) != NO_VALUE_WORDS);
            for (slot, entry) in live.enumerate() {
                let hash = entry.hash.load(Ordering::Relaxed);
                let to = &fresh.entries()[slot];
                to.hash.store(hash, Ordering::Relaxed);
                store_words(&to.key, load_words(&entry.key));
                store_words(&to.value, load_words(&entry.value));
                let free = fresh.position_of(hash as i64, EMPTY).expect("a fresh index has room for every entry");
                fresh.index()[free].store(slot as u32 + 1, Ordering::Relaxed);
            }
            fresh.used.store(len, Ordering::Relaxed);
        }
        // Release: readers that load the new layout see its words.
        let old = self.table.layout.swap(fresh.into_raw(), Ordering::AcqRel);
        if !old.is_null() {
            // SAFETY: the old layout came from `LayoutBox::into_raw` and is no
            // longer reachable from the table. Its words are copies: the
            // references moved to the new layout, so dropping it releases none.
            R::OptimisticLock::retire(unsafe { LayoutBox::from_raw(old) });
        }
    }
}

/// Takes the references of a layout's live entries (keys and values).
fn take_live<R: Runtime>(layout: &Layout) -> Vec<Value<R>> {
    let live = layout.appended().iter().filter(|e| load_words(&e.value) != NO_VALUE_WORDS);
    // SAFETY: each live entry's words carry the table's references to its
    // key and value, taken once, here (the layout is being discarded).
    live.flat_map(|e| unsafe { [Value::from_words(load_words(&e.key)), Value::from_words(load_words(&e.value))] })
        .collect()
}

impl<R: Runtime> Drop for DictTable<R> {
    fn drop(&mut self) {
        let layout = *self.layout.get_mut();
        if !layout.is_null() {
            // SAFETY: the table is being dropped, so no reader or writer can
            // reach the layout; it came from `LayoutBox::into_raw`.
            let layout = unsafe { LayoutBox::from_raw(layout) };
            for entry in layout.appended().iter().filter(|e| load_words(&e.value) != NO_VALUE_WORDS) {
                // SAFETY: a live entry's words carry the table's references
                // to its key and value, released once, here (nothing else
                // can reach the layout any more).
                unsafe {
                    drop(Value::<R>::from_words(load_words(&entry.key)));
                    drop(Value::<R>::from_words(load_words(&entry.value)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use weft_runtime_gil::Gil;

    use super::*;

    #[test]
    fn exact_layouts_hold_their_count_and_keep_a_third_of_the_index_empty() {
        for capacity in 1..300 {
            let layout = Layout::exact(capacity);
            assert_eq!(layout.entries().len(), capacity);
            assert!(layout.index().len().is_power_of_two());
            assert!(capacity * 3 <= layout.index().len() * 2, "capacity {capacity}: index {}", layout.index().len());
        }
    }

    #[test]
    fn a_table_sized_ahead_finds_every_key_after_growing_past_its_size() {
        let table = DictTable::<Gil>::with_capacity(2);
        for key in 0..40 {
            table.write(|t| t.insert(key, Value::Int(key), Value::Int(key * 10)));
        }
        assert_eq!(table.len(), 40);
        for key in 0..40 {
            let found = table.find(key, |candidate| Some(matches!(candidate, Value::Int(k) if *k == key)));
            assert!(matches!(found, Found::Value(Value::Int(v)) if v == key * 10), "key {key}");
        }
    }
}
