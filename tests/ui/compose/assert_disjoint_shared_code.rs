mod billing {
    use error_catalog::error_catalog;

    #[error_catalog(prefix = "SHARED")]
    #[derive(Debug)]
    pub enum Error {
        #[error(code = 7, http = 402, message = "Payment required")]
        PaymentRequired,
    }
}

mod auth {
    use error_catalog::error_catalog;

    #[error_catalog(prefix = "SHARED")]
    #[derive(Debug)]
    pub enum Error {
        #[error(code = 7, http = 401, message = "Unauthorized")]
        Unauthorized,
    }
}

error_catalog::assert_disjoint!(billing::Error, auth::Error);

fn main() {}
