//! Thread states without a GIL: thread ids (the owners of biased counts),
//! each attached thread's merge queue, and the eval breaker that tells a
//! thread it has queued objects to merge.
//!
//! The registry of live threads is a `DashMap` from thread id to merge
//! queue: non-owner decrements look their owner up there, from any thread,
//! without one global lock. Ids are never reused, so an object whose owner
//! has exited is recognised by its id missing from the registry, and is
//! merged by whoever finds it.

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, LazyLock};

use dashmap::DashMap;
use parking_lot::Mutex;
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

struct MergeQueue {
    /// Set when `items` is non-empty: the owner's eval breaker.
    pending: AtomicBool,
    /// None once the owner has exited: queuers then merge themselves.
    items: Mutex<Option<Vec<Queued>>>,
}

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
static REGISTRY: LazyLock<DashMap<u32, Arc<MergeQueue>>> = LazyLock::new(DashMap::new);

thread_local! {
    static ID: Cell<u32> = const { Cell::new(0) };
    static QUEUE: RefCell<Option<Arc<MergeQueue>>> = const { RefCell::new(None) };
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
    let queue = Arc::new(MergeQueue { pending: AtomicBool::new(false), items: Mutex::new(Some(Vec::new())) });
    PENDING.with(|pending| pending.set(&queue.pending));
    REGISTRY.insert(current(), Arc::clone(&queue));
    QUEUE.with(|slot| *slot.borrow_mut() = Some(queue));
}

/// Merges what is queued, closes the queue (later queuers merge
/// themselves) and leaves the registry.
pub fn exit() {
    let Some(queue) = QUEUE.with(|slot| slot.borrow_mut().take()) else { return };
    PENDING.with(|pending| pending.set(std::ptr::null()));
    let left = queue.items.lock().take().unwrap_or_default();
    left.into_iter().for_each(Queued::merge);
    REGISTRY.remove(&current());
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

/// The eval breaker fired: merge everything other threads queued here.
pub fn merge_queued() {
    let Some(queue) = QUEUE.with(|slot| slot.borrow().clone()) else { return };
    queue.pending.store(false, Ordering::Relaxed);
    let items = queue.items.lock().as_mut().map(std::mem::take).unwrap_or_default();
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
