//! The runtime seam: everything that differs between weft's GIL build and
//! its free-threaded build, as traits the VM is generic over.
//!
//! The VM (`weft-vm`) is written once against [`Runtime`] and names no
//! concrete runtime; each binary picks one (`weft` links `weft-runtime-gil`,
//! `weft-ft` links `weft-runtime-ft`) and monomorphisation produces one
//! interpreter loop per build. What lives behind the seam:
//!
//! - [`ObjectHeader`]: the reference count(s) at the head of every heap
//!   object — plain counts under a GIL, biased counts without one — and
//!   immortality.
//! - [`Storage`]: how the mutable contents of a container (list items, dict
//!   tables, instance attributes, cells) are read and written: directly under
//!   a GIL, under a per-object lock with lock-free reads without one.
//! - [`Items`]: a list's items, whose hot reads (indexing, iteration,
//!   `len`) take no lock without a GIL.
//! - [`OptimisticLock`]: the lock of contents the VM keeps in atomic words
//!   (dict tables), which readers read without taking it.
//! - [`Runtime`]'s thread-state hooks: attaching and detaching a thread
//!   around blocking calls, the eval breaker the loop polls, and stopping
//!   every other thread while the cycle collector runs.
//! - [`tracking`]: the lists of objects the cycle collector examines, with
//!   a lock ([`tracking::RawLock`]) that is nothing under a GIL.

pub mod tracking;

use tracking::{Lists, RawLock, Tracker};

/// A build of the runtime.
pub trait Runtime: Sized + Send + Sync + 'static {
    /// Shown by `sys._is_gil_enabled()`.
    const HAS_GIL: bool;
    /// The build's name, for `--version` and benchmark tables.
    const NAME: &'static str;

    type Header: ObjectHeader;
    type Storage<T: Send + Sync + 'static>: Storage<T>;
    type Items<T: Slot>: Items<T>;
    type OptimisticLock: OptimisticLock;
    /// The lock of the collector's tracked-object lists.
    type GcLock: RawLock;

    /// True when the interpreter loop must stop at its next check (a GIL
    /// drop request, a pending merge of biased counts, a stop-the-world
    /// request, work the VM asked for). The loop calls it on backward jumps
    /// and calls, so it must be cheap.
    fn eval_breaker() -> bool;

    /// Handles whatever set the eval breaker; true if that included a
    /// [`Runtime::request_eval_break`], whose work is the VM's to do.
    fn handle_eval_breaker() -> bool;

    /// Makes the calling thread's next eval-breaker check fire and
    /// `handle_eval_breaker` return true (a collection or finalizers are due).
    fn request_eval_break();

    /// Runs `work` while no other thread runs Python code: every attached
    /// thread has paused at an eval-breaker check, and threads detached
    /// around blocking calls are held from re-attaching. Queued biased
    /// counts are merged first, so every object's count is exact. Called
    /// only at a safe point of an attached thread; `work` must not run
    /// Python code. Under a GIL, holding it is already all of this.
    fn stop_the_world<T>(work: impl FnOnce() -> T) -> T;

    /// Every thread's tracked-object lists (see [`tracking`]).
    fn tracker() -> &'static Tracker<Self::GcLock>;

    /// The calling thread's lists, where the objects it allocates are tracked.
    fn thread_lists() -> &'static Lists<Self::GcLock>;

    /// Makes the calling OS thread one that runs Python code (under a GIL:
    /// waits for the GIL and takes it). Every thread calls it once before
    /// touching any object, and [`Runtime::exit_thread`] when done.
    fn attach_thread();

    /// The calling thread will run no more Python code: it gives up what it
    /// holds for good (the GIL, the objects it owns) and its statistics are
    /// recorded.
    fn exit_thread();

    /// Called by a thread that runs Python code just before it starts another
    /// OS thread that will attach. Until the first call there is one thread,
    /// and a runtime may skip the synchronisation only a second thread needs
    /// (the free-threaded build's storage locks): the new thread's start
    /// happens after this call, so it sees every unsynchronised write.
    fn thread_starting();

    /// `-X gil-stats` asked for statistics: start counting. Counting sits on
    /// hot paths (every reference-count operation without a GIL), so it is
    /// off unless asked for.
    fn enable_statistics();

    /// Runs the releases the runtime has put off — references other threads
    /// queued to this one, references to list items removed while another
    /// thread could have been reading them — as far as no thread can still
    /// need them. For exact counts: `sys.getrefcount`, live-object counts.
    fn settle_deferred();

    /// Labels the calling thread in the statistics (its Python name).
    fn label_thread(label: &str);

    /// Runs `blocking` with this thread detached from the runtime (the GIL
    /// released), so other threads run while it sleeps or waits for I/O.
    /// `blocking` must not touch Python objects.
    fn detached<T>(blocking: impl FnOnce() -> T) -> T;

    /// `sys.setswitchinterval`: how long a thread waits for the GIL before
    /// asking its holder to hand it over (seconds). Builds without a GIL keep
    /// the value for `getswitchinterval` only.
    fn set_switch_interval(seconds: f64);
    fn switch_interval() -> f64;

    /// What `-X gil-stats` prints at exit: how the GIL (or, without one, the
    /// reference counting) behaved over the run.
    fn statistics() -> String;
}

/// Frees the object whose header this is. The VM lays every object out with
/// its header first, so the header's address is the object's.
pub type Dealloc<H> = unsafe fn(std::ptr::NonNull<H>);

/// The runtime's part of every heap object: its reference count.
///
/// # Safety
///
/// Implementations must count exactly: every object is freed exactly once,
/// after its last reference is gone, and an immortal object never. Freeing
/// happens either by `decref` returning true (the caller frees at once) or,
/// for a count that reaches zero on another path (a biased count merged
/// later, on its owner's thread), by the runtime calling the `dealloc` that
/// `decref` was given.
pub unsafe trait ObjectHeader: Send + Sync + Sized + 'static {
    /// A header for a new object with one reference, owned by this thread.
    fn new() -> Self;
    /// A header for an object that is never counted and never freed.
    fn immortal() -> Self;
    fn incref(&self);
    /// Drops one reference; true when it was the last and the caller must
    /// free the object now. `dealloc` frees it if the last reference goes
    /// later, elsewhere.
    fn decref(&self, dealloc: Dealloc<Self>) -> bool;
    fn is_immortal(&self) -> bool;
    /// Stops counting this object: it lives until the process ends. Called
    /// only by the thread that created the object, before it is shared.
    fn make_immortal(&self);
    /// The current count, for `sys.getrefcount` and tests.
    fn count(&self) -> usize;
    /// The count reached zero (`decref` said free) but the object must live
    /// on to run its `__del__`: give it one reference again, owned by this
    /// thread. Nothing else refers to it.
    fn revive(&self);
}

/// The mutable contents of a container object.
///
/// The closures passed to `read` and `write` must not run Python code or
/// touch the same storage again: they see the contents while the runtime
/// guarantees exclusive (write) or consistent (read) access. Anything that
/// may call back into Python (`__eq__`, `__hash__`) happens outside, on
/// values copied out.
pub trait Storage<T>: Send + Sync + Sized {
    fn new(value: T) -> Self;
    fn read<U>(&self, read: impl FnOnce(&T) -> U) -> U;
    fn write<U>(&self, write: impl FnOnce(&mut T) -> U) -> U;
    /// The contents, when the caller owns the only reference (during freeing).
    fn into_inner(self) -> T;
}

/// The lock of contents kept in atomic words (a dict's table), which
/// readers read without taking it.
///
/// Writers hold it ([`OptimisticLock::write`]) while they change the words
/// with atomic stores. Readers call [`OptimisticLock::read`]: `load` copies
/// words out and may run more than once, concurrently with a writer, so it
/// must use only atomic loads, stay in bounds whatever it sees, and follow
/// no pointer it has not validated; `keep` runs once, on the words of a
/// consistent state, and turns them into references. Whatever a writer
/// unlinks that a reader may have loaded — a replaced table, its references
/// to removed keys and values — goes to [`OptimisticLock::retire`], which
/// drops it only after every `read` that could have loaded it has returned.
///
/// Under a GIL all of this is trivial: one thread at a time reads or writes.
pub trait OptimisticLock: Default + Send + Sync {
    /// Held while a writer changes the contents; dropping it publishes them.
    type Writing<'a>
    where
        Self: 'a;
    fn write(&self) -> Self::Writing<'_>;
    fn read<U, V>(&self, load: impl Fn() -> U, keep: impl FnOnce(U) -> V) -> V;
    fn retire<T: Send + 'static>(garbage: T);
}

/// A value a list can hold, written as two machine words so that a runtime
/// without a GIL can read list slots with plain atomic loads.
///
/// # Safety
///
/// `from_words(into_words(v))` must give back `v` (the words carry the
/// reference `v` held), and `clone_words` on the words of a value that is
/// still alive must return a new reference to it.
pub unsafe trait Slot: Clone + Send + Sync + 'static {
    fn into_words(self) -> [u64; 2];
    /// # Safety
    ///
    /// `words` came from `into_words`, and the reference they carry is
    /// taken over (each `into_words` is matched by one `from_words`).
    unsafe fn from_words(words: [u64; 2]) -> Self;
    /// # Safety
    ///
    /// `words` came from `into_words` of a value that is still alive.
    #[inline]
    unsafe fn clone_words(words: [u64; 2]) -> Self {
        // SAFETY: the caller guarantees the words are a live value's; the
        // borrowed value is cloned and never dropped, so its reference stays
        // with whoever holds the words.
        let borrowed = std::mem::ManuallyDrop::new(unsafe { Self::from_words(words) });
        (*borrowed).clone()
    }
}

/// A list's items. Every change is atomic; [`Items::len`] and [`Items::get`]
/// — the hot reads: indexing, iteration, `len` — take no lock in a runtime
/// without a GIL.
///
/// `modify` is the general change (sorting, inserting, slicing); it may copy
/// the items, so the operations that must stay O(1) have their own methods.
/// Like [`Storage`]'s closures, `modify`'s must not run Python code or touch
/// other storage.
pub trait Items<T: Slot>: Send + Sync + Sized {
    fn new(items: Vec<T>) -> Self;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The item at `index`, if there is one.
    fn get(&self, index: usize) -> Option<T>;
    /// Copies of the items in `start..end` (clamped to the length).
    fn range(&self, start: usize, end: usize) -> Vec<T>;
    /// Calls `visit` on each item without copying it (no reference is
    /// taken), for the cycle collector, which runs with the world stopped.
    fn visit(&self, visit: impl FnMut(&T));
    /// Copies of all the items, as one consistent snapshot.
    fn snapshot(&self) -> Vec<T> {
        self.range(0, usize::MAX)
    }
    fn push(&self, item: T);
    fn extend(&self, items: Vec<T>);
    /// The last item, removed.
    fn pop(&self) -> Option<T>;
    /// Replaces the item at `index`; gives `item` back if there is none.
    fn set(&self, index: usize, item: T) -> Result<(), T>;
    /// Inserts `item` at the position `at` picks from the current length
    /// (O(n), like `Vec::insert`, without copying the list).
    fn insert_with(&self, at: impl FnOnce(usize) -> usize, item: T);
    /// Removes the item at the position `at` picks from the current length,
    /// or gives back `at`'s error.
    fn remove_with<E>(&self, at: impl FnOnce(usize) -> Result<usize, E>) -> Result<T, E>;
    /// Overwrites the items at the positions `at` picks from the current
    /// length (valid ones, one per item) in place — a slice assignment that
    /// keeps the length, without copying the list. On `at`'s error the items
    /// come back with it.
    fn overwrite<E>(&self, at: impl FnOnce(usize) -> Result<Vec<usize>, E>, items: Vec<T>) -> Result<(), (E, Vec<T>)>;
    fn modify<U>(&self, change: impl FnOnce(&mut Vec<T>) -> U) -> U;
    /// Empties a list no other thread can reach (the cycle collector's
    /// garbage): its items come back at once, with nothing put off for
    /// readers that cannot exist.
    fn take_unreachable(&self) -> Vec<T>;
    /// The items, when the caller owns the only reference (during freeing).
    fn into_inner(self) -> Vec<T>;
}
