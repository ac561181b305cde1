//! On nightly, the catalogue of this crate's library, which turns on no
//! feature, offers its backtrace through `Error::provide`.

#![cfg_attr(error_generic_member_access, feature(error_generic_member_access))]

#[cfg(error_generic_member_access)]
#[test]
fn provide_offers_the_backtrace() {
    use std::backtrace::Backtrace;

    use error_catalog_nightly_backtrace::{DbError, ServiceError};

    let db = DbError::from(std::io::Error::other("refused"));
    let captured = std::error::request_ref::<Backtrace>(&db).expect("a backtrace");
    let field = match &db {
        DbError::Unavailable { backtrace, .. } => backtrace,
    };
    assert!(std::ptr::eq(captured, field));
    let service = ServiceError::Db(db);
    assert!(std::error::request_ref::<Backtrace>(&service).is_some());
}
