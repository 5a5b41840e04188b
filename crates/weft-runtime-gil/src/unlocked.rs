//! The optimistic lock under the GIL: nothing to do. The thread holding the
//! GIL is the only one reading or writing, so a read loads once and is
//! consistent, and what a writer unlinks can go at once.

use weft_runtime::OptimisticLock;

#[derive(Debug, Default)]
pub struct Unlocked;

impl OptimisticLock for Unlocked {
    type Writing<'a> = ();

    #[inline]
    fn write(&self) {}

    #[inline]
    fn read<U, V>(&self, load: impl Fn() -> U, keep: impl FnOnce(U) -> V) -> V {
        keep(load())
    }

    #[inline]
    fn retire<T: Send + 'static>(garbage: T) {
        drop(garbage);
    }
}
