use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 400, message = "Expected {kind")]
    Invalid { kind: String },
    #[error(code = 1001, http = 400, message = "Stray } brace")]
    Stray,
}

fn main() {}
