//! Model checks of the biased-reference-count protocol under every
//! interleaving loom explores (the C11 memory model, bounded preemptions).
//!
//! Run with: `RUSTFLAGS="--cfg loom" cargo test --release -p weft-runtime-ft --test loom_biased`
//! (in an ordinary build this file compiles to nothing).
#![cfg(loom)]

use loom::sync::Arc;
use loom::sync::Mutex;
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::thread;
use weft_runtime_ft::biased::{BiasedCount, Release};

const OWNER: u32 = 1;
const OTHER: u32 = 2;

/// The object under test, with what the runtime around the header does:
/// the owner's merge queue and a count of frees (which must end at one).
struct Object {
    count: BiasedCount,
    queued: Mutex<usize>,
    frees: AtomicUsize,
}

impl Object {
    fn new() -> Arc<Object> {
        Arc::new(Object { count: BiasedCount::new(OWNER), queued: Mutex::new(0), frees: AtomicUsize::new(0) })
    }

    fn release(&self, me: u32) {
        match self.count.decref(me) {
            Release::Keep => {}
            Release::Free => self.free(),
            Release::Queue { owner } => {
                assert_eq!(owner, OWNER, "queued to the wrong thread");
                *self.queued.lock().unwrap() += 1;
            }
        }
    }

    /// The owner's eval breaker: merge what was queued.
    fn merge(&self) {
        let pending = std::mem::take(&mut *self.queued.lock().unwrap());
        for _ in 0..pending {
            if self.count.merge_queued() {
                self.free();
            }
        }
    }

    fn free(&self) {
        assert_eq!(self.frees.fetch_add(1, Ordering::SeqCst), 0, "freed twice");
    }
}

/// The owner hands one reference to another thread (counted locally, as a
/// list slot would be); both threads add and drop references concurrently
/// and the owner merges whenever it looks. Exactly one free, at the end.
#[test]
fn handed_over_reference_is_freed_once() {
    loom::model(|| {
        let object = Object::new();
        assert!(object.count.incref(OWNER));
        let other = {
            let object = Arc::clone(&object);
            thread::spawn(move || {
                object.count.incref(OTHER);
                object.release(OTHER);
                object.release(OTHER); // the handed-over reference
            })
        };
        object.merge();
        object.release(OWNER);
        object.merge();
        other.join().unwrap();
        object.merge();
        assert_eq!(object.frees.load(Ordering::SeqCst), 1);
    });
}

/// The owner lets go first (its local count reaches zero while another
/// thread holds a shared reference): the object is merged and the other
/// thread's last decrement frees it.
#[test]
fn owner_letting_go_first_leaves_the_free_to_the_last_holder() {
    loom::model(|| {
        let object = Object::new();
        object.count.incref(OTHER); // as if the owner passed it on with an incref by the receiver
        let other = {
            let object = Arc::clone(&object);
            thread::spawn(move || {
                object.count.incref(OTHER);
                object.release(OTHER);
                object.release(OTHER);
            })
        };
        object.release(OWNER);
        object.merge();
        other.join().unwrap();
        object.merge();
        assert_eq!(object.frees.load(Ordering::SeqCst), 1);
    });
}

/// The owner has exited: a non-owner that queues merges the object itself
/// (the runtime finds the owner gone), racing another non-owner.
#[test]
fn merge_by_a_non_owner_after_the_owner_exited() {
    loom::model(|| {
        let object = Object::new();
        assert!(object.count.incref(OWNER)); // two references handed to two threads
        let threads: Vec<_> = [OTHER, OTHER + 1]
            .into_iter()
            .map(|me| {
                let object = Arc::clone(&object);
                thread::spawn(move || {
                    object.release(me);
                    object.merge(); // the owner is gone: whoever queued merges
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        object.merge();
        assert_eq!(object.frees.load(Ordering::SeqCst), 1);
    });
}
