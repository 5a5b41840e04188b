//! What `-X gil-stats` reports: how often the GIL changed hands, how long
//! threads waited for it, and the share of the run each thread held it.
//!
//! Updated only when the GIL is taken or dropped, which under contention
//! happens once per switch interval, so the bookkeeping costs nothing the
//! interpreter loop would notice.

use std::cell::Cell;
use std::fmt::Write;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

struct ThreadRecord {
    label: String,
    held: Duration,
    finished: bool,
}

struct Stats {
    started: Option<Instant>,
    takes: u64,
    /// Takes by a different thread than the last holder.
    handovers: u64,
    /// Hand-overs a waiter forced through the drop request.
    forced: u64,
    waited: Duration,
    longest_wait: Duration,
    threads: Vec<ThreadRecord>,
}

static STATS: Mutex<Stats> = Mutex::new(Stats {
    started: None,
    takes: 0,
    handovers: 0,
    forced: 0,
    waited: Duration::ZERO,
    longest_wait: Duration::ZERO,
    threads: Vec::new(),
});

thread_local! {
    /// This thread's index in `Stats::threads`.
    static SLOT: Cell<Option<usize>> = const { Cell::new(None) };
    static HELD_SINCE: Cell<Option<Instant>> = const { Cell::new(None) };
}

fn stats() -> MutexGuard<'static, Stats> {
    STATS.lock().unwrap_or_else(PoisonError::into_inner)
}

fn slot(stats: &mut Stats) -> usize {
    SLOT.with(|slot| {
        if let Some(index) = slot.get() {
            return index;
        }
        let label =
            if stats.threads.is_empty() { "MainThread".into() } else { format!("thread {}", stats.threads.len()) };
        stats.threads.push(ThreadRecord { label, held: Duration::ZERO, finished: false });
        slot.set(Some(stats.threads.len() - 1));
        stats.threads.len() - 1
    })
}

pub fn took(waited: Duration, handed_over: bool) {
    let now = Instant::now();
    let mut stats = stats();
    stats.started.get_or_insert(now);
    slot(&mut stats);
    stats.takes += 1;
    stats.handovers += u64::from(handed_over);
    stats.waited += waited;
    stats.longest_wait = stats.longest_wait.max(waited);
    HELD_SINCE.with(|since| since.set(Some(now)));
}

pub fn released() {
    let Some(since) = HELD_SINCE.with(Cell::take) else { return };
    let held = since.elapsed();
    let mut stats = stats();
    let slot = slot(&mut stats);
    stats.threads[slot].held += held;
}

pub fn forced_switch() {
    stats().forced += 1;
}

pub fn label(label: &str) {
    let mut stats = stats();
    let slot = slot(&mut stats);
    stats.threads[slot].label = label.to_owned();
}

pub fn thread_finished() {
    let mut stats = stats();
    let slot = slot(&mut stats);
    stats.threads[slot].finished = true;
}

/// The report, with the calling thread's current hold counted up to now.
pub fn report() -> String {
    let current = HELD_SINCE.with(Cell::get).map(|since| since.elapsed());
    let mut stats = stats();
    let me = slot(&mut stats);
    let total = stats.started.map_or(Duration::ZERO, |started| started.elapsed());
    let mut out = String::new();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let _ = writeln!(out, "GIL statistics ({:.1} ms of run time):", ms(total));
    let _ = writeln!(
        out,
        "  changed hands   {} times ({} forced by a waiter's drop request), taken {} times",
        stats.handovers, stats.forced, stats.takes
    );
    let _ = writeln!(
        out,
        "  waiting for it  {:.3} ms in total, longest wait {:.3} ms",
        ms(stats.waited),
        ms(stats.longest_wait)
    );
    let _ = writeln!(out, "  held by:");
    for (index, thread) in stats.threads.iter().enumerate() {
        let held = thread.held + if index == me { current.unwrap_or_default() } else { Duration::ZERO };
        let share = if total.is_zero() { 0.0 } else { 100.0 * held.as_secs_f64() / total.as_secs_f64() };
        let note = if thread.finished || index == me { "" } else { " (still running)" };
        let _ = writeln!(out, "    {:<24} {share:5.1}%  {:.3} ms{note}", thread.label, ms(held));
    }
    out
}
