//! The JSON objects of the `--json` and `--jsonl` output (the contract in
//! the README).

use std::io::{self, Write};

use serde_json::{json, Map, Value};

use nazif::{Article, Date, Line, Name, Stamp, Time};

/// A date or time value (the contract in the README).
pub(crate) fn stamp_json(stamp: &Stamp<'_>, now: Option<(Date, Time)>) -> Value {
    let date = match now {
        Some(now) => stamp.date_at(now),
        None => stamp.date(),
    };
    json!({
        "date": date.map(|d| d.to_string()),
        "time": stamp.time().map(|t| t.to_string()),
        "offset": stamp.offset(),
        "hijri": stamp.hijri().map(|h| h.to_string()),
        "relative_seconds": stamp.relative_seconds(),
        "text": stamp.text(),
        "start": stamp.span().start,
        "end": stamp.span().end,
    })
}

pub(crate) fn name_json(name: Option<Name<'_>>) -> Value {
    name.map_or(Value::Null, |n| json!({"name": n.name(), "start": n.span().start, "end": n.span().end}))
}

/// The JSON object of one page (the contract in the README).
/// The JSON object of one page, without its `lines` (built as a tree: the
/// metadata is small).
fn page_head(source: &str, article: &Article<'_>) -> Value {
    json!({
        "source": source,
        "headline": article.headline(),
        "body": article.body().collect::<Vec<_>>(),
    })
}

/// The metadata keys of a page's object.
fn page_meta(article: &Article<'_>, now: Option<(Date, Time)>) -> Map<String, Value> {
    let comments = article.comments().map_or(Value::Null, |c| {
        let items: Vec<Value> = c
            .items()
            .iter()
            .map(|item| {
                json!({
                    "author": item.author(),
                    "place": item.place(),
                    "date": item.date().map_or(Value::Null, |d| stamp_json(&d, now)),
                    "text": item.text(),
                    "likes": item.likes(),
                    "dislikes": item.dislikes(),
                    "reply": item.is_reply(),
                    "start": item.span().start,
                    "end": item.span().end,
                })
            })
            .collect();
        json!({"announced": c.announced(), "items": items})
    });
    let related: Vec<Value> = article
        .related()
        .iter()
        .map(|r| {
            json!({
                "headline": r.headline(),
                "date": r.date().map_or(Value::Null, |d| stamp_json(&d, now)),
                "start": r.span().start,
                "end": r.span().end,
            })
        })
        .collect();
    let mut map = Map::new();
    map.insert("published".into(), article.published().map_or(Value::Null, |d| stamp_json(&d, now)));
    map.insert("updated".into(), article.updated().map_or(Value::Null, |d| stamp_json(&d, now)));
    map.insert("byline".into(), name_json(article.byline()));
    map.insert("source_name".into(), name_json(article.source()));
    map.insert("comments".into(), comments);
    map.insert("related".into(), Value::Array(related));
    map
}

/// One entry of `lines`.
fn line_json(l: &Line<'_>) -> Value {
    json!({
        "line": l.number(),
        "start": l.span().start,
        "end": l.span().end,
        "label": l.label().as_str(),
        "rule": l.rule().id(),
    })
}

/// The JSON object of one page as a tree (for JSON Lines records).
pub(crate) fn page_json(source: &str, article: &Article<'_>, now: Option<(Date, Time)>) -> Value {
    let mut page = page_head(source, article);
    if let Value::Object(map) = &mut page {
        map.insert("lines".into(), Value::Array(article.lines().map(|l| line_json(&l)).collect()));
        map.extend(page_meta(article, now));
    }
    page
}

/// Writes the JSON object of one page, streaming its `lines` one at a time
/// so that a huge page does not become a huge tree in memory. The bytes are
/// those of `serde_json::to_writer(page_json(…))`.
pub(crate) fn write_page_json(
    out: &mut impl Write,
    source: &str,
    article: &Article<'_>,
    now: Option<(Date, Time)>,
) -> io::Result<()> {
    let head = serde_json::to_string(&page_head(source, article))?;
    // `head` is `{…}`: reopen it to add the streamed array and the rest.
    out.write_all(&head.as_bytes()[..head.len() - 1])?;
    out.write_all(b",\"lines\":[")?;
    for (k, line) in article.lines().enumerate() {
        if k > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, &line_json(&line))?;
    }
    out.write_all(b"]")?;
    for (key, value) in page_meta(article, now) {
        out.write_all(b",")?;
        serde_json::to_writer(&mut *out, &key)?;
        out.write_all(b":")?;
        serde_json::to_writer(&mut *out, &value)?;
    }
    out.write_all(b"}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_json_equals_the_tree() {
        let page = "عنوان الخبر المنشور اليوم\n\nالثلاثاء، ١٤ نوفمبر ٢٠٢٣\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\n\nالتعليقات (1)\n\nسامي\n\nكلام مظبوط جدا وربنا يستر على البلد";
        let article = nazif::clean(page);
        let mut streamed = Vec::new();
        write_page_json(&mut streamed, "p.txt", &article, None).unwrap();
        let tree = serde_json::to_vec(&page_json("p.txt", &article, None)).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), String::from_utf8(tree).unwrap());
    }
}
