//! What a layer knows of the request being answered (its context, its
//! `Accept`, its languages), made known to the responses built while it
//! polls the service inside: each in a thread-local slot, swapped in for
//! that time.

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::LocalKey;

/// Runs `f` with `slot` swapped into the thread-local `current`, swapped
/// back after even if `f` panics; and counted in `entered` meanwhile, when
/// given, so that a reader may skip the thread-local while nothing is
/// entered on any thread.
#[inline]
pub(crate) fn swapped_in<T: 'static, R>(
    current: &'static LocalKey<RefCell<T>>,
    entered: Option<&'static AtomicUsize>,
    slot: &mut T,
    f: impl FnOnce() -> R,
) -> R {
    struct Restore<'a, T: 'static> {
        current: &'static LocalKey<RefCell<T>>,
        entered: Option<&'static AtomicUsize>,
        slot: &'a mut T,
    }

    impl<T: 'static> Drop for Restore<'_, T> {
        fn drop(&mut self) {
            swap(self.current, self.slot);
            if let Some(entered) = self.entered {
                entered.fetch_sub(1, Ordering::Relaxed);
            }
        }
    }

    // Counted before the swap, so that a reader on this thread after it
    // never skips what it holds.
    if let Some(entered) = entered {
        entered.fetch_add(1, Ordering::Relaxed);
    }
    swap(current, slot);
    let _restore = Restore {
        current,
        entered,
        slot,
    };
    f()
}

fn swap<T: 'static>(current: &'static LocalKey<RefCell<T>>, slot: &mut T) {
    // Only a nested `swapped_in` borrows the cell, and never across this.
    let _ = current.try_with(|cell| {
        if let Ok(mut held) = cell.try_borrow_mut() {
            std::mem::swap(&mut *held, slot);
        }
    });
}
