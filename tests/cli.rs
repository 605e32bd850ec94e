//! The `nazif` command's contract: text, JSON, errors and exit status, eval.

use std::path::Path;
use std::process::{Command, Output};

fn nazif(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nazif"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the nazif binary runs")
}

const SEED: &str = "fixtures/seeds/003_75a9eb647519707a.txt";

#[test]
fn prints_the_cleaned_text() {
    let out = nazif(&[SEED]);
    assert!(out.status.success());
    let expected =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED).with_extension("expected")).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

#[test]
fn json_has_one_object_per_file_with_every_line() {
    let out = nazif(&["--json", SEED, "fixtures/seeds/004_90ba3c5774616069.txt"]);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let objects: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(objects.len(), 2);
    let page = &objects[0];
    assert_eq!(page["source"], SEED);
    assert_eq!(page["headline"], "واشنطن وموسكو تجريان محادثات حول مسار محتمل لإنهاء عزلة سورية الدولية");
    assert!(page["body"].as_array().unwrap().len() > 10);
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)).unwrap();
    let non_blank = text.split('\n').filter(|l| !l.trim().is_empty()).count();
    let lines = page["lines"].as_array().unwrap();
    assert_eq!(lines.len(), non_blank);
    for line in lines {
        let (start, end) = (line["start"].as_u64().unwrap() as usize, line["end"].as_u64().unwrap() as usize);
        let number = line["line"].as_u64().unwrap() as usize;
        assert_eq!(&text[start..end], text.split('\n').nth(number - 1).unwrap());
        assert!(line["label"].as_str().unwrap().parse::<nazif::Label>().is_ok());
        assert!(line["rule"].as_str().unwrap().parse::<nazif::Rule>().is_ok());
    }
}

#[test]
fn a_bad_file_is_reported_and_the_others_still_cleaned() {
    let dir = std::env::temp_dir().join(format!("nazif-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"\xD8\xB9\xFF").unwrap();
    let missing = dir.join("missing.txt");
    let out = nazif(&["--json", bad.to_str().unwrap(), missing.to_str().unwrap(), SEED]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("bad.txt: invalid UTF-8 at byte 2"), "{stderr}");
    assert!(stderr.contains("missing.txt: cannot read"), "{stderr}");
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1, "the good file is still printed");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn reads_standard_input() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_nazif"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "عنوان الخبر المنشور اليوم\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\n".as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("عنوان الخبر المنشور اليوم\n\nنص الخبر"));
}

#[test]
fn eval_scores_the_seed_pages() {
    let out = nazif(&["eval", "--json", "fixtures/seeds"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["total"]["pages"], 5);
    assert_eq!(report["total"]["f1"], 1.0);
    assert_eq!(report["total"]["headline_accuracy"], 1.0);
    assert_eq!(report["pages"].as_array().unwrap().len(), 5);
}

#[test]
fn eval_without_labelled_pages_is_an_error() {
    let out = nazif(&["eval", "src"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("no NAME.txt with a NAME.gold"));
}

#[test]
fn lossy_cleans_invalid_utf8_and_says_how_much_was_replaced() {
    let dir = std::env::temp_dir().join(format!("nazif-cli-lossy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    let mut bytes = "عنوان الخبر المنشور اليوم\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\n\n"
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(b"\xFF\xFE footer\n");
    std::fs::write(&path, &bytes).unwrap();
    let out = nazif(&["--lossy", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stderr).unwrap().contains("2 invalid UTF-8 sequences replaced"));
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("عنوان الخبر المنشور اليوم"));
    std::fs::remove_dir_all(&dir).ok();
}
