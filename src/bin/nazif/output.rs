//! The JSON objects of the `--json` and `--jsonl` output (the contract in
//! the README).

use serde_json::{json, Value};

use nazif::{Article, Date, Name, Stamp, Time};

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
pub(crate) fn page_json(source: &str, article: &Article<'_>, now: Option<(Date, Time)>) -> Value {
    let lines: Vec<Value> = article
        .lines()
        .map(|l| {
            json!({
                "line": l.number(),
                "start": l.span().start,
                "end": l.span().end,
                "label": l.label().as_str(),
                "rule": l.rule().id(),
            })
        })
        .collect();
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
    json!({
        "source": source,
        "headline": article.headline(),
        "body": article.body().collect::<Vec<_>>(),
        "lines": lines,
        "published": article.published().map_or(Value::Null, |d| stamp_json(&d, now)),
        "updated": article.updated().map_or(Value::Null, |d| stamp_json(&d, now)),
        "byline": name_json(article.byline()),
        "source_name": name_json(article.source()),
        "comments": comments,
        "related": related,
    })
}
