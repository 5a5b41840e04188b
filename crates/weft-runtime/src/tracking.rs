//! Where the cycle collector finds the objects it may have to free.
//!
//! Every object that can take part in a reference cycle (containers,
//! instances of Python classes, functions, …) is *tracked*: listed in one of
//! the [`GENERATIONS`] lists of some thread's [`Lists`]. An object joins the
//! youngest list of the thread that allocates it and leaves its list when it
//! is freed; a collection takes whole generations out of every thread's
//! lists and puts the survivors back one generation older, as CPython's
//! generational collector does.
//!
//! Lists are per thread so that allocation does not contend: without a GIL
//! each list has its own lock ([`RawLock`]), which only a thread freeing
//! another thread's object ever waits for; under a GIL the lock is nothing.
//! Lists outlive their threads (a finished thread's objects stay listed) and
//! are handed to the next thread that starts, so there are only ever as many
//! as threads that ran at once.
//!
//! The per-object part is [`GcLinks`]: which lists the object is in and its
//! position there (a list is a vector; removal moves the last entry into the
//! hole and updates its position). Both words change only under their
//! list's lock or while the collector has the world stopped.

use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// Young, middle-aged and old, as in CPython.
pub const GENERATIONS: usize = 3;

/// The object is in the collector's hands (taken out of its list); the
/// position bits are its index in the collector's vector.
const COLLECTING: usize = 1 << 63;
/// The object's class had a `__del__` when the object was made.
const HAS_FINALIZER: usize = 1 << 62;
/// Its `__del__` has run (it runs once, as PEP 442 says).
const FINALIZED: usize = 1 << 61;
/// An instance's attribute dict that Python code has seen (`__dict__`);
/// CPython counts such dicts as objects of their own.
const EXPOSED: usize = 1 << 60;
const FLAGS: usize = COLLECTING | HAS_FINALIZER | FINALIZED | EXPOSED;
const GENERATION_SHIFT: u32 = 58;
const POSITION: usize = (1 << GENERATION_SHIFT) - 1;

/// A lock the runtime may make a no-op (under a GIL nothing needs one).
///
/// # Safety
///
/// Between `lock` and `unlock` no other thread may be between its own
/// `lock` and `unlock` of the same lock, unless the runtime guarantees by
/// other means (a GIL) that such threads never run at once.
pub unsafe trait RawLock: Send + Sync + 'static {
    const UNLOCKED: Self;
    fn lock(&self);
    /// # Safety
    ///
    /// The calling thread holds the lock.
    unsafe fn unlock(&self);
}

/// The tracking words at the head of every object.
#[derive(Debug)]
pub struct GcLinks {
    /// The `Lists` the object is in; null for an untracked object.
    lists: AtomicPtr<()>,
    /// Flags, generation and position.
    slot: AtomicUsize,
}

impl GcLinks {
    pub const fn untracked() -> GcLinks {
        GcLinks { lists: AtomicPtr::new(std::ptr::null_mut()), slot: AtomicUsize::new(0) }
    }

    pub fn is_tracked(&self) -> bool {
        !self.lists.load(Ordering::Relaxed).is_null()
    }

    fn flags(&self) -> usize {
        self.slot.load(Ordering::Relaxed) & FLAGS
    }

    fn place(&self, generation: usize, position: usize) {
        let flags = self.flags() & !COLLECTING;
        self.slot.store(flags | generation << GENERATION_SHIFT | position, Ordering::Relaxed);
    }

    /// The object's index in the collector's vector, if the collector holds it.
    #[inline]
    pub fn collecting_index(&self) -> Option<usize> {
        let slot = self.slot.load(Ordering::Relaxed);
        (slot & COLLECTING != 0).then_some(slot & POSITION)
    }

    /// True if the object's `__del__` is still to run.
    #[inline]
    pub fn finalizer_due(&self) -> bool {
        self.flags() & (HAS_FINALIZER | FINALIZED) == HAS_FINALIZER
    }

    pub fn is_exposed(&self) -> bool {
        self.flags() & EXPOSED != 0
    }
}

/// One thread's tracked objects, by generation.
pub struct Lists<L: RawLock> {
    lock: L,
    generations: UnsafeCell<[Vec<NonNull<GcLinks>>; GENERATIONS]>,
}

// SAFETY: the vectors are touched only under `lock` (see `with`), and the
// pointers in them are to objects that any thread may free.
unsafe impl<L: RawLock> Sync for Lists<L> {}
// SAFETY: as for Sync.
unsafe impl<L: RawLock> Send for Lists<L> {}

type Generations = [Vec<NonNull<GcLinks>>; GENERATIONS];

impl<L: RawLock> Lists<L> {
    fn with<T>(&self, work: impl FnOnce(&mut Generations) -> T) -> T {
        self.lock.lock();
        // SAFETY: the lock is held, so no other thread touches the vectors;
        // `work` is one of this module's few-line closures, which never re-enter.
        let result = work(unsafe { &mut *self.generations.get() });
        // SAFETY: locked just above.
        unsafe { self.lock.unlock() };
        result
    }

    /// Lists `links`'s object in the youngest generation; returns how many
    /// young objects this list now holds (the collector's trigger).
    pub fn track(&'static self, links: &GcLinks, has_finalizer: bool) -> usize {
        self.with(|generations| {
            let young = &mut generations[0];
            let flags = if has_finalizer { HAS_FINALIZER } else { 0 };
            links.slot.store(flags | young.len(), Ordering::Relaxed);
            links.lists.store(self as *const Lists<L> as *mut (), Ordering::Relaxed);
            young.push(NonNull::from(links));
            young.len()
        })
    }

    pub fn young_len(&self) -> usize {
        self.with(|generations| generations[0].len())
    }
}

/// The lists `links` is in.
///
/// # Safety
///
/// `links` is tracked in lists of lock type `L`.
unsafe fn lists_of<L: RawLock>(links: &GcLinks) -> &'static Lists<L> {
    // SAFETY: the pointer was stored by `Lists::track` from a `&'static Lists<L>`.
    unsafe { &*links.lists.load(Ordering::Relaxed).cast::<Lists<L>>() }
}

/// Removes an object from its list (if it is in one: objects the collector
/// holds are in none): it is being freed, or made immortal.
///
/// # Safety
///
/// `links` belongs to an object that is being freed or that no other thread
/// can reach yet, tracked (if at all) in lists of lock type `L`.
pub unsafe fn untrack<L: RawLock>(links: &GcLinks) {
    if !links.is_tracked() {
        return;
    }
    // SAFETY: tracked, by this function's contract.
    let lists = unsafe { lists_of::<L>(links) };
    lists.with(|generations| {
        let slot = links.slot.load(Ordering::Relaxed);
        if slot & COLLECTING != 0 {
            return;
        }
        links.lists.store(std::ptr::null_mut(), Ordering::Relaxed);
        let generation = &mut generations[(slot & !FLAGS) >> GENERATION_SHIFT];
        let position = slot & POSITION;
        generation.swap_remove(position);
        if let Some(moved) = generation.get(position) {
            // SAFETY: listed objects are alive (freeing one unlists it first).
            unsafe { moved.as_ref() }.place((slot & !FLAGS) >> GENERATION_SHIFT, position);
        }
    });
}

/// Puts an object the collector took back into its lists, at `generation`.
///
/// # Safety
///
/// `links` was taken by [`Tracker::take`] from lists of lock type `L`, and
/// its object is alive.
pub unsafe fn restore<L: RawLock>(links: NonNull<GcLinks>, generation: usize) {
    // SAFETY: the caller's contract.
    let lists = unsafe { lists_of::<L>(links.as_ref()) };
    lists.with(|generations| {
        let list = &mut generations[generation];
        // SAFETY: as above.
        unsafe { links.as_ref() }.place(generation, list.len());
        list.push(links);
    });
}

/// Sets a flag of an object its lists' lock guards.
///
/// # Safety
///
/// As for [`untrack`]; the object is alive.
unsafe fn set_flag<L: RawLock>(links: &GcLinks, flag: usize) {
    if !links.is_tracked() {
        return;
    }
    // SAFETY: tracked, by the caller's contract.
    let lists = unsafe { lists_of::<L>(links) };
    lists.with(|_| links.slot.fetch_or(flag, Ordering::Relaxed));
}

/// Records that the object's `__del__` has run (or is about to).
///
/// # Safety
///
/// As for [`untrack`]; the object is alive.
pub unsafe fn mark_finalized<L: RawLock>(links: &GcLinks) {
    // SAFETY: forwarded.
    unsafe { set_flag::<L>(links, FINALIZED) }
}

/// Records that Python code has seen an instance's attribute dict.
///
/// # Safety
///
/// As for [`untrack`]; the object is alive.
pub unsafe fn mark_exposed<L: RawLock>(links: &GcLinks) {
    if links.flags() & EXPOSED == 0 {
        // SAFETY: forwarded.
        unsafe { set_flag::<L>(links, EXPOSED) }
    }
}

/// Every thread's lists, and the objects whose `__del__` is due.
pub struct Tracker<L: RawLock> {
    all: Mutex<Vec<&'static Lists<L>>>,
    /// Lists of finished threads, for the next thread to start.
    idle: Mutex<Vec<&'static Lists<L>>>,
    finalizers: Mutex<Vec<Finalizable>>,
}

/// An object whose last reference went while its `__del__` had not run: it
/// was revived with one reference, which this entry holds.
struct Finalizable(NonNull<GcLinks>);

// SAFETY: the entry holds a reference to an object of a runtime whose
// objects may be used from any thread.
unsafe impl Send for Finalizable {}

fn locked<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Every critical section here is a push or a pop: a panic cannot leave
    // the vectors half-updated.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<L: RawLock> Default for Tracker<L> {
    fn default() -> Self {
        Self::new()
    }
}

impl<L: RawLock> Tracker<L> {
    pub const fn new() -> Tracker<L> {
        Tracker { all: Mutex::new(Vec::new()), idle: Mutex::new(Vec::new()), finalizers: Mutex::new(Vec::new()) }
    }

    /// Lists for a thread that starts allocating: a finished thread's, or new ones.
    pub fn lists_for_thread(&self) -> &'static Lists<L> {
        if let Some(lists) = locked(&self.idle).pop() {
            return lists;
        }
        let lists: &'static Lists<L> =
            Box::leak(Box::new(Lists { lock: L::UNLOCKED, generations: UnsafeCell::new(Default::default()) }));
        locked(&self.all).push(lists);
        lists
    }

    /// The lists in a thread's `mine` cell, given out on first use.
    pub fn thread_lists(&self, mine: &Cell<Option<&'static Lists<L>>>) -> &'static Lists<L> {
        mine.get().unwrap_or_else(|| {
            let lists = self.lists_for_thread();
            mine.set(Some(lists));
            lists
        })
    }

    /// The thread using `lists` has finished.
    pub fn thread_finished(&self, lists: &'static Lists<L>) {
        locked(&self.idle).push(lists);
    }

    /// How many objects each generation holds, over all threads.
    pub fn lengths(&self) -> [usize; GENERATIONS] {
        let mut lengths = [0; GENERATIONS];
        for lists in locked(&self.all).iter() {
            lists.with(|generations| {
                for (length, generation) in lengths.iter_mut().zip(generations.iter()) {
                    *length += generation.len();
                }
            });
        }
        lengths
    }

    /// Takes every object of generations `0..=oldest` out of every list and
    /// numbers them by their index in the returned vector.
    ///
    /// # Safety
    ///
    /// No other thread allocates or frees tracked objects until each taken
    /// object has been [`restore`]d or is held by the caller (the world is
    /// stopped).
    pub unsafe fn take(&self, oldest: usize) -> Vec<NonNull<GcLinks>> {
        let mut taken = Vec::new();
        for lists in locked(&self.all).iter() {
            lists.with(|generations| {
                for generation in &mut generations[..=oldest] {
                    taken.append(generation);
                }
            });
        }
        number(&taken);
        taken
    }

    /// Queues an object revived for its `__del__` (its one reference goes with it).
    pub fn defer_finalizer(&self, links: NonNull<GcLinks>) {
        locked(&self.finalizers).push(Finalizable(links));
    }

    /// The objects queued by [`Tracker::defer_finalizer`], each carrying its reference.
    pub fn take_finalizers(&self) -> Vec<NonNull<GcLinks>> {
        std::mem::take(&mut *locked(&self.finalizers)).into_iter().map(|entry| entry.0).collect()
    }
}

/// Marks `objects` as the collector's, each numbered by its index.
///
/// `objects` are out of every list (taken, or held by the collector), so no
/// other thread writes their slots.
pub fn number(objects: &[NonNull<GcLinks>]) {
    for (index, links) in objects.iter().enumerate() {
        // SAFETY: the collector's objects are alive while it holds them.
        let links = unsafe { links.as_ref() };
        links.slot.store(links.flags() | COLLECTING | index, Ordering::Relaxed);
    }
}

/// Marks an object the collector holds as finalized (no lock: it is in no list).
pub fn mark_collected_finalized(links: &GcLinks) {
    debug_assert!(links.collecting_index().is_some());
    links.slot.fetch_or(FINALIZED, Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoLock;
    // SAFETY: the tests touch each list from one thread only.
    unsafe impl RawLock for NoLock {
        const UNLOCKED: Self = NoLock;
        fn lock(&self) {}
        unsafe fn unlock(&self) {}
    }

    fn positions(links: &[Box<GcLinks>]) -> Vec<usize> {
        links.iter().map(|l| l.slot.load(Ordering::Relaxed) & POSITION).collect()
    }

    #[test]
    fn untracking_moves_the_last_entry_into_the_hole() {
        let tracker: &'static Tracker<NoLock> = Box::leak(Box::new(Tracker::new()));
        let lists = tracker.lists_for_thread();
        let links: Vec<Box<GcLinks>> = (0..4).map(|_| Box::new(GcLinks::untracked())).collect();
        for (i, l) in links.iter().enumerate() {
            assert_eq!(lists.track(l, false), i + 1);
        }
        // SAFETY: tracked in `NoLock` lists above.
        unsafe { untrack::<NoLock>(&links[1]) };
        assert_eq!(positions(&links), vec![0, 1, 2, 1]);
        assert_eq!(tracker.lengths(), [3, 0, 0]);
        // SAFETY: nothing else uses these lists.
        let taken = unsafe { tracker.take(0) };
        assert_eq!(taken.len(), 3);
        assert_eq!(links[3].collecting_index(), Some(1));
        // An object the collector holds is in no list: freeing it touches none.
        // SAFETY: as above.
        unsafe { untrack::<NoLock>(&links[3]) };
        for (i, l) in [&links[0], &links[2]].into_iter().enumerate() {
            // SAFETY: taken above, and alive.
            unsafe { restore::<NoLock>(NonNull::from(&**l), 1) };
            assert_eq!(l.collecting_index(), None);
            assert_eq!(l.slot.load(Ordering::Relaxed) & POSITION, i);
        }
        assert_eq!(tracker.lengths(), [0, 2, 0]);
    }

    #[test]
    fn finalizer_flags_survive_moves() {
        let tracker: &'static Tracker<NoLock> = Box::leak(Box::new(Tracker::new()));
        let lists = tracker.lists_for_thread();
        let first = GcLinks::untracked();
        let second = GcLinks::untracked();
        lists.track(&first, false);
        lists.track(&second, true);
        assert!(second.finalizer_due());
        // SAFETY: tracked above.
        unsafe { untrack::<NoLock>(&first) };
        assert!(second.finalizer_due(), "moving an entry kept its flags");
        // SAFETY: tracked above.
        unsafe { mark_finalized::<NoLock>(&second) };
        assert!(!second.finalizer_due());
    }
}
