//! Catalogues declared in a `#![no_std]` crate.

#![no_std]

use core::fmt;

use error_catalog::error_catalog;

/// Devices
#[error_catalog(prefix = "DEV", range = 100..=199)]
#[derive(Debug)]
pub enum DeviceError {
    /// The device is busy.
    #[error(code = 100, http = 409)]
    Busy,
    #[error(
        code = 101,
        http = 400,
        message = "Register {register:#04x} is read-only"
    )]
    ReadOnly { register: u8 },
    #[error(code = 102, http = 500, message = "Formatting failed: {0}")]
    Format(#[from] fmt::Error),
}

/// Firmware
#[error_catalog(prefix = "DEV")]
#[derive(Debug)]
pub enum FirmwareError {
    #[error(code = 1, http = 503, message = "The firmware is updating")]
    Updating,
    #[error(transparent)]
    Device(DeviceError),
}

/// A function of the crate that lifts a category's error with `?`.
pub fn write_register(register: u8) -> Result<(), FirmwareError> {
    if register < 0x10 {
        Err(DeviceError::ReadOnly { register })?;
    }
    Err(FirmwareError::Updating)
}
