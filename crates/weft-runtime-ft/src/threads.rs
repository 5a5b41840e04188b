//! Thread states without a GIL: thread ids (the owners of biased counts),
//! each attached thread's merge queue, the eval breaker that tells a thread
//! it has queued objects to merge (or must pause, or has VM work due), and
//! stopping the world for the cycle collector.
//!
//! Stopping the world (CPython's free-threaded build does the same): each
//! thread is *attached* (running Python code), *detached* (in a blocking
//! call that touches no object) or *parked* (paused at an eval-breaker
//! check). The collector raises [`STOP_REQUESTED`], fires every attached
//! thread's eval breaker, and waits until none is attached; threads that
//! re-attach while the world is stopped wait until it restarts. Status
//! changes happen under [`WORLD`]'s lock, so the collector's "nobody is
//! attached" is true until it lets go.
//!
//! The registry of live threads is a `DashMap` from thread id to merge
//! queue: non-owner decrements look their owner up there, from any thread,
//! without one global lock. Ids are never reused, so an object whose owner
//! has exited is recognised by its id missing from the registry, and is
//! merged by whoever finds it.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, Ordering};
use std::sync::{Arc, LazyLock};

use dashmap::DashMap;
use parking_lot::{Condvar, Mutex, MutexGuard, RwLock};
use weft_runtime::Dealloc;

use crate::biased::BiasedCount;
use crate::stats;

/// An object handed to its owner for merging, with the VM's way to free it.
struct Queued {
    header: NonNull<BiasedCount>,
    dealloc: Dealloc<BiasedCount>,
}

// SAFETY: a queued object is kept alive by the decrement its QUEUED flag
// records, so the pointer stays valid until the merge; the merge may run on
// any thread, which the object (Send + Sync under this runtime) allows.
unsafe impl Send for Queued {}

impl Queued {
    /// Settles the object's count and frees it if nothing refers to it.
    fn merge(self) {
        // SAFETY: see `Queued`'s Send: the object lives until this merge.
        let header = unsafe { self.header.as_ref() };
        if header.merge_queued() {
            // SAFETY: the merge found no references left; the object is freed once, here.
            unsafe { (self.dealloc)(self.header) };
        }
        stats::merged();
    }
}

/// What other threads need of an attached thread.
struct ThreadState {
    /// The thread's eval breaker: set when `items` is non-empty, when the
    /// world is to stop, or when the VM asked for a break.
    pending: AtomicBool,
    /// None once the owner has exited: queuers then merge themselves.
    items: Mutex<Option<Vec<Queued>>>,
    /// ATTACHED, DETACHED or PARKED; changed under `WORLD`'s lock.
    status: AtomicU8,
    /// The VM asked this thread for a break (`request_eval_break`).
    vm_request: AtomicBool,
}

const ATTACHED: u8 = 0;
const DETACHED: u8 = 1;
const PARKED: u8 = 2;

/// True while a collector has the world stopped (or is stopping it).
static WORLD: Mutex<bool> = parking_lot::const_mutex(false);
/// Signalled whenever a thread parks, detaches, exits, or the world restarts.
static WORLD_CHANGED: Condvar = Condvar::new();
/// `*WORLD`, for the eval breaker to read without the lock.
static STOP_REQUESTED: AtomicBool = AtomicBool::new(false);
/// Held for reading while epoch garbage is released, and for writing while
/// the collector works: a finishing thread's thread-local teardown may
/// release garbage at any moment, and must not free objects under the
/// collector's feet.
pub static COLLECTOR: RwLock<()> = parking_lot::const_rwlock(());

/// False until the first thread besides the main one is started: until then
/// nothing can race, and storage is read and written without its lock.
static MULTI_THREADED: AtomicBool = AtomicBool::new(false);

/// True while only one thread has ever run Python code. A relaxed load
/// suffices: the flag is set by the only thread there is, before it starts
/// the second, so that thread sees it set by program order and the new one
/// through the start of its OS thread.
#[inline]
pub fn single_threaded() -> bool {
    !MULTI_THREADED.load(Ordering::Relaxed)
}

pub fn leave_single_threaded_mode() {
    MULTI_THREADED.store(true, Ordering::Relaxed);
}

static NEXT_ID: AtomicU32 = AtomicU32::new(1);
static REGISTRY: LazyLock<DashMap<u32, Arc<ThreadState>>> = LazyLock::new(DashMap::new);

thread_local! {
    static ID: Cell<u32> = const { Cell::new(0) };
    static QUEUE: RefCell<Option<Arc<ThreadState>>> = const { RefCell::new(None) };
    /// `QUEUE`'s contents, for the eval breaker's one load.
    static PENDING: Cell<*const AtomicBool> = const { Cell::new(std::ptr::null()) };
}

/// This thread's id: assigned on first use, never reused.
#[inline]
pub fn current() -> u32 {
    let id = ID.with(Cell::get);
    if id != 0 { id } else { assign_id() }
}

#[cold]
fn assign_id() -> u32 {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    ID.with(|cell| cell.set(id));
    id
}

pub fn attach() {
    let queue = Arc::new(ThreadState {
        pending: AtomicBool::new(false),
        items: Mutex::new(Some(Vec::new())),
        status: AtomicU8::new(ATTACHED),
        vm_request: AtomicBool::new(false),
    });
    PENDING.with(|pending| pending.set(&queue.pending));
    let mut world = WORLD.lock();
    wait_for_restart(&mut world);
    REGISTRY.insert(current(), Arc::clone(&queue));
    drop(world);
    QUEUE.with(|slot| *slot.borrow_mut() = Some(queue));
}

/// Runs `f` on the calling thread's state, if it is attached (borrowed:
/// no reference-count traffic on the eval-breaker path).
fn with_this_thread<T>(f: impl FnOnce(&ThreadState) -> T) -> Option<T> {
    QUEUE.with(|slot| slot.borrow().as_deref().map(f))
}

/// The calling thread enters a blocking call that touches no object: a
/// stopping world need not wait for it.
pub fn detach() {
    with_this_thread(|state| {
        let _world = WORLD.lock();
        state.status.store(DETACHED, Ordering::Relaxed);
        WORLD_CHANGED.notify_all();
    });
}

/// The blocking call returned: wait for a stopped world to restart, then
/// run Python code again.
pub fn reattach() {
    with_this_thread(|state| {
        let mut world = WORLD.lock();
        wait_for_restart(&mut world);
        state.status.store(ATTACHED, Ordering::Relaxed);
    });
}

fn wait_for_restart(world: &mut MutexGuard<'_, bool>) {
    while **world {
        WORLD_CHANGED.wait(world);
    }
}

/// While a collector has the world stopped (or is stopping it), counts the
/// calling thread (if attached) as parked and waits for the restart. The
/// caller holds `WORLD`'s lock (`world`).
fn park_locked(state: Option<&ThreadState>, world: &mut MutexGuard<'_, bool>) {
    if !**world {
        return;
    }
    if let Some(state) = state {
        state.status.store(PARKED, Ordering::Relaxed);
    }
    WORLD_CHANGED.notify_all();
    wait_for_restart(world);
    if let Some(state) = state {
        state.status.store(ATTACHED, Ordering::Relaxed);
    }
}

/// Runs `work` with every other thread parked or detached, after merging
/// every queued biased count (the counts are then exact). Called by an
/// attached thread at a safe point; a second collector parks until the
/// first is done, then stops the world itself.
pub fn stop_the_world<T>(work: impl FnOnce() -> T) -> T {
    let me = current();
    let mut world = WORLD.lock();
    QUEUE.with(|slot| park_locked(slot.borrow().as_deref(), &mut world));
    *world = true;
    STOP_REQUESTED.store(true, Ordering::SeqCst);
    loop {
        let mut running = false;
        for entry in REGISTRY.iter() {
            if *entry.key() != me && entry.status.load(Ordering::Relaxed) == ATTACHED {
                running = true;
                // Fire its eval breaker (again: it may have cleared it since).
                entry.pending.store(true, Ordering::Release);
            }
        }
        if !running {
            break;
        }
        WORLD_CHANGED.wait_for(&mut world, std::time::Duration::from_millis(1));
    }
    drop(world);
    // On the owners' behalf: no owner can touch its local counts while stopped.
    let states: Vec<Arc<ThreadState>> = REGISTRY.iter().map(|entry| Arc::clone(entry.value())).collect();
    states.iter().for_each(|state| merge_into(state));
    let result = {
        let _collecting = COLLECTOR.write();
        work()
    };
    let mut world = WORLD.lock();
    *world = false;
    STOP_REQUESTED.store(false, Ordering::SeqCst);
    WORLD_CHANGED.notify_all();
    result
}

/// The VM wants the calling thread's next eval-breaker check to fire.
pub fn request_vm_break() {
    with_this_thread(|state| {
        state.vm_request.store(true, Ordering::Relaxed);
        state.pending.store(true, Ordering::Release);
    });
}

/// Merges what is queued, closes the queue (later queuers merge
/// themselves) and leaves the registry.
pub fn exit() {
    let Some(queue) = QUEUE.with(|slot| slot.borrow_mut().take()) else { return };
    PENDING.with(|pending| pending.set(std::ptr::null()));
    let left = queue.items.lock().take().unwrap_or_default();
    left.into_iter().for_each(Queued::merge);
    {
        let _world = WORLD.lock();
        REGISTRY.remove(&current());
        WORLD_CHANGED.notify_all();
    }
    // Releases can still run on this thread after this point — epoch
    // garbage collected while its thread-locals are torn down — and must
    // not take the owner's unsynchronised path on objects that others now
    // merge: from here on this thread owns nothing.
    ID.with(|id| id.set(EXITED));
    crate::seqlock::flush_thread();
    stats::thread_exited();
}

/// The id of a thread that has exited the runtime: no object's owner.
const EXITED: u32 = u32::MAX;

#[inline]
pub fn merge_pending() -> bool {
    let pending = PENDING.with(Cell::get);
    // SAFETY: the pointer is into this thread's own queue, which the
    // thread-local `QUEUE` keeps alive until `exit` clears the pointer.
    !pending.is_null() && unsafe { (*pending).load(Ordering::Relaxed) }
}

/// The eval breaker fired: merge everything other threads queued here,
/// pause if the world is stopping, and say whether the VM asked for the break.
pub fn handle_eval_breaker() -> bool {
    with_this_thread(|state| {
        state.pending.store(false, Ordering::Relaxed);
        merge_into(state);
        if STOP_REQUESTED.load(Ordering::SeqCst) {
            park_locked(Some(state), &mut WORLD.lock());
        }
        state.vm_request.swap(false, Ordering::Relaxed)
    })
    .unwrap_or(false)
}

/// Merges everything other threads queued to this thread.
pub fn merge_queued() {
    with_this_thread(merge_into);
}

fn merge_into(state: &ThreadState) {
    let items = state.items.lock().as_mut().map(std::mem::take).unwrap_or_default();
    items.into_iter().for_each(Queued::merge);
}

/// A non-owner's decrement queued `header` to `owner`: hand it over, or
/// merge it here if the owner has exited.
pub fn enqueue(owner: u32, header: NonNull<BiasedCount>, dealloc: Dealloc<BiasedCount>) {
    stats::queued();
    let queued = Queued { header, dealloc };
    // The map's shard guard is dropped before the queue's lock is taken, so
    // no thread ever holds both (an exiting owner takes them in the other order).
    let queue = REGISTRY.get(&owner).map(|entry| Arc::clone(entry.value()));
    if let Some(queue) = queue {
        let mut items = queue.items.lock();
        if let Some(items) = items.as_mut() {
            items.push(queued);
            queue.pending.store(true, Ordering::Release);
            return;
        }
    }
    queued.merge();
}
