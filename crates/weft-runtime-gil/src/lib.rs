//! The GIL runtime: one global interpreter lock serialises every thread
//! that runs Python code, so reference counts are plain integers and
//! container contents are read and written directly.
//!
//! Soundness rests on one invariant: a thread touches Python objects only
//! while it holds the GIL. Threads take it in [`Runtime::attach_thread`],
//! hand it over at the eval breaker when another thread has waited a switch
//! interval ([`gil`]), and drop it around every blocking call
//! ([`Runtime::detached`]).

mod cell;
mod count;
mod gil;
mod items;
mod stats;
mod unlocked;

use std::cell::Cell;

use weft_runtime::tracking::{Lists, RawLock, Tracker};
use weft_runtime::{Runtime, Slot};

pub use cell::GilCell;
pub use count::PlainCount;
pub use items::GilItems;
pub use unlocked::Unlocked;

/// The GIL build.
#[derive(Debug)]
pub struct Gil;

impl Runtime for Gil {
    const HAS_GIL: bool = true;
    const NAME: &'static str = "weft (GIL)";

    type Header = PlainCount;
    type Storage<T: Send + Sync + 'static> = GilCell<T>;
    type Items<T: Slot> = GilItems<T>;
    type OptimisticLock = Unlocked;
    type GcLock = NoLock;

    #[inline]
    fn eval_breaker() -> bool {
        gil::breaker_set()
    }

    fn handle_eval_breaker() -> bool {
        if gil::drop_requested() && gil::holding() {
            gil::yield_to_waiter();
        }
        gil::take_vm_request()
    }

    fn request_eval_break() {
        gil::request_vm_break();
    }

    fn stop_the_world<T>(work: impl FnOnce() -> T) -> T {
        // The caller holds the GIL: every other thread is waiting for it or
        // detached in a blocking call that touches no object.
        work()
    }

    fn tracker() -> &'static Tracker<NoLock> {
        &TRACKER
    }

    fn thread_lists() -> &'static Lists<NoLock> {
        THREAD_LISTS.with(|mine| TRACKER.thread_lists(mine))
    }

    fn attach_thread() {
        gil::take();
    }

    fn exit_thread() {
        if let Some(lists) = THREAD_LISTS.with(Cell::take) {
            TRACKER.thread_finished(lists);
        }
        stats::thread_finished();
        if gil::holding() {
            gil::release();
        }
    }

    fn label_thread(label: &str) {
        stats::label(label);
    }

    fn thread_starting() {}

    fn settle_deferred() {}

    fn enable_statistics() {}

    fn detached<T>(blocking: impl FnOnce() -> T) -> T {
        // Tolerate callers that are already detached (nested blocking helpers).
        if !gil::holding() {
            return blocking();
        }
        gil::release();
        let result = blocking();
        gil::take();
        result
    }

    fn set_switch_interval(seconds: f64) {
        gil::set_interval(seconds);
    }

    fn switch_interval() -> f64 {
        gil::interval()
    }

    fn statistics() -> String {
        stats::report()
    }
}

/// The collector's lists need no lock: only the GIL's holder touches them.
pub struct NoLock;

// SAFETY: every thread that locks holds the GIL, so no two are ever between
// `lock` and `unlock` at once.
unsafe impl RawLock for NoLock {
    const UNLOCKED: Self = NoLock;
    #[inline]
    fn lock(&self) {}
    #[inline]
    unsafe fn unlock(&self) {}
}

static TRACKER: Tracker<NoLock> = Tracker::new();

thread_local! {
    static THREAD_LISTS: Cell<Option<&'static Lists<NoLock>>> = const { Cell::new(None) };
}
