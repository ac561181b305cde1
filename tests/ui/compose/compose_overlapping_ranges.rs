use error_catalog::error_catalog;

#[error_catalog(prefix = "ANALYTICS", range = 1000..=1099)]
#[derive(Debug)]
pub enum MetricsError {
    #[error(code = 1000, http = 404, message = "The requested metric was not found")]
    MetricNotFound,
}

#[error_catalog(prefix = "ANALYTICS", range = 1050..=1150)]
#[derive(Debug)]
pub enum DashboardError {
    #[error(code = 1100, http = 404, message = "The requested dashboard was not found")]
    DashboardNotFound,
}

#[error_catalog(prefix = "ANALYTICS")]
#[derive(Debug)]
pub enum AnalyticsError {
    #[error(transparent)]
    Metrics(MetricsError),
    #[error(transparent)]
    Dashboard(DashboardError),
}

fn main() {}
