//! The media types of the built-in shapes, each written once: a shape's
//! `Shape::CONTENT_TYPE` names its constant here.

/// `content-type` of [`Nested`](super::Nested), [`Plain`](super::Plain) and [`Flat`](super::Flat) bodies.
pub const JSON: &str = "application/json";

/// `content-type` of [`Problem`](super::Problem) bodies (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// `content-type` of [`JsonApi`](super::JsonApi) bodies.
pub const JSON_API: &str = "application/vnd.api+json";

/// `content-type` of problem details in XML.
#[cfg(feature = "xml")]
pub const PROBLEM_XML: &str = "application/problem+xml";

/// `content-type` of [`Text`](super::Text) bodies: a body of type `text/*`
/// is one string, sent as it is.
pub const TEXT: &str = "text/plain; charset=utf-8";
