//! The lock behind every container whose hot reads take no lock (list
//! items, dict tables): writers take a mutex; readers take nothing and
//! check a *sequence number* instead.
//!
//! A writer makes the number odd before it changes anything and even again
//! after. A reader loads the number, loads the words it wants with plain
//! atomic loads, and keeps what it loaded only if the number was even and
//! is unchanged; after [`OPTIMISTIC_TRIES`] failures it takes the mutex.
//!
//! What a writer unlinks while readers may still be looking at it — a
//! replaced buffer, its references to removed items — goes to [`retire`]:
//! readers are pinned (`crossbeam-epoch`) while they load *and* keep, so
//! the epoch drops it only once every reader that could have loaded it has
//! moved on.
//!
//! Until a second thread starts (see `threads::single_threaded`) nothing
//! can race: reads and writes skip the number, the pin and the deferral.

use weft_runtime::OptimisticLock;

use crate::sync::{AtomicU64, Mutex, MutexGuard, Ordering, fence, pin, spin_wait};
use crate::{stats, threads};

/// How many times a reader retries around writers before taking the lock
/// (two under loom, whose models then cover the fallback too).
const OPTIMISTIC_TRIES: usize = if cfg!(loom) { 2 } else { 64 };

#[derive(Debug)]
pub struct SeqLock {
    /// Held by writers, and by readers that gave up on optimism.
    lock: Mutex<()>,
    /// Odd while a writer is changing the contents.
    seq: AtomicU64,
}

impl Default for SeqLock {
    fn default() -> SeqLock {
        SeqLock { lock: Mutex::new(()), seq: AtomicU64::new(0) }
    }
}

/// What a writer holds: the mutex, with the sequence number made odd (when
/// other threads may be reading). Dropping it publishes the change.
pub struct Writing<'a> {
    seq: &'a AtomicU64,
    lock: Option<MutexGuard<'a, ()>>,
}

impl Drop for Writing<'_> {
    #[inline]
    fn drop(&mut self) {
        if self.lock.is_some() {
            self.seq.fetch_add(1, Ordering::Release);
        }
    }
}

impl OptimisticLock for SeqLock {
    type Writing<'a> = Writing<'a>;

    #[inline]
    fn write(&self) -> Writing<'_> {
        if threads::single_threaded() {
            return Writing { seq: &self.seq, lock: None };
        }
        self.write_shared()
    }

    #[inline(always)]
    fn read<U, V>(&self, load: impl Fn() -> U, keep: impl FnOnce(U) -> V) -> V {
        // The one-thread answer stays inline in every reader (a module's
        // names, a dict's entries); the optimistic protocol is a call.
        if threads::single_threaded() {
            return keep(load());
        }
        self.read_shared(load, keep)
    }

    fn retire<T: Send + 'static>(garbage: T) {
        retire(garbage);
    }
}

impl SeqLock {
    /// [`OptimisticLock::write`] while other threads may be reading.
    #[inline(never)]
    fn write_shared(&self) -> Writing<'_> {
        let lock = self.lock.lock();
        self.seq.fetch_add(1, Ordering::Relaxed);
        // Orders the odd number before the stores that follow, for a reader
        // that loads those stores and then re-checks the number.
        fence(Ordering::Release);
        Writing { seq: &self.seq, lock: Some(lock) }
    }

    /// [`OptimisticLock::read`] while other threads may be writing.
    #[inline(never)]
    fn read_shared<U, V>(&self, load: impl Fn() -> U, keep: impl FnOnce(U) -> V) -> V {
        // Pinned through `keep`: whatever the load saw stays alive until
        // `keep` has taken its references.
        let _pinned = pin();
        keep(self.validated(load))
    }

    /// What `load` returns in a state no writer was changing (a writer in
    /// the middle of a change may have the contents half-made: a list's
    /// length is zero while it is rebuilt). Only for loads that follow no
    /// pointer a writer may free: nothing is pinned.
    #[inline]
    pub fn read_plain<U>(&self, load: impl Fn() -> U) -> U {
        if threads::single_threaded() {
            return load();
        }
        self.validated(load)
    }

    /// Loads until a load ran with the sequence number even and unchanged,
    /// taking the mutex after [`OPTIMISTIC_TRIES`] failures.
    #[inline(never)]
    fn validated<U>(&self, load: impl Fn() -> U) -> U {
        for _ in 0..OPTIMISTIC_TRIES {
            let before = self.seq.load(Ordering::Acquire);
            if before & 1 == 1 {
                spin_wait();
                continue;
            }
            let loaded = load();
            // Orders the loads above before the re-check below.
            fence(Ordering::Acquire);
            if self.seq.load(Ordering::Relaxed) == before {
                return loaded;
            }
        }
        let _lock = self.lock.lock();
        load()
    }
}

/// How many retired batches wait for their epoch.
/// (A plain std atomic even under loom: it only tells `settle_retired` when
/// to stop, and loom atomics cannot be statics.)
static RETIRED_PENDING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Drops `garbage` at once when no other thread can be reading, else once
/// every reader pinned now has unpinned. The caller has already unlinked it.
pub fn retire<T: Send + 'static>(garbage: T) {
    if threads::single_threaded() {
        drop(garbage);
        return;
    }
    stats::deferred();
    RETIRED_PENDING.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    pin().defer(move || {
        // Not while the cycle collector works (see `threads::COLLECTOR`);
        // recursive, because releasing garbage can pin and release more.
        let _collector_idle = threads::COLLECTOR.read_recursive();
        drop(garbage);
        RETIRED_PENDING.fetch_sub(1, std::sync::atomic::Ordering::Release);
    });
}

/// Pushes the epoch forward until every retired batch has been released, or
/// a thread that stays pinned holds it back (then what is left goes later).
///
/// Garbage retired by a thread that is finishing may still sit in that
/// thread's own epoch bag (a Python-level `join` returns before the OS
/// thread has left the runtime), so besides pushing the epoch this yields
/// now and then, for a bounded time, to let such a thread hand its bag over
/// (`flush_thread`, at exit).
pub fn settle_retired() {
    let deadline = std::time::Instant::now() + SETTLE_PATIENCE;
    for round in 0..SETTLE_ROUNDS {
        // (Under loom a fixed number of rounds: the counter is process-wide
        // state that would make the model's runs differ.)
        if !cfg!(loom) && RETIRED_PENDING.load(std::sync::atomic::Ordering::Acquire) == 0 {
            return;
        }
        pin().flush();
        if !cfg!(loom) && round % 1024 == 1023 {
            if std::time::Instant::now() > deadline {
                return;
            }
            std::thread::yield_now();
        }
    }
}

/// How long `settle_retired` waits for finishing threads' garbage.
const SETTLE_PATIENCE: std::time::Duration = std::time::Duration::from_millis(200);

/// Hands this thread's epoch bag to the global queue (a thread leaving the
/// runtime), so `settle_retired` elsewhere can release what it retired.
pub fn flush_thread() {
    pin().flush();
}

/// Each round frees a few sealed bags; enough rounds for millions of batches
/// when nothing holds the epoch back, and a bound of milliseconds when
/// something does.
const SETTLE_ROUNDS: usize = if cfg!(loom) { 4 } else { 1 << 16 };
