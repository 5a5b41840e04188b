//! Reference counts under the GIL: plain integers, never atomics.

use std::cell::Cell;

use weft_runtime::{Dealloc, ObjectHeader};

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
    fn decref(&self, _dealloc: Dealloc<Self>) -> bool {
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

    fn revive(&self) {
        self.count.set(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Plain counts free only through `decref`'s answer, never later.
    unsafe fn never_freed(_: std::ptr::NonNull<PlainCount>) {
        unreachable!("a plain count never frees on another path");
    }

    #[test]
    fn counts_reach_zero_once() {
        let header = PlainCount::new();
        header.incref();
        assert!(!header.decref(never_freed));
        assert!(header.decref(never_freed));
    }

    #[test]
    fn immortal_objects_are_never_freed() {
        let header = PlainCount::immortal();
        for _ in 0..10 {
            header.incref();
            assert!(!header.decref(never_freed));
            assert!(!header.decref(never_freed));
        }
        assert!(header.is_immortal());
    }
}
