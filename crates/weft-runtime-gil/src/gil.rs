//! The global interpreter lock, handed over as CPython has done since 3.2.
//!
//! The lock is a `locked` flag behind a mutex. A thread that finds it taken
//! waits on `gil_free` for one switch interval at a time; when an interval
//! passes with no hand-over it raises the drop request, which the holder's
//! interpreter loop sees at its next eval-breaker check. The holder then
//! drops the GIL and — forced switching — waits on `switched` until another
//! thread has taken it, so a CPU-bound holder cannot win the race to take it
//! straight back. Blocking calls drop the GIL without waiting.

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use crate::stats;

/// CPython's default switch interval: 5 ms.
const DEFAULT_INTERVAL_MICROS: u64 = 5_000;

struct GilState {
    locked: bool,
    /// Bumped every time a thread takes the GIL; the dropper waits for it to change.
    switch_number: u64,
    /// The thread that took it last (see [`thread_serial`]).
    last_holder: u64,
    /// Threads waiting in [`take`].
    waiters: usize,
}

static STATE: Mutex<GilState> = Mutex::new(GilState { locked: false, switch_number: 0, last_holder: 0, waiters: 0 });
/// Signalled when the GIL is dropped.
static GIL_FREE: Condvar = Condvar::new();
/// Signalled when a thread takes the GIL (for forced switching).
static SWITCHED: Condvar = Condvar::new();
/// The eval breaker, polled by the holder's loop: [`DROP_REQUEST`] is set by
/// a waiter whose interval ran out, [`VM_REQUEST`] by the VM (work due).
static BREAKER: AtomicU8 = AtomicU8::new(0);
const DROP_REQUEST: u8 = 1;
const VM_REQUEST: u8 = 2;
static INTERVAL_MICROS: AtomicU64 = AtomicU64::new(DEFAULT_INTERVAL_MICROS);
static NEXT_SERIAL: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static SERIAL: u64 = NEXT_SERIAL.fetch_add(1, Ordering::Relaxed);
    /// Whether this thread holds the GIL now.
    static HOLDING: Cell<bool> = const { Cell::new(false) };
}

fn state() -> MutexGuard<'static, GilState> {
    // A panic while the mutex is held cannot leave the state half-written
    // (each update is a few plain stores), so a poisoned lock is still sound.
    STATE.lock().unwrap_or_else(PoisonError::into_inner)
}

fn thread_serial() -> u64 {
    SERIAL.with(|serial| *serial)
}

pub fn holding() -> bool {
    HOLDING.with(Cell::get)
}

#[inline]
pub fn drop_requested() -> bool {
    BREAKER.load(Ordering::Relaxed) & DROP_REQUEST != 0
}

/// True if anything set the eval breaker.
#[inline]
pub fn breaker_set() -> bool {
    BREAKER.load(Ordering::Relaxed) != 0
}

/// The VM has work due at the next eval-breaker check. Whichever thread
/// holds the GIL then does it (the VM's queues are shared).
pub fn request_vm_break() {
    BREAKER.fetch_or(VM_REQUEST, Ordering::Relaxed);
}

/// Clears the VM's request; true if there was one.
pub fn take_vm_request() -> bool {
    BREAKER.load(Ordering::Relaxed) & VM_REQUEST != 0
        && BREAKER.fetch_and(!VM_REQUEST, Ordering::Relaxed) & VM_REQUEST != 0
}

/// Waits for the GIL and takes it.
pub fn take() {
    debug_assert!(!holding(), "the GIL is not re-entrant");
    let me = thread_serial();
    let asked = Instant::now();
    let mut state = state();
    if state.locked {
        state.waiters += 1;
        while state.locked {
            let switches = state.switch_number;
            let interval = Duration::from_micros(INTERVAL_MICROS.load(Ordering::Relaxed));
            let (guard, wait) = GIL_FREE.wait_timeout(state, interval).unwrap_or_else(PoisonError::into_inner);
            state = guard;
            if wait.timed_out() && state.locked && state.switch_number == switches {
                BREAKER.fetch_or(DROP_REQUEST, Ordering::Relaxed);
            }
        }
        state.waiters -= 1;
    }
    state.locked = true;
    state.switch_number += 1;
    let handed_over = state.last_holder != me;
    state.last_holder = me;
    // The request (if any) was for this thread, which now has the GIL; a
    // thread still waiting will raise it again after its own interval.
    BREAKER.fetch_and(!DROP_REQUEST, Ordering::Relaxed);
    drop(state);
    SWITCHED.notify_all();
    HOLDING.with(|h| h.set(true));
    stats::took(asked.elapsed(), handed_over);
}

/// Drops the GIL so a waiting thread can take it.
pub fn release() {
    debug_assert!(holding(), "dropping a GIL this thread does not hold");
    stats::released();
    HOLDING.with(|h| h.set(false));
    state().locked = false;
    GIL_FREE.notify_one();
}

/// The eval breaker saw a drop request: hand the GIL to the thread that
/// asked, wait until it has really taken it, then queue for it again.
pub fn yield_to_waiter() {
    stats::released();
    HOLDING.with(|h| h.set(false));
    let mut state = state();
    state.locked = false;
    let switches = state.switch_number;
    GIL_FREE.notify_one();
    stats::forced_switch();
    while state.waiters > 0 && state.switch_number == switches {
        state = SWITCHED.wait(state).unwrap_or_else(PoisonError::into_inner);
    }
    drop(state);
    take();
}

pub fn set_interval(seconds: f64) {
    let micros = (seconds * 1e6).round().max(1.0) as u64;
    INTERVAL_MICROS.store(micros, Ordering::Relaxed);
}

pub fn interval() -> f64 {
    INTERVAL_MICROS.load(Ordering::Relaxed) as f64 / 1e6
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::AtomicUsize;

    use super::*;

    /// The GIL is process-wide, so tests that take it run one at a time.
    static SERIALISE: Mutex<()> = Mutex::new(());

    /// Threads that only ever run "bytecode" under the GIL (incrementing a
    /// plain counter through a raw cell) must never overlap, and every one
    /// must get turns when they poll the drop request as the loop does.
    #[test]
    fn holders_never_overlap_and_all_make_progress() {
        let _serial = SERIALISE.lock().unwrap_or_else(PoisonError::into_inner);
        const THREADS: usize = 4;
        let inside = Arc::new(AtomicUsize::new(0));
        let progress: Arc<Vec<AtomicUsize>> = Arc::new((0..THREADS).map(|_| AtomicUsize::new(0)).collect());
        let deadline = Instant::now() + Duration::from_millis(300);
        let handles: Vec<_> = (0..THREADS)
            .map(|index| {
                let inside = Arc::clone(&inside);
                let progress = Arc::clone(&progress);
                std::thread::spawn(move || {
                    take();
                    while Instant::now() < deadline {
                        assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0, "two threads held the GIL");
                        progress[index].fetch_add(1, Ordering::Relaxed);
                        inside.fetch_sub(1, Ordering::SeqCst);
                        if drop_requested() {
                            yield_to_waiter();
                        }
                    }
                    release();
                })
            })
            .collect();
        for handle in handles {
            handle.join().expect("a GIL thread panicked");
        }
        for (index, count) in progress.iter().enumerate() {
            assert!(count.load(Ordering::Relaxed) > 0, "thread {index} never got the GIL");
        }
    }

    /// A thread that drops the GIL around a blocking wait lets others run
    /// during it: two sleepers overlap.
    #[test]
    fn released_gil_lets_sleepers_overlap() {
        let _serial = SERIALISE.lock().unwrap_or_else(PoisonError::into_inner);
        let awake_together = Arc::new(AtomicUsize::new(0));
        let max_overlap = Arc::new(AtomicUsize::new(0));
        let handles: Vec<_> = (0..3)
            .map(|_| {
                let awake = Arc::clone(&awake_together);
                let max = Arc::clone(&max_overlap);
                std::thread::spawn(move || {
                    take();
                    release();
                    let now = awake.fetch_add(1, Ordering::SeqCst) + 1;
                    max.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(Duration::from_millis(100));
                    awake.fetch_sub(1, Ordering::SeqCst);
                    take();
                    release();
                })
            })
            .collect();
        for handle in handles {
            handle.join().expect("a GIL thread panicked");
        }
        assert!(max_overlap.load(Ordering::SeqCst) > 1, "sleepers never overlapped");
    }
}
