//! The status names of `http::StatusCode` (http 1.x), so that `http = NAME`
//! is checked and resolved to its number while the macro runs.

/// Every named constant of `http::StatusCode`, by number.
pub(crate) const NAMED: &[(u16, &str)] = &[
    (100, "CONTINUE"),
    (101, "SWITCHING_PROTOCOLS"),
    (102, "PROCESSING"),
    (103, "EARLY_HINTS"),
    (200, "OK"),
    (201, "CREATED"),
    (202, "ACCEPTED"),
    (203, "NON_AUTHORITATIVE_INFORMATION"),
    (204, "NO_CONTENT"),
    (205, "RESET_CONTENT"),
    (206, "PARTIAL_CONTENT"),
    (207, "MULTI_STATUS"),
    (208, "ALREADY_REPORTED"),
    (226, "IM_USED"),
    (300, "MULTIPLE_CHOICES"),
    (301, "MOVED_PERMANENTLY"),
    (302, "FOUND"),
    (303, "SEE_OTHER"),
    (304, "NOT_MODIFIED"),
    (305, "USE_PROXY"),
    (307, "TEMPORARY_REDIRECT"),
    (308, "PERMANENT_REDIRECT"),
    (400, "BAD_REQUEST"),
    (401, "UNAUTHORIZED"),
    (402, "PAYMENT_REQUIRED"),
    (403, "FORBIDDEN"),
    (404, "NOT_FOUND"),
    (405, "METHOD_NOT_ALLOWED"),
    (406, "NOT_ACCEPTABLE"),
    (407, "PROXY_AUTHENTICATION_REQUIRED"),
    (408, "REQUEST_TIMEOUT"),
    (409, "CONFLICT"),
    (410, "GONE"),
    (411, "LENGTH_REQUIRED"),
    (412, "PRECONDITION_FAILED"),
    (413, "PAYLOAD_TOO_LARGE"),
    (414, "URI_TOO_LONG"),
    (415, "UNSUPPORTED_MEDIA_TYPE"),
    (416, "RANGE_NOT_SATISFIABLE"),
    (417, "EXPECTATION_FAILED"),
    (418, "IM_A_TEAPOT"),
    (421, "MISDIRECTED_REQUEST"),
    (422, "UNPROCESSABLE_ENTITY"),
    (423, "LOCKED"),
    (424, "FAILED_DEPENDENCY"),
    (425, "TOO_EARLY"),
    (426, "UPGRADE_REQUIRED"),
    (428, "PRECONDITION_REQUIRED"),
    (429, "TOO_MANY_REQUESTS"),
    (431, "REQUEST_HEADER_FIELDS_TOO_LARGE"),
    (451, "UNAVAILABLE_FOR_LEGAL_REASONS"),
    (500, "INTERNAL_SERVER_ERROR"),
    (501, "NOT_IMPLEMENTED"),
    (502, "BAD_GATEWAY"),
    (503, "SERVICE_UNAVAILABLE"),
    (504, "GATEWAY_TIMEOUT"),
    (505, "HTTP_VERSION_NOT_SUPPORTED"),
    (506, "VARIANT_ALSO_NEGOTIATES"),
    (507, "INSUFFICIENT_STORAGE"),
    (508, "LOOP_DETECTED"),
    (510, "NOT_EXTENDED"),
    (511, "NETWORK_AUTHENTICATION_REQUIRED"),
];

/// The number of the `http::StatusCode` constant called `name`.
pub(crate) fn by_name(name: &str) -> Option<u16> {
    NAMED
        .iter()
        .find(|&&(_, known)| known == name)
        .map(|&(code, _)| code)
}

/// The name of the constant for `code`, if `http` has one.
pub(crate) fn name_of(code: u16) -> Option<&'static str> {
    NAMED
        .iter()
        .find(|&&(known, _)| known == code)
        .map(|&(_, name)| name)
}

/// Names of the error statuses only, for "did you mean" hints.
pub(crate) fn error_names() -> impl Iterator<Item = &'static str> {
    NAMED
        .iter()
        .filter(|&&(code, _)| is_error(code))
        .map(|&(_, name)| name)
}

pub(crate) fn is_error(code: u16) -> bool {
    (400..=599).contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_names_both_ways() {
        assert_eq!(by_name("NOT_FOUND"), Some(404));
        assert_eq!(by_name("OK"), Some(200));
        assert_eq!(by_name("not_found"), None);
        assert_eq!(name_of(423), Some("LOCKED"));
        assert_eq!(name_of(499), None);
        assert!(error_names().all(|name| by_name(name).is_some_and(is_error)));
    }

    /// The table must match the `http` crate the runtime re-exports: every
    /// status it names, and only those.
    #[test]
    fn matches_the_http_crate() {
        for code in 100..=999 {
            let status = http::StatusCode::from_u16(code).unwrap();
            assert_eq!(
                name_of(code).is_some(),
                status.canonical_reason().is_some(),
                "status {code}"
            );
        }
        for &(code, name) in NAMED {
            let reason = http::StatusCode::from_u16(code)
                .unwrap()
                .canonical_reason()
                .unwrap();
            let words = crate::case::screaming_words(reason);
            // `IM_A_TEAPOT` is "I'm a teapot"; every other name is its reason phrase.
            assert!(words == name || code == 418, "{code}: {name} vs {reason}");
        }
    }
}
