use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 500, message = "I/O failed on {path}")]
    Io {
        #[from]
        source: std::io::Error,
        path: String,
    },
}

fn main() {}
