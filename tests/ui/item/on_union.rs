use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
pub union MetricsError {
    pub code: u32,
    pub status: u16,
}

fn main() {}
