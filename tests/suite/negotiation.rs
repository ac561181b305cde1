//! What catalogues choose to send (`body = ...`, `code_header = ...`) and
//! how responses negotiate under `error_catalog::axum::negotiate()`: a real
//! axum server on a loopback port, asked over HTTP with each `Accept`.

use axum::routing::get;
use axum::Router;
use error_catalog::error_catalog;

use crate::common::http as http_client;

use http_client::ask;

/// Orders
#[error_catalog(prefix = "SHOP", range = 100..=199)]
#[derive(Debug)]
pub enum OrderError {
    #[error(code = 100, http = 404, message = "No such order")]
    NoSuchOrder,
}

/// Payments
#[error_catalog(
    prefix = "SHOP",
    range = 200..=299,
    body = Problem,
    code_header = "x-ms-error-code"
)]
#[derive(Debug)]
pub enum PaymentError {
    #[error(
        code = 200,
        http = 402,
        message = "The card was declined",
        resolution = "Use another card"
    )]
    CardDeclined,
}

/// Quiet
#[error_catalog(prefix = "SHOP", range = 300..=399, body = Plain, code_header = false)]
#[derive(Debug)]
pub enum QuietError {
    #[error(code = 300, http = 409, message = "Try again")]
    Conflict,
}

/// The service: its own shape is `Flat`; payments keep theirs.
#[error_catalog(prefix = "SHOP", body = Flat)]
#[derive(Debug)]
pub enum ServiceError {
    #[error(transparent)]
    Order(OrderError),
    #[error(transparent)]
    Payment(PaymentError),
    #[error(code = 1, http = 503, message = "Closed for the night")]
    Closed,
}

fn app() -> Router {
    let negotiated = Router::new()
        .route(
            "/order",
            get(|| async { Err::<(), _>(OrderError::NoSuchOrder) }),
        )
        .route(
            "/payment",
            get(|| async { Err::<(), _>(PaymentError::CardDeclined) }),
        )
        .route(
            "/quiet",
            get(|| async { Err::<(), _>(QuietError::Conflict) }),
        )
        .route(
            "/service/order",
            get(|| async { Err::<(), _>(ServiceError::from(OrderError::NoSuchOrder)) }),
        )
        .route(
            "/service/payment",
            get(|| async { Err::<(), _>(ServiceError::from(PaymentError::CardDeclined)) }),
        )
        .route(
            "/service/closed",
            get(|| async { Err::<(), _>(ServiceError::Closed) }),
        )
        .layer(error_catalog::axum::negotiate());
    Router::new().nest("/negotiated", negotiated).route(
        "/plain/order",
        get(|| async { Err::<(), _>(OrderError::NoSuchOrder) }),
    )
}

const ORDER_NESTED: &str = r#"{"error":{"code":"SHOP_100","message":"No such order","http":404}}"#;
const ORDER_PROBLEM: &str = r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"No such order","code":"SHOP_100"}"#;
const PAYMENT_PROBLEM: &str = r#"{"type":"about:blank","title":"Payment Required","status":402,"detail":"The card was declined","code":"SHOP_200","resolution":"Use another card"}"#;

#[tokio::test]
async fn catalogues_send_their_shape_and_negotiate_under_the_layer() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app()).await.unwrap() });

    // Without the layer: the catalogue's shape, whatever the `Accept`, and
    // no `Vary`.
    let plain = ask(&base, "/plain/order", Some("application/problem+json")).await;
    assert_eq!(plain.status, 404);
    assert_eq!(plain.header("content-type"), Some("application/json"));
    assert_eq!(plain.header("x-error-code"), Some("SHOP_100"));
    assert_eq!(plain.header("vary"), None);
    assert_eq!(plain.body, ORDER_NESTED);

    // Under the layer: each `Accept`.
    let cases = [
        (None, "application/json", ORDER_NESTED),
        (Some("*/*"), "application/json", ORDER_NESTED),
        (Some("application/json"), "application/json", ORDER_NESTED),
        (
            Some("application/problem+json"),
            "application/problem+json",
            ORDER_PROBLEM,
        ),
        (
            Some("application/json;q=0.5, application/problem+json"),
            "application/problem+json",
            ORDER_PROBLEM,
        ),
        (
            Some("application/problem+xml"),
            "application/problem+xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\">\n  <type>about:blank</type>\n  <title>Not Found</title>\n  <status>404</status>\n  <detail>No such order</detail>\n  <code>SHOP_100</code>\n</problem>\n",
        ),
        (
            Some("application/problem+json;q=0.9, application/problem+xml"),
            "application/problem+xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<problem xmlns=\"urn:ietf:rfc:7807\">\n  <type>about:blank</type>\n  <title>Not Found</title>\n  <status>404</status>\n  <detail>No such order</detail>\n  <code>SHOP_100</code>\n</problem>\n",
        ),
        // Unsatisfiable: the catalogue's shape, not a 406.
        (Some("text/html"), "application/json", ORDER_NESTED),
    ];
    for (accept, content_type, body) in cases {
        let answer = ask(&base, "/negotiated/order", accept).await;
        assert_eq!(answer.status, 404, "{accept:?}");
        assert_eq!(
            answer.header("content-type"),
            Some(content_type),
            "{accept:?}"
        );
        assert_eq!(answer.header("vary"), Some("accept"), "{accept:?}");
        assert_eq!(
            answer.header("x-error-code"),
            Some("SHOP_100"),
            "{accept:?}"
        );
        assert_eq!(answer.body, body, "{accept:?}");
    }

    // Two `Accept` lines are one list (RFC 9110 5.3), and a byte outside
    // ASCII costs its own range only.
    for lines in [
        &[&b"text/html"[..], b"application/problem+json"][..],
        &[b"text/h\xe9ml;q=1, application/problem+json;q=0.9"],
    ] {
        let answer = http_client::ask_lines(&base, "/negotiated/order", lines).await;
        assert_eq!(
            answer.header("content-type"),
            Some("application/problem+json"),
            "{lines:?}"
        );
        assert_eq!(answer.body, ORDER_PROBLEM, "{lines:?}");
    }

    // A catalogue that chose `Problem` and another header.
    for accept in [
        None,
        Some("application/json"),
        Some("application/problem+json"),
    ] {
        let payment = ask(&base, "/negotiated/payment", accept).await;
        assert_eq!(payment.status, 402);
        assert_eq!(
            payment.header("content-type"),
            Some("application/problem+json")
        );
        assert_eq!(payment.header("x-ms-error-code"), Some("SHOP_200"));
        assert_eq!(payment.header("x-error-code"), None);
        assert_eq!(payment.body, PAYMENT_PROBLEM);
    }

    // `code_header = false`: no header at all.
    let quiet = ask(&base, "/negotiated/quiet", None).await;
    assert_eq!(quiet.status, 409);
    assert_eq!(quiet.header("x-error-code"), None);
    assert_eq!(quiet.body, r#"{"error":"Try again"}"#);

    // Composed: the service's `Flat` for its own codes and for a category
    // that chose nothing; the payments category keeps its `Problem`.
    let order = ask(&base, "/negotiated/service/order", None).await;
    assert_eq!(order.header("content-type"), Some("application/json"));
    assert_eq!(
        order.body,
        r#"{"error_code":100,"error_message":"No such order","details":null}"#
    );
    let closed = ask(&base, "/negotiated/service/closed", None).await;
    assert_eq!(closed.status, 503);
    assert_eq!(
        closed.body,
        r#"{"error_code":1,"error_message":"Closed for the night","details":null}"#
    );
    let payment = ask(&base, "/negotiated/service/payment", None).await;
    assert_eq!(
        payment.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(payment.body, PAYMENT_PROBLEM);
    let problem = ask(
        &base,
        "/negotiated/service/order",
        Some("application/problem+json"),
    )
    .await;
    assert_eq!(problem.body, ORDER_PROBLEM);
}

/// A response built in a task the handler spawns: the layer's scope does
/// not reach it, and `Negotiation` carries the request's `Accept` there.
/// The layer around the whole router, as the README offers for a service
/// that wants it on every route without a boxed service per route: served
/// with axum's `ServiceExt::into_make_service`, it negotiates as on a route.
#[tokio::test]
async fn the_layer_around_the_whole_router_negotiates_every_route() {
    let router = Router::new()
        .route(
            "/order",
            get(|| async { Err::<(), _>(OrderError::NoSuchOrder) }),
        )
        .route("/fine", get(|| async { "fine" }));
    let base = serve_behind_the_layer(router).await;
    assert_order_is_negotiated(&base, "/order").await;
    // A route no handler has is axum's own 404, and a success is untouched.
    assert_eq!(ask(&base, "/nowhere", None).await.status, 404);
    let fine = ask(&base, "/fine", Some("application/problem+json")).await;
    assert_eq!((fine.status, fine.body.as_str()), (200, "fine"));
}

/// A service that refuses a request in `call` itself, before any future
/// is polled, as tower-http's `ValidateRequestHeader` does: here, one
/// without an `authorization` header, with a catalogue error.
#[derive(Clone)]
struct RefuseInCall<S>(S);

impl<S> tower_service::Service<axum::extract::Request> for RefuseInCall<S>
where
    S: tower_service::Service<
        axum::extract::Request,
        Response = axum::response::Response,
        Error = std::convert::Infallible,
    >,
    S::Future: Send + 'static,
{
    type Response = axum::response::Response;
    type Error = std::convert::Infallible;
    type Future = std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<Self::Response, Self::Error>> + Send>,
    >;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: axum::extract::Request) -> Self::Future {
        use axum::response::IntoResponse;

        if request.headers().contains_key("authorization") {
            Box::pin(self.0.call(request))
        } else {
            let refused = OrderError::NoSuchOrder.into_response();
            Box::pin(std::future::ready(Ok(refused)))
        }
    }
}

/// A response built in the inner service's `call`, not in a poll of its
/// future, is negotiated too: the layer makes the request known around
/// `call` as around each poll.
#[tokio::test]
async fn a_response_built_in_the_inner_call_is_negotiated() {
    let router = Router::new().route("/fine", get(|| async { "fine" }));
    let base = serve_behind_the_layer(RefuseInCall(router)).await;
    assert_order_is_negotiated(&base, "/fine").await;
}

/// Serves `inner` with `negotiate()` around it, as a service puts the
/// layer around its whole router, on a loopback port: its base URL.
async fn serve_behind_the_layer<S>(inner: S) -> String
where
    S: tower_service::Service<
            axum::extract::Request,
            Response = axum::response::Response,
            Error = std::convert::Infallible,
        > + Clone
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    use tower_layer::Layer;

    let service = error_catalog::axum::negotiate().layer(inner);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let service = axum::ServiceExt::<axum::extract::Request>::into_make_service(service);
        axum::serve(listener, service).await.unwrap()
    });
    base
}

/// `path` answers with `OrderError::NoSuchOrder`, as a problem to a client
/// that prefers one and in the catalogue's shape to one that asks for it,
/// with `Vary: Accept`.
async fn assert_order_is_negotiated(base: &str, path: &str) {
    let problem = ask(base, path, Some("application/problem+json")).await;
    assert_eq!(problem.status, 404);
    assert_eq!(
        problem.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(problem.header("vary"), Some("accept"));
    assert_eq!(problem.body, ORDER_PROBLEM);
    let own = ask(base, path, Some("application/json")).await;
    assert_eq!(own.header("content-type"), Some("application/json"));
    assert_eq!(own.header("vary"), Some("accept"));
    assert_eq!(own.body, ORDER_NESTED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_spawned_task_answers_as_the_request_asked_under_negotiation_scope() {
    use axum::response::{IntoResponse, Response};
    use error_catalog::axum::Negotiation;

    async fn carried() -> Response {
        let negotiation = Negotiation::current();
        tokio::spawn(async move {
            tokio::task::yield_now().await;
            negotiation.scope(|| OrderError::NoSuchOrder.into_response())
        })
        .await
        .unwrap()
    }

    async fn lost() -> Response {
        tokio::spawn(async move {
            tokio::task::yield_now().await;
            OrderError::NoSuchOrder.into_response()
        })
        .await
        .unwrap()
    }

    let app = Router::new()
        .route("/carried", get(carried))
        .route("/lost", get(lost))
        .layer(error_catalog::axum::negotiate());
    let base = crate::common::http::serve(app).await;

    for _ in 0..20 {
        let carried = ask(&base, "/carried", Some("application/problem+json")).await;
        assert_eq!(carried.headers["content-type"], "application/problem+json");
        assert_eq!(carried.headers["vary"], "accept");
        // Without it, the documented limit: the catalogue's own shape.
        let lost = ask(&base, "/lost", Some("application/problem+json")).await;
        assert_eq!(lost.headers["content-type"], "application/json");
        assert!(lost.headers.get("vary").is_none());
    }
}
