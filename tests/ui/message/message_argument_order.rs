use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 400, message("{count} of {}", count = .0.len(), .1))]
    TooManyMetrics(Vec<String>, usize),
}

fn main() {}
