use error_catalog::error_catalog;

#[error_catalog(prefix = "API", code_header = "x-api-error")]
#[derive(Debug)]
pub enum ApiError {
    #[error(code = 1, http = 429, message = "Slow down", headers(retry_after = "{secs}"))]
    RateLimited { seconds: u32 },
    #[error(
        code = 2,
        http = 401,
        message = "Sign in",
        headers(content_type = "text/html", WWW_Authenticate = "Token", x_api_error = "x")
    )]
    Unauthorized,
    #[error(
        code = 3,
        http = 503,
        message = "Down",
        headers(retry_after = "soon\n", x_cause = "{cause}")
    )]
    Down {
        #[source]
        cause: std::io::Error,
    },
    #[error(code = 4, http = 400, message = "Bad", headers(x_hint = "", x_a = "1", x_a = "2"))]
    Bad,
    #[error(code = 5, http = 400, message = "Worse", headers(x_hint = "{}"), body = 7)]
    Worse,
}

fn main() {}
