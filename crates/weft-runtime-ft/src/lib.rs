//! The free-threaded runtime: no GIL. Threads run Python code in parallel;
//! reference counts are biased towards the thread that created each object
//! ([`biased`]), container storage is guarded by a lock per object
//! ([`storage`]), and objects dropped by a thread that does not own them are
//! merged by their owner at its eval breaker ([`threads`]).

pub mod biased;
mod items;
mod seqlock;
mod stats;
pub mod storage;
mod sync;
mod threads;

use std::cell::Cell;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::lock_api::RawMutex as _;
use weft_runtime::tracking::{Lists, RawLock, Tracker};
use weft_runtime::{Dealloc, ObjectHeader, Runtime, Slot};

pub use biased::BiasedCount;
pub use items::AtomicItems;
pub use seqlock::SeqLock;
pub use storage::LockedCell;

/// The free-threaded build.
#[derive(Debug)]
pub struct FreeThreaded;

/// Kept only so `sys.getswitchinterval` returns what was set.
static SWITCH_INTERVAL_MICROS: AtomicU64 = AtomicU64::new(5_000);

impl Runtime for FreeThreaded {
    const HAS_GIL: bool = false;
    const NAME: &'static str = "weft-ft (free-threaded)";

    type Header = BiasedCount;
    type Storage<T: Send + Sync + 'static> = LockedCell<T>;
    type Items<T: Slot> = AtomicItems<T>;
    type OptimisticLock = SeqLock;
    type GcLock = ListLock;

    #[inline]
    fn eval_breaker() -> bool {
        threads::merge_pending()
    }

    fn handle_eval_breaker() -> bool {
        threads::handle_eval_breaker()
    }

    fn request_eval_break() {
        threads::request_vm_break();
    }

    fn stop_the_world<T>(work: impl FnOnce() -> T) -> T {
        threads::stop_the_world(work)
    }

    fn tracker() -> &'static Tracker<ListLock> {
        &TRACKER
    }

    fn thread_lists() -> &'static Lists<ListLock> {
        THREAD_LISTS.with(|mine| TRACKER.thread_lists(mine))
    }

    fn attach_thread() {
        threads::attach();
    }

    fn exit_thread() {
        threads::exit();
        if let Some(lists) = THREAD_LISTS.with(Cell::take) {
            TRACKER.thread_finished(lists);
        }
    }

    fn label_thread(_label: &str) {}

    fn thread_starting() {
        threads::leave_single_threaded_mode();
    }

    fn settle_deferred() {
        threads::merge_queued();
        seqlock::settle_retired();
    }

    fn enable_statistics() {
        stats::enable();
    }

    fn detached<T>(blocking: impl FnOnce() -> T) -> T {
        threads::detach();
        let result = blocking();
        threads::reattach();
        result
    }

    fn set_switch_interval(seconds: f64) {
        SWITCH_INTERVAL_MICROS.store((seconds * 1e6).round().max(1.0) as u64, Ordering::Relaxed);
    }

    fn switch_interval() -> f64 {
        SWITCH_INTERVAL_MICROS.load(Ordering::Relaxed) as f64 / 1e6
    }

    fn statistics() -> String {
        stats::report()
    }
}

// SAFETY: `BiasedCount` frees each object exactly once (see its module's
// invariant); queued objects are freed only through `dealloc`, by the merge.
unsafe impl ObjectHeader for BiasedCount {
    #[inline]
    fn new() -> Self {
        BiasedCount::new(threads::current())
    }

    fn immortal() -> Self {
        BiasedCount::immortal()
    }

    // Immortal objects (classes, module-level functions, interned names,
    // constants) are checked first: for them the thread id — a
    // thread-local read — and the statistics flag are never needed.
    #[inline(always)]
    fn incref(&self) {
        if BiasedCount::is_immortal(self) {
            return;
        }
        let local = BiasedCount::incref(self, threads::current());
        if stats::enabled() {
            stats::counted(local);
        }
    }

    #[inline(always)]
    fn decref(&self, dealloc: Dealloc<Self>) -> bool {
        if BiasedCount::is_immortal(self) {
            return false;
        }
        let me = threads::current();
        if stats::enabled() {
            stats::counted(self.owner() == me);
        }
        match BiasedCount::decref(self, me) {
            biased::Release::Keep => false,
            biased::Release::Free => true,
            biased::Release::Queue { owner } => {
                threads::enqueue(owner, NonNull::from(self), dealloc);
                false
            }
        }
    }

    fn is_immortal(&self) -> bool {
        BiasedCount::is_immortal(self)
    }

    fn make_immortal(&self) {
        BiasedCount::make_immortal(self);
    }

    fn count(&self) -> usize {
        BiasedCount::count(self)
    }

    fn revive(&self) {
        BiasedCount::revive(self, threads::current());
    }
}

/// The lock of a thread's tracked-object lists: taken by that thread when
/// it allocates or frees, by others only when they free its objects.
/// Skipped, like storage locks, until a second thread starts.
pub struct ListLock(parking_lot::RawMutex);

// SAFETY: a real mutex once a second thread exists; before that there is
// one thread, which never nests `lock` (the lists' closures do not re-enter).
unsafe impl RawLock for ListLock {
    const UNLOCKED: Self = ListLock(parking_lot::RawMutex::INIT);

    #[inline]
    fn lock(&self) {
        if !threads::single_threaded() {
            self.0.lock();
        }
    }

    #[inline]
    unsafe fn unlock(&self) {
        if !threads::single_threaded() {
            // SAFETY: the caller holds the lock (taken in `lock`: the mode
            // cannot change between the two, as only a thread holding no
            // list lock starts a second thread).
            unsafe { self.0.unlock() };
        }
    }
}

static TRACKER: Tracker<ListLock> = Tracker::new();

thread_local! {
    static THREAD_LISTS: Cell<Option<&'static Lists<ListLock>>> = const { Cell::new(None) };
}
