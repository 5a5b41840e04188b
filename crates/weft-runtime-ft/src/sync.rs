//! The atomics the reference-count protocol uses, from `loom` when the
//! crate is built for model checking (`RUSTFLAGS="--cfg loom"`), so the same
//! code runs under the model and in the product.

#[cfg(loom)]
pub use loom::sync::atomic::{AtomicI64, AtomicU64, Ordering};
#[cfg(not(loom))]
pub use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
