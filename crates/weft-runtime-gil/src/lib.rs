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

    #[inline]
    fn eval_breaker() -> bool {
        gil::drop_requested()
    }

    fn handle_eval_breaker() {
        if gil::drop_requested() && gil::holding() {
            gil::yield_to_waiter();
        }
    }

    fn attach_thread() {
        gil::take();
    }

    fn exit_thread() {
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
