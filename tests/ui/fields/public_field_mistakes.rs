use error_catalog::error_catalog;

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 502, message = "Upstream failed")]
    Upstream(#[public] #[source] std::io::Error),
    #[error(code = 2, http = 400, message = "Bad zone {0}")]
    BadZone(#[public] String),
    #[error(code = 3, http = 400, message = "Bad zone")]
    Clash {
        #[public(name = "zone")]
        region: String,
        #[public]
        zone: String,
    },
    #[error(code = 4, http = 400, message = "Bad zone")]
    BadKey {
        #[public(rename = "zone")]
        region: String,
    },
    #[error(code = 5, http = 400, message = "Bad zone", title = "")]
    EmptyTitle,
}

fn main() {}
