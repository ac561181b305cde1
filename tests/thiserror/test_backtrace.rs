//! thiserror's `tests/test_backtrace.rs` and `tests/test_option.rs`: the
//! enum cases. thiserror compiles them on nightly only; here they compile
//! on stable too, where `CatalogError::backtrace` reaches the backtrace.
//! On nightly, built with `--cfg error_generic_member_access` and the
//! feature enabled (as `tests/backtrace_provide.rs` does), `Error::provide`
//! offers it, which thiserror's assertions check through `request_ref`.

use std::backtrace::Backtrace;
use std::sync::Arc;

use error_catalog::{error_catalog, CatalogError};

#[error_catalog(message = "...")]
#[derive(Debug)]
pub enum Inner {
    #[error(code = 1, http = 500)]
    Inner,
}

#[error_catalog(message = "...")]
#[derive(Debug)]
pub enum InnerBacktrace {
    #[error(code = 1, http = 500)]
    Inner { backtrace: Backtrace },
}

pub mod enums {
    use super::*;

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum PlainBacktrace {
        #[error(code = 1, http = 500)]
        Test { backtrace: Backtrace },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum ExplicitBacktrace {
        #[error(code = 1, http = 500)]
        Test {
            #[backtrace]
            backtrace: Backtrace,
        },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum OptBacktrace {
        #[error(code = 1, http = 500)]
        Test {
            #[backtrace]
            backtrace: Option<Backtrace>,
        },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum ArcBacktrace {
        #[error(code = 1, http = 500)]
        Test {
            #[backtrace]
            backtrace: Arc<Backtrace>,
        },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum BacktraceFrom {
        #[error(code = 1, http = 500)]
        Test {
            #[from]
            source: Inner,
            #[backtrace]
            backtrace: Backtrace,
        },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum CombinedBacktraceFrom {
        #[error(code = 1, http = 500)]
        Test {
            #[from]
            #[backtrace]
            source: InnerBacktrace,
        },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum OptBacktraceFrom {
        #[error(code = 1, http = 500)]
        Test {
            #[from]
            source: Inner,
            #[backtrace]
            backtrace: Option<Backtrace>,
        },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum ArcBacktraceFrom {
        #[error(code = 1, http = 500)]
        Test {
            #[from]
            source: Inner,
            #[backtrace]
            backtrace: Arc<Backtrace>,
        },
    }

    // thiserror's `test_option.rs`: optional sources beside backtraces.
    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum OptSourceAlwaysBacktrace {
        #[error(code = 1, http = 500)]
        Test {
            #[source]
            source: Option<std::io::Error>,
            backtrace: Backtrace,
        },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum NoSourceOptBacktrace {
        #[error(code = 1, http = 500)]
        Test {
            #[backtrace]
            backtrace: Option<Backtrace>,
        },
    }

    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum OptSourceOptBacktrace {
        #[error(code = 1, http = 500)]
        Test {
            #[source]
            source: Option<std::io::Error>,
            #[backtrace]
            backtrace: Option<Backtrace>,
        },
    }

    // Not in thiserror's suite: a boxed source beside a backtrace, and a
    // catch-all over a boxed error, whose `provide` reach through the box.
    #[error_catalog(message = "...")]
    #[derive(Debug)]
    pub enum BoxedSourceBacktrace {
        #[error(code = 1, http = 500)]
        Test {
            #[source]
            source: Box<dyn std::error::Error + Send + Sync>,
            backtrace: Backtrace,
        },
    }

    #[error_catalog]
    #[derive(Debug)]
    pub enum CatchAll {
        #[error(code = 1, http = 500, transparent)]
        Any(Box<dyn std::error::Error + Send + Sync>),
    }

    #[test]
    fn provide_reaches_through_boxes() {
        let boxed = BoxedSourceBacktrace::Test {
            source: "inner".into(),
            backtrace: Backtrace::capture(),
        };
        assert!(boxed.backtrace().is_some());
        let caught = CatchAll::Any(Box::new(InnerBacktrace::Inner {
            backtrace: Backtrace::capture(),
        }));
        // On stable the wrapped error is no catalogue error to ask.
        assert!(caught.backtrace().is_none());
        #[cfg(error_generic_member_access)]
        {
            assert!(std::error::request_ref::<Backtrace>(&boxed).is_some());
            assert!(std::error::request_ref::<Backtrace>(&caught).is_some());
        }
    }

    /// Each error's backtrace, through the accessor stable Rust has, and on
    /// nightly through `Error::provide` too.
    fn backtraces<E: CatalogError + 'static>(error: &E) -> usize {
        #[cfg(error_generic_member_access)]
        assert!(
            std::error::request_ref::<Backtrace>(error).is_some(),
            "provide offers no backtrace"
        );
        usize::from(error.backtrace().is_some())
    }

    #[test]
    fn test_backtrace() {
        let mut found = 0;
        found += backtraces(&PlainBacktrace::Test {
            backtrace: Backtrace::capture(),
        });
        found += backtraces(&ExplicitBacktrace::Test {
            backtrace: Backtrace::capture(),
        });
        found += backtraces(&OptBacktrace::Test {
            backtrace: Some(Backtrace::capture()),
        });
        found += backtraces(&ArcBacktrace::Test {
            backtrace: Arc::new(Backtrace::capture()),
        });
        found += backtraces(&BacktraceFrom::from(Inner::Inner));
        found += backtraces(&OptBacktraceFrom::from(Inner::Inner));
        found += backtraces(&ArcBacktraceFrom::from(Inner::Inner));
        found += backtraces(&OptSourceAlwaysBacktrace::Test {
            source: None,
            backtrace: Backtrace::capture(),
        });
        found += backtraces(&OptSourceOptBacktrace::Test {
            source: None,
            backtrace: Some(Backtrace::capture()),
        });
        assert_eq!(found, 9);

        // The backtrace is the source's: on stable, reached through the
        // source (a catalogue error too); on nightly, `provide` offers it.
        let combined = CombinedBacktraceFrom::from(InnerBacktrace::Inner {
            backtrace: Backtrace::capture(),
        });
        #[cfg(error_generic_member_access)]
        assert!(std::error::request_ref::<Backtrace>(&combined).is_some());
        let CombinedBacktraceFrom::Test { source } = &combined;
        assert!(source.backtrace().is_some());

        let none = NoSourceOptBacktrace::Test { backtrace: None };
        assert!(none.backtrace().is_none());
    }

    /// A backtrace never reaches a body: it is left out of the public
    /// message like a source.
    #[test]
    fn backtrace_stays_out_of_public_messages() {
        #[error_catalog(prefix = "JOB")]
        #[derive(Debug)]
        enum JobError {
            #[error(code = 1, http = 500, message = "Job crashed at {backtrace}")]
            Crashed { backtrace: Backtrace },
        }

        let crashed = JobError::Crashed {
            backtrace: Backtrace::force_capture(),
        };
        assert_eq!(crashed.public_message(), "Job crashed at");
        assert!(crashed.to_string().len() > "Job crashed at ".len());
    }
}
