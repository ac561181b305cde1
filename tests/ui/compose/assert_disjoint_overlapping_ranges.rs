use error_catalog::error_catalog;

#[error_catalog(prefix = "BILLING", range = 1000..=1999)]
#[derive(Debug)]
pub enum BillingError {
    #[error(code = 1000, http = 402, message = "Payment required")]
    PaymentRequired,
}

#[error_catalog(prefix = "ANALYTICS", range = 1900..=2999)]
#[derive(Debug)]
pub enum AnalyticsError {
    #[error(code = 2000, http = 404, message = "Not found")]
    NotFound,
}

error_catalog::assert_disjoint!(BillingError, AnalyticsError);

fn main() {}
