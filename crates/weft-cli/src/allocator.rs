//! The global allocator of both binaries: mimalloc, called directly.
//!
//! The `mimalloc` crate's `GlobalAlloc` sends every request through
//! `mi_malloc_aligned`, even for the 8- and 16-byte alignments that plain
//! `mi_malloc` already guarantees. In mimalloc 3 that path serves a size
//! class that is not a power of two from its free list only while the
//! current page has blocks; once a page runs dry it over-allocates from a
//! larger class instead of refilling, so most object allocations took the
//! slow path (callgrind: ~160 instructions each). Plain `mi_malloc` for
//! small alignments avoids that; larger alignments still go the aligned way.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned,
};

/// What `mi_malloc` guarantees on 64-bit targets (`MI_MAX_ALIGN_SIZE`).
const MALLOC_ALIGNMENT: usize = 16;

pub struct Mimalloc;

fn plain(layout: &Layout) -> bool {
    layout.align() <= MALLOC_ALIGNMENT && layout.align() <= layout.size()
}

/// Allocates with `plain` when its alignment suffices, else with `aligned`.
///
/// # Safety
///
/// `plain` and `aligned` are mimalloc allocation functions.
#[inline]
unsafe fn allocate(
    layout: &Layout,
    plain_alloc: unsafe extern "C" fn(usize) -> *mut c_void,
    aligned_alloc: unsafe extern "C" fn(usize, usize) -> *mut c_void,
) -> *mut u8 {
    // SAFETY: forwarded; both accept any size (and a power-of-two alignment,
    // which a `Layout` always has).
    unsafe {
        if plain(layout) {
            plain_alloc(layout.size()).cast()
        } else {
            aligned_alloc(layout.size(), layout.align()).cast()
        }
    }
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free`
// takes blocks from any of its allocation functions); the plain functions
// are used only where their 16-byte alignment covers the layout's.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: mimalloc's allocation functions accept any size.
        unsafe { allocate(&layout, mi_malloc, mi_malloc_aligned) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        unsafe { allocate(&layout, mi_zalloc, mi_zalloc_aligned) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: the caller passes a block this allocator returned.
        unsafe { mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller passes a block this allocator returned, with
        // the layout it was allocated with.
        unsafe {
            if layout.align() <= MALLOC_ALIGNMENT && layout.align() <= new_size {
                mi_realloc(ptr.cast(), new_size).cast()
            } else {
                mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}
