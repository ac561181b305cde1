use error_catalog::error_catalog;

pub struct Opaque;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 400, message = "Rejected {value}")]
    Rejected { value: Opaque },
}

impl std::fmt::Debug for Opaque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opaque")
    }
}

fn main() {}
