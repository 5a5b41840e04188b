//! Container storage under the GIL: read and written in place.

#[cfg(debug_assertions)]
use std::cell::Cell;
use std::cell::UnsafeCell;

use weft_runtime::Storage;

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
