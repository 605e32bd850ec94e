//! The JSON Lines contract of `nazif --jsonl`: records in equal records out,
//! in order, with every original field, error records for bad input, and
//! compressed input read transparently.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nazif-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn seed_records() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .enumerate()
        .map(|(i, p)| {
            serde_json::json!({"id": i, "text": std::fs::read_to_string(p).unwrap(), "meta": {"lang": "ar", "n": [1, 2]}})
                .to_string()
        })
        .collect()
}

fn run(args: &[&str]) -> (Vec<Value>, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_nazif")).args(args).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let records = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (records, String::from_utf8(out.stderr).unwrap(), out.status.code())
}

#[test]
fn records_in_equal_records_out_in_order_with_fields_kept() {
    let mut lines = seed_records();
    lines.insert(2, "{not json".into());
    lines.insert(3, r#"{"id": "no-text", "body": "x"}"#.into());
    lines.insert(4, "[1, 2, 3]".into());
    let path = temp("mixed.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    for jobs in ["1", "2", "3"] {
        let (records, stderr, code) = run(&["--jsonl", "-j", jobs, path.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{stderr}");
        assert_eq!(records.len(), lines.len(), "records in = records out with -j {jobs}");
        assert!(stderr.contains("8 records, 5 cleaned, 3 with errors"), "{stderr}");
        for (k, (line, record)) in lines.iter().zip(&records).enumerate() {
            match serde_json::from_str::<Value>(line) {
                Ok(Value::Object(original)) => {
                    for (key, value) in &original {
                        assert_eq!(&record[key], value, "record {k}: field {key} kept");
                    }
                    if original.contains_key("text") {
                        assert!(record["nazif"]["headline"].is_string(), "record {k}");
                        assert!(record["nazif"]["labels"].as_array().is_some_and(|l| !l.is_empty()));
                        assert!(record["nazif"]["body"].as_str().is_some_and(|b| !b.is_empty()));
                        assert!(record.get("error").is_none());
                    } else {
                        assert_eq!(record["error"], r#"no string field "text""#);
                    }
                }
                Ok(_) => assert_eq!(record["error"], "the record is not a JSON object"),
                Err(_) => {
                    assert!(record["error"].as_str().unwrap().starts_with("invalid JSON"));
                    assert_eq!(record["raw"], line.as_str());
                }
            }
        }
    }
}

#[test]
fn compressed_input_is_read_transparently() {
    let lines = seed_records();
    let text = lines.join("\n") + "\n";
    let plain = temp("plain.jsonl");
    std::fs::write(&plain, &text).unwrap();
    let gz = temp("pages.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(std::fs::File::create(&gz).unwrap(), flate2::Compression::default());
    enc.write_all(text.as_bytes()).unwrap();
    enc.finish().unwrap();
    let zst = temp("pages.jsonl.zst");
    std::fs::write(&zst, zstd::encode_all(text.as_bytes(), 3).unwrap()).unwrap();
    let (want, _, _) = run(&["--jsonl", plain.to_str().unwrap()]);
    assert_eq!(want.len(), lines.len());
    for path in [&gz, &zst] {
        let (got, stderr, code) = run(&["--jsonl", path.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{stderr}");
        assert_eq!(got, want, "{}", path.display());
    }
}

#[test]
fn text_output_field_choice_and_skip_empty() {
    let records = [
        serde_json::json!({"content": "عنوان الخبر المنشور اليوم\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\n\nجميع الحقوق محفوظة © 2024"}),
        serde_json::json!({"content": "الرئيسية\nسياسة\nرياضة"}),
    ];
    let path = temp("content.jsonl");
    std::fs::write(&path, records.iter().map(|r| r.to_string() + "\n").collect::<String>()).unwrap();
    let (out, _, _) = run(&["--jsonl", "--field", "content", "--output", "text", path.to_str().unwrap()]);
    assert_eq!(out.len(), 2);
    assert_eq!(
        out[0]["content"],
        "عنوان الخبر المنشور اليوم\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال."
    );
    assert!(out[0].get("nazif").is_none());
    assert_eq!(out[1]["content"], "");
    let (out, stderr, _) = run(&["--jsonl", "--field", "content", "--skip-empty", "--stats", path.to_str().unwrap()]);
    assert_eq!(out.len(), 1);
    assert!(stderr.contains("1 skipped"), "{stderr}");
    assert!(stderr.contains("pages with no article: 1"), "{stderr}");
}
