use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 400, message("{} metrics requested, at most 100", .cout))]
    TooManyMetrics { count: usize },
    #[error(code = 1001, http = 400, message("Query too long: {} bytes", .query.len()))]
    QueryTooLong(String),
}

fn main() {}
