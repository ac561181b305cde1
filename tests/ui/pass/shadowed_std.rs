//! Local items named like std's must not capture the expansion's paths.
#![allow(dead_code, non_camel_case_types)]

mod shadows {
    mod std {}
    mod core {}
    pub struct String;
    pub struct Option;
    pub struct Box;
    pub struct Result;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub trait Display {}
    pub trait Error {}
    pub trait From {}

    #[error_catalog::error_catalog(prefix = "SH", range = 1..=9)]
    #[derive(Debug)]
    pub enum ShadowError {
        #[error(
            code = 1,
            http = 404,
            message = "Missing {0}",
            resolution = "Look again"
        )]
        Missing(u32),
        #[error(code = 2, http = 500, message = "Failed")]
        Failed(#[from] ::std::io::Error),
    }
}

fn main() {
    use error_catalog::CatalogError as _;
    assert_eq!(shadows::ShadowError::Missing(3).message(), "Missing 3");
    assert_eq!(
        shadows::ShadowError::Missing(3).resolution(),
        ::core::option::Option::Some("Look again")
    );
}
