//! Metadata read from the removed lines: dates, byline and source, comments
//! and related links. Every value borrows the input and carries its span.

use std::fmt;

use crate::extract::calendar::{Date, HijriDate, Time};
use crate::extract::stamp::StampValue;
use crate::span::Span;

/// A date or time printed on the page, as [`Article::published`] and
/// [`Article::updated`](crate::Article::updated) return it, and as comments
/// and related links carry it.
///
/// `'h` is the lifetime of the text being cleaned.
///
/// [`Article::published`]: crate::Article::published
///
/// ```
/// let page = "وزير الري يشهد توقيع عقد دراسة جديدة\n\
///             الإثنين، 24 أغسطس 2020 09:23 ص\n\
///             شهد وزير الموارد المائية والري اليوم توقيع عقد المرحلة الثانية من دراسة الخزانات الجوفية مع الجامعة.";
/// let article = nazif::clean(page);
/// let published = article.published().unwrap();
/// assert_eq!(published.date().unwrap().to_string(), "2020-08-24");
/// assert_eq!(published.time().unwrap().to_string(), "09:23");
/// assert_eq!(published.text(), "الإثنين، 24 أغسطس 2020 09:23 ص");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp<'h> {
    pub(crate) value: StampValue,
    pub(crate) text: &'h str,
    pub(crate) span: Span,
}

impl<'h> Stamp<'h> {
    /// The Gregorian date: as printed, or converted from the Hijri date when
    /// the page gives only that. `None` for a time alone or a relative time
    /// (see [`Stamp::date_at`]).
    pub fn date(&self) -> Option<Date> {
        self.value.date
    }

    /// The time of day, when printed (converted to 24 hours).
    pub fn time(&self) -> Option<Time> {
        self.value.time
    }

    /// The UTC offset in minutes, when the page names a zone or an offset
    /// (`GMT` is 0, `بتوقيت مكة` is +180).
    pub fn offset_minutes(&self) -> Option<i16> {
        self.value.offset
    }

    /// The offset as `+03:00`.
    pub fn offset(&self) -> Option<String> {
        self.value.offset.map(|m| {
            let sign = if m < 0 { '-' } else { '+' };
            format!("{sign}{:02}:{:02}", m.abs() / 60, m.abs() % 60)
        })
    }

    /// The Hijri date, when printed.
    pub fn hijri(&self) -> Option<HijriDate> {
        self.value.hijri
    }

    /// For a relative time (`منذ ساعتين`, `أمس`), how long ago, in seconds.
    pub fn relative_seconds(&self) -> Option<u64> {
        self.value.relative_seconds
    }

    /// The date, resolving a relative time against `now` (a reference time
    /// the caller knows, such as the crawl time).
    ///
    /// ```
    /// use nazif::{Date, Time};
    ///
    /// let page = "عنوان الخبر المنشور اليوم\nمنذ ساعتين\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.";
    /// let stamp = nazif::clean(page).published().unwrap();
    /// assert_eq!(stamp.date(), None);
    /// let now = (Date::new(2024, 3, 1).unwrap(), Time::new(1, 0).unwrap());
    /// assert_eq!(stamp.date_at(now).unwrap().to_string(), "2024-02-29");
    /// ```
    pub fn date_at(&self, now: (Date, Time)) -> Option<Date> {
        if let Some(date) = self.value.date {
            return Some(date);
        }
        let ago = self.value.relative_seconds?;
        let (date, time) = now;
        let seconds = date.days() * 86_400 + i64::from(time.hour()) * 3600 + i64::from(time.minute()) * 60;
        Some(Date::from_days((seconds - ago as i64).div_euclid(86_400)))
    }

    /// The line the value was read from, trimmed.
    pub fn text(&self) -> &'h str {
        self.text
    }

    /// The span of [`Stamp::text`] in the input.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// A name read from a byline or source line: the name only, without `كتب`,
/// `بقلم`, `المصدر:` or the dateline's city.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name<'h> {
    pub(crate) name: &'h str,
    pub(crate) span: Span,
}

impl<'h> Name<'h> {
    /// The name.
    pub fn name(&self) -> &'h str {
        self.name
    }

    /// The span of the name in the input.
    pub fn span(&self) -> Span {
        self.span
    }
}

impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// The comment section: the count its header announces and each comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comments<'h> {
    pub(crate) announced: Option<u32>,
    pub(crate) items: Vec<Comment<'h>>,
}

impl<'h> Comments<'h> {
    /// The count in the section's header (`التعليقات (12)`), if printed.
    pub fn announced(&self) -> Option<u32> {
        self.announced
    }

    /// The comments shown on the page, in order.
    pub fn items(&self) -> &[Comment<'h>] {
        &self.items
    }

    /// The number of comments: the comments shown, or the announced count
    /// when the page shows fewer (0 for "no comments yet").
    pub fn count(&self) -> u32 {
        let shown = self.items.len() as u32;
        self.announced.map_or(shown, |a| a.max(shown))
    }
}

/// One comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment<'h> {
    pub(crate) input: &'h str,
    pub(crate) author: Option<&'h str>,
    pub(crate) place: Option<&'h str>,
    pub(crate) date: Option<Stamp<'h>>,
    pub(crate) lines: Vec<Span>,
    pub(crate) likes: Option<u32>,
    pub(crate) dislikes: Option<u32>,
    pub(crate) reply: bool,
    pub(crate) span: Span,
}

impl<'h> Comment<'h> {
    /// The commenter's name, when printed.
    pub fn author(&self) -> Option<&'h str> {
        self.author
    }

    /// The commenter's place (country, city), when printed beside the name.
    pub fn place(&self) -> Option<&'h str> {
        self.place
    }

    /// When the comment was written (often relative: `منذ يومين`).
    pub fn date(&self) -> Option<Stamp<'h>> {
        self.date
    }

    /// The comment's lines of text.
    pub fn lines(&self) -> impl Iterator<Item = &'h str> + '_ {
        self.lines.iter().map(|s| self.input[s.range()].trim())
    }

    /// The comment's text: its lines joined by newlines.
    pub fn text(&self) -> String {
        self.lines().collect::<Vec<_>>().join("\n")
    }

    /// Likes, when counted.
    pub fn likes(&self) -> Option<u32> {
        self.likes
    }

    /// Dislikes, when counted.
    pub fn dislikes(&self) -> Option<u32> {
        self.dislikes
    }

    /// True for a reply to another comment.
    pub fn is_reply(&self) -> bool {
        self.reply
    }

    /// From the comment's first line to its last.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// A link to another article, from a related, most-read or read-also block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelatedLink<'h> {
    pub(crate) headline: &'h str,
    pub(crate) date: Option<Stamp<'h>>,
    pub(crate) span: Span,
}

impl<'h> RelatedLink<'h> {
    /// The other article's headline.
    pub fn headline(&self) -> &'h str {
        self.headline
    }

    /// Its date, when listed beside it.
    pub fn date(&self) -> Option<Stamp<'h>> {
        self.date
    }

    /// The span of the headline in the input.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// Everything read from the page besides headline and body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Metadata<'h> {
    pub(crate) published: Option<Stamp<'h>>,
    pub(crate) updated: Option<Stamp<'h>>,
    pub(crate) byline: Option<Name<'h>>,
    pub(crate) source: Option<Name<'h>>,
    pub(crate) comments: Option<Comments<'h>>,
    pub(crate) related: Vec<RelatedLink<'h>>,
}
