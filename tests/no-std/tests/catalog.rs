//! What the catalogues of the `#![no_std]` crate answer.

use error_catalog::{Catalog, CatalogError};
use error_catalog_no_std::{write_register, DeviceError, FirmwareError};

#[test]
fn catalogues_of_a_no_std_crate_answer() {
    let err = write_register(3).unwrap_err();
    assert_eq!(err.code_str(), "DEV_101");
    assert_eq!(err.to_string(), "Register 0x03 is read-only");
    assert_eq!(err.status().as_u16(), 400);
    assert_eq!(write_register(0x20).unwrap_err().code(), 1);

    let format = DeviceError::from(core::fmt::Error);
    assert_eq!(format.public_message(), "Formatting failed");
    assert!(std::error::Error::source(&format).is_some());
    assert_eq!(DeviceError::Busy.to_string(), "The device is busy.");

    let codes: Vec<u32> = FirmwareError::ENTRIES
        .iter()
        .map(|entry| entry.code())
        .collect();
    assert_eq!(codes, [1, 100, 101, 102]);
}
