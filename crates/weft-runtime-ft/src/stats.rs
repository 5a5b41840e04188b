//! What `-X gil-stats` prints on the free-threaded build: how reference
//! counting behaved. Each thread counts in thread-local cells (an atomic
//! counter would be the very contention it measures) and adds its totals
//! to the global ones when it exits.

use std::cell::Cell;
use std::fmt::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

#[derive(Default)]
struct Counts {
    local: Cell<u64>,
    shared: Cell<u64>,
    queued: Cell<u64>,
    merged: Cell<u64>,
    deferred: Cell<u64>,
}

thread_local! {
    static COUNTS: Counts = Counts::default();
}

static LOCAL: AtomicU64 = AtomicU64::new(0);
static SHARED: AtomicU64 = AtomicU64::new(0);
static QUEUED: AtomicU64 = AtomicU64::new(0);
static MERGED: AtomicU64 = AtomicU64::new(0);
static DEFERRED: AtomicU64 = AtomicU64::new(0);
static THREADS: AtomicU64 = AtomicU64::new(0);
/// Off unless `-X gil-stats` asked: counting every reference-count
/// operation in a thread-local cell is measurable on one thread.
static ENABLED: AtomicBool = AtomicBool::new(false);

pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

#[inline]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

fn bump(counter: fn(&Counts) -> &Cell<u64>) {
    if !enabled() {
        return;
    }
    // `try_with`: a count during thread teardown is simply not recorded.
    let _ = COUNTS.try_with(|counts| {
        let cell = counter(counts);
        cell.set(cell.get() + 1);
    });
}

#[inline]
pub fn counted(local: bool) {
    if local { bump(|c| &c.local) } else { bump(|c| &c.shared) }
}

pub fn queued() {
    bump(|c| &c.queued);
}

pub fn merged() {
    bump(|c| &c.merged);
}

/// A batch of garbage (a replaced buffer or table, references to removed
/// items or entries) released through the epoch.
pub fn deferred() {
    bump(|c| &c.deferred);
}

fn fold() {
    let _ = COUNTS.try_with(|counts| {
        for (cell, total) in [
            (&counts.local, &LOCAL),
            (&counts.shared, &SHARED),
            (&counts.queued, &QUEUED),
            (&counts.merged, &MERGED),
            (&counts.deferred, &DEFERRED),
        ] {
            total.fetch_add(cell.replace(0), Ordering::Relaxed);
        }
    });
}

pub fn thread_exited() {
    fold();
    THREADS.fetch_add(1, Ordering::Relaxed);
}

pub fn report() -> String {
    fold();
    let load = |total: &AtomicU64| total.load(Ordering::Relaxed);
    let (local, shared) = (load(&LOCAL), load(&SHARED));
    let share = if local + shared == 0 { 0.0 } else { 100.0 * local as f64 / (local + shared) as f64 };
    let mut out = String::new();
    let _ = writeln!(out, "Reference counting (free-threaded build, no GIL):");
    let _ = writeln!(out, "  owner-local operations  {local} ({share:.1}% of all, no atomic instruction)");
    let _ = writeln!(out, "  shared operations       {shared} (atomic, by threads that do not own the object)");
    let _ = writeln!(out, "  queued to their owner   {} objects, merged {}", load(&QUEUED), load(&MERGED));
    let _ = writeln!(out, "  threads finished        {}", load(&THREADS));
    let _ = writeln!(
        out,
        "  released through epochs {} batches (list buffers, dict tables, removed items and entries that lock-free readers might still see)",
        load(&DEFERRED)
    );
    out
}
