//! A list's items under the GIL: a plain `Vec`, read and written in place.

use weft_runtime::{Items, Slot, Storage};

use crate::cell::GilCell;

#[derive(Debug)]
pub struct GilItems<T> {
    items: GilCell<Vec<T>>,
}

impl<T: Slot> Items<T> for GilItems<T> {
    fn new(items: Vec<T>) -> Self {
        GilItems { items: GilCell::new(items) }
    }

    #[inline]
    fn len(&self) -> usize {
        self.items.read(Vec::len)
    }

    #[inline]
    fn get(&self, index: usize) -> Option<T> {
        self.items.read(|items| items.get(index).cloned())
    }

    fn visit(&self, mut visit: impl FnMut(&T)) {
        self.items.read(|items| items.iter().for_each(&mut visit));
    }

    fn range(&self, start: usize, end: usize) -> Vec<T> {
        self.items.read(|items| {
            let end = end.min(items.len());
            items.get(start..end).map(<[T]>::to_vec).unwrap_or_default()
        })
    }

    #[inline]
    fn push(&self, item: T) {
        self.items.write(|items| items.push(item));
    }

    fn extend(&self, more: Vec<T>) {
        self.items.write(|items| items.extend(more));
    }

    #[inline]
    fn pop(&self) -> Option<T> {
        self.items.write(Vec::pop)
    }

    #[inline]
    fn set(&self, index: usize, item: T) -> Result<(), T> {
        // The old item is dropped after the write, outside the cell: its
        // release may free objects, which must not happen inside an access.
        let old = self.items.write(|items| match items.get_mut(index) {
            Some(slot) => Ok(std::mem::replace(slot, item)),
            None => Err(item),
        })?;
        drop(old);
        Ok(())
    }

    fn insert_with(&self, at: impl FnOnce(usize) -> usize, item: T) {
        self.items.write(|items| {
            let at = at(items.len()).min(items.len());
            items.insert(at, item);
        });
    }

    fn remove_with<E>(&self, at: impl FnOnce(usize) -> Result<usize, E>) -> Result<T, E> {
        self.items.write(|items| {
            let at = at(items.len())?;
            Ok(items.remove(at))
        })
    }

    fn overwrite<E>(&self, at: impl FnOnce(usize) -> Result<Vec<usize>, E>, items: Vec<T>) -> Result<(), (E, Vec<T>)> {
        let replaced = self.items.write(|list| {
            let positions = match at(list.len()) {
                Ok(positions) => positions,
                Err(error) => return Err((error, items)),
            };
            Ok(positions
                .into_iter()
                .zip(items)
                .map(|(i, item)| std::mem::replace(&mut list[i], item))
                .collect::<Vec<_>>())
        })?;
        drop(replaced);
        Ok(())
    }

    fn modify<U>(&self, change: impl FnOnce(&mut Vec<T>) -> U) -> U {
        self.items.write(change)
    }

    fn take_unreachable(&self) -> Vec<T> {
        self.items.write(std::mem::take)
    }

    fn into_inner(self) -> Vec<T> {
        self.items.into_inner()
    }
}
