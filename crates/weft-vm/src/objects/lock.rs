//! The data of `_thread.lock` and `_thread.RLock`: OS-level locks that know
//! nothing of Python. Waiting happens with the thread detached from the
//! runtime (the caller's job), so a thread blocked here never holds the GIL.
//!
//! A `RawLock` is a flag, not a mutex guard: Python lets any thread release
//! a lock, not only the one that acquired it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    released: Condvar,
}

impl RawLock {
    fn flag(&self) -> MutexGuard<'_, bool> {
        // The flag is a single bool written under the mutex: never half-updated.
        self.locked.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes the lock if it is free, without waiting.
    pub fn try_acquire(&self) -> bool {
        let mut locked = self.flag();
        !std::mem::replace(&mut *locked, true)
    }

    /// Waits for the lock, at most `timeout` (forever if None); true if taken.
    pub fn acquire(&self, timeout: Option<Duration>) -> bool {
        let deadline = timeout.map(|timeout| Instant::now() + timeout);
        let mut locked = self.flag();
        while *locked {
            locked = match deadline {
                None => self.released.wait(locked).unwrap_or_else(PoisonError::into_inner),
                Some(deadline) => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return false;
                    }
                    self.released.wait_timeout(locked, left).unwrap_or_else(PoisonError::into_inner).0
                }
            };
        }
        *locked = true;
        true
    }

    /// Frees the lock; false if it was not held.
    pub fn release(&self) -> bool {
        let was_locked = std::mem::replace(&mut *self.flag(), false);
        if was_locked {
            self.released.notify_one();
        }
        was_locked
    }

    pub fn is_locked(&self) -> bool {
        *self.flag()
    }
}

/// A re-entrant lock: the owning thread may take it again, and must
/// release it as many times.
#[derive(Default)]
pub struct RawRLock {
    pub lock: RawLock,
    /// The owner's thread ident, 0 when free. Written only by the owner
    /// while it holds `lock`; read by anyone asking "is it mine?".
    owner: AtomicU64,
    count: AtomicU64,
}

impl RawRLock {
    pub fn owner(&self) -> u64 {
        self.owner.load(Ordering::Acquire)
    }

    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Acquire)
    }

    /// Takes one more level if `me` owns it already.
    pub fn reenter(&self, me: u64) -> bool {
        if self.owner() != me {
            return false;
        }
        self.count.fetch_add(1, Ordering::AcqRel);
        true
    }

    /// Records `me` as the owner of the lock it just acquired `count` times.
    pub fn became_owner(&self, me: u64, count: u64) {
        self.count.store(count, Ordering::Release);
        self.owner.store(me, Ordering::Release);
    }

    /// Drops one level; None if `me` does not own it, else whether the lock is now free.
    pub fn release(&self, me: u64) -> Option<bool> {
        if self.owner() != me || self.count() == 0 {
            return None;
        }
        if self.count.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.owner.store(0, Ordering::Release);
            self.lock.release();
            return Some(true);
        }
        Some(false)
    }

    /// Releases every level at once (for `Condition.wait`); the count released.
    pub fn release_all(&self, me: u64) -> Option<u64> {
        if self.owner() != me {
            return None;
        }
        let count = self.count.swap(0, Ordering::AcqRel);
        self.owner.store(0, Ordering::Release);
        self.lock.release();
        Some(count)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn lock_times_out_and_is_released_by_another_thread() {
        let lock = Arc::new(RawLock::default());
        assert!(lock.try_acquire());
        assert!(!lock.try_acquire());
        assert!(!lock.acquire(Some(Duration::from_millis(20))));
        let other = Arc::clone(&lock);
        let releaser = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            assert!(other.release());
        });
        assert!(lock.acquire(None));
        releaser.join().expect("releaser");
        assert!(lock.release());
        assert!(!lock.release());
    }

    /// Many threads incrementing a plain counter under the lock lose nothing.
    #[test]
    fn lock_excludes() {
        let lock = Arc::new(RawLock::default());
        let counter = Arc::new(AtomicU64::new(0));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let (lock, counter) = (Arc::clone(&lock), Arc::clone(&counter));
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        assert!(lock.acquire(None));
                        // A racy read-modify-write, made safe only by the lock.
                        let value = counter.load(Ordering::Relaxed);
                        counter.store(value + 1, Ordering::Relaxed);
                        lock.release();
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().expect("worker");
        }
        assert_eq!(counter.load(Ordering::Relaxed), 40_000);
    }

    #[test]
    fn rlock_counts_levels() {
        let rlock = RawRLock::default();
        assert!(rlock.lock.try_acquire());
        rlock.became_owner(7, 1);
        assert!(rlock.reenter(7));
        assert!(!rlock.reenter(8));
        assert_eq!(rlock.release(8), None);
        assert_eq!(rlock.release(7), Some(false));
        assert_eq!(rlock.release(7), Some(true));
        assert!(!rlock.lock.is_locked());
    }
}
