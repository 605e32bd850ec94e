//! Quality floor: `nazif eval` over every labelled page under `fixtures/`
//! must not fall below the figures committed in `fixtures/corpus/floor.json`.
//! Raise the floor when the cleaner gets better; never lower it to make a
//! change pass without saying why in the commit.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

#[test]
fn eval_stays_above_the_committed_floor() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let floor: Value = serde_json::from_str(&std::fs::read_to_string(root.join("fixtures/corpus/floor.json")).unwrap())
        .expect("floor.json is JSON");
    let out = Command::new(env!("CARGO_BIN_EXE_nazif"))
        .args(["eval", "--json", "fixtures"])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let total = &report["total"];
    let mut below = Vec::new();
    let mut check = |name: String, got: Option<f64>, min: f64| match got {
        Some(g) if g + 1e-9 >= min => {}
        other => below.push(format!("{name}: {other:?} < floor {min}")),
    };
    let pages = total["pages"].as_f64().unwrap_or(0.0);
    check("pages".into(), Some(pages), floor["pages"].as_f64().unwrap());
    for key in ["f1", "precision", "recall", "headline_accuracy", "pages_without_error_share"] {
        check(key.into(), total[key].as_f64(), floor[key].as_f64().unwrap());
    }
    for (label, min) in floor["labels"].as_object().unwrap() {
        check(format!("{label} right side"), total["labels"][label]["right_share"].as_f64(), min.as_f64().unwrap());
    }
    for (field, min) in floor["metadata"].as_object().unwrap() {
        check(format!("metadata {field}"), total["metadata"][field]["share"].as_f64(), min.as_f64().unwrap());
    }
    assert!(below.is_empty(), "quality fell below the floor:\n{}", below.join("\n"));
}
