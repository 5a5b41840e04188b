//! Native stack headroom for recursive paths (Python calls, repr of nested
//! containers): grow the stack instead of overflowing it. The recursion
//! limit bounds how deep Python code goes; this makes any limit safe.

/// Runs `step`, first growing the native stack if less than a red zone is left.
pub fn with_stack<T>(step: impl FnOnce() -> T) -> T {
    const RED_ZONE: usize = 256 * 1024;
    const GROW_BY: usize = 8 * 1024 * 1024;
    stacker::maybe_grow(RED_ZONE, GROW_BY, step)
}
