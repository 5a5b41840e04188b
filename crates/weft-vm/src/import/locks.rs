//! Module locks: one thread runs a module's body; others importing it
//! meanwhile wait for it to finish, as CPython's per-module import locks do.
//!
//! A thread importing a module it is already importing (a circular import)
//! gets the partly run module at once. So does a thread whose wait would
//! close a cycle of threads waiting on each other's modules (A imports X
//! which imports Y while B imports Y which imports X): CPython breaks such
//! deadlocks the same way.
//!
//! The state's mutex is only ever held for a few map operations, never
//! while waiting for the GIL, so GIL holders may block on it briefly.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use weft_runtime::Runtime;

#[derive(Default)]
pub struct ImportLocks {
    state: Mutex<State>,
    finished: Condvar,
    /// How many module bodies are running: while none is, an import of a
    /// module already in `sys.modules` needs no look at the state.
    bodies: AtomicUsize,
}

#[derive(Default)]
struct State {
    /// Module name → the thread running its body.
    running: HashMap<String, u64>,
    /// Thread → the module it waits for.
    waiting: HashMap<u64, String>,
}

/// What a thread about to import a module should do.
pub enum Turn {
    /// Nobody is running the module: this thread does (and must `finish`).
    Run,
    /// The module is this thread's own import in progress, or waiting
    /// would deadlock: use what `sys.modules` has.
    Partial,
    /// Another thread ran it while this one waited: look again.
    Retry,
}

impl State {
    /// True if `me` waiting for `module` would close a cycle of waits.
    fn would_deadlock(&self, me: u64, module: &str) -> bool {
        let mut owner = self.running.get(module).copied();
        for _ in 0..=self.waiting.len() {
            match owner {
                Some(thread) if thread == me => return true,
                Some(thread) => owner = self.waiting.get(&thread).and_then(|wanted| self.running.get(wanted)).copied(),
                None => return false,
            }
        }
        false
    }
}

impl ImportLocks {
    fn state(&self) -> MutexGuard<'_, State> {
        // The state is updated in single statements: a panic elsewhere
        // cannot leave it half-changed.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Claims `module` for thread `me`, or waits (detached from the runtime)
    /// for the thread running it.
    pub fn claim<R: Runtime>(&self, me: u64, module: &str) -> Turn {
        let mut state = self.state();
        match state.running.get(module) {
            None => {
                self.bodies.fetch_add(1, Ordering::SeqCst);
                state.running.insert(module.to_owned(), me);
                Turn::Run
            }
            Some(&owner) if owner == me => Turn::Partial,
            Some(_) if state.would_deadlock(me, module) => Turn::Partial,
            Some(_) => {
                state.waiting.insert(me, module.to_owned());
                // The state's lock is let go before the thread attaches
                // again: nobody may hold it while waiting for the GIL.
                R::detached(|| {
                    let mut state = self
                        .finished
                        .wait_while(state, |state| state.running.contains_key(module))
                        .unwrap_or_else(|poisoned| poisoned.into_inner());
                    state.waiting.remove(&me);
                });
                Turn::Retry
            }
        }
    }

    /// True while some thread runs `module`'s body: its `sys.modules`
    /// entry is not finished yet.
    pub fn running(&self, module: &str) -> bool {
        self.bodies.load(Ordering::SeqCst) != 0 && self.state().running.contains_key(module)
    }

    /// The module's body has run (or failed): wake the threads waiting for it.
    pub fn finish(&self, module: &str) {
        self.state().running.remove(module);
        self.bodies.fetch_sub(1, Ordering::SeqCst);
        self.finished.notify_all();
    }
}
