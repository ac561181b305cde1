use error_catalog::error_catalog;

// A translation names only the message's placeholders and `#[public]`
// fields: never a source, whose text stays in logs.
#[error_catalog(prefix = "SHOP", locales = "../../../../tests/ui/locale/files/unknown_placeholder")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 404, message = "No order {id}")]
    NoSuchOrder { id: u32 },
    #[error(code = 2, http = 503, message = "Storage failed: {0}")]
    Storage(#[source] std::io::Error),
    #[error(code = 3, http = 429, message = "Zone {zone} is full")]
    ZoneFull { zone: String, reason: String },
}

fn main() {}
