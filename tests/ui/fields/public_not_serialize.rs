use error_catalog::error_catalog;

pub struct Zone;

#[error_catalog(prefix = "SHOP")]
#[derive(Debug)]
pub enum ShopError {
    #[error(code = 1, http = 400, message = "Bad zone")]
    BadZone {
        #[public]
        zone: Zone,
    },
}

impl std::fmt::Debug for Zone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Zone")
    }
}

fn main() {}
