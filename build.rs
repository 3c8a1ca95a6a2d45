//! Turns `assets/classifier.toml` into JSON at build time. The TOML stays the file a person
//! reads and edits, with its comments; the app reads the same data as JSON, which parses
//! several times faster, when the Root cause pane first needs it. A file that is not valid
//! TOML fails the build here, with the line it fails at.

use std::path::Path;

fn main() {
    let source = "assets/classifier.toml";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source)
        .unwrap_or_else(|e| panic!("{source} could not be read: {e}"));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid TOML: {e}"));
    let json = serde_json::to_string(&value)
        .unwrap_or_else(|e| panic!("{source} could not be written as JSON: {e}"));
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let target = Path::new(&out).join("classifier.json");
    std::fs::write(&target, json)
        .unwrap_or_else(|e| panic!("{} could not be written: {e}", target.display()));
}
