//! Heap objects: a runtime-owned header, the object's class, its payload
//! (what kind of object it is and its data) and, for instances of Python
//! classes, an attribute dict.
//!
//! [`Obj`] is a counted reference: cloning it adds a reference, dropping it
//! removes one, and the last drop frees the object. Freeing a deep structure
//! (a long linked list) would recurse once per level, so frees that nest too
//! deeply are deferred to a work list and run by the outermost free — the
//! "trashcan" CPython uses for the same reason.
//!
//! Objects that can be part of a reference cycle are *tracked* for the
//! cycle collector (`crate::gc`): listed from allocation to free (see
//! `weft_runtime::tracking`). An object whose class has `__del__` is not
//! freed when its count first reaches zero: it is revived and queued, and
//! its `__del__` runs at the next eval-breaker check — a safe point, where
//! no storage is borrowed — before it is released again.

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicPtr, Ordering};

use weft_runtime::tracking::{self, GcLinks};
use weft_runtime::{ObjectHeader, Runtime};

use crate::objects::Payload;

/// `repr(C)` with the header first: the runtime frees an object given only
/// its header's address (see [`weft_runtime::Dealloc`]).
#[repr(C)]
pub struct ObjectBox<R: Runtime> {
    header: R::Header,
    /// Where the cycle collector lists the object, if it is tracked.
    gc: GcLinks,
    /// The object's class. Classes are immortal, so this reference is not
    /// counted. Atomic only because `obj.__class__ = C` may swap it while
    /// another thread reads it; a relaxed load is a plain load.
    class: AtomicPtr<ObjectBox<R>>,
    pub payload: Payload<R>,
    /// The instance `__dict__`, for objects whose class gives them one.
    pub attrs: Option<Obj<R>>,
}

pub struct Obj<R: Runtime> {
    ptr: NonNull<ObjectBox<R>>,
    marker: PhantomData<ObjectBox<R>>,
}

// SAFETY: an object's mutable parts are its header and the `Storage` cells in
// its payload, which the runtime makes safe to share (the GIL, or atomics and
// per-object locks); everything else is immutable after creation.
unsafe impl<R: Runtime> Send for Obj<R> {}
// SAFETY: as for `Send`.
unsafe impl<R: Runtime> Sync for Obj<R> {}

impl<R: Runtime> Obj<R> {
    /// Allocates a new object with one reference.
    pub fn new(class: &Obj<R>, payload: Payload<R>, attrs: Option<Obj<R>>) -> Obj<R> {
        Self::allocate(R::Header::new(), class.ptr, payload, attrs)
    }

    /// Allocates an object that is never freed (builtin types, singletons).
    pub fn new_immortal(class: Option<&Obj<R>>, payload: Payload<R>, attrs: Option<Obj<R>>) -> Obj<R> {
        let obj = Self::allocate(R::Header::immortal(), NonNull::dangling(), payload, attrs);
        let class = class.map_or(obj.ptr, |class| class.ptr);
        obj.inner().class.store(class.as_ptr(), Ordering::Relaxed);
        obj
    }

    fn allocate(header: R::Header, class: NonNull<ObjectBox<R>>, payload: Payload<R>, attrs: Option<Obj<R>>) -> Obj<R> {
        #[cfg(debug_assertions)]
        LIVE_OBJECTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let class = AtomicPtr::new(class.as_ptr());
        let boxed = Box::new(ObjectBox { header, gc: GcLinks::untracked(), class, payload, attrs });
        let obj = Obj { ptr: NonNull::from(Box::leak(boxed)), marker: PhantomData };
        if !obj.inner().header.is_immortal() {
            obj.track();
        }
        obj
    }

    /// Lists a new object for the cycle collector if it can be part of a
    /// cycle, and asks for a collection when the young generation is full.
    fn track(&self) {
        let class = self.class();
        let python_class = matches!(class.payload(), Payload::Class(data) if !data.builtin);
        if !python_class && self.attrs().is_none() && !crate::objects::traverse::may_hold_references(self.payload()) {
            return;
        }
        let finalizer = python_class && crate::objects::class::has_hook(&class, crate::objects::class::Hook::Del);
        let young = R::thread_lists().track(&self.inner().gc, finalizer);
        crate::gc::allocated::<R>(young);
    }

    /// The collector's links of the object.
    pub fn gc_links(&self) -> &GcLinks {
        &self.inner().gc
    }

    /// The object whose links these are, borrowed (no reference is taken).
    ///
    /// # Safety
    ///
    /// `links` are the links of a live object of runtime `R`.
    pub unsafe fn borrow_from_links(links: NonNull<GcLinks>) -> std::mem::ManuallyDrop<Obj<R>> {
        let offset = std::mem::offset_of!(ObjectBox<R>, gc);
        // SAFETY: `ObjectBox` is `repr(C)`, so `gc` sits at this fixed offset
        // from the start of the box the caller says is alive.
        let ptr = unsafe { links.byte_sub(offset) }.cast::<ObjectBox<R>>();
        std::mem::ManuallyDrop::new(Obj { ptr, marker: PhantomData })
    }

    /// Takes over the reference a queued object carries (see `free`).
    ///
    /// # Safety
    ///
    /// As for [`Obj::borrow_from_links`], and the caller owns one reference.
    pub unsafe fn from_links(links: NonNull<GcLinks>) -> Obj<R> {
        // SAFETY: forwarded; the reference is the caller's.
        std::mem::ManuallyDrop::into_inner(unsafe { Self::borrow_from_links(links) })
    }

    /// Python code has seen this instance attribute dict (`obj.__dict__`).
    pub fn mark_exposed(&self) {
        // SAFETY: the object is alive (`self` holds a reference) and tracked
        // (if at all) in this runtime's lists.
        unsafe { tracking::mark_exposed::<R::GcLock>(&self.inner().gc) };
    }

    /// True if nothing counts references to this object.
    pub fn is_immortal(&self) -> bool {
        self.inner().header.is_immortal()
    }

    #[inline]
    fn inner(&self) -> &ObjectBox<R> {
        // SAFETY: an `Obj` holds a reference, so the object is alive.
        unsafe { self.ptr.as_ref() }
    }

    #[inline]
    pub fn payload(&self) -> &Payload<R> {
        &self.inner().payload
    }

    pub fn attrs(&self) -> Option<&Obj<R>> {
        match (&self.inner().attrs, &self.inner().payload) {
            (Some(attrs), _) => Some(attrs),
            // An instance keeping its attributes by shape has a dict only
            // once one was needed (see `crate::shape`).
            (None, Payload::Instance(data)) => data.dict.get(),
            (None, _) => None,
        }
    }

    /// The object's class (a type object).
    #[inline]
    pub fn class(&self) -> Obj<R> {
        let class = self.class_ptr();
        // SAFETY: classes are immortal, so the class outlives every object
        // and handing out a reference needs no count.
        Obj { ptr: class, marker: PhantomData }
    }

    #[inline]
    fn class_ptr(&self) -> NonNull<ObjectBox<R>> {
        let class = self.inner().class.load(Ordering::Relaxed);
        // SAFETY: the field always holds a pointer taken from a live `Obj`
        // (set in `allocate`, `new_immortal` or `set_class`), never null.
        unsafe { NonNull::new_unchecked(class) }
    }

    /// True if the class of this object is exactly `class`.
    #[inline]
    pub fn class_is(&self, class: &Obj<R>) -> bool {
        self.class_ptr() == class.ptr
    }

    #[inline]
    pub fn ptr_eq(&self, other: &Obj<R>) -> bool {
        self.ptr == other.ptr
    }

    /// A stable identity, for `id()` and `is`.
    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Points the object at another class: bootstrap fix-ups and
    /// `obj.__class__ = C` (whose caller has checked the layouts agree).
    /// The class is not counted, so it must be immortal, as all classes are.
    pub fn set_class(&self, class: &Obj<R>) {
        debug_assert!(class.inner().header.is_immortal(), "classes are immortal");
        self.inner().class.store(class.ptr.as_ptr(), Ordering::Relaxed);
    }

    /// The object's address, carrying this reference with it (for storage
    /// that keeps objects as machine words; see [`Obj::from_raw`]).
    pub fn into_raw(self) -> usize {
        let address = self.ptr.as_ptr() as usize;
        std::mem::forget(self);
        address
    }

    /// Takes back the reference an [`Obj::into_raw`] address carries.
    ///
    /// # Safety
    ///
    /// `address` came from `into_raw`, and its reference is taken back once.
    pub unsafe fn from_raw(address: usize) -> Obj<R> {
        // SAFETY: `into_raw` addresses are non-null object pointers.
        Obj { ptr: unsafe { NonNull::new_unchecked(address as *mut ObjectBox<R>) }, marker: PhantomData }
    }

    pub fn make_immortal(&self) {
        // An immortal object is never garbage: the collector can skip it
        // (its references then count as from outside, which is safe).
        // SAFETY: only the creating thread makes an object immortal, before
        // sharing it; it is tracked, if at all, in this runtime's lists.
        unsafe { tracking::untrack::<R::GcLock>(&self.inner().gc) };
        self.inner().header.make_immortal();
    }

    pub fn refcount(&self) -> usize {
        self.inner().header.count()
    }
}

impl<R: Runtime> Clone for Obj<R> {
    #[inline]
    fn clone(&self) -> Self {
        self.inner().header.incref();
        Obj { ptr: self.ptr, marker: PhantomData }
    }
}

impl<R: Runtime> Drop for Obj<R> {
    #[inline]
    fn drop(&mut self) {
        if self.inner().header.decref(dealloc::<R>) {
            // SAFETY: that was the last reference, so nothing else can reach
            // the object; it was allocated by `Box` in `allocate`.
            unsafe { free(self.ptr) };
        }
    }
}

/// Frees an object the runtime found unreferenced after the fact (a biased
/// count merged on its owner's thread).
///
/// # Safety
///
/// `header` is the header of an object from [`Obj::allocate`] with no
/// references left.
unsafe fn dealloc<R: Runtime>(header: NonNull<R::Header>) {
    // SAFETY: `ObjectBox` is `repr(C)` with the header first, so the header's
    // address is the box's; the rest is this function's contract.
    unsafe { free::<R>(header.cast()) }
}

/// Debug builds count the objects allocated and not yet freed, so tests
/// can check that every object is freed exactly once (`sys._weft_live_objects()`).
#[cfg(debug_assertions)]
static LIVE_OBJECTS: std::sync::atomic::AtomicIsize = std::sync::atomic::AtomicIsize::new(0);

/// Objects allocated and not yet freed, in debug builds (None in release
/// builds, where a shared counter would be the very contention weft-ft avoids).
pub fn live_objects() -> Option<isize> {
    #[cfg(debug_assertions)]
    return Some(LIVE_OBJECTS.load(std::sync::atomic::Ordering::Relaxed));
    #[cfg(not(debug_assertions))]
    None
}

/// The object's count reached zero but its `__del__` has not run: give it
/// one reference (held by the finalizer queue) and ask for a safe point.
///
/// # Safety
///
/// `ptr` is an object from [`Obj::allocate`] with no references left.
#[cold]
unsafe fn revive_for_finalizer<R: Runtime>(ptr: NonNull<ObjectBox<R>>) {
    // SAFETY: the caller's contract: the object is alive and unreferenced.
    let object = unsafe { ptr.as_ref() };
    object.header.revive();
    // SAFETY: alive, and tracked in this runtime's lists.
    unsafe { tracking::mark_finalized::<R::GcLock>(&object.gc) };
    R::tracker().defer_finalizer(NonNull::from(&object.gc));
    R::request_eval_break();
}

/// How many frees may nest before further ones are deferred.
const TRASHCAN_DEPTH: usize = 200;

/// A deferred free: the object and the function that frees its kind.
type Deferred = (NonNull<u8>, unsafe fn(NonNull<u8>));

thread_local! {
    static FREE_DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<Deferred>> = const { RefCell::new(Vec::new()) };
}

/// Frees an object whose count reached zero.
///
/// # Safety
///
/// `ptr` must come from [`Obj::allocate`] and have no references left.
unsafe fn free<R: Runtime>(ptr: NonNull<ObjectBox<R>>) {
    // SAFETY: the object is alive until this function drops it.
    let links = unsafe { &ptr.as_ref().gc };
    if links.finalizer_due() {
        // SAFETY: as above; nothing refers to the object, so it may be revived.
        unsafe { revive_for_finalizer(ptr) };
        return;
    }
    // SAFETY: the object is being freed; it is tracked, if at all, in this
    // runtime's lists.
    unsafe { tracking::untrack::<R::GcLock>(links) };
    /// # Safety
    ///
    /// As for `free`: a boxed object of kind `R` with no references left.
    unsafe fn drop_box<R: Runtime>(ptr: NonNull<u8>) {
        // SAFETY: the pointer was made from a `Box<ObjectBox<R>>` with no
        // references left (the contract of `free`).
        drop(unsafe { Box::from_raw(ptr.cast::<ObjectBox<R>>().as_ptr()) });
        #[cfg(debug_assertions)]
        LIVE_OBJECTS.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
    // The work list is thread-local storage with a destructor, which is gone
    // while a thread exits — and the free-threaded build's epoch may run
    // deferred releases (and so frees) just then. Without it, frees nest.
    let depth = FREE_DEPTH.with(Cell::get);
    if depth >= TRASHCAN_DEPTH {
        let entry = (ptr.cast(), drop_box::<R> as unsafe fn(NonNull<u8>));
        if DEFERRED.try_with(|deferred| deferred.borrow_mut().push(entry)).is_ok() {
            return;
        }
    }
    FREE_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: forwarded from this function's contract.
    unsafe { drop_box::<R>(ptr.cast()) };
    if depth == 0 {
        // The outermost free drains what deeper frees put aside.
        while let Some((ptr, drop_fn)) = DEFERRED.try_with(|deferred| deferred.borrow_mut().pop()).ok().flatten() {
            // SAFETY: only objects with no references left are deferred.
            unsafe { drop_fn(ptr) };
        }
    }
    FREE_DEPTH.with(|d| d.set(depth));
}
