//! weft's compiler: a syntax tree in, a tree of bytecode code objects out.
//!
//! [`symtable`] first decides where every name lives; [`compile`] then emits
//! instructions scope by scope. Errors that CPython raises while compiling
//! (`'return' outside function`, `'break' outside loop`, bad `nonlocal`)
//! come out as [`weft_syntax::SyntaxError`]s, rendered like parse errors.
//!
//! Architecture invariant: the compiler knows no runtime; it produces plain
//! data ([`weft_bytecode::CodeObject`]) that any build's VM can run.

pub mod compile;
pub mod symtable;

pub use compile::{Mode, compile_expression, compile_module, compile_source};

/// Runs a step of a recursive walk, first growing the native stack if little
/// is left. The parser bounds nesting, so this only matters on threads with
/// small stacks.
pub(crate) fn with_stack<R>(step: impl FnOnce() -> R) -> R {
    const RED_ZONE: usize = 128 * 1024;
    const GROW_BY: usize = 4 * 1024 * 1024;
    stacker::maybe_grow(RED_ZONE, GROW_BY, step)
}
