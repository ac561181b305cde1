use error_catalog::error_catalog;

#[error_catalog(prefix = "JOB")]
#[derive(Debug)]
pub enum JobError {
    #[error(code = 2, http = 500, message = "Job stalled")]
    Stalled {
        #[backtrace]
        since: std::time::Instant,
    },
}

fn main() {}
