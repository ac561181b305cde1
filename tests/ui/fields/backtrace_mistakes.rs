use std::backtrace::Backtrace;

use error_catalog::error_catalog;

#[error_catalog(prefix = "JOB")]
#[derive(Debug)]
pub enum JobError {
    #[error(code = 1, http = 500, message = "Job crashed")]
    Crashed {
        #[backtrace]
        first: Backtrace,
        #[backtrace]
        second: Backtrace,
    },
    #[error(code = 3, http = 500, message = "Job lost")]
    Lost(#[details] Backtrace),
}

fn main() {}
