use error_catalog::error_catalog;

#[error_catalog(format = "{name}", body = Google)]
#[derive(Debug)]
pub enum Quota {
    #[error(http = 400, message = "No stock in these zones")]
    NoStock {
        #[public]
        zones: Vec<String>,
        #[public]
        limits: Option<std::collections::HashMap<String, u32>>,
        #[public]
        region: String,
    },
}

fn main() {}
