use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub struct MetricsError {
    pub code: u32,
}

fn main() {}
