//! A running (or suspended) function, module or class body: its value
//! stack, fast locals, cells, block stack and instruction pointer.

use std::cell::RefCell;
use std::sync::Arc;

use weft_runtime::Runtime;

use crate::object::Obj;
use crate::objects::CodeData;
use crate::value::Value;

/// An entry of the block stack (see docs/bytecode.md).
pub enum Block<R: Runtime> {
    /// `SETUP_FINALLY`: where to go if an exception is raised, and the stack
    /// depth to cut back to first.
    Handler { target: u32, depth: usize },
    /// Inside a handler: the exception handled before it, restored on leaving.
    ExceptHandler { depth: usize, previous: Value<R> },
}

pub struct Frame<R: Runtime> {
    pub code: Arc<CodeData<R>>,
    pub globals: Obj<R>,
    /// The namespace of a module or class body; None for functions, which use `fast`.
    pub locals: Option<Obj<R>>,
    pub fast: Vec<Option<Value<R>>>,
    /// Cells for `cellvars`, then the closure's cells for `freevars`.
    pub cells: Vec<Obj<R>>,
    pub stack: Vec<Value<R>>,
    pub blocks: Vec<Block<R>>,
    /// The next instruction to run.
    pub ip: usize,
}

impl<R: Runtime> Frame<R> {
    pub fn new(code: Arc<CodeData<R>>, globals: Obj<R>, locals: Option<Obj<R>>) -> Frame<R> {
        let fast = vec![None; code.code.varnames.len()];
        let stack = Vec::with_capacity(code.code.max_stack as usize);
        Frame { code, globals, locals, fast, cells: Vec::new(), stack, blocks: Vec::new(), ip: 0 }
    }

    /// A frame for a function call, its locals and value stack taken from
    /// `pool` (storage an earlier call on this thread left behind).
    pub fn from_pool(pool: &FramePool<R>, code: Arc<CodeData<R>>, globals: Obj<R>) -> Frame<R> {
        let (mut fast, mut stack) = pool.free.borrow_mut().pop().unwrap_or_default();
        // Pooled locals come back all None (see `recycle`), so only a
        // longer list needs filling; a shorter one is cut, which is free.
        let locals = code.code.varnames.len();
        if fast.len() < locals {
            fast.resize_with(locals, || None);
        } else {
            fast.truncate(locals);
        }
        stack.reserve(code.code.max_stack as usize);
        Frame { code, globals, locals: None, fast, cells: Vec::new(), stack, blocks: Vec::new(), ip: 0 }
    }

    /// Ends a finished frame, giving its storage back to `pool`.
    pub fn recycle(self, pool: &FramePool<R>) {
        let Frame { mut fast, mut stack, .. } = self;
        // Values are released before the pool is borrowed: releasing one
        // frees objects, never runs Python code, but keep the borrow short.
        // The locals keep their length, all None, for the next call.
        fast.iter_mut().for_each(|local| *local = None);
        stack.clear();
        let mut free = pool.free.borrow_mut();
        if free.len() < FramePool::<R>::LIMIT {
            free.push((fast, stack));
        }
    }

    /// The source line of the instruction that ran last.
    pub fn line(&self) -> u32 {
        let index = self.ip.saturating_sub(1);
        self.code.code.locations.get(index).map_or(self.code.code.first_line, |location| location.line)
    }

    #[inline]
    pub fn pop(&mut self) -> Value<R> {
        self.stack.pop().expect("the compiler balances the stack")
    }

    #[inline]
    pub fn top(&self) -> &Value<R> {
        self.stack.last().expect("the compiler balances the stack")
    }

    /// The i-th item from the top, 1 being the top.
    #[inline]
    pub fn peek(&self, i: usize) -> &Value<R> {
        &self.stack[self.stack.len() - i]
    }

    /// Pops the top `count` items, in stack order.
    pub fn pop_n(&mut self, count: usize) -> Vec<Value<R>> {
        let at = self.stack.len() - count;
        self.stack.split_off(at)
    }
}

/// Locals and value-stack vectors of finished calls, kept per thread so
/// that a call allocates nothing for them (CPython 3.11 carves frames out
/// of a per-thread stack for the same reason).
pub struct FramePool<R: Runtime> {
    free: RefCell<Vec<FrameStorage<R>>>,
}

type FrameStorage<R> = (Vec<Option<Value<R>>>, Vec<Value<R>>);

impl<R: Runtime> FramePool<R> {
    /// Enough for a call chain as deep as the default recursion limit to
    /// find its frames' storage again on the next descent (a few hundred
    /// bytes each), without holding memory for a deeper runaway.
    const LIMIT: usize = 1024;
}

impl<R: Runtime> Default for FramePool<R> {
    fn default() -> Self {
        FramePool { free: RefCell::new(Vec::new()) }
    }
}
