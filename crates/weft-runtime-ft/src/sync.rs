//! The synchronisation the runtime's lock-free protocols use — atomics,
//! the list mutex, epoch pins — from `loom` when the crate is built for
//! model checking (`RUSTFLAGS="--cfg loom --cfg crossbeam_loom"`), so the
//! same code runs under the model and in the product.

#[cfg(loom)]
pub use loom::sync::atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering, fence};
#[cfg(not(loom))]
pub use std::sync::atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering, fence};

/// A mutex with `parking_lot`'s shape (no poisoning).
#[derive(Debug, Default)]
pub struct Mutex<T> {
    #[cfg(not(loom))]
    inner: parking_lot::Mutex<T>,
    #[cfg(loom)]
    inner: loom::sync::Mutex<T>,
}

#[cfg(not(loom))]
pub type MutexGuard<'a, T> = parking_lot::MutexGuard<'a, T>;
#[cfg(loom)]
pub type MutexGuard<'a, T> = loom::sync::MutexGuard<'a, T>;

impl<T> Mutex<T> {
    pub fn new(value: T) -> Mutex<T> {
        #[cfg(not(loom))]
        let inner = parking_lot::Mutex::new(value);
        #[cfg(loom)]
        let inner = loom::sync::Mutex::new(value);
        Mutex { inner }
    }

    pub fn lock(&self) -> MutexGuard<'_, T> {
        #[cfg(not(loom))]
        return self.inner.lock();
        #[cfg(loom)]
        return self.inner.lock().expect("no thread panics holding it");
    }
}

/// Pins this thread's epoch (the process-wide collector; under loom, one
/// collector per model run, as loom requires).
#[cfg(not(loom))]
pub fn pin() -> crossbeam_epoch::Guard {
    crossbeam_epoch::pin()
}

#[cfg(loom)]
pub fn pin() -> crossbeam_epoch::Guard {
    loom::lazy_static! {
        static ref COLLECTOR: crossbeam_epoch::Collector = crossbeam_epoch::Collector::new();
    }
    loom::thread_local! {
        static HANDLE: crossbeam_epoch::LocalHandle = COLLECTOR.register();
    }
    HANDLE.with(crossbeam_epoch::LocalHandle::pin)
}

/// One turn of a spin-wait (under loom, a yield, so the model lets the
/// thread being waited for run).
#[inline]
pub fn spin_wait() {
    #[cfg(not(loom))]
    std::hint::spin_loop();
    #[cfg(loom)]
    loom::thread::yield_now();
}
