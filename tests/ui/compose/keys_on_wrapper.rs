use error_catalog::error_catalog;

#[error_catalog(prefix = "AUTH", range = 1..=99)]
#[derive(Debug)]
pub enum AuthError {
    #[error(code = 1, http = 401, message = "Sign in")]
    Unauthorized,
}

#[error_catalog(prefix = "AUTH")]
#[derive(Debug)]
pub enum ServiceError {
    #[error(transparent, body = Text, headers(x_realm = "api"))]
    Auth(AuthError),
}

fn main() {}
