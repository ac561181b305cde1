//! Writes the reference page of a 5,000-code catalogue as HTML, each code
//! with its example body, to the path given: what `benches/html_ready.sh`
//! loads in headless Chromium. Prints the page's size in bytes.

use error_catalog::doc::Page;

include!(concat!(env!("OUT_DIR"), "/bench_generated_5000.rs"));

fn main() {
    let path = std::env::args().nth(1).expect("usage: html_page PATH");
    let html = Page::new("Error codes")
        .service("a service of 5,000 codes")
        .catalog::<Generated5000>()
        .examples::<Generated5000>()
        .html();
    std::fs::write(&path, &html).expect("the page is written");
    println!("{}", html.len());
}
