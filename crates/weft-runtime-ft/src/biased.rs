//! Biased reference counting (Choi et al., PACT 2018; PEP 703's variant).
//!
//! Every object records the thread that created it, its *owner*. The owner
//! counts in `local` with plain loads and stores (no atomic read-modify-
//! write: nobody else writes that field); every other thread counts in
//! `shared` with atomic operations. `shared` holds `count << 2 | flags`:
//!
//! - **QUEUED**: a non-owner's decrement would have taken the shared count
//!   below zero (the reference it drops was counted in the owner's `local`),
//!   so instead the flag records that one decrement and the object goes to
//!   the owner's merge queue. The owner, at its next eval-breaker check,
//!   folds `local` into `shared` and applies the recorded decrement
//!   ([`BiasedCount::merge_queued`]).
//! - **MERGED**: the owner no longer counts locally (its local count reached
//!   zero while others held references, or a queued merge ran). From then on
//!   every thread counts in `shared`, and whoever takes it to zero frees.
//!
//! Invariant: the object's references are `local + count(shared)`, less one
//! while QUEUED and not yet merged; the object is freed by exactly one of:
//! the owner's decrement taking `local` to zero with `shared == 0`; a
//! decrement taking a MERGED count to zero; a queued merge finding zero.
//!
//! `local == u32::MAX` marks an immortal object: never counted, never freed.
//!
//! `owner` and `local` share one word (owner in the high half), so the
//! owner's fast path is one load and one store. Only the owner writes that
//! word (or anyone, once the owner has exited and can no longer count).

use crate::sync::{AtomicI64, AtomicU64, Ordering};

const IMMORTAL: u32 = u32::MAX;
const QUEUED: i64 = 0b01;
const MERGED: i64 = 0b10;
const FLAGS: i64 = 0b11;
const ONE: i64 = 1 << 2;

/// No thread: the owner of immortal and merged objects.
pub const NO_OWNER: u32 = 0;

#[derive(Debug)]
pub struct BiasedCount {
    /// `owner << 32 | local`.
    biased: AtomicU64,
    shared: AtomicI64,
}

/// What a decrement asks of its caller.
#[derive(Debug, PartialEq, Eq)]
pub enum Release {
    /// Other references remain.
    Keep,
    /// That was the last reference: free the object.
    Free,
    /// The reference now belongs to the owner's merge queue: hand the object
    /// to the owner (or, if the owner has exited, merge it at once).
    Queue { owner: u32 },
}

fn count(shared: i64) -> i64 {
    shared >> 2
}

fn pack(owner: u32, local: u32) -> u64 {
    (u64::from(owner) << 32) | u64::from(local)
}

fn owner_of(biased: u64) -> u32 {
    (biased >> 32) as u32
}

fn local_of(biased: u64) -> u32 {
    biased as u32
}

impl BiasedCount {
    pub fn new(owner: u32) -> BiasedCount {
        BiasedCount { biased: AtomicU64::new(pack(owner, 1)), shared: AtomicI64::new(0) }
    }

    pub fn immortal() -> BiasedCount {
        BiasedCount { biased: AtomicU64::new(pack(NO_OWNER, IMMORTAL)), shared: AtomicI64::new(0) }
    }

    #[inline]
    pub fn is_immortal(&self) -> bool {
        local_of(self.biased.load(Ordering::Relaxed)) == IMMORTAL
    }

    pub fn make_immortal(&self) {
        self.biased.store(pack(NO_OWNER, IMMORTAL), Ordering::Relaxed);
    }

    pub fn owner(&self) -> u32 {
        owner_of(self.biased.load(Ordering::Relaxed))
    }

    /// Adds a reference on behalf of thread `me`; true if counted locally.
    #[inline]
    pub fn incref(&self, me: u32) -> bool {
        let biased = self.biased.load(Ordering::Relaxed);
        if local_of(biased) == IMMORTAL {
            return true;
        }
        if owner_of(biased) == me {
            // Only the owner writes `local`, so a load and a store suffice.
            self.biased.store(biased + 1, Ordering::Relaxed);
            true
        } else {
            self.shared.fetch_add(ONE, Ordering::Relaxed);
            false
        }
    }

    /// Drops a reference on behalf of thread `me`.
    #[inline]
    pub fn decref(&self, me: u32) -> Release {
        let biased = self.biased.load(Ordering::Relaxed);
        if local_of(biased) == IMMORTAL {
            return Release::Keep;
        }
        if owner_of(biased) == me {
            self.biased.store(biased - 1, Ordering::Relaxed);
            if local_of(biased) > 1 {
                return Release::Keep;
            }
            return self.local_reached_zero();
        }
        self.decref_shared()
    }

    /// The owner's count hit zero: free if nobody else holds a reference,
    /// else give up ownership so the last shared reference frees.
    #[cold]
    fn local_reached_zero(&self) -> Release {
        let mut shared = self.shared.load(Ordering::Acquire);
        loop {
            if shared == 0 {
                return Release::Free;
            }
            if shared & QUEUED != 0 {
                // The queued merge will settle the count (the owner runs it).
                return Release::Keep;
            }
            match self.shared.compare_exchange_weak(shared, shared | MERGED, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => {
                    self.biased.store(pack(NO_OWNER, 0), Ordering::Relaxed);
                    return Release::Keep;
                }
                Err(actual) => shared = actual,
            }
        }
    }

    fn decref_shared(&self) -> Release {
        let mut shared = self.shared.load(Ordering::Relaxed);
        loop {
            let (new, queue) = if shared == 0 {
                // Going negative: hand this reference to the owner instead.
                (QUEUED, true)
            } else {
                (shared - ONE, false)
            };
            match self.shared.compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) if queue => return Release::Queue { owner: self.owner() },
                Ok(_) if new & MERGED != 0 && count(new) == 0 => return Release::Free,
                Ok(_) => return Release::Keep,
                Err(actual) => shared = actual,
            }
        }
    }

    /// Settles a queued object: folds the owner's local count into the
    /// shared one, drops the queue's reference and hands the object to
    /// shared counting. Run by the owner (or by anyone once the owner has
    /// exited, when `local` can no longer change); true if it must be freed.
    pub fn merge_queued(&self) -> bool {
        let local = i64::from(local_of(self.biased.load(Ordering::Relaxed)));
        self.biased.store(pack(NO_OWNER, 0), Ordering::Relaxed);
        let mut shared = self.shared.load(Ordering::Acquire);
        loop {
            let merged = count(shared) + local - 1;
            let new = (merged << 2) | MERGED;
            match self.shared.compare_exchange_weak(shared, new, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => return merged == 0,
                Err(actual) => shared = actual,
            }
        }
    }

    /// Gives a count that reached zero (nothing refers to the object) one
    /// reference again, owned by thread `me`: the object lives on to run
    /// its `__del__`.
    pub fn revive(&self, me: u32) {
        self.shared.store(0, Ordering::Relaxed);
        self.biased.store(pack(me, 1), Ordering::Release);
    }

    /// The count `sys.getrefcount` shows.
    pub fn count(&self) -> usize {
        let local = local_of(self.biased.load(Ordering::Relaxed));
        if local == IMMORTAL {
            return local as usize;
        }
        let shared = self.shared.load(Ordering::Relaxed);
        let queued = i64::from(shared & QUEUED != 0 && shared & MERGED == 0);
        (i64::from(local) + count(shared) - queued).max(0) as usize
    }
}

#[allow(dead_code)]
const _: () = assert!(FLAGS == QUEUED | MERGED);

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    const OWNER: u32 = 1;
    const OTHER: u32 = 2;

    #[test]
    fn owner_alone_frees_without_atomics() {
        let count = BiasedCount::new(OWNER);
        assert!(count.incref(OWNER));
        assert_eq!(count.decref(OWNER), Release::Keep);
        assert_eq!(count.decref(OWNER), Release::Free);
    }

    #[test]
    fn owner_leaving_first_makes_the_last_shared_reference_free() {
        let count = BiasedCount::new(OWNER);
        assert!(!count.incref(OTHER));
        assert_eq!(count.decref(OWNER), Release::Keep);
        assert_eq!(count.owner(), NO_OWNER);
        // The former owner now counts in `shared` too.
        assert!(!count.incref(OWNER));
        assert_eq!(count.decref(OWNER), Release::Keep);
        assert_eq!(count.decref(OTHER), Release::Free);
    }

    /// The owner counted a reference it handed to another thread (say, in
    /// a list); that thread's decrement finds `shared` at zero and queues.
    #[test]
    fn queued_merge_keeps_what_the_owner_still_holds() {
        let count = BiasedCount::new(OWNER);
        assert!(count.incref(OWNER), "the reference handed over");
        assert_eq!(count.decref(OTHER), Release::Queue { owner: OWNER });
        assert_eq!(count.count(), 1);
        assert!(!count.merge_queued(), "the owner's own reference remains");
        assert_eq!(count.owner(), NO_OWNER);
        assert_eq!(count.decref(OWNER), Release::Free, "merged: the last shared decrement frees");
    }

    #[test]
    fn queued_merge_frees_what_nobody_holds() {
        let count = BiasedCount::new(OWNER);
        assert!(count.incref(OWNER));
        assert_eq!(count.decref(OTHER), Release::Queue { owner: OWNER });
        assert_eq!(count.decref(OWNER), Release::Keep, "local is still 1: the queued decrement is pending");
        assert!(count.merge_queued());
    }

    #[test]
    fn shared_references_come_and_go_before_the_queue() {
        let count = BiasedCount::new(OWNER);
        assert!(count.incref(OWNER));
        assert!(!count.incref(OTHER));
        assert_eq!(count.decref(OTHER), Release::Keep);
        assert_eq!(count.decref(OTHER), Release::Queue { owner: OWNER });
        assert_eq!(count.decref(OWNER), Release::Keep);
        assert!(count.merge_queued());
    }

    #[test]
    fn immortal_objects_are_never_freed() {
        let count = BiasedCount::immortal();
        for me in [OWNER, OTHER] {
            count.incref(me);
            assert_eq!(count.decref(me), Release::Keep);
            assert_eq!(count.decref(me), Release::Keep);
        }
        assert!(count.is_immortal());
    }
}
