//! `str`: immutable Unicode text, indexed by code point.

use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicI64, Ordering};

/// The text, its length in code points (so ASCII strings index in O(1)),
/// and a lazily computed hash.
pub struct PyStr {
    text: Box<str>,
    chars: usize,
    hash: AtomicI64,
    /// The interpreter's one string with this text (see `Interpreter::intern`):
    /// two interned strings are equal exactly when they are the same object.
    interned: bool,
}

/// A hash value no string gets, marking "not computed yet".
const UNHASHED: i64 = -1;

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let chars = if text.is_ascii() { text.len() } else { text.chars().count() };
        PyStr { text, chars, hash: AtomicI64::new(UNHASHED), interned: false }
    }

    /// A string for the interpreter's table of interned names.
    pub fn interned(text: &str) -> PyStr {
        PyStr { interned: true, ..PyStr::new(text) }
    }

    pub fn is_interned(&self) -> bool {
        self.interned
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points, as `len()` counts.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The code point at `index` (already bounds-checked and non-negative).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() { self.text.as_bytes().get(index).map(|&b| b as char) } else { self.text.chars().nth(index) }
    }

    /// The byte offset of code point `index` (which may equal the length).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.text.len());
        }
        self.text.char_indices().nth(index).map_or(self.text.len(), |(offset, _)| offset)
    }

    /// The hash `hash()` returns. It is deterministic (no per-process
    /// randomisation), which Python allows with `PYTHONHASHSEED=0`.
    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != UNHASHED {
            return cached;
        }
        let hash = hash_text(&self.text);
        self.hash.store(hash, Ordering::Relaxed);
        hash
    }
}

/// The hash a `str` with this text has, computed without making one (for
/// looking names up in namespaces).
pub fn hash_text(text: &str) -> i64 {
    let mut hasher = rustc_hash::FxHasher::default();
    text.hash(&mut hasher);
    let hash = hasher.finish() as i64;
    if hash == UNHASHED { -2 } else { hash }
}
