// A transparent variant without a code wraps another catalogue; thiserror's
// `#[error(transparent)] Other(anyhow::Error)` is a catch-all here, which
// takes a code and a status.
use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP", range = 1000..=1999)]
#[derive(Debug)]
pub enum Anyhow {
    #[error(code = 1000, http = 401, message = "Not signed in")]
    Unauthenticated,
    #[error(transparent)]
    Other(anyhow::Error),
}

#[error_catalog(prefix = "SHOP", range = 1000..=1999)]
#[derive(Debug)]
pub enum Boxed {
    #[error(code = 1000, http = 401, message = "Not signed in")]
    Unauthenticated,
    #[error(transparent)]
    Other(Box<dyn std::error::Error + Send + Sync>),
}

#[error_catalog(prefix = "SHOP", range = 1000..=1999)]
#[derive(Debug)]
pub enum Generic<E> {
    #[error(code = 1000, http = 401, message = "Not signed in")]
    Unauthenticated,
    #[error(transparent)]
    Other(E),
}

#[error_catalog(rename_all = "snake_case")]
#[derive(Debug)]
pub enum FromMarked {
    #[error(http = 401, message = "Not signed in")]
    Unauthenticated,
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

fn main() {
    // Uses of the enums add nothing: their impls are stand-ins.
    let _ = Anyhow::Unauthenticated.to_string();
    let _: Result<(), Boxed> = Err(Boxed::Unauthenticated);
    let _ = FromMarked::from(anyhow::anyhow!("x"));
    let _ = Generic::<std::io::Error>::Unauthenticated;
}
