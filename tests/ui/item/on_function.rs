use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
pub fn metrics_error() {}

fn main() {}
