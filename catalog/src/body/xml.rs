//! RFC 9457 problem details in XML (appendix B), feature `xml`.
//!
//! A problem is written as its JSON members would be, each an element in
//! the `urn:ietf:rfc:7807` namespace: a string, number or boolean as text
//! (escaped), an array as an element whose children are each named `i`, an
//! object as an element with a child per member, indented by two spaces as
//! in the RFC's example. A member that is `null` is left out.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Impossible, Serialize, Serializer};

use super::{Details, Problem, Shape, Shaped, XmlDocument};
use crate::CatalogError;

/// Why a value has no XML form: a map key that is not a string, or raw
/// bytes. The built-in shapes never meet either; a `#[public]` or
/// `#[details]` field can.
///
/// ```
/// use std::collections::BTreeMap;
///
/// use error_catalog::{body::Problem, error_catalog};
///
/// #[error_catalog(prefix = "SHOP")]
/// #[derive(Debug)]
/// pub enum ShopError {
///     #[error(code = 1, http = 409, message = "Stock changed")]
///     StockChanged { #[public] counts: BTreeMap<u32, u32> },
/// }
///
/// let error = ShopError::StockChanged { counts: BTreeMap::from([(7, 1)]) };
/// let failed = Problem::new(error).to_xml().unwrap_err();
/// assert_eq!(failed.to_string(), "a member name must be a string that is an XML name");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError(String);

impl Display for XmlError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::error::Error for XmlError {}

impl ser::Error for XmlError {
    fn custom<T: Display>(message: T) -> Self {
        XmlError(message.to_string())
    }
}

impl<E: CatalogError + Details> Problem<E> {
    /// The problem as an `application/problem+xml` document (RFC 9457,
    /// appendix B), with the same members as its JSON.
    ///
    /// ```
    /// use error_catalog::{body::Problem, error_catalog};
    ///
    /// #[error_catalog(prefix = "SHOP")]
    /// #[derive(Debug)]
    /// pub enum ShopError {
    ///     #[error(code = 1, http = 404, message = "No order <7> here")]
    ///     NoSuchOrder,
    /// }
    ///
    /// let xml = Problem::new(ShopError::NoSuchOrder).to_xml().unwrap();
    /// assert_eq!(xml, "\
    /// <?xml version=\"1.0\" encoding=\"UTF-8\"?>
    /// <problem xmlns=\"urn:ietf:rfc:7807\">
    ///   <type>about:blank</type>
    ///   <title>Not Found</title>
    ///   <status>404</status>
    ///   <detail>No order &lt;7&gt; here</detail>
    ///   <code>SHOP_1</code>
    /// </problem>
    /// ");
    /// ```
    ///
    /// # Errors
    ///
    /// When a `#[details]` or `#[public]` value has no XML form (raw bytes,
    /// a map with keys that are not strings).
    pub fn to_xml(&self) -> Result<String, XmlError> {
        document("problem", "urn:ietf:rfc:7807", self)
    }
}

impl<S: Shape, E: CatalogError + Details> Shaped<S, E> {
    /// The body as the XML document of a shape sent as XML
    /// ([`Shape::XML`]), as a response sends it.
    ///
    /// ```
    /// use error_catalog::body::{Shape, Shaped};
    /// use error_catalog::error_catalog;
    ///
    /// #[derive(serde::Serialize, serde::Deserialize, Shape)]
    /// #[shape(content_type = "application/xml", root = "Error")]
    /// struct StorageError {
    ///     #[shape(code_str)]
    ///     #[serde(rename = "Code")]
    ///     code: String,
    ///     #[shape(message)]
    ///     #[serde(rename = "Message")]
    ///     message: String,
    /// }
    ///
    /// #[error_catalog(format = "{name}", rename_all = "PascalCase", body = StorageError)]
    /// #[derive(Debug)]
    /// pub enum BlobError {
    ///     #[error(http = 404, message = "The specified blob does not exist.")]
    ///     BlobNotFound,
    /// }
    ///
    /// let xml = Shaped::<StorageError, _>::new(BlobError::BlobNotFound).to_xml().unwrap();
    /// assert_eq!(xml, "\
    /// <?xml version=\"1.0\" encoding=\"utf-8\"?>
    /// <Error>
    ///   <Code>BlobNotFound</Code>
    ///   <Message>The specified blob does not exist.</Message>
    /// </Error>
    /// ");
    /// ```
    ///
    /// # Errors
    ///
    /// For a shape sent as JSON, and when a member has no XML form (raw
    /// bytes, a map with keys that are not names).
    pub fn to_xml(&self) -> Result<String, XmlError> {
        let Some(document) = S::XML else {
            return Err(XmlError(
                "this shape is sent as JSON: it has no XML document".into(),
            ));
        };
        written(&document, self)
    }
}

/// `value`, an object, as the document `<root xmlns="namespace">`.
pub(crate) fn document<T: Serialize + ?Sized>(
    root: &'static str,
    namespace: &'static str,
    value: &T,
) -> Result<String, XmlError> {
    let layout = XmlDocument {
        root,
        declaration: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        namespace: Some(namespace),
    };
    written(&layout, value)
}

/// `value`, an object, as a document laid out as `layout` says: each
/// member an element, two spaces deeper than its parent, a line each.
pub(crate) fn written<T: Serialize + ?Sized>(
    layout: &XmlDocument,
    value: &T,
) -> Result<String, XmlError> {
    let root = layout.root;
    let (attributes, children) = match value.serialize(Value { depth: 1 })? {
        Some(Content {
            attributes,
            body: Body::Block(children),
        }) => (attributes, children),
        Some(Content {
            body: Body::Text(_),
            ..
        }) => {
            return Err(XmlError(
                "an XML body is an object, each member an element".into(),
            ))
        }
        None => (String::new(), String::new()),
    };
    let mut out = String::from(layout.declaration);
    out.push('\n');
    out.push('<');
    out.push_str(root);
    if let Some(namespace) = layout.namespace {
        let _ = write!(
            out,
            " xmlns=\"{}\"",
            escape(namespace).replace('"', "&quot;")
        );
    }
    let _ = write!(out, "{attributes}>\n{children}</{root}>\n");
    Ok(out)
}

/// What a value writes inside its element, and the attributes of the
/// element (each ` name="value"`, escaped) from its `@name` members.
struct Content {
    attributes: String,
    body: Body,
}

enum Body {
    /// Escaped text, on the element's line.
    Text(String),
    /// Child elements, each on its own indented lines.
    Block(String),
}

impl Content {
    fn text(text: String) -> Content {
        Content {
            attributes: String::new(),
            body: Body::Text(text),
        }
    }
}

/// Writes `<name>content</name>` at `depth`, or nothing for `None`.
fn element(out: &mut String, depth: usize, name: &str, content: Option<Content>) {
    let indent = "  ".repeat(depth);
    let Some(Content { attributes, body }) = content else {
        return;
    };
    match body {
        Body::Text(text) => {
            let _ = writeln!(out, "{indent}<{name}{attributes}>{text}</{name}>");
        }
        Body::Block(children) => {
            let _ = write!(
                out,
                "{indent}<{name}{attributes}>\n{children}{indent}</{name}>\n"
            );
        }
    }
}

fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            // Characters XML 1.0 cannot hold at all are dropped.
            '\u{0}'..='\u{8}'
            | '\u{b}'
            | '\u{c}'
            | '\u{e}'..='\u{1f}'
            | '\u{fffe}'
            | '\u{ffff}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A value whose children go at `depth`.
struct Value {
    depth: usize,
}

/// The children of an array (each `<i>`) or an object (each its member):
/// a member named `@name` is an attribute of the object's element instead,
/// and one named `$text` its text, as serde's XML formats read them.
struct Children {
    depth: usize,
    out: String,
    key: Option<String>,
    attributes: String,
    text: Option<String>,
}

impl Children {
    fn child(&mut self, name: &str, value: &(impl Serialize + ?Sized)) -> Result<(), XmlError> {
        let content = value.serialize(Value {
            depth: self.depth + 1,
        })?;
        if let Some(attribute) = name.strip_prefix('@') {
            if let Some(Content {
                body: Body::Text(text),
                ..
            }) = content
            {
                let quoted = text.replace('"', "&quot;");
                let _ = write!(self.attributes, " {attribute}=\"{quoted}\"");
            }
            return Ok(());
        }
        if name == "$text" {
            if let Some(Content {
                body: Body::Text(text),
                ..
            }) = content
            {
                self.text = Some(text);
            }
            return Ok(());
        }
        element(&mut self.out, self.depth, name, content);
        Ok(())
    }

    fn end(self) -> Option<Content> {
        let body = match self.text {
            Some(text) if self.out.is_empty() => Body::Text(text),
            _ => Body::Block(self.out),
        };
        Some(Content {
            attributes: self.attributes,
            body,
        })
    }
}

macro_rules! text {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, value: $ty) -> Result<Option<Content>, XmlError> {
            Ok(Some(Content::text(escape(&value.to_string()))))
        })*
    };
}

impl Serializer for Value {
    type Ok = Option<Content>;
    type Error = XmlError;
    type SerializeSeq = Children;
    type SerializeTuple = Children;
    type SerializeTupleStruct = Children;
    type SerializeTupleVariant = Children;
    type SerializeMap = Children;
    type SerializeStruct = Children;
    type SerializeStructVariant = Children;

    text!(
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_f32: f32,
        serialize_f64: f64, serialize_char: char, serialize_str: &str
    );

    fn serialize_bytes(self, _: &[u8]) -> Result<Self::Ok, XmlError> {
        Err(XmlError("raw bytes have no XML form".into()))
    }

    fn serialize_none(self) -> Result<Self::Ok, XmlError> {
        Ok(None)
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Self::Ok, XmlError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<Self::Ok, XmlError> {
        Ok(None)
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<Self::Ok, XmlError> {
        Ok(None)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Self::Ok, XmlError> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Self::Ok, XmlError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok, XmlError> {
        let mut children = self.children();
        children.child(variant, value)?;
        Ok(children.end())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Children, XmlError> {
        Ok(self.children())
    }

    fn serialize_tuple(self, _: usize) -> Result<Children, XmlError> {
        Ok(self.children())
    }

    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Children, XmlError> {
        Ok(self.children())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Children, XmlError> {
        Ok(self.children())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Children, XmlError> {
        Ok(self.children())
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Children, XmlError> {
        Ok(self.children())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Children, XmlError> {
        Ok(self.children())
    }
}

impl Value {
    fn children(self) -> Children {
        Children {
            depth: self.depth,
            out: String::new(),
            key: None,
            attributes: String::new(),
            text: None,
        }
    }
}

/// The list kinds: each element an `<i>`.
macro_rules! list {
    ($($kind:ident: $method:ident),*) => {
        $(impl ser::$kind for Children {
            type Ok = Option<Content>;
            type Error = XmlError;

            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), XmlError> {
                self.child("i", value)
            }

            fn end(self) -> Result<Self::Ok, XmlError> {
                Ok(Children::end(self))
            }
        })*
    };
}

list!(
    SerializeSeq: serialize_element,
    SerializeTuple: serialize_element,
    SerializeTupleStruct: serialize_field,
    SerializeTupleVariant: serialize_field
);

impl ser::SerializeMap for Children {
    type Ok = Option<Content>;
    type Error = XmlError;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), XmlError> {
        self.key = Some(key.serialize(Key)?);
        Ok(())
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), XmlError> {
        let key = self.key.take().unwrap_or_default();
        self.child(&key, value)
    }

    fn end(self) -> Result<Self::Ok, XmlError> {
        Ok(Children::end(self))
    }
}

/// The object kinds: each field an element of its name.
macro_rules! object {
    ($($kind:ident),*) => {
        $(impl ser::$kind for Children {
            type Ok = Option<Content>;
            type Error = XmlError;

            fn serialize_field<T: ?Sized + Serialize>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), XmlError> {
                self.child(key, value)
            }

            fn end(self) -> Result<Self::Ok, XmlError> {
                Ok(Children::end(self))
            }
        })*
    };
}

object!(SerializeStruct, SerializeStructVariant);

/// A map key, which names an element: a string that is an XML name.
struct Key;

fn not_a_name<T>() -> Result<T, XmlError> {
    Err(XmlError(
        "a member name must be a string that is an XML name".into(),
    ))
}

macro_rules! no_key {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, _: $ty) -> Result<String, XmlError> {
            not_a_name()
        })*
    };
}

impl Serializer for Key {
    type Ok = String;
    type Error = XmlError;
    type SerializeSeq = Impossible<String, XmlError>;
    type SerializeTuple = Impossible<String, XmlError>;
    type SerializeTupleStruct = Impossible<String, XmlError>;
    type SerializeTupleVariant = Impossible<String, XmlError>;
    type SerializeMap = Impossible<String, XmlError>;
    type SerializeStruct = Impossible<String, XmlError>;
    type SerializeStructVariant = Impossible<String, XmlError>;

    no_key!(
        serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_f32: f32,
        serialize_f64: f64, serialize_char: char, serialize_bytes: &[u8]
    );

    fn serialize_str(self, key: &str) -> Result<String, XmlError> {
        let mut chars = key.chars();
        let starts = chars.next().is_some_and(|c| c.is_alphabetic() || c == '_');
        if starts && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.')) {
            Ok(key.to_owned())
        } else {
            not_a_name()
        }
    }

    fn serialize_none(self) -> Result<String, XmlError> {
        not_a_name()
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<String, XmlError> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<String, XmlError> {
        not_a_name()
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<String, XmlError> {
        not_a_name()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, XmlError> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<String, XmlError> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, XmlError> {
        not_a_name()
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, XmlError> {
        not_a_name()
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, XmlError> {
        not_a_name()
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, XmlError> {
        not_a_name()
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, XmlError> {
        not_a_name()
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, XmlError> {
        not_a_name()
    }

    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, XmlError> {
        not_a_name()
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, XmlError> {
        not_a_name()
    }
}
