//! The well-known body shapes written by hand with `#[derive(Serialize)]`,
//! for `runtime.rs` (timed) and `lookup_count.rs` (counted): each writes the
//! same bytes as the built-in shape, which `runtime.rs` asserts.

use std::borrow::Cow;

use error_catalog::body::Shape;
use serde::Serialize;

use super::HandError;

/// The well-known shapes as a person writes them with `#[derive(Serialize)]`,
/// each asserted below to write the same bytes as the built-in shape.
#[derive(Serialize)]
pub struct HandJsonApi<'a> {
    pub errors: [HandJsonApiError<'a>; 1],
}

#[derive(Serialize)]
pub struct HandJsonApiError<'a> {
    #[serde(serialize_with = "status_as_str")]
    pub status: http::StatusCode,
    pub code: &'a str,
    pub title: &'a str,
    pub detail: &'a str,
}

#[derive(Serialize)]
pub struct HandGoogle<'a> {
    pub error: HandGoogleStatus<'a>,
}

#[derive(Serialize)]
pub struct HandGoogleStatus<'a> {
    pub code: u16,
    pub message: &'a str,
    pub status: &'a str,
    pub details: [HandErrorInfo<'a>; 1],
}

#[derive(Serialize)]
pub struct HandErrorInfo<'a> {
    #[serde(rename = "@type")]
    pub type_url: &'a str,
    pub reason: &'a str,
}

#[derive(Serialize)]
pub struct HandMicrosoft<'a> {
    pub error: HandMicrosoftError<'a>,
}

#[derive(Serialize)]
pub struct HandMicrosoftError<'a> {
    pub code: &'a str,
    pub message: &'a str,
}

/// A user's shape, derived; `HandDerived` is the same written by hand.
#[derive(Serialize, Shape)]
pub struct Derived<'a> {
    pub error: DerivedError<'a>,
}

#[derive(Serialize, Shape)]
pub struct DerivedError<'a> {
    #[shape(code_str)]
    pub code: &'a str,
    #[shape(message)]
    pub message: Cow<'a, str>,
    #[shape(status)]
    pub status: u16,
    #[shape(resolution)]
    pub resolution: Option<&'a str>,
}

#[derive(Serialize)]
pub struct HandDerived<'a> {
    pub error: HandDerivedError<'a>,
}

#[derive(Serialize)]
pub struct HandDerivedError<'a> {
    pub code: &'a str,
    pub message: &'a str,
    pub status: u16,
    pub resolution: Option<&'a str>,
}

fn status_as_str<S: serde::Serializer>(
    status: &http::StatusCode,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(status.as_str())
}

pub fn hand_json_api(error: &HandError) -> HandJsonApi<'static> {
    HandJsonApi {
        errors: [HandJsonApiError {
            status: error.status(),
            code: error.code_str(),
            title: "The forecasting model is currently unavailable",
            detail: error.message(),
        }],
    }
}

pub fn hand_google(error: &HandError) -> HandGoogle<'static> {
    HandGoogle {
        error: HandGoogleStatus {
            code: error.status().as_u16(),
            message: error.message(),
            status: "UNAVAILABLE",
            details: [HandErrorInfo {
                type_url: "type.googleapis.com/google.rpc.ErrorInfo",
                reason: error.code_str(),
            }],
        },
    }
}

pub fn hand_microsoft(error: &HandError) -> HandMicrosoft<'static> {
    HandMicrosoft {
        error: HandMicrosoftError {
            code: error.code_str(),
            message: error.message(),
        },
    }
}

pub fn hand_derived(error: &HandError) -> HandDerived<'static> {
    HandDerived {
        error: HandDerivedError {
            code: error.code_str(),
            message: error.message(),
            status: error.status().as_u16(),
            resolution: error.resolution(),
        },
    }
}

/// The pointers of a batch's items.
pub const POINTERS: [&str; 8] = [
    "/name",
    "/email",
    "/age",
    "/address/street",
    "/address/city",
    "/address/zip",
    "/phone",
    "/terms",
];

/// A batch in the nested shape's form, written by hand.
#[derive(Serialize)]
pub struct HandBatch<'a> {
    pub error: HandBatchLead<'a>,
}

#[derive(Serialize)]
pub struct HandBatchLead<'a> {
    pub code: &'a str,
    pub message: &'a str,
    pub http: u16,
    pub errors: Vec<HandBatchItem<'a>>,
}

#[derive(Serialize)]
pub struct HandBatchItem<'a> {
    pub code: &'a str,
    pub message: &'a str,
    pub http: u16,
    pub pointer: &'a str,
}

pub fn hand_batch<'a>(lead: &'a HandError, items: &'a [HandError]) -> HandBatch<'a> {
    HandBatch {
        error: HandBatchLead {
            code: lead.code_str(),
            message: lead.message(),
            http: lead.status().as_u16(),
            errors: items
                .iter()
                .zip(POINTERS)
                .map(|(item, pointer)| HandBatchItem {
                    code: item.code_str(),
                    message: item.message(),
                    http: item.status().as_u16(),
                    pointer,
                })
                .collect(),
        },
    }
}
