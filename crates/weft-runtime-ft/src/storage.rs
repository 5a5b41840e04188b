//! Container storage without a GIL: every access holds the object's own
//! lock (a one-word `parking_lot` reader-writer lock), so each operation on
//! a list, dict, set or attribute table is atomic, as in CPython's
//! free-threaded build. Readers share the lock: threads reading the same
//! module or class dict do not wait for each other (they still touch the
//! lock's word, which is the next thing to remove: see docs/architecture.md).
//!
//! Until a second thread is started there is nothing to exclude, and the
//! contents are read and written without touching the lock (the runtime's
//! single-threaded mode, see `threads::single_threaded`); a program that
//! never starts a thread pays nothing for the locks.
//!
//! Locks never nest: a thread holds at most one storage lock at a time (the
//! [`Storage`] contract keeps closures from touching other storage or
//! running Python code), so no two threads can wait on each other.
//! Debug builds assert it.

use std::cell::Cell;

use parking_lot::RwLock;
use weft_runtime::Storage;

use crate::threads;

#[derive(Debug)]
pub struct LockedCell<T> {
    value: RwLock<T>,
}

thread_local! {
    /// Debug builds: whether this thread holds a storage lock now.
    static HOLDING: Cell<bool> = const { Cell::new(false) };
}

struct Held;

impl Held {
    fn enter() -> Held {
        if cfg!(debug_assertions) {
            HOLDING.with(|holding| {
                assert!(!holding.get(), "container storage locks nest (one storage touched inside another)");
                holding.set(true);
            });
        }
        Held
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if cfg!(debug_assertions) {
            HOLDING.with(|holding| holding.set(false));
        }
    }
}

impl<T: Send + Sync> Storage<T> for LockedCell<T> {
    fn new(value: T) -> Self {
        LockedCell { value: RwLock::new(value) }
    }

    #[inline]
    fn read<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        let _held = Held::enter();
        if threads::single_threaded() {
            // SAFETY: no second thread has been started, so nothing else can
            // touch the contents; `Storage`'s contract (asserted by `Held`
            // in debug builds) rules out a `&mut` from this thread.
            return read(unsafe { &*self.value.data_ptr() });
        }
        read(&self.value.read())
    }

    #[inline]
    fn write<U>(&self, write: impl FnOnce(&mut T) -> U) -> U {
        let _held = Held::enter();
        if threads::single_threaded() {
            // SAFETY: as in `read`: one thread, and no other reference to the
            // contents while the closure runs.
            return write(unsafe { &mut *self.value.data_ptr() });
        }
        write(&mut self.value.write())
    }

    fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn concurrent_appends_are_all_kept() {
        threads::leave_single_threaded_mode();
        let cell = Arc::new(LockedCell::new(Vec::new()));
        let threads: Vec<_> = (0..4)
            .map(|k| {
                let cell = Arc::clone(&cell);
                std::thread::spawn(move || {
                    for i in 0..10_000 {
                        cell.write(|items| items.push((k, i)));
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("writer");
        }
        assert_eq!(cell.read(Vec::len), 40_000);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "nest")]
    fn nesting_is_caught_in_debug_builds() {
        let (a, b) = (LockedCell::new(0), LockedCell::new(0));
        a.read(|_| b.write(|value| *value += 1));
    }
}
