//! The tonic integration: a real tonic server and client over a loopback
//! port, the service written by hand on tonic's own `Grpc` (no `.proto`, no
//! protoc). The client receives the status a catalogue error becomes, and
//! finds its entry by the `ErrorInfo` reason.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use error_catalog::error_catalog;
use tonic::server::{NamedService, UnaryService};
use tonic::{Code, Request, Response, Status};
use tonic_types::StatusExt;

/// Orders
#[error_catalog(format = "{name}", meta(domain = "shop.example.com"))]
#[derive(Debug)]
pub enum OrderError {
    #[error(http = 404, message = "No order {id} in zone {zone}")]
    NoSuchOrder {
        #[public]
        id: u32,
        #[public]
        zone: String,
    },
    #[error(
        http = 409,
        message = "The order exists",
        meta(status = "ALREADY_EXISTS")
    )]
    OrderExists,
    #[error(http = 503, message = "Order storage failed: {0}")]
    Storage(#[source] std::io::Error),
}

/// `{ id: u32 }`, the request.
#[derive(Clone, PartialEq, prost::Message)]
pub struct GetOrder {
    #[prost(uint32, tag = "1")]
    pub id: u32,
}

/// The empty reply, never sent.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Order {}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// `shop.Orders/Get`: fails with the error the request's id picks.
#[derive(Clone)]
struct Orders;

impl NamedService for Orders {
    const NAME: &'static str = "shop.Orders";
}

struct Get;

impl UnaryService<GetOrder> for Get {
    type Response = Order;
    type Future = BoxFuture<Result<Response<Order>, Status>>;

    fn call(&mut self, request: Request<GetOrder>) -> Self::Future {
        // gRPC has no content negotiation: the service reads the client's
        // languages from the metadata and chooses with `locale::scope`.
        let languages = request
            .metadata()
            .get("accept-language")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let id = request.into_inner().id;
        if id == 3 {
            let status = Status::from(crate::shapes::resource_availability());
            return Box::pin(async move { Err(status) });
        }
        if id == 4 {
            let status = error_catalog::locale::scope(&languages, || {
                Status::from(crate::locales::CartError::TooManyItems { count: 1, limit: 0 })
            });
            return Box::pin(async move { Err(status) });
        }
        let error = match id {
            1 => OrderError::OrderExists,
            2 => OrderError::Storage(std::io::Error::other("disk 7 is full")),
            id => OrderError::NoSuchOrder {
                id,
                zone: "eu-west".into(),
            },
        };
        Box::pin(async move { Err(Status::from(error)) })
    }
}

impl<B> tower_service::Service<http::Request<B>> for Orders
where
    B: http_body::Body + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>> + Send + 'static,
{
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = BoxFuture<Result<Self::Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        Box::pin(async move {
            let mut grpc = tonic::server::Grpc::new(tonic_prost::ProstCodec::default());
            Ok(grpc.unary(Get, request).await)
        })
    }
}

async fn get(channel: tonic::transport::Channel, id: u32) -> Status {
    get_in(channel, id, None).await
}

/// `get`, with `accept-language` in the request's metadata when given.
async fn get_in(channel: tonic::transport::Channel, id: u32, languages: Option<&str>) -> Status {
    let mut client = tonic::client::Grpc::new(channel);
    client.ready().await.unwrap();
    let mut request = Request::new(GetOrder { id });
    if let Some(languages) = languages {
        request
            .metadata_mut()
            .insert("accept-language", languages.parse().unwrap());
    }
    let reply: Result<Response<Order>, Status> = client
        .unary(
            request,
            http::uri::PathAndQuery::from_static("/shop.Orders/Get"),
            tonic_prost::ProstCodec::default(),
        )
        .await;
    reply.unwrap_err()
}

#[tokio::test]
async fn a_client_receives_the_status_and_finds_the_entry() {
    let channel = channel().await;

    let status = get(channel.clone(), 7).await;
    assert_eq!(status.code(), Code::NotFound);
    assert_eq!(status.message(), "No order 7 in zone eu-west");
    let details = status.get_error_details();
    let info = details.error_info().unwrap();
    assert_eq!(info.reason, "NO_SUCH_ORDER");
    assert_eq!(info.domain, "shop.example.com");
    assert_eq!(info.metadata["id"], "7");
    assert_eq!(info.metadata["zone"], "eu-west");
    let entry = error_catalog::tonic::entry::<OrderError>(&status).unwrap();
    assert_eq!(entry.status().as_u16(), 404);

    // The entry's metadata names the code, over the mapping's 409 ABORTED.
    let status = get(channel.clone(), 1).await;
    assert_eq!(status.code(), Code::AlreadyExists);
    assert_eq!(
        error_catalog::tonic::entry::<OrderError>(&status).map(|entry| entry.code_str()),
        Some("ORDER_EXISTS")
    );

    // A server error: the source stays out of the status.
    let status = get(channel, 2).await;
    assert_eq!(status.code(), Code::Unavailable);
    assert_eq!(status.message(), "Order storage failed");
    assert!(!format!("{status:?}").contains("disk 7"));
    let metadata = status
        .get_error_details()
        .error_info()
        .unwrap()
        .metadata
        .clone();
    assert!(metadata.is_empty());
}

#[test]
fn a_status_without_error_info_names_no_entry() {
    assert_eq!(
        error_catalog::tonic::entry::<OrderError>(&Status::not_found("elsewhere")),
        None
    );
}

/// A running server and a channel to it.
async fn channel() -> tonic::transport::Channel {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let incoming = tonic::transport::server::TcpIncoming::from(listener);
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(Orders)
            .serve_with_incoming(incoming),
    );
    tonic::transport::Channel::from_shared(format!("http://{address}"))
        .unwrap()
        .connect()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_aip_193_example_arrives_over_grpc_with_its_localized_message() {
    let status = get(channel().await, 3).await;
    // Every value the specification's example holds, read back by
    // tonic-types from the status the client received.
    let spec: serde_json::Value = serde_json::from_str(&crate::shapes::expected_google()).unwrap();
    let spec = &spec["error"];
    assert_eq!(status.code(), Code::ResourceExhausted);
    assert_eq!(spec["status"], "RESOURCE_EXHAUSTED");
    assert_eq!(status.message(), spec["message"]);
    let details = status.get_error_details();
    let info = details.error_info().unwrap();
    assert_eq!(info.reason, spec["details"][0]["reason"]);
    assert_eq!(info.domain, spec["details"][0]["domain"]);
    let metadata: serde_json::Value = serde_json::to_value(&info.metadata).unwrap();
    assert_eq!(metadata, spec["details"][0]["metadata"]);
    let localized = details.localized_message().unwrap();
    assert_eq!(localized.locale, spec["details"][1]["locale"]);
    assert_eq!(localized.message, spec["details"][1]["message"]);
    let help = details.help().unwrap();
    assert_eq!(help.links.len(), 1);
    assert_eq!(
        help.links[0].description,
        spec["details"][2]["links"][0]["description"]
    );
    assert_eq!(help.links[0].url, spec["details"][2]["links"][0]["url"]);
}

#[tokio::test]
async fn a_grpc_service_chooses_the_locale_from_the_metadata() {
    let channel = channel().await;
    let status = get_in(channel.clone(), 4, Some("de-AT, fr;q=0.5")).await;
    // The status's message is for developers, in the enum's words.
    assert_eq!(status.message(), "The cart holds 1 items, more than 0");
    let details = status.get_error_details();
    let localized = details.localized_message().unwrap();
    assert_eq!(localized.locale, "de");
    assert_eq!(
        localized.message,
        "Der Warenkorb enthält einen Artikel, mehr als 0"
    );
    let status = get_in(channel, 4, None).await;
    let localized = status
        .get_error_details()
        .localized_message()
        .cloned()
        .unwrap();
    assert_eq!(
        (localized.locale.as_str(), localized.message.as_str()),
        ("en", "The cart holds 1 items, more than 0")
    );
}
