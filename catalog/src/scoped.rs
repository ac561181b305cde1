//! What a layer knows of the request being answered (its context, its
//! `Accept`, its languages), lent to the responses built while it polls
//! the service inside: each through a thread-local pointer, set for that
//! time.
//!
//! A response is built by `IntoResponse` (or actix's `ResponseError`),
//! which never sees the request, so what the layer knows must be where the
//! response can find it. A pointer set and reset around each poll costs
//! the same whatever it points to, where moving the values themselves in
//! and out of the thread-local costs their size, at every poll of every
//! request.

use std::cell::Cell;
use std::thread::LocalKey;

/// Runs `f` with `value` lent through the thread-local `current` (`None`:
/// nothing lent, hiding what a scope around this one lent), and what was
/// lent before restored after, even if `f` panics.
#[inline]
pub(crate) fn lend<T: 'static, R>(
    current: &'static LocalKey<Cell<*const T>>,
    value: Option<&T>,
    f: impl FnOnce() -> R,
) -> R {
    struct Restore<T: 'static> {
        current: &'static LocalKey<Cell<*const T>>,
        previous: *const T,
    }

    impl<T: 'static> Drop for Restore<T> {
        fn drop(&mut self) {
            let _ = self.current.try_with(|cell| cell.set(self.previous));
        }
    }

    let pointer = value.map_or(std::ptr::null(), std::ptr::from_ref);
    // A `Cell` of a pointer needs no destructor, so the thread-local is
    // never torn down and `try_with` never fails; were it to, nothing is
    // lent and nothing is restored.
    let previous = current
        .try_with(|cell| cell.replace(pointer))
        .unwrap_or(std::ptr::null());
    let _restore = Restore { current, previous };
    f()
}

/// `read` of what is lent through `current`: `None` outside every
/// [`lend`], or inside one that lent nothing.
#[inline]
pub(crate) fn with_lent<T: 'static, R>(
    current: &'static LocalKey<Cell<*const T>>,
    read: impl FnOnce(Option<&T>) -> R,
) -> R {
    let pointer = current.try_with(Cell::get).unwrap_or(std::ptr::null());
    // SAFETY: a pointer other than null was set by `lend`, on this thread
    // (the cell is thread-local), from a reference that outlives the call
    // of `f` during which it is set: `lend`'s guard resets it when that
    // call returns or unwinds. So we are inside that call, the value is
    // alive, and it is borrowed shared, as `read` borrows it.
    read(unsafe { pointer.as_ref() })
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::{lend, with_lent};

    thread_local! {
        static CURRENT: Cell<*const String> = const { Cell::new(std::ptr::null()) };
    }

    fn current() -> Option<String> {
        with_lent(&CURRENT, |value| value.cloned())
    }

    #[test]
    fn a_value_is_lent_inside_and_the_one_around_restored_after() {
        let outer = String::from("outer");
        let inner = String::from("inner");
        assert_eq!(current(), None);
        lend(&CURRENT, Some(&outer), || {
            assert_eq!(current().as_deref(), Some("outer"));
            lend(&CURRENT, Some(&inner), || {
                assert_eq!(current().as_deref(), Some("inner"));
            });
            lend(&CURRENT, None, || assert_eq!(current(), None));
            assert_eq!(current().as_deref(), Some("outer"));
        });
        assert_eq!(current(), None);
    }

    #[test]
    fn a_panic_inside_restores_the_value_around() {
        let outer = String::from("outer");
        lend(&CURRENT, Some(&outer), || {
            let inner = String::from("inner");
            let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                lend(&CURRENT, Some(&inner), || panic!("a poll panics"));
            }));
            assert!(unwound.is_err());
            assert_eq!(current().as_deref(), Some("outer"));
        });
        assert_eq!(current(), None);
    }

    #[test]
    fn another_thread_sees_nothing_lent() {
        let value = String::from("here");
        lend(&CURRENT, Some(&value), || {
            let there = std::thread::spawn(current).join().expect("the thread runs");
            assert_eq!(there, None);
        });
    }
}
