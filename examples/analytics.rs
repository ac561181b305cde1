//! The main job: the Analytics Service's error catalogue (seed 002), 52 codes
//! in 11 categories, rendered from the enums in `catalogs/analytics.rs`.
//!
//! ```sh
//! cargo run --example analytics                        # the Markdown page
//! cargo run --example analytics -- --json              # the JSON catalogue
//! cargo run --example analytics -- --html > errors.html   # the web page
//! cargo run --example analytics -- --body ANALYTICS_1000   # one code's bodies
//! cargo run --example analytics -- --help              # usage
//! ```

use std::process::ExitCode;

use error_catalog::body::{Nested, Problem};

use error_catalog_examples::catalogs::analytics;

const USAGE: &str = "usage: analytics [--json | --html | --body CODE | --help]
  (no argument)  the catalogue as a Markdown page
  --json         the catalogue as JSON
  --html         the catalogue as one self-contained web page
  --body CODE    the Nested and Problem bodies of CODE (ANALYTICS_1000 or 1000)
  --help         this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// What the command prints for `args`, or the message for a mistake.
pub fn run(args: &[String]) -> Result<String, String> {
    let page = analytics::page();
    match args {
        [] => Ok(page.markdown()),
        [flag] if flag == "--help" || flag == "-h" => Ok(USAGE.to_owned()),
        [flag] if flag == "--html" => Ok(page.examples::<analytics::AnalyticsError>().html()),
        [flag] if flag == "--json" => {
            let entries: serde_json::Value =
                serde_json::from_str(&page.json()).map_err(|error| error.to_string())?;
            Ok(pretty(&entries)? + "\n")
        }
        [flag, code] if flag == "--body" => {
            let entry = match code.parse::<u32>() {
                Ok(number) => page.lookup(number),
                Err(_) => page.lookup_str(code),
            };
            let Some(entry) = entry else {
                return Err(format!(
                    "no error code {code:?} in this catalogue of {} codes; run without arguments to list them",
                    page.code_count()
                ));
            };
            Ok(format!(
                "{} {} ({})\n\napplication/json:\n{}\n\napplication/problem+json:\n{}\n",
                entry.code_str(),
                entry.name(),
                entry.status(),
                pretty(&Nested::new(entry))?,
                pretty(&Problem::new(entry))?,
            ))
        }
        _ => Err(USAGE.to_owned()),
    }
}

fn pretty<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|error| error.to_string())
}
