//! The GIL runtime: one global interpreter lock serialises every thread
//! that runs Python code, so reference counts are plain integers and
//! container contents are read and written directly.
//!
//! Soundness rests on one invariant: a thread touches Python objects only
//! while it holds the GIL. Threads arrive in a later issue; until then the
//! process has one thread, which holds the GIL from start to end.

use std::cell::{Cell, UnsafeCell};

use weft_runtime::{ObjectHeader, Runtime, Storage};

/// The GIL build.
#[derive(Debug)]
pub struct Gil;

impl Runtime for Gil {
    const HAS_GIL: bool = true;
    const NAME: &'static str = "weft (GIL)";

    type Header = PlainCount;
    type Storage<T: Send + 'static> = GilCell<T>;

    #[inline]
    fn eval_breaker() -> bool {
        false
    }

    fn handle_eval_breaker() {}

    fn detached<T>(blocking: impl FnOnce() -> T) -> T {
        blocking()
    }
}

/// Counts above this mean "immortal": such objects are never counted.
const IMMORTAL: u32 = u32::MAX;

/// A non-atomic reference count.
#[derive(Debug)]
pub struct PlainCount {
    count: Cell<u32>,
}

// SAFETY: the count is only read or written by the thread holding the GIL,
// so no two threads ever access it at once.
unsafe impl Sync for PlainCount {}
// SAFETY: as above; moving a header between threads is fine because every
// access happens under the GIL.
unsafe impl Send for PlainCount {}

// SAFETY: `decref` reports zero exactly once, when the last counted reference
// goes, and never for the immortal count, which `incref`/`decref` leave alone.
unsafe impl ObjectHeader for PlainCount {
    #[inline]
    fn new() -> Self {
        PlainCount { count: Cell::new(1) }
    }

    fn immortal() -> Self {
        PlainCount { count: Cell::new(IMMORTAL) }
    }

    #[inline]
    fn incref(&self) {
        let count = self.count.get();
        if count != IMMORTAL {
            // A count that reached IMMORTAL by incrementing simply becomes immortal.
            self.count.set(count + 1);
        }
    }

    #[inline]
    fn decref(&self) -> bool {
        let count = self.count.get();
        if count == IMMORTAL {
            return false;
        }
        self.count.set(count - 1);
        count == 1
    }

    fn is_immortal(&self) -> bool {
        self.count.get() == IMMORTAL
    }

    fn make_immortal(&self) {
        self.count.set(IMMORTAL);
    }

    fn count(&self) -> usize {
        self.count.get() as usize
    }
}

/// Container contents read and written in place. In debug builds a borrow
/// flag catches the VM breaking [`Storage`]'s rule (re-entering the same
/// storage from inside a closure), which would otherwise alias `&mut`.
#[derive(Debug)]
pub struct GilCell<T> {
    value: UnsafeCell<T>,
    #[cfg(debug_assertions)]
    borrowed: Cell<bool>,
}

// SAFETY: only the thread holding the GIL reads or writes the contents.
unsafe impl<T: Send> Sync for GilCell<T> {}

impl<T: Send> Storage<T> for GilCell<T> {
    fn new(value: T) -> Self {
        GilCell {
            value: UnsafeCell::new(value),
            #[cfg(debug_assertions)]
            borrowed: Cell::new(false),
        }
    }

    #[inline]
    fn read<U>(&self, read: impl FnOnce(&T) -> U) -> U {
        self.enter();
        // SAFETY: the GIL excludes other threads, and `Storage`'s contract
        // (checked by `enter` in debug builds) excludes re-entry, so no
        // `&mut` to the contents exists while this `&` does.
        let result = read(unsafe { &*self.value.get() });
        self.leave();
        result
    }

    #[inline]
    fn write<U>(&self, write: impl FnOnce(&mut T) -> U) -> U {
        self.enter();
        // SAFETY: as in `read`: this is the only reference to the contents
        // for the duration of the closure.
        let result = write(unsafe { &mut *self.value.get() });
        self.leave();
        result
    }

    fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T> GilCell<T> {
    #[inline]
    fn enter(&self) {
        #[cfg(debug_assertions)]
        {
            assert!(!self.borrowed.get(), "container storage re-entered from inside its own access");
            self.borrowed.set(true);
        }
    }

    #[inline]
    fn leave(&self) {
        #[cfg(debug_assertions)]
        self.borrowed.set(false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_reach_zero_once() {
        let header = PlainCount::new();
        header.incref();
        assert!(!header.decref());
        assert!(header.decref());
    }

    #[test]
    fn immortal_objects_are_never_freed() {
        let header = PlainCount::immortal();
        for _ in 0..10 {
            header.incref();
            assert!(!header.decref());
            assert!(!header.decref());
        }
        assert!(header.is_immortal());
    }

    #[test]
    fn storage_reads_and_writes() {
        let cell = GilCell::new(vec![1, 2]);
        cell.write(|items| items.push(3));
        assert_eq!(cell.read(|items| items.len()), 3);
        assert_eq!(cell.into_inner(), vec![1, 2, 3]);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "re-entered")]
    fn reentry_is_caught_in_debug_builds() {
        let cell = GilCell::new(0);
        cell.read(|_| cell.write(|value| *value += 1));
    }
}
