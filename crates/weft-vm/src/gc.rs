//! The cycle collector: reclaims objects that only refer to each other.
//!
//! CPython's algorithm, over the objects `weft_runtime::tracking` lists:
//!
//! 1. With the world stopped (see `Runtime::stop_the_world`), take the
//!    generations being collected out of every thread's lists.
//! 2. Give each object a score: its reference count, less one for every
//!    reference another taken object holds to it (`traverse`). A positive
//!    score means references from outside — a frame, a global, a thread's
//!    Rust locals, an older generation, epoch garbage not yet released.
//! 3. Everything reachable from a positive score is alive: it goes back
//!    into the lists one generation older. The rest is unreachable; the
//!    collector takes a reference to each, and the world restarts.
//! 4. Unreachable objects whose class has `__del__` get it called (once,
//!    ever). Since `__del__` may store the object somewhere, the
//!    unreachable set is then checked again (with the world stopped) and
//!    whatever was resurrected goes back into the lists.
//! 5. The rest is cleared (`clear`: lists, dicts, cells… emptied), which
//!    breaks every cycle, and the collector's references go: counting
//!    frees it all.
//!
//! Collections are scheduled, never run inside an allocation: allocating
//! past the young threshold asks for an eval break, and the collection
//! runs at the interpreter loop's next check (as CPython 3.12+ does), where
//! no storage is borrowed. `__del__` for objects freed by counting runs
//! there too (see `crate::object`).
//!
//! Generations, thresholds and `gc.get_count()` follow CPython 3.11: the
//! young generation is collected when it holds more than `threshold0`
//! objects, the middle one every `threshold1` young collections, the old
//! one every `threshold2` middle ones — and then only if the objects that
//! reached it since its last collection are a quarter of those that
//! survived it, so a program building a large structure is not traversed
//! over and over.

use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use weft_runtime::Runtime;
use weft_runtime::tracking::{self, GENERATIONS, GcLinks};

use crate::object::Obj;
use crate::objects::Payload;
use crate::objects::traverse::{clear, traverse};
use crate::value::Value;
use crate::vm::Vm;

static ENABLED: AtomicBool = AtomicBool::new(true);
static THRESHOLDS: [AtomicUsize; GENERATIONS] = [AtomicUsize::new(700), AtomicUsize::new(10), AtomicUsize::new(10)];
/// The young-list length past which an allocation asks for a collection:
/// `threshold0`, or never while disabled (one load on the allocation path).
static TRIGGER: AtomicUsize = AtomicUsize::new(700);
/// `[_, young collections since the last middle one, middle since the last old]`.
static COLLECTIONS: [AtomicUsize; GENERATIONS] = [AtomicUsize::new(0), AtomicUsize::new(0), AtomicUsize::new(0)];
/// Objects that reached the old generation since its last collection, and
/// those that survived that collection (CPython's long-lived counts).
static LONG_LIVED_PENDING: AtomicUsize = AtomicUsize::new(0);
static LONG_LIVED_TOTAL: AtomicUsize = AtomicUsize::new(0);
/// How many thresholds' worth of young objects a thread may pile up while
/// another thread collects before it waits for that collection.
const BACKLOG: usize = 4;
/// One collection at a time; `__del__` code that triggers another (or a
/// second thread) skips it.
static COLLECTING: AtomicBool = AtomicBool::new(false);

/// Per generation: collections, objects collected, uncollectable (always
/// 0: finalizers do not stop collection since PEP 442); and the pauses.
struct Statistics {
    per_generation: [[usize; 3]; GENERATIONS],
    longest_stop: Duration,
    longest_collection: Duration,
    total: Duration,
}

static STATISTICS: Mutex<Statistics> = Mutex::new(Statistics {
    per_generation: [[0; 3]; GENERATIONS],
    longest_stop: Duration::ZERO,
    longest_collection: Duration::ZERO,
    total: Duration::ZERO,
});

fn statistics() -> std::sync::MutexGuard<'static, Statistics> {
    STATISTICS.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A tracked object was allocated; `young` is its thread's young-list length.
#[inline]
pub fn allocated<R: Runtime>(young: usize) {
    if young > TRIGGER.load(Ordering::Relaxed) {
        R::request_eval_break();
    }
}

fn update_trigger() {
    let threshold = THRESHOLDS[0].load(Ordering::Relaxed);
    let on = ENABLED.load(Ordering::Relaxed) && threshold > 0;
    TRIGGER.store(if on { threshold } else { usize::MAX }, Ordering::Relaxed);
}

pub fn set_enabled(enabled: bool) {
    ENABLED.store(enabled, Ordering::Relaxed);
    update_trigger();
}

pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

pub fn thresholds() -> [usize; GENERATIONS] {
    THRESHOLDS.each_ref().map(|t| t.load(Ordering::Relaxed))
}

pub fn set_thresholds(values: &[usize]) {
    for (threshold, value) in THRESHOLDS.iter().zip(values) {
        threshold.store(*value, Ordering::Relaxed);
    }
    update_trigger();
}

/// `gc.get_count()`: young objects, young collections since the last
/// middle one, middle collections since the last old one.
pub fn counts<R: Runtime>() -> [usize; GENERATIONS] {
    let young = R::tracker().lengths()[0];
    [young, COLLECTIONS[1].load(Ordering::Relaxed), COLLECTIONS[2].load(Ordering::Relaxed)]
}

/// `gc.get_stats()`: per generation, collections, collected, uncollectable.
pub fn generation_statistics() -> [[usize; 3]; GENERATIONS] {
    statistics().per_generation
}

/// The longest stop of the world, the longest whole collection, and the
/// total time spent collecting.
pub fn pauses() -> [Duration; 3] {
    let statistics = statistics();
    [statistics.longest_stop, statistics.longest_collection, statistics.total]
}

/// The eval breaker fired at the VM's request: run due finalizers, and
/// collect if the young generation is past its threshold.
pub fn on_eval_break<R: Runtime>(vm: &Vm<R>) {
    run_finalizers(vm);
    let threshold = THRESHOLDS[0].load(Ordering::Relaxed);
    let young = R::thread_lists().young_len();
    if !is_enabled() || threshold == 0 || young <= threshold {
        return;
    }
    if young > threshold.saturating_mul(BACKLOG) {
        // Another thread's collection is running and this one allocates
        // faster than it frees: wait for it (detached, so it need not wait
        // for this thread) rather than let garbage pile up without bound.
        R::detached(|| {
            while COLLECTING.load(Ordering::Acquire) {
                std::thread::yield_now();
            }
        });
    }
    collect(vm, scheduled_generation());
}

/// The oldest generation whose turn it is (see the module documentation).
fn scheduled_generation() -> usize {
    (1..GENERATIONS)
        .rev()
        .find(|&generation| {
            let due = COLLECTIONS[generation].load(Ordering::Relaxed) > THRESHOLDS[generation].load(Ordering::Relaxed);
            let worth_it = generation < GENERATIONS - 1
                || LONG_LIVED_PENDING.load(Ordering::Relaxed) >= LONG_LIVED_TOTAL.load(Ordering::Relaxed) / 4;
            due && worth_it
        })
        .unwrap_or(0)
}

/// Runs the `__del__` of objects whose count reached zero.
pub fn run_finalizers<R: Runtime>(vm: &Vm<R>) {
    loop {
        let due = R::tracker().take_finalizers();
        if due.is_empty() {
            return;
        }
        for links in due {
            // SAFETY: a queued object is alive, and its queue entry carried
            // the one reference it was revived with, which this takes over.
            let obj = unsafe { Obj::<R>::from_links(links) };
            call_finalizer(vm, &obj);
        }
    }
}

/// Calls `obj.__del__()`; an exception is reported, as CPython does, and
/// otherwise ignored.
fn call_finalizer<R: Runtime>(vm: &Vm<R>, obj: &Obj<R>) {
    let Some(function) = crate::types::lookup(&obj.class(), "__del__") else { return };
    let receiver = Value::Obj(obj.clone());
    if let Err(error) = crate::protocols::call_method(vm, &function, &receiver, Vec::new()) {
        crate::builtins::flush_stdout();
        let what = crate::protocols::repr(vm, &function).unwrap_or_else(|_| "?".into());
        eprint!("Exception ignored in: {what}\n{}", crate::exceptions::format_exception(vm, &error.exception));
    }
}

/// Collects generations `0..=generation`; returns how many unreachable
/// objects it found (as `gc.collect()` does).
pub fn collect<R: Runtime>(vm: &Vm<R>, generation: usize) -> usize {
    if COLLECTING.swap(true, Ordering::Acquire) {
        return 0;
    }
    let started = Instant::now();
    let older = (generation + 1).min(GENERATIONS - 1);
    let (garbage, survivors) = R::stop_the_world(|| {
        // SAFETY: the world is stopped; every taken object is restored or
        // held (with a reference) before it restarts.
        let taken = unsafe { R::tracker().take(generation) };
        let reachable = reachability::<R>(&taken, 0);
        let mut garbage = Vec::new();
        for (links, alive) in taken.iter().zip(&reachable) {
            if *alive {
                // SAFETY: taken above from this runtime's lists; alive.
                unsafe { tracking::restore::<R::GcLock>(*links, older) };
            } else {
                // SAFETY: taken objects are alive while the world is stopped.
                let obj = unsafe { Obj::<R>::borrow_from_links(*links) };
                garbage.push((*obj).clone());
            }
        }
        let survivors = taken.len() - garbage.len();
        (garbage, survivors)
    });
    // What other threads saw: from the request to stop until the restart.
    let stopped = started.elapsed();
    account_generations(generation, survivors);
    let garbage = finalize(vm, garbage, older);
    let found = count_found(&garbage);
    garbage.iter().for_each(clear);
    drop(garbage);
    record(generation, found, stopped, started.elapsed());
    COLLECTING.store(false, Ordering::Release);
    found
}

/// Which of `objects` (numbered by `tracking`) are reachable from outside
/// the set; `held` references to each are the caller's own and do not count.
fn reachability<R: Runtime>(objects: &[NonNull<GcLinks>], held: usize) -> Vec<bool> {
    // SAFETY: the caller holds the objects alive with the world stopped.
    let objs: Vec<ManuallyDrop<Obj<R>>> =
        objects.iter().map(|links| unsafe { Obj::borrow_from_links(*links) }).collect();
    let index_of = |child: &Obj<R>| {
        let index = child.gc_links().collecting_index()?;
        (objects.get(index) == Some(&NonNull::from(child.gc_links()))).then_some(index)
    };
    let mut scores: Vec<isize> = objs
        .iter()
        .map(|obj| if obj.is_immortal() { isize::MAX } else { obj.refcount() as isize - held as isize })
        .collect();
    for obj in &objs {
        traverse(obj, &mut |child| {
            if let Some(index) = index_of(child) {
                scores[index] -= 1;
            }
        });
    }
    debug_assert!(scores.iter().all(|&score| score >= 0), "a traversal reported an uncounted reference");
    let mut reachable = vec![false; objs.len()];
    let mut pending: Vec<usize> = (0..objs.len()).filter(|&index| scores[index] > 0).collect();
    while let Some(index) = pending.pop() {
        if std::mem::replace(&mut reachable[index], true) {
            continue;
        }
        traverse(&objs[index], &mut |child| {
            if let Some(child) = index_of(child).filter(|&child| !reachable[child]) {
                pending.push(child);
            }
        });
    }
    reachable
}

/// How many unreachable objects `gc.collect()` reports. CPython 3.11 gives
/// a function a dict only once it has attributes, and an instance of a
/// Python subclass of a builtin type only once code asked for `__dict__`;
/// weft makes those dicts up front, so they are not counted here. (Plain
/// instances have a dict only when CPython's would too: see `crate::shape`.)
fn count_found<R: Runtime>(garbage: &[Obj<R>]) -> usize {
    let ids: std::collections::HashSet<usize> = garbage.iter().map(Obj::id).collect();
    let hidden = garbage
        .iter()
        .filter(|obj| {
            let Some(attrs) = obj.attrs() else { return false };
            let lazy = match (obj.payload(), attrs.payload()) {
                (Payload::Function(_), Payload::Dict(table)) => table.is_empty(),
                (Payload::Instance(_), _) => false,
                _ => matches!(obj.class().payload(), Payload::Class(data) if !data.builtin),
            };
            lazy && ids.contains(&attrs.id()) && !attrs.gc_links().is_exposed()
        })
        .count();
    garbage.len() - hidden
}

/// Calls the `__del__` of the unreachable objects that have one, then keeps
/// only those still unreachable: the others go back into the lists.
fn finalize<R: Runtime>(vm: &Vm<R>, garbage: Vec<Obj<R>>, older: usize) -> Vec<Obj<R>> {
    let due: Vec<&Obj<R>> = garbage.iter().filter(|obj| obj.gc_links().finalizer_due()).collect();
    if due.is_empty() {
        return garbage;
    }
    for obj in due {
        tracking::mark_collected_finalized(obj.gc_links());
        call_finalizer(vm, obj);
    }
    let links: Vec<NonNull<GcLinks>> = garbage.iter().map(|obj| NonNull::from(obj.gc_links())).collect();
    let reachable = R::stop_the_world(|| {
        tracking::number(&links);
        reachability::<R>(&links, 1)
    });
    let (resurrected, garbage): (Vec<_>, Vec<_>) = garbage.into_iter().zip(reachable).partition(|(_, alive)| *alive);
    for (obj, _) in resurrected {
        // SAFETY: the object is alive (we hold it) and in no list.
        unsafe { tracking::restore::<R::GcLock>(NonNull::from(obj.gc_links()), older) };
    }
    garbage.into_iter().map(|(obj, _)| obj).collect()
}

/// Generation bookkeeping after collecting `0..=generation`.
fn account_generations(generation: usize, survivors: usize) {
    for count in &COLLECTIONS[..=generation] {
        count.store(0, Ordering::Relaxed);
    }
    if let Some(next) = COLLECTIONS.get(generation + 1) {
        next.fetch_add(1, Ordering::Relaxed);
    }
    if generation == GENERATIONS - 1 {
        LONG_LIVED_PENDING.store(0, Ordering::Relaxed);
        LONG_LIVED_TOTAL.store(survivors, Ordering::Relaxed);
    } else if generation == GENERATIONS - 2 {
        LONG_LIVED_PENDING.fetch_add(survivors, Ordering::Relaxed);
    }
}

fn record(generation: usize, found: usize, stopped: Duration, took: Duration) {
    let mut statistics = statistics();
    let row = &mut statistics.per_generation[generation];
    row[0] += 1;
    row[1] += found;
    statistics.longest_stop = statistics.longest_stop.max(stopped);
    statistics.longest_collection = statistics.longest_collection.max(took);
    statistics.total += took;
}
