//! Stage 7: what the removed lines say about the article: publication and
//! update dates, byline and source, comments and related links.
//!
//! Reads the final decisions and never changes them. Dates come from
//! timestamp lines, nearest to the headline first, so that a date in a
//! related list or a comment, or the site's clock in the header, is not
//! taken for the article's. Names are cut out of byline lines in the
//! original text (spans point at the name only).

pub(crate) mod calendar;
pub(crate) mod stamp;

use crate::classify::{is_marker, Block, Decision};
use crate::detect::Features;
use crate::label::{Label, Rule};
use crate::meta::{Comment, Comments, Metadata, Name, RelatedLink, Stamp};
use crate::normalize::{is_edge_char, is_word_char, words, FoldedLines};
use crate::segment::RawLine;
use crate::span::Span;
use stamp::{parse, StampValue};

/// Everything the extraction reads, for one page.
pub(crate) struct Page<'a, 'h> {
    pub(crate) input: &'h str,
    pub(crate) lines: &'a [RawLine],
    pub(crate) features: &'a [Features],
    pub(crate) decisions: &'a [Decision],
    /// The context-free decisions, for names that context kept as body.
    pub(crate) first: &'a [Decision],
    pub(crate) folded: &'a FoldedLines,
    pub(crate) headline: Option<usize>,
    pub(crate) block: Option<Block>,
}

impl<'h> Page<'_, 'h> {
    fn text(&self, i: usize) -> &'h str {
        self.input[self.lines[i].span].trim_matches(is_edge_char)
    }

    fn trimmed_span(&self, i: usize) -> Span {
        let span = self.lines[i].span;
        let raw = &self.input[span];
        let start = span.start + (raw.len() - raw.trim_start_matches(is_edge_char).len());
        let end = span.end - (raw.len() - raw.trim_end_matches(is_edge_char).len());
        Span { start, end: end.max(start) }
    }

    fn stamp(&self, i: usize, value: StampValue) -> Stamp<'h> {
        Stamp { value, text: self.text(i), span: self.trimmed_span(i) }
    }

    /// Every line index (segmentation keeps only non-blank lines).
    fn all(&self) -> std::ops::Range<usize> {
        0..self.lines.len()
    }

    /// Where the article is anchored: the headline, else the block's start.
    fn anchor(&self) -> Option<usize> {
        self.headline.or(self.block.map(|b| b.start))
    }
}

/// Reads all metadata of a page.
pub(crate) fn extract<'h>(page: &Page<'_, 'h>) -> Metadata<'h> {
    let (published, updated) = dates(page);
    let (byline, source) = names(page);
    Metadata { published, updated, byline, source, comments: comments(page), related: related(page) }
}

/// How many timestamp lines, nearest to the headline first, are read for
/// the published and updated stamps.
const MAX_STAMP_CANDIDATES: usize = 6;

/// The article's own published and updated stamps.
fn dates<'h>(page: &Page<'_, 'h>) -> (Option<Stamp<'h>>, Option<Stamp<'h>>) {
    let Some(anchor) = page.anchor() else {
        return (None, None);
    };
    let end = page.block.map_or(page.lines.len(), |b| b.end + 1);
    // Timestamp lines before the block's end, nearest to the headline first;
    // at equal distance the line below the headline wins.
    // A quoted post's signature dates the post, not the article.
    let mut candidates: Vec<usize> = page
        .all()
        .filter(|&i| i < end && page.decisions[i].label == Label::Timestamp)
        .filter(|&i| page.decisions[i].rule != Rule::TimestampSignature)
        .collect();
    candidates.sort_by_key(|&i| (i.abs_diff(anchor), i < anchor));
    let mut published = None;
    let mut updated = None;
    // The nearest few stamps decide; farther ones belong to other parts of
    // the page (and reading them all would cost time on long pages).
    // A calendar date beats a relative time (`منذ 4 ساعات` printed beside
    // the full date), which beats a time alone.
    let mut relative = None;
    for &i in candidates.iter().take(MAX_STAMP_CANDIDATES) {
        let (p, u) = parse(page.folded.text(i));
        if published.is_none() {
            match p {
                Some(p) if p.date.is_some() => published = Some(page.stamp(i, p)),
                Some(p) if p.relative_seconds.is_some() && relative.is_none() => relative = Some(page.stamp(i, p)),
                _ => {}
            }
        }
        if updated.is_none() {
            if let Some(u) = u {
                updated = Some(page.stamp(i, u));
            }
        }
        if published.is_some() && updated.is_some() {
            break;
        }
    }
    published = published.or(relative);
    if published.is_none() {
        // A time alone (`14:32`) is better than nothing.
        published = candidates
            .iter()
            .take(MAX_STAMP_CANDIDATES)
            .find_map(|&i| parse(page.folded.text(i)).0.map(|p| page.stamp(i, p)));
    }
    (published, updated)
}

/// Words that introduce an author; folded word forms. Every word of the
/// byline lexicon's `^` phrases is here or in [`SOURCE_WORDS`] (a test
/// checks it), so the name read after a phrase never keeps one.
const AUTHOR_WORDS: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    "الكاتب",
    "اعداد",
    "حوار",
    "حاوره",
    "حاورته",
    "حاورها",
    "حاورتها",
    "حاورهم",
    "تحرير",
    "اجري",
    "اجرت",
    "الحوار",
    "المحرر",
    "author",
    "by",
    "بواسطه",
    "written",
    "reporting",
    "تقرير",
    "مراسل",
    "مراسله",
];
/// Words that introduce a source.
const SOURCE_WORDS: &[&str] = &["المصدر", "مصدر", "الخبر", "بمساهمه", "source"];

/// The byline (author) and the source (agency) of the article.
fn names<'h>(page: &Page<'_, 'h>) -> (Option<Name<'h>>, Option<Name<'h>>) {
    let Some(anchor) = page.anchor() else {
        return (None, None);
    };
    let end = page.block.map_or(page.lines.len(), |b| b.end + 1);
    // Bylines stand near the article: above it close to the headline, or
    // just after its text.
    let start = page.headline.map_or(anchor, |h| h.min(anchor)).saturating_sub(NAME_REACH);
    let mut candidates: Vec<usize> = page
        .all()
        .filter(|&i| i >= start && i <= end + NAME_REACH)
        // A byline in the article's text (an interview's `حوار: NAME` under
        // the standfirst) stays body but still names the author.
        // (A commenter's `بواسطة: NAME` under a short text is the thread's.)
        .filter(|&i| page.decisions[i].label != Label::Comments)
        .filter(|&i| {
            page.decisions[i].label == Label::Byline
                || (page.first[i].label == Label::Byline && page.features[i].words <= 5)
                // A name after a title of address (`د. هالة الرواشدة`) needs
                // no byline word. (Not a list's item: `- م. ش. (مواليد عام
                // 1999)` names a suspect.)
                || (page.features[i].name && !page.features[i].bulleted)
        })
        .collect();
    candidates.sort_by_key(|&i| i.abs_diff(anchor));
    let mut byline = None;
    let mut source = None;
    // The site's own name (in its copyright line, or added to the title's
    // repeats) is a source, not an author.
    let site_lines: Vec<&str> = page
        .all()
        .filter(|&i| matches!(page.decisions[i].label, Label::Footer | Label::DuplicateHeadline))
        .map(|i| page.folded.bare_form(i))
        .collect();
    // So is a one-word name that the page's menus print alone (`بقلم:
    // يورونيوز` under a menu holding `يورونيوز`): a person's name has two
    // words or more, and a menu names no author.
    let menu_item = |form: &str| {
        page.all().any(|j| page.decisions[j].label == Label::Navigation && page.folded.bare_form(j) == form)
    };
    for &i in &candidates {
        let (mut kind, name) = read_name(page, i);
        if kind == NameKind::Author {
            if let Some(n) = name {
                let form = words(n.name);
                let site = || site_lines.iter().any(|l| l.contains(form.as_str()));
                if !form.is_empty() && (site() || (!form.contains(' ') && menu_item(&form))) {
                    kind = NameKind::Source;
                }
            }
        }
        match kind {
            NameKind::Source if source.is_none() => source = name,
            NameKind::Author if byline.is_none() => byline = name,
            _ => {}
        }
    }
    if source.is_none() {
        source = dateline_source(page);
    }
    if byline.is_none() {
        byline = bare_name(page, &site_lines);
    }
    (byline, source)
}

/// A name alone on its line next to the article's date, under the headline
/// (`حسن علي` over `الأحد 17 مارس 2024`): the author, though no byline word
/// introduces it. Two to four words of Arabic text, no function
/// word, no marker, not the site's name.
fn bare_name<'h>(page: &Page<'_, 'h>, site_lines: &[&str]) -> Option<Name<'h>> {
    let (h, b) = (page.headline?, page.block?);
    // (A quoted post's signature, `— NAME (@handle) DATE`, dates the post,
    // not a byline beside it.)
    let dated = |j: usize| {
        page.decisions.get(j).is_some_and(|d| d.label == Label::Timestamp && d.rule != Rule::TimestampSignature)
    };
    // (The standfirst may open the block above the byline and the date:
    // the name is then among the block's first lines.)
    (h + 1..(b.start + NAME_REACH).min(b.end + 1))
        .find(|&i| {
            let f = &page.features[i];
            let name = f.name_shaped()
            && f.arabic_ratio() >= 0.9
            // (Nor date words: `دقيقة واحدة` is a reading time.)
            && f.date.date_tokens == 0
            // Letters and spaces only: a colon, dash or comma makes a
            // dateline, a credit or a label.
            && page.folded.text(i).chars().all(|c| c == ' ' || is_word_char(c))
            // A person's first name has no article (`القدس المحتلة` is a
            // place, `العربية نت` a site).
            && !page.folded.bare_form(i).starts_with("ال")
            && !is_marker(&page.first[i])
            && !site_lines.iter().any(|l| l.contains(page.folded.bare_form(i)));
            let initialled = !is_marker(&page.first[i]) && is_initialled_name(page.folded.text(i));
            // (The author's note may stand between the name and the date,
            // `عبد الرحمن المري`, `كاتب ومدون قطري`, `2/3/2023`; the note
            // itself, an occupation, is no name.)
            let noted = page.features.get(i + 1).is_some_and(|n| n.occupation) && dated(i + 2);
            (name || initialled) && !f.occupation && (dated(i + 1) || noted || (i > 0 && dated(i - 1)))
        })
        // Or a signature with an initial (`نسرين. م`, `ب. سميرة`), as
        // Maghreb papers sign their reports: by the date, or right under
        // the text.
        .or_else(|| {
            (b.end + 1..(b.end + 1 + SIGNATURE_REACH).min(page.lines.len()))
                .find(|&i| !is_marker(&page.first[i]) && is_initialled_name(page.folded.text(i)))
        })
        .and_then(|i| match read_name(page, i) {
            (NameKind::Author, name) => name,
            _ => None,
        })
}

/// How far, in lines, a signature may stand under the article's text.
const SIGNATURE_REACH: usize = 2;

/// A name of one or two words with an initial for the other: `نسرين. م`,
/// `ب. سميرة`, `عبد القادر. ك` (folded text). Arabic letters, a full stop
/// after the first part, and nothing else.
fn is_initialled_name(text: &str) -> bool {
    let Some((first, second)) = text.trim().split_once(". ") else {
        return false;
    };
    let part = |p: &str, most: usize| {
        let arabic_word = |w: &str| !w.is_empty() && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
        (1..=most).contains(&p.split(' ').count()) && p.split(' ').all(arabic_word)
    };
    let initial = |p: &str| p.chars().count() == 1;
    let (first, second) = (first.trim(), second.trim().trim_end_matches('.'));
    part(first, 2) && part(second, 2) && (initial(first) != initial(second))
}

/// How far, in lines, a byline may stand above the headline or below the
/// article's text.
const NAME_REACH: usize = 12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameKind {
    Author,
    Source,
}

/// Words of an original line with their byte ranges.
fn word_spans(text: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let breaks = c.is_whitespace() || matches!(c, ':' | '：' | '(' | ')' | '«' | '»' | '"' | '|' | '،' | ',');
        match (start, breaks) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                out.push((base + s, base + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((base + s, base + text.len()));
    }
    out
}

/// Reads the name on a byline line: an author after `كتب`/`بقلم`, a source
/// after `المصدر` or in brackets, or the sides of a dateline (`NAME - CITY`,
/// `CITY - AGENCY`).
fn read_name<'h>(page: &Page<'_, 'h>, i: usize) -> (NameKind, Option<Name<'h>>) {
    let span = page.trimmed_span(i);
    let text = &page.input[span];
    let mut words = word_spans(text, span.start);
    let folded_word = |w: &(usize, usize)| self::words(&page.input[w.0..w.1]);
    let mut kind = NameKind::Author;
    // Drop the leading marker words.
    while let Some(first) = words.first() {
        let f = folded_word(first);
        if SOURCE_WORDS.contains(&f.as_str()) {
            kind = NameKind::Source;
        } else if !AUTHOR_WORDS.contains(&f.as_str()) && !f.is_empty() {
            break;
        }
        words.remove(0);
    }
    // A dash splits a dateline: keep the agency (a source) or the longer
    // side (a name, not a city).
    let sides: Vec<Vec<(usize, usize)>> = split_on_dash(page.input, &words);
    let chosen = if sides.len() == 2 {
        let agency = sides.iter().position(|s| is_agency(page.input, s));
        match agency {
            Some(a) => {
                kind = NameKind::Source;
                sides[a].clone()
            }
            None => sides.iter().max_by_key(|s| s.len()).cloned().unwrap_or_default(),
        }
    } else {
        let mut words: Vec<_> = words.into_iter().filter(|w| !is_dash(&page.input[w.0..w.1])).collect();
        // `ياسمين فرحات، CNN`: the agency after the author is not the name.
        if words.len() > 2 && words.last().is_some_and(|w| is_agency(page.input, &[*w])) {
            words.pop();
        }
        words
    };
    // A bracketed credit alone, or an agency's name without a byline word,
    // is a source.
    let agency_alone =
        chosen.len() <= 4 && is_agency(page.input, &chosen) && page.decisions[i].rule != Rule::BylineMarker;
    if page.features[i].credit_only || agency_alone {
        kind = NameKind::Source;
    }
    let (Some(first), Some(last)) = (chosen.first(), chosen.last()) else {
        // `المصدر:` alone: the source is on the next line.
        if kind == NameKind::Source {
            let next = page.all().find(|&j| j > i);
            if let Some(j) = next.filter(|&j| page.features[j].words <= 4) {
                let s = page.trimmed_span(j);
                return (kind, Some(Name { name: &page.input[s], span: s }));
            }
        }
        return (kind, None);
    };
    let span = Span { start: first.0, end: last.1 };
    let name =
        page.input[span].trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | 'ـ' | '.' | ':'));
    if name.is_empty() {
        return (kind, None);
    }
    let start = span.start + page.input[span].find(name).unwrap_or(0);
    (kind, Some(Name { name, span: Span { start, end: start + name.len() } }))
}

fn is_dash(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, '-' | '–' | '—' | 'ـ' | '_'))
}

fn split_on_dash(input: &str, words: &[(usize, usize)]) -> Vec<Vec<(usize, usize)>> {
    let mut sides = vec![Vec::new()];
    for w in words {
        if is_dash(&input[w.0..w.1]) {
            sides.push(Vec::new());
        } else if let Some(last) = sides.last_mut() {
            last.push(*w);
        }
    }
    sides.retain(|s| !s.is_empty());
    sides
}

/// Agencies and credits, folded word forms (the caption lexicon's credits).
const AGENCIES: &[&str] = &[
    "ا ش ا",
    "ا ف ب",
    "رويترز",
    "فرانس برس",
    "اسوشيتد برس",
    "الاناضول",
    "بترا",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "سانا",
    "وكالات",
    "شينخوا",
    "سبوتنيك",
    "afp",
    "ap",
    "reuters",
    "dpa",
    "xinhua",
    "anadolu",
    "د ب ا",
    "ارنا",
    "وفا",
    "ومع",
];

fn is_agency(input: &str, side: &[(usize, usize)]) -> bool {
    let (Some(first), Some(last)) = (side.first(), side.last()) else {
        return false;
    };
    let form = words(&input[first.0..last.1]);
    AGENCIES.iter().any(|a| form == *a || form.ends_with(&format!(" {a}")) || form.starts_with(&format!("{a} ")))
}

/// A source in the dateline that opens the first paragraph:
/// `واشنطن (رويترز) - …`, `القاهرة - أ ش أ: …`.
fn dateline_source<'h>(page: &Page<'_, 'h>) -> Option<Name<'h>> {
    let first = page.all().find(|&i| page.decisions[i].rule == Rule::BodyParagraph)?;
    let span = page.trimmed_span(first);
    let text = &page.input[span];
    let head_end = text.char_indices().nth(60).map_or(text.len(), |(i, _)| i);
    let head = &text[..head_end];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let inside = &head[open + 1..close];
    let form = words(inside);
    AGENCIES.iter().any(|a| form == *a).then(|| {
        let start = span.start + open + 1;
        Name { name: inside.trim(), span: Span { start, end: start + inside.len() } }
    })
}

/// Like words (`اعجبني`, `like`) and dislike words, folded.
const LIKE_WORDS: &[&str] = &["اعجبني", "اعجاب", "like", "likes", "مفيد"];
const DISLIKE_WORDS: &[&str] = &["يعجبني", "dislike", "dislikes"];
/// Words of a comment widget's own text, folded.
const UI_WORDS: &[&str] = &[
    "التعليق",
    "تعليق",
    "تعليقك",
    "التعليقات",
    "comment",
    "comments",
    "كلمه",
    "السر",
    "تسجيل",
    "الدخول",
    "بياناتك",
    "password",
    "login",
    "المستعار",
    "الرمز",
];
const REPLY_WORDS: &[&str] = &["رد", "الرد", "ردا", "reply", "replying"];

/// The comment section, if the page has one.
fn comments<'h>(page: &Page<'_, 'h>) -> Option<Comments<'h>> {
    let section: Vec<usize> = page.all().filter(|&i| page.decisions[i].label == Label::Comments).collect();
    if section.is_empty() {
        return None;
    }
    let mut announced = None;
    for &i in &section {
        let d = page.decisions[i];
        let form = page.folded.bare_form(i);
        // (Or the count first: `6 تعليقات`, `12 comments`.)
        let noun = form.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        let counted_header = ["تعليق", "التعليقات", "comments", "عدد التعليقات"].iter().any(|h| form.starts_with(h))
            || (noun.len() < form.len() && ["تعليق", "comment"].iter().any(|h| noun.starts_with(h)));
        if matches!(d.rule, Rule::CommentsHeader | Rule::CommentsCount) && announced.is_none() && counted_header {
            announced = form.split(' ').find_map(|w| w.parse::<u32>().ok());
        }
        if d.rule == Rule::CommentsMarker
            && (form.starts_with("لا توجد")
                || form.starts_with("لا يوجد")
                || form.starts_with("لا تعليقات")
                || form.starts_with("كن اول"))
        {
            announced = Some(0);
        }
    }
    let mut items: Vec<Comment<'h>> = Vec::new();
    let mut current: Option<Comment<'h>> = None;
    let mut after_text = false;
    for i in page.all() {
        let d = page.decisions[i];
        // A line of another kind ends the current comment.
        if d.label != Label::Comments {
            finish(&mut current, &mut items);
            after_text = false;
            continue;
        }
        let f = &page.features[i];
        let form = page.folded.bare_form(i);
        let first_word = form.split(' ').next().unwrap_or("");
        let like_line = LIKE_WORDS.contains(&first_word) || DISLIKE_WORDS.iter().any(|w| form.contains(w));
        if d.rule != Rule::CommentsSection && !like_line {
            continue;
        }
        let (date, _) = parse(page.folded.text(i));
        let is_date = f.date.is_timestamp_line() && date.is_some();
        if is_date {
            let c = current.get_or_insert_with(|| new_comment(page, i));
            if c.date.is_none() && !after_text {
                c.date = date.map(|v| page.stamp(i, v));
                extend(c, page.trimmed_span(i));
                continue;
            }
        }
        if f.text_words == 0 || like_line {
            // Like counts: `1`, `أعجبني 12`, `12 | 3`.
            let numbers: Vec<u32> = form.split(' ').filter_map(|w| w.parse().ok()).collect();
            if let Some(c) = current.as_mut() {
                if form.contains("يعجبني")
                    && form.split(' ').filter(|w| *w == "لا").count() > 0
                    && !form.starts_with("اعجبني")
                {
                    c.dislikes = numbers.first().copied();
                } else {
                    c.likes = c.likes.or(numbers.first().copied());
                    if numbers.len() > 1 {
                        c.dislikes = c.dislikes.or(numbers.get(1).copied());
                    }
                }
                extend(c, page.trimmed_span(i));
                after_text = true;
            }
            continue;
        }
        let author_like = f.text_words <= 4 && f.stopwords == 0 && !f.sentence_end;
        if author_like && (current.as_ref().is_none_or(|c| !c.lines.is_empty())) {
            finish(&mut current, &mut items);
            let mut c = new_comment(page, i);
            let (author, place) = author_and_place(page, i);
            c.author = author;
            c.place = place;
            // Replies are marked by an arrow or `رد على` before the name.
            c.reply = page.text(i).starts_with(['↳', '↪', '└']) || REPLY_WORDS.contains(&first_word);
            current = Some(c);
            after_text = false;
            continue;
        }
        // Widget text (`إظهار التعليق`, a login form, a site name, a list of
        // dated links) is not a comment: comment text reads as a sentence.
        let sentence = f.stopwords >= 1 || f.sentence_end || (f.mostly_latin() && f.words >= 4);
        if f.text_words < 3
            || !sentence
            || f.url
            || f.date.is_timestamp_line()
            || form.split(' ').any(|w| UI_WORDS.contains(&w))
        {
            continue;
        }
        if after_text && current.as_ref().is_some_and(|c| !c.lines.is_empty()) {
            finish(&mut current, &mut items);
        }
        let c = current.get_or_insert_with(|| new_comment(page, i));
        c.lines.push(page.trimmed_span(i));
        extend(c, page.trimmed_span(i));
        after_text = false;
    }
    finish(&mut current, &mut items);
    Some(Comments { announced, items })
}

fn new_comment<'h>(page: &Page<'_, 'h>, i: usize) -> Comment<'h> {
    let span = page.trimmed_span(i);
    Comment {
        input: page.input,
        author: None,
        place: None,
        date: None,
        lines: Vec::new(),
        likes: None,
        dislikes: None,
        reply: false,
        span,
    }
}

fn extend(c: &mut Comment<'_>, span: Span) {
    c.span.end = c.span.end.max(span.end);
}

/// Keeps a comment only if it has text.
fn finish<'h>(current: &mut Option<Comment<'h>>, items: &mut Vec<Comment<'h>>) {
    if let Some(c) = current.take() {
        if !c.lines.is_empty() {
            items.push(c);
        }
    }
}

/// `ابو محمد`, `سامي - الأردن`, `ليلى (تونس)`, `1. كريم من المغرب`.
fn author_and_place<'h>(page: &Page<'_, 'h>, i: usize) -> (Option<&'h str>, Option<&'h str>) {
    let text = page.text(i);
    let clean = |s: &'h str| -> Option<&'h str> {
        let s = s.trim_matches(|c: char| {
            c.is_whitespace()
                || c.is_ascii_digit()
                || matches!(c, '.' | '-' | '–' | '(' | ')' | '·' | '•' | ':' | '|' | '،' | ',' | '↳' | '↪' | '└')
        });
        (!s.is_empty()).then_some(s)
    };
    if let Some(open) = text.find('(') {
        if let Some(close) = text[open..].find(')') {
            return (clean(&text[..open]), clean(&text[open + 1..open + close]));
        }
    }
    for sep in [" - ", " – ", " | ", " من "] {
        if let Some(at) = text.find(sep) {
            return (clean(&text[..at]), clean(&text[at + sep.len()..]));
        }
    }
    (clean(text), None)
}

/// Links to other articles, with the dates listed beside them.
fn related<'h>(page: &Page<'_, 'h>) -> Vec<RelatedLink<'h>> {
    let lines: Vec<usize> = page.all().collect();
    let mut out = Vec::new();
    for (k, &i) in lines.iter().enumerate() {
        let d = page.decisions[i];
        let f = &page.features[i];
        if d.label != Label::Related || f.text_words < 3 || f.date.is_timestamp_line() {
            continue;
        }
        let span = match d.rule {
            Rule::RelatedInline => after_marker(page, i),
            Rule::RelatedSection | Rule::RelatedList => Some(page.trimmed_span(i)),
            _ => None,
        };
        let Some(span) = span else { continue };
        // A date on the next line belongs to the link; so does one on the
        // line before when no other title stands above that date (lists that
        // print the date first).
        let is_date = |j: usize| page.features[j].date.is_timestamp_line();
        let before = k.checked_sub(1).map(|p| lines[p]).filter(|&j| is_date(j)).filter(|_| {
            k.checked_sub(2)
                .map(|p| lines[p])
                .is_none_or(|t| page.decisions[t].label != Label::Related || page.features[t].text_words < 3)
        });
        let date = lines
            .get(k + 1)
            .copied()
            .filter(|&j| is_date(j))
            .or(before)
            .and_then(|j| parse(page.folded.text(j)).0.map(|v| page.stamp(j, v)));
        out.push(RelatedLink { headline: &page.input[span], date, span });
    }
    out
}

/// The title after a `اقرأ أيضا:` marker on the same line.
fn after_marker(page: &Page<'_, '_>, i: usize) -> Option<Span> {
    let span = page.trimmed_span(i);
    let text = &page.input[span];
    let marker_words = page.features[i].marker.map_or(2, |m| m.phrase_words as usize);
    let words = word_spans(text, span.start);
    let rest = words.get(marker_words)?;
    let start = rest.0;
    let title = page.input[start..span.end]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '»' | '«' | '"'));
    let start = start + page.input[start..span.end].find(title)?;
    Some(Span { start, end: start + title.len() })
}

#[cfg(test)]
mod tests {
    use crate::Cleaner;

    #[test]
    fn names_table() {
        // (page lines around a body, expected byline, expected source)
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            ("كتبت أسماء نصار", Some("أسماء نصار"), None),
            ("بقلم: د. محمد عبد الله", Some("د. محمد عبد الله"), None),
            ("الكاتب: محمد العلي", Some("محمد العلي"), None),
            ("المصدر : وكالات", None, Some("وكالات")),
            ("القاهرة - أ ش أ", None, Some("أ ش أ")),
            ("حسام أبو العلا - القاهرة", Some("حسام أبو العلا"), None),
            ("--(بترا)", None, Some("بترا")),
            // A name alone next to the date, and a place alone there.
            ("حسن سالم\nالأحد 17 مارس 2024", Some("حسن سالم"), None),
            ("بواسطة ريم الحلبي\n12 مارس 2024", Some("ريم الحلبي"), None),
            ("القدس المحتلة\nالأحد 17 مارس 2024", None, None),
            // An interviewer, and an editor after a colon.
            ("حاورتها: ريما الحاج", Some("ريما الحاج"), None),
            ("أجرت الحوار: سلوى الهمامي", Some("سلوى الهمامي"), None),
            ("المحرر: لي مينغ", Some("لي مينغ"), None),
            // A name with an initial by the date, either way round.
            ("نسرين. م\n13 فيفري 2023", Some("نسرين. م"), None),
            ("4 جويلية 2023 - 17:22\nب. سميرة", Some("ب. سميرة"), None),
            // A one-word name the menu prints alone is the site's.
            ("الأخبار\nيورونيوز\nرياضة\n\nبقلم: يورونيوز", None, Some("يورونيوز")),
        ];
        let cleaner = Cleaner::new();
        for (line, byline, source) in cases {
            let page = format!("عنوان الخبر المنشور اليوم في الصحيفة\n{line}\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال المنشور.\nوفقرة ثانية من الخبر تكمل ما جاء في الأولى بتفاصيل أخرى مهمة للقارئ.");
            let article = cleaner.clean(&page);
            assert_eq!(article.byline().map(|n| n.name()), *byline, "byline of {line:?}");
            assert_eq!(article.source().map(|n| n.name()), *source, "source of {line:?}");
            for name in article.byline().into_iter().chain(article.source()) {
                assert_eq!(&page[name.span()], name.name());
            }
        }
    }

    /// The words a name is cut out of are spelled here as well as in the
    /// byline lexicon: every word of a built-in `^` byline phrase must be
    /// one of them, or the name read after it would keep it.
    #[test]
    fn byline_phrases_and_name_words_agree() {
        use crate::lexicon::{built_in, Anchor};
        use crate::Label;
        for phrase in built_in().iter().filter(|p| p.label == Label::Byline && p.anchor == Anchor::Start) {
            for word in super::words(&crate::normalize::fold(&phrase.text)).split(' ') {
                assert!(
                    super::AUTHOR_WORDS.contains(&word) || super::SOURCE_WORDS.contains(&word),
                    "`{word}` of `^ {}` is no author or source word",
                    phrase.text
                );
            }
        }
    }

    #[test]
    fn a_signature_with_an_initial_under_the_text_names_the_author() {
        let page = "عنوان الخبر المنشور اليوم في الصحيفة\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال المنشور.\n\nوفقرة ثانية من الخبر تكمل ما جاء في الأولى بتفاصيل أخرى مهمة للقارئ.\n\nسارة. ك\n\nالوسوم\nالدخول المدرسي\nوزارة التربية";
        let article = crate::clean(page);
        assert_eq!(article.byline().map(|n| n.name()), Some("سارة. ك"));
        // (An initial alone or a sentence is no signature.)
        for line in ["م.", "وقال إن. الأمر"] {
            assert!(!super::is_initialled_name(line), "{line}");
        }
    }

    #[test]
    fn an_authors_note_between_the_name_and_the_date_is_no_byline() {
        let page = "لماذا لم يعد شباب الخليج يحلمون بالوظيفة الحكومية؟\n\nعبد الرحمن المري\nكاتب ومدون قطري\n2/3/2023\n\nحين كنت طالباً في المرحلة الثانوية، كان السؤال الذي يتكرر في كل مجلس هو أين ستتوظف بعد التخرج.\n\nأما اليوم فقد تغير السؤال، وصار كثير من الشباب يفكرون في مشاريعهم الخاصة قبل الوظيفة.";
        let article = crate::clean(page);
        assert_eq!(article.byline().map(|n| n.name()), Some("عبد الرحمن المري"));
    }

    #[test]
    fn a_listed_name_after_a_title_of_address_is_no_byline() {
        let page = "توقيف عصابة لسرقة السيارات في عاليه\n\nصدر عن المديرية العامة لقوى الأمن الداخلي البلاغ التالي حول توقيف ثلاثة أشخاص بعد عملية رصد ومراقبة.\n\n- ع. ح. (مواليد عام 1995، لبناني)\n- م. ش. (مواليد عام 1999، لبناني)\n\nبالتحقيق معهم، اعترفوا بما نسب إليهم لجهة إقدامهم على سرقة عدد من السيارات من مناطق مختلفة.";
        let article = crate::clean(page);
        assert_eq!(article.byline().map(|n| n.name()), None);
    }

    #[test]
    fn comment_records() {
        let page = "عنوان الخبر المنشور اليوم في الصحيفة\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال المنشور.\n\nالتعليقات (3)\n\nابو محمد - الأردن\n\nمنذ يومين\n\nوالله الوضع صعب كتير وما في حل قريب للمشكلة\n\nأعجبني 12\n\nسامي (مصر)\n\nمنذ 3 ساعات\n\nكلام مظبوط جدا وربنا يستر على البلد\n\nرد\n\n↳ ليلى\n\nشكرا على التوضيح يا سامي";
        let article = crate::clean(page);
        let comments = article.comments().expect("a comment section");
        assert_eq!(comments.announced(), Some(3));
        let items = comments.items();
        assert_eq!(items.len(), 3, "{items:#?}");
        assert_eq!(items[0].author(), Some("ابو محمد"));
        assert_eq!(items[0].place(), Some("الأردن"));
        assert_eq!(items[0].date().and_then(|d| d.relative_seconds()), Some(2 * 86_400));
        assert_eq!(items[0].text(), "والله الوضع صعب كتير وما في حل قريب للمشكلة");
        assert_eq!(items[0].likes(), Some(12));
        assert_eq!(items[1].place(), Some("مصر"));
        assert!(!items[1].is_reply());
        assert!(items[2].is_reply());
        assert_eq!(items[2].author(), Some("ليلى"));
    }

    #[test]
    fn a_count_printed_before_the_word_is_announced() {
        let page = "عنوان الخبر المنشور اليوم في الصحيفة\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال المنشور.\n\n6 تعليقات\n\nكريم\n\n27 أوت 2024 في 13:05\n\nوين راه اللاعب؟؟ والله ماعلاباليش علاه ما عيطول";
        let article = crate::clean(page);
        assert_eq!(article.comments().and_then(|c| c.announced()), Some(6));
    }

    #[test]
    fn related_links_with_dates() {
        let page = "عنوان الخبر المنشور اليوم في الصحيفة\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال المنشور.\n\nاقرأ أيضا: الحكومة تعلن خطة جديدة للنقل العام\n\nأخبار ذات صلة\n\nارتفاع أسعار الذهب في الأسواق المحلية\n\nالأحد، 23 أغسطس 2020 09:14 ص\n\nافتتاح معرض الكتاب بمشاركة واسعة";
        let article = crate::clean(page);
        let links: Vec<(&str, Option<String>)> = article
            .related()
            .iter()
            .map(|l| (l.headline(), l.date().and_then(|d| d.date()).map(|d| d.to_string())))
            .collect();
        assert_eq!(
            links,
            [
                ("الحكومة تعلن خطة جديدة للنقل العام", None),
                ("ارتفاع أسعار الذهب في الأسواق المحلية", Some("2020-08-23".to_string())),
                ("افتتاح معرض الكتاب بمشاركة واسعة", None),
            ]
        );
    }
}
