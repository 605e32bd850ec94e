//! Stages 4 and 6: classify each line alone, find the article's main block,
//! then decide every line with its context.
//!
//! The first pass ([`first_labels`]) reads one line at a time: markers,
//! timestamps and shape give a context-free label and rule, kept beside the
//! final one so that every decision can be traced.
//!
//! [`article_block`] finds the article's main block of prose the way jusText
//! and boilerpipe do on HTML: clusters of prose lines with at most a few other
//! lines between them, cut by comment-section headers and copyright lines;
//! the best cluster that is not a comment thread, merged with neighbours that
//! an inline "read also" block separates from it.
//!
//! The context pass ([`in_context`]) then decides each line by zone: before
//! the headline, between headline and block (standfirst, captions, bylines),
//! inside the block (paragraphs, subheadings, inline related blocks) and after
//! it (comment, related and footer sections, which run until another section
//! starts).

use crate::detect::{is_paragraph_shape, is_sentence_shape, is_short_label, Features, MarkerMatch};
use crate::headline::{HeadlinePick, SiteLines};
use crate::label::{Label, Rule};
use crate::lexicon::Anchor;

/// A label and the rule that gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decision {
    pub(crate) label: Label,
    pub(crate) rule: Rule,
}

impl Decision {
    const fn new(label: Label, rule: Rule) -> Decision {
        Decision { label, rule }
    }
}

/// Which rules are on. Every rule is on unless the builder turned it off.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct RuleSet {
    /// Bit `rule.index()` is set when the rule is off.
    off: u64,
}

impl RuleSet {
    pub(crate) fn set(&mut self, rule: Rule, on: bool) {
        let bit = 1u64 << rule.index();
        if on {
            self.off &= !bit;
        } else {
            self.off |= bit;
        }
    }

    pub(crate) fn on(&self, rule: Rule) -> bool {
        self.off & (1u64 << rule.index()) == 0
    }
}

// ---------------------------------------------------------------------------
// First pass: one line at a time.

/// Gives each line its context-free label and rule (but for a form's
/// fields, which go with the prompt above them).
pub(crate) fn first_labels(features: &[Features], rules: &RuleSet, out: &mut Vec<Decision>) {
    out.clear();
    out.extend(features.iter().map(|f| first_label(f, rules)));
    fields_of_other_forms(features, out);
    counts_in_stamp_rows(features, out, rules);
    captions_over_credits(features, out, rules);
}

/// A sentence right over a marked photo credit, no blank line between them
/// (`مزارع يحصد القمح في حقل بمحافظة الحسكة.`, then `©FAO/…`), is the
/// photo's caption, prose as it reads. It is decided here, before the
/// article's block is found, so that it never makes the block's edge: a
/// line kept next to it would stand alone once the caption is dropped.
fn captions_over_credits(features: &[Features], out: &mut [Decision], rules: &RuleSet) {
    if !rules.on(Rule::CaptionAboveCredit) {
        return;
    }
    for i in 0..out.len().saturating_sub(1) {
        let (f, next) = (&features[i], &features[i + 1]);
        let credit = is_credit_line(next, &out[i + 1])
            && next.joined
            && (next.text_words <= MAX_BARE_CREDIT_TEXT_WORDS || next.mostly_latin());
        let sentence = matches!(out[i].rule, Rule::TextParagraph | Rule::TextSentence)
            && f.full_stop
            && f.words <= MAX_CAPTION_WORDS
            && !f.list_item
            && !f.interview
            && !f.mostly_latin();
        if credit && sentence {
            out[i] = Decision::new(Label::Caption, Rule::CaptionAboveCredit);
        }
    }
}

/// Most words of text of a comment count (`4 تعليقات`, `التعليقات (4)`).
const MAX_COUNT_TEXT_WORDS: u32 = 2;

/// A comment header that is only a count, with a stamp (date, byline,
/// reading time) right above it and right under it, is the article's
/// counter in its header row, not the thread's header.
fn counts_in_stamp_rows(features: &[Features], out: &mut [Decision], rules: &RuleSet) {
    if !rules.on(Rule::CommentsCount) {
        return;
    }
    let stamp = |d: Option<&Decision>| d.is_some_and(|d| matches!(d.label, Label::Timestamp | Label::Byline));
    for i in 1..out.len() {
        let f = &features[i];
        let count = f.words > f.text_words && f.text_words <= MAX_COUNT_TEXT_WORDS && f.marker.is_some_and(|m| m.whole);
        if out[i].rule == Rule::CommentsHeader && count && stamp(out.get(i - 1)) && stamp(out.get(i + 1)) {
            out[i] = Decision::new(Label::Comments, Rule::CommentsCount);
        }
    }
}

/// How many lines above a form field its prompt may stand.
const FIELD_REACH: usize = 3;
/// Most words of a commenter's name on its own line.
const MAX_COMMENTER_WORDS: u32 = 4;

/// A comment form's field alone on its line (`البريد الإلكتروني`, `الاسم`)
/// is a newsletter's field under a newsletter prompt (`اشترك في نشرة …`), or
/// a share button in a share row: the nearest marker above decides. Such a
/// field neither opens a comment section nor ends the article.
fn fields_of_other_forms(features: &[Features], out: &mut [Decision]) {
    for i in 1..out.len() {
        let f = &features[i];
        let field = out[i].rule == Rule::CommentsHeader
            && f.marker.is_some_and(|m| m.whole && u32::from(m.phrase_words) == f.words && m.phrase_words <= 2);
        // (A header over a commenter's name and the comment's date opens a
        // thread under the share row: `أرسل لصديق`, `تعليقات`, `ابن
        // البادية`, `الجمعة، …`. A form's field is followed by others, its
        // button or the page's own furniture.)
        let thread = out.get(i + 2).is_some_and(|d| d.label == Label::Timestamp)
            && features[i + 1].words <= MAX_COMMENTER_WORDS
            && !is_marker(&out[i + 1]);
        if !field || thread {
            continue;
        }
        let Some(prompt) = (i.saturating_sub(FIELD_REACH)..i).rev().find(|&j| is_marker(&out[j])) else {
            continue;
        };
        // The form takes the prompt's own label and rule (decided, so on).
        let own = out[prompt];
        if !matches!(own.rule, Rule::FooterMarker | Rule::NavigationMarker) {
            continue;
        }
        // The form is the prompt's text, the field and its button (`اشترك`).
        let button = features.get(i + 1).is_some_and(|b| b.words <= 2 && !b.sentence_end && b.text_words >= 1);
        let end = if button { i + 1 } else { i };
        for d in &mut out[prompt + 1..=end] {
            if !is_marker(d) || d.rule == Rule::CommentsHeader {
                *d = own;
            }
        }
    }
}

fn first_label(f: &Features, rules: &RuleSet) -> Decision {
    let on = |r| rules.on(r);
    if f.widget && on(Rule::OtherWidget) {
        return Decision::new(Label::Other, Rule::OtherWidget);
    }
    if f.contents && f.letters > 0 && on(Rule::NavigationContents) {
        return Decision::new(Label::Navigation, Rule::NavigationContents);
    }
    if f.letters == 0 {
        if f.date.is_timestamp_line() && on(Rule::TimestampLine) {
            return Decision::new(Label::Timestamp, Rule::TimestampLine);
        }
        if f.counter && on(Rule::NavigationCounter) {
            return Decision::new(Label::Navigation, Rule::NavigationCounter);
        }
        if on(Rule::OtherNoLetters) {
            return Decision::new(Label::Other, Rule::OtherNoLetters);
        }
    }
    // A counter in words (`صورة 2 من 8`).
    if f.counter && on(Rule::NavigationCounter) {
        return Decision::new(Label::Navigation, Rule::NavigationCounter);
    }
    // A URL splits into many short words (`cdn1 img 1044 jpg`): the count
    // says nothing, so only prose escapes this rule.
    if f.url && (f.words <= 40 || f.stopwords == 0) && !is_paragraph_shape(f) && on(Rule::OtherUrl) {
        return Decision::new(Label::Other, Rule::OtherUrl);
    }
    if f.run_on && on(Rule::RelatedRunOn) {
        return Decision::new(Label::Related, Rule::RelatedRunOn);
    }
    if f.post_signature && on(Rule::TimestampSignature) {
        return Decision::new(Label::Timestamp, Rule::TimestampSignature);
    }
    // A question is never a stamp (`ما الذي تكتبينه الآن؟`), nor a related
    // header that a time word ends without a figure (`الأكثر قراءة الآن`).
    let question = f.soft_end && f.text_words >= 3;
    let header = f.words == f.text_words && f.marker.is_some_and(|m| m.label == Label::Related && m.at_start);
    // Nor is a timeline's entry (`2025: التشغيل الفعلي …`, `6 يناير 2025:
    // انطلاق الفصل الدراسي الثاني.`): a date, a colon and a sentence.
    let entry = f.year_entry || (f.dated_item && f.full_stop);
    // Nor a line that a colon ends: it introduces what follows (`مباريات
    // الجمعة 1 آب:` over the fixtures); a stamp's own label has no date.
    let introduces = f.colon_end && f.text_words >= 1;
    if f.date.is_timestamp_line() && !question && !header && !entry && !introduces && on(Rule::TimestampLine) {
        return Decision::new(Label::Timestamp, Rule::TimestampLine);
    }
    if f.copyright && f.words <= 40 {
        // `© 2023 …` or `© … جميع الحقوق محفوظة` is the site's copyright;
        // without a year or a rights phrase, `© REUTERS / NAME` is a photo's
        // credit, at the end of its caption too (`بقايا مساكن … © مؤسسة
        // الحق`: of the 1010 footer lines with `©` in the development
        // pages, all of more than ten words have one or the other).
        // (A caption's own date is no year of rights: `Ghadames old town, 27
        // October 2024 © Libya Alwataniya`.)
        let rights = (f.copyright_year && !f.date.date) || f.marker.is_some_and(|m| m.label == Label::Footer);
        if !rights && on(Rule::CaptionMarker) {
            return Decision::new(Label::Caption, Rule::CaptionMarker);
        }
        if on(Rule::FooterCopyright) {
            return Decision::new(Label::Footer, Rule::FooterCopyright);
        }
    }
    if f.form_field && on(Rule::CommentsFormField) {
        return Decision::new(Label::Comments, Rule::CommentsFormField);
    }
    // `تابع موقع … على جوجل نيوز` is the site's prompt, between paragraphs
    // too; the verb alone opens news sentences (`تابع الوزير …`).
    if f.follow_prompt && on(Rule::FooterFollow) {
        return Decision::new(Label::Footer, Rule::FooterFollow);
    }
    // A row of social network names is a share or follow-us row.
    // So is a network's name alone on its line (a share button).
    let network = f.words <= 2 && f.social_words >= 1;
    if (network || (f.social_words >= 3 && f.social_words * 2 >= f.words)) && on(Rule::NavigationMarker) {
        return Decision::new(Label::Navigation, Rule::NavigationMarker);
    }
    // (A list's item may open with a caption's, a masthead's or a prompt's
    // words: `• صورة من جواز السفر`, `- المدير العام للمكتب الوطني …`, `•
    // احجز جولتك مسبقاً …`. A bullet around the whole phrase is only its
    // dress: `- إعلان -`.)
    let item_words = |m: &MarkerMatch| {
        matches!(m.label, Label::Caption | Label::Footer | Label::Other) && m.at_start && !m.whole && f.bulleted
    };
    if let Some(m) = f.marker.filter(|m| !item_words(m)) {
        let rule = marker_rule(&m);
        if on(rule) {
            return Decision::new(m.label, rule);
        }
    }
    if f.thread_header && on(Rule::CommentsHeader) {
        return Decision::new(Label::Comments, Rule::CommentsHeader);
    }
    // An item counter opens a list of other articles, as a header does.
    if f.list_counter && on(Rule::RelatedHeader) {
        return Decision::new(Label::Related, Rule::RelatedHeader);
    }
    if f.credit_only && on(Rule::BylineMarker) {
        return Decision::new(Label::Byline, Rule::BylineMarker);
    }
    // (A caption whose last sentence credits the photo reads as prose. A
    // list's item that names a copy, `1. صورة من شهادة الميلاد.`, credits
    // no photo.)
    let prose = is_paragraph_shape(f) && !(f.credit_sentence && f.words <= MAX_CAPTION_WORDS);
    let listed_copy = f.bulleted && f.credit_sentence;
    if f.credit && f.words <= 40 && !prose && !listed_copy && on(Rule::CaptionMarker) {
        return Decision::new(Label::Caption, Rule::CaptionMarker);
    }
    // A bulleted or numbered line is a list item, whatever separators it has.
    if is_breadcrumb(f) && on(Rule::NavigationBreadcrumb) {
        return Decision::new(Label::Navigation, Rule::NavigationBreadcrumb);
    }
    shape(f)
}

/// Most words of a path of two sections joined by any separator.
const MAX_SHORT_PATH_WORDS: u32 = 4;
/// Most words of a path of two sections joined by `/`, `>` or `»`, without
/// figures.
const MAX_PATH_WORDS: u32 = 6;

/// Menu items or a section path joined by separators: two separators, or
/// one `/`, `|` or `>` between names without function words, of
/// [`MAX_SHORT_PATH_WORDS`] words in all (`رياضة / كرة القدم`), or of
/// [`MAX_PATH_WORDS`] without figures or `|` (`النشرات الجوية / النشرة
/// الجوية اليومية`). A dash alone joins a dateline (`القاهرة - أ ش أ`).
fn is_breadcrumb(f: &Features) -> bool {
    // (Nor is a question or answer of an interview: `س: …`, `Q: …`.)
    // (A path may end in a title that asks: `الرئيسية » المقالات » مكتبات
    // بلا قراء.. من يعيد الكتاب …؟`.)
    let asking_path = f.soft_end && f.separators >= 2 && f.dashes == 0;
    if (f.sentence_end && !asking_path) || f.bulleted || f.interview {
        return false;
    }
    // (Nor a work's quoted name and its credits joined by dashes: `«مدّ
    // وجزر» – إخراج لمى الشهري – روائي طويل`.)
    if f.opens_quote && f.separators == f.dashes {
        return false;
    }
    // (Nor a `key: value` item whose value's parts are joined by dashes,
    // or whose value holds figures: `الملعب: ميلود هدفي (وهران) – جمهور
    // غفير – أرضية جيدة`, `استهلاك الوقود: 11.2 كم/لتر / 15.8 كم/لتر`. A
    // path names no key. Parts joined by `|` are a row of the page's
    // furniture, `نشر بواسطة: … | 13 فبراير، 2025 | …`.)
    if f.list_item && (f.separators == f.dashes || (f.words > f.text_words && f.pipes == 0)) {
        return false;
    }
    let joined = f.separators >= 2 && f.words <= 15;
    // (Two sections of a few words each, `النشرات الجوية / النشرة الجوية
    // اليومية`, are a path too; a row of figures joined by `|` is no path.)
    let path = f.separators == 1
        && f.dashes == 0
        && f.stopwords == 0
        && (f.words <= MAX_SHORT_PATH_WORDS || (f.words <= MAX_PATH_WORDS && f.pipes == 0 && f.words == f.text_words));
    joined || path
}

/// The rule a marker match stands for.
fn marker_rule(m: &MarkerMatch) -> Rule {
    match m.label {
        Label::Comments if m.whole => Rule::CommentsHeader,
        Label::Comments => Rule::CommentsMarker,
        // `المزيد من اقتصاد`, `اقرأ أيضا في الرياضة`: a section's name after
        // the phrase still makes a header; a title after it makes a link.
        Label::Related if m.whole || (m.anchor == Anchor::Start && m.rest_words <= 2) => Rule::RelatedHeader,
        Label::Related => Rule::RelatedInline,
        Label::Footer if m.anchor == Anchor::Anywhere => Rule::FooterCopyright,
        Label::Footer => Rule::FooterMarker,
        Label::Navigation => Rule::NavigationMarker,
        Label::Caption => Rule::CaptionMarker,
        Label::Byline => Rule::BylineMarker,
        Label::Timestamp => Rule::TimestampMarker,
        _ => Rule::OtherMarker,
    }
}

/// The context-free reading of a line without markers: its shape.
fn shape(f: &Features) -> Decision {
    if is_paragraph_shape(f) {
        Decision::new(Label::Body, Rule::TextParagraph)
    } else if is_sentence_shape(f) {
        Decision::new(Label::Body, Rule::TextSentence)
    } else if is_headline_like(f) {
        Decision::new(Label::Related, Rule::TextHeadlineLike)
    } else {
        Decision::new(Label::Navigation, Rule::TextShort)
    }
}

/// A title-like line: three or more words of text, no more than a long title.
pub(crate) fn is_headline_like(f: &Features) -> bool {
    f.text_words >= 3 && f.words <= 40
}

// ---------------------------------------------------------------------------
// The article's main block.

/// The article's main block: line indices `start..=end`, both prose lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Most non-prose lines allowed between two prose lines of one cluster.
const MAX_GAP: usize = 5;
/// Fewest names in a row (a tag list, a menu) that part two prose lines.
const MIN_TAG_RUN: usize = 4;
/// Most lines of a table or list that two clusters may be merged over: a
/// table of a few dozen rows (its rows are strong evidence, a menu has no
/// paragraphs on both sides).
const MAX_MERGE_GAP: usize = 40;
/// Most lines of an inline related block that two clusters may be merged
/// over: a header, four or five titles with their counters or dates, an end
/// marker and the subheading after it.
const MAX_RELATED_MERGE_GAP: usize = 16;
/// Most prose lines (a title and its standfirst) above a comment count that
/// links to the thread from the title's stamps.
const MAX_TITLE_BLOCK_PROSE_LINES: u32 = 2;
/// Most words of an item of a list (or fact box) the text ends with.
const MAX_TRAILING_ITEM_WORDS: u32 = 30;
/// Most words of a note under a table's last row (`جميع الأوقات بالتوقيت
/// المحلي.`).
const MAX_TABLE_NOTE_WORDS: u32 = 10;
/// Most words of a quoted post's text (a tweet runs to about sixty).
const MAX_POST_WORDS: u32 = 60;
/// Most words of another article's title that reads as a sentence.
const MAX_TEASER_WORDS: u32 = 25;
/// Most words of a subheading right after an inline related block.
const MAX_SUBHEADING_WORDS: u32 = 5;
/// Most words of the subheading under a table that vouches for itself (cells
/// joined by `|` or TABs, bullets, rows of figures).
const MAX_TABLE_SUBHEADING_WORDS: u32 = 10;
/// How many rows of figures make a table.
const MIN_FIGURE_ROWS: usize = 3;
/// Fewest `key: value` items under a title that make a fact box, which
/// vouches for the subheading under it as a table does.
const MIN_TITLED_FACTS: usize = 3;
/// Most words, and words of text, of a header row over figures.
const MAX_HEADER_ROW_WORDS: u32 = 12;
const MAX_HEADER_ROW_TEXT_WORDS: u32 = 10;
/// Most words of a table's title over rows of cells joined by `|`, TABs or
/// runs of spaces.
const MAX_CELLED_TABLE_TITLE_WORDS: u32 = 16;
/// Most words of a table's cell on a line of its own, or of a row of cells
/// joined by spaces, and most of them words of text.
const MAX_CELL_WORDS: u32 = 10;
const MAX_CELL_TEXT_WORDS: u32 = 5;
/// Most words of a sentence listed under a paragraph that ends in a colon.
const MAX_LIST_SENTENCE_WORDS: u32 = 20;
/// Most words of an advertisement's line under its label (`إعلان`).
const MAX_AD_TEXT_WORDS: u32 = 20;
/// Fewest words of a prompt to follow the site printed inside the text.
const MIN_PROMPT_WORDS: u32 = 5;
/// Most words of a tag or share link.
const MAX_TAG_WORDS: u32 = 3;
/// Most words of a caption that ends in a bracketed credit.
const MAX_CAPTION_WORDS: u32 = 30;
/// Most words of a credit line (`Photo: Lena Brandt/dpa/picture alliance`)
/// that makes the line above it a caption.
const MAX_CREDIT_LINE_WORDS: u32 = 8;
/// Most words of text of a marked credit line a blank line under its
/// caption (`تصوير: محمد أحمد علي`).
const MAX_BARE_CREDIT_TEXT_WORDS: u32 = 4;
/// Most words of a Latin line that credits the photo above it.
const MAX_LATIN_CREDIT_WORDS: u32 = 6;

#[derive(Clone, Copy, Debug)]
struct Cluster {
    start: usize,
    end: usize,
    score: u32,
    prose_lines: u32,
    /// In a comment thread, or past the site's rights line: not the
    /// article.
    aside: bool,
}

fn is_prose(d: &Decision) -> bool {
    d.rule == Rule::TextParagraph
}

/// Lines that end a cluster: a comment-section opener or a copyright line.
pub(crate) fn is_hard_break(d: &Decision) -> bool {
    matches!(d.rule, Rule::CommentsHeader | Rule::CommentsFormField | Rule::FooterCopyright)
}

/// Finds the article's main block, or `None` when the page has no prose.
/// `titles` are the lines that repeat the page's title (sorted): a title
/// starts a new region of the page, so no cluster runs across one.
pub(crate) fn article_block(features: &[Features], first: &[Decision], titles: &[usize]) -> Option<Block> {
    let clusters = clusters(features, first, titles);
    let best = clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.aside)
        .max_by_key(|(i, c)| (c.score, std::cmp::Reverse(*i)))
        .map(|(i, _)| i)?;
    let mut block = Block { start: clusters[best].start, end: clusters[best].end };
    // Merge neighbours separated only by an inline related block. Each merge
    // applies at once, so a chain of inline blocks joins one cluster at a time.
    let mut next = best + 1;
    while next < clusters.len()
        && (mergeable(features, first, block.end, clusters[next].start)
            || interview_resumes(features, first, block.end, &clusters[next]))
        && !clusters[next].aside
    {
        block.end = clusters[next].end;
        next += 1;
    }
    let mut prev = best;
    while prev > 0 && mergeable(features, first, clusters[prev - 1].end, block.start) && !clusters[prev - 1].aside {
        block.start = clusters[prev - 1].start;
        prev -= 1;
    }
    let list_end = trailing_list_end(features, first, titles, block.end);
    if list_end > block.end {
        block.end = list_end;
        // The text may go on under its list: a part of it whose list items
        // read as prose joins (`1- إنشاء وحدة متخصصة …`, then `وفي ختام
        // المؤتمر …`).
        // So may it past a table or an inline block after the list, as
        // after a paragraph.
        // (Or past a subheading alone between the list and the next
        // paragraph: `تشكيل الفريق`, the lineup, `قراءة فنية`, the text.)
        let subheading_after = |end: usize, start: usize| {
            start == end + 2
                && matches!(first[end + 1].rule, Rule::TextShort | Rule::TextHeadlineLike)
                && (1..=MAX_SUBHEADING_WORDS).contains(&features[end + 1].text_words)
        };
        while next < clusters.len()
            && (clusters[next].start <= block.end + 1
                || subheading_after(block.end, clusters[next].start)
                || mergeable(features, first, block.end, clusters[next].start))
            && !clusters[next].aside
        {
            block.end = block.end.max(clusters[next].end);
            next += 1;
        }
    }
    block.end = trailing_sentences_end(features, first, block.end);
    Some(block)
}

/// True when an interview goes on past a widget printed inside it (a
/// podcast's card, `الحلقة ٣٢ | …`, `استمعوا على`, the platforms): the
/// text ends in an answer (`ج: …`) and the next cluster holds questions
/// and answers too, a short gap away with no comment opener or copyright.
fn interview_resumes(features: &[Features], first: &[Decision], end: usize, next: &Cluster) -> bool {
    let gap = end + 1..next.start;
    let answered = (end.saturating_sub(1)..=end).any(|i| features[i].interview);
    answered
        && gap.len() <= MAX_RELATED_MERGE_GAP
        && !gap.clone().any(|i| is_hard_break(&first[i]))
        && (next.start..=next.end).filter(|&i| features[i].interview).count() >= 2
}

/// Short sentences right after the last paragraph (a closing quote, a
/// final remark, a sign-off) end the article too: lines with a full stop or closing
/// quote, not a question (a teaser of another article asks one), no marker.
fn trailing_sentences_end(features: &[Features], first: &[Decision], end: usize) -> usize {
    let more = (end + 1..features.len())
        .take_while(|&i| {
            let f = &features[i];
            let sentence = f.sentence_end
                && !f.soft_end
                && !f.colon_end
                && f.text_words >= 3
                && matches!(first[i].rule, Rule::TextSentence | Rule::TextHeadlineLike);
            // A sign-off of a word or two with its full stop (`ونواصل.`,
            // `انتهى.`): menu items and labels have none.
            let sign_off = f.full_stop && first[i].rule == Rule::TextShort;
            sentence || sign_off
        })
        .count();
    end + more
}

/// A list the article's text ends with: a line ending in a colon (the last
/// paragraph, or a line right after it) and at least two list items under
/// it (`الدولار: 6.21 دينار`, `1. …`, `- …`), or a subheading over rows of
/// figures (`نتائج المرحلة`, then `الكرامة 2 - 0 حطين`), or rows of cells
/// printed right under the last paragraph. Returns the new end of the
/// block. `titles` are the lines that repeat the page's title (sorted): no
/// list runs on past one, as no cluster does.
fn trailing_list_end(features: &[Features], first: &[Decision], titles: &[usize], end: usize) -> usize {
    // A heading of a few words, no sentence end (nor a colon, then) and no
    // marker: a fact box's title, a list's subheading over its
    // introduction (`توصيات المؤتمر`, then `… بجملة من التوصيات،
    // أبرزها:`), a closing formula (`مع خالص التقدير،`, then `المنظمات
    // الموقعة:`), or a group's heading among the items.
    let off_title = |i: usize| titles.binary_search(&i).is_err();
    let heading_shaped = |i: usize| {
        i < features.len()
            && off_title(i)
            && features[i].text_words >= 1
            && features[i].text_words <= MAX_SUBHEADING_WORDS
            && !features[i].sentence_end
    };
    let heading = |i: usize| heading_shaped(i) && !is_marker(&first[i]);
    // Items are lines the block keeps as body: text, rates that look like a
    // widget's, `key: name` lines that look like a byline, or dates with
    // their entries (see `in_block`); any other marker ends the list.
    // So are rows of cells joined by `|` (`العربي الخفيف | +4.00 | +3.70`),
    // which read as a menu's.
    let figure_row = |i: usize| i < features.len() && is_figure_row(&features[i], &first[i]);
    // A table printed right under the last paragraph, no blank line between
    // them, its rows of as many cells joined by `|` (`المجموعة | التغير
    // السنوي`, `التبغ | 1.8%+`): the text's, though nothing introduces it.
    let joined_row = |i: usize| {
        i < features.len()
            && features[i].joined
            && features[i].pipes >= 1
            && features[i].pipes == features[end + 1].pipes
            && off_title(i)
            && matches!(first[i].label, Label::Navigation | Label::Related | Label::Timestamp | Label::Other)
    };
    let item = |i: usize| {
        let row = features[i].pipes >= 2 && matches!(first[i].rule, Rule::NavigationBreadcrumb | Rule::TimestampLine);
        // (And numbered items with their times, `1. شرفة اللويبدة (4:12)`.)
        let timed = features[i].bulleted && first[i].rule == Rule::TimestampLine && features[i].text_words >= 2;
        joined_row(i)
            || (features[i].list_item || features[i].pipes >= 2 || figure_row(i))
                && off_title(i)
                && features[i].words <= MAX_TRAILING_ITEM_WORDS
                && (!is_marker(&first[i])
                || row
                || timed
                || matches!(first[i].rule, Rule::OtherWidget | Rule::BylineMarker)
                || features[i].dated_item
                // (A `key: date` field, `الموعد: الأحد 19 تشرين الأول …`.)
                || (first[i].rule == Rule::TimestampLine && features[i].dated_field()))
    };
    // A fact box's title (`حصاد في أرقام`, `البطاقة الفنية`) over three
    // `key: value` items introduces them as a colon does. The title may
    // read as a masthead's (`فريق العمل`, over a cast: `قائد الأوركسترا:
    // …`) when no item is one. Its items are items of a list like any
    // other (`تاريخ الميلاد: 4 مارس 1999 - بورسعيد` among them).
    // (Not a line mostly in Latin letters: a caption in the text, dropped,
    // which titles nothing the cleaned text keeps.)
    let box_title = |i: usize| {
        heading_shaped(i)
            && (!is_marker(&first[i]) || first[i].rule == Rule::FooterMarker)
            && !features[i].mostly_latin()
    };
    // (One item at least is no byline's shape: three `كتب: NAME` lines
    // under a line are bylines, whatever stands over them.)
    let facts = end + 2..end + 2 + MIN_FIGURE_ROWS;
    let fact_box = box_title(end + 1)
        && facts.clone().all(|i| i < features.len() && features[i].key_value() && item(i))
        && facts.clone().any(|i| first[i].rule != Rule::BylineMarker);
    let introduces = |i: usize| {
        i < features.len()
            && off_title(i)
            && features[i].colon_end
            && features[i].text_words >= 1
            // (A line mostly in Latin letters is a caption in the text,
            // dropped: it introduces nothing the cleaned text keeps.)
            && !features[i].mostly_latin()
            && !is_marker(&first[i])
    };
    // (A photo or a gallery may end the text's part above them: its
    // caption and counters stay the article's, as in the text.)
    let media = (end + 1..features.len()).take_while(|&i| is_media(i, features, first)).count();
    let next = end + 1 + media;
    // The block may end inside a list already: its last lines are items
    // (and the headings of their groups) under a line ending in a colon
    // (`اتخذ مجلس الوزراء الإجراءات التالية:`, `وزارة الاقتصاد`, `- …`).
    let inside_list = features[end].list_item && {
        let top = (0..end).rev().find(|&i| !(features[i].list_item || heading(i)));
        top.is_some_and(&introduces)
    };
    let opener = if features[end].colon_end || inside_list {
        end
    } else if fact_box || introduces(next) {
        // The introducing line is text of the article's (a bare colon or a
        // marker introduces nothing), so it stays in the article too.
        next
    } else if heading(next) && introduces(next + 1) && features[next + 1].text_words >= 3 {
        next + 1
    } else if heading(next) && (next + 1..next + 1 + MIN_FIGURE_ROWS).all(figure_row) {
        next
    } else if media == 0 && (next..next + MIN_FIGURE_ROWS).all(joined_row) {
        end
    } else {
        return end;
    };
    // Items may come in groups, each under its heading (`وزارة الصيد
    // والاقتصاد البحري`, then `- المدير العام …`).
    let mut last = opener;
    let mut items = 0;
    let mut i = opener + 1;
    while i < features.len() {
        if item(i) {
            items += 1;
            last = i;
            i += 1;
        } else if (items > 0 || inside_list) && heading(i) && i + 1 < features.len() && item(i + 1) {
            i += 1;
        } else {
            break;
        }
    }
    if items >= 2 || (inside_list && items >= 1) {
        last
    } else {
        end
    }
}

fn clusters(features: &[Features], first: &[Decision], titles: &[usize]) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::new();
    let mut current: Option<Cluster> = None;
    let mut gap = 0;
    // A comment opener seen after a substantial cluster: what follows is a
    // comment thread, not the article (a comment link above the article, as
    // many sites print, does not count).
    let mut comments_open = false;
    // The site's rights line (`© 2020 SITE. جميع الحقوق محفوظة`) after a
    // substantial cluster ends the page: text scraped after it is hidden
    // dialogs and legal notices (account settings, community rules).
    let mut past_rights = false;
    for (i, (f, d)) in features.iter().zip(first).enumerate() {
        if is_hard_break(d) || titles.binary_search(&i).is_ok() {
            if let Some(c) = current.take() {
                out.push(c);
            }
            let after_text = out.iter().any(|c| !c.aside && substantial(c));
            // (A comment count among the title's stamps, `08/03/2024`, then
            // `9 تعليقات`, under the title and its standfirst alone, links
            // to the thread below the text.)
            let stamps_above = i > 0 && matches!(first[i - 1].label, Label::Timestamp | Label::Byline);
            let title_only = || {
                let mut prose = out.iter().filter(|c| !c.aside).map(|c| c.prose_lines);
                prose.try_fold(0, |sum, n| Some(sum + n).filter(|&s| s <= MAX_TITLE_BLOCK_PROSE_LINES)).is_some()
            };
            if d.label == Label::Comments && after_text && !(stamps_above && title_only()) {
                comments_open = true;
            }
            if d.rule == Rule::FooterCopyright {
                comments_open = false;
                past_rights |= after_text && f.marker.is_some_and(|m| m.label == Label::Footer);
            }
            gap = 0;
            continue;
        }
        if is_prose(d) {
            // (A run of names alone in the gap, one to three words a line, is
            // a tag list or a menu between the text and another block:
            // `الأردن`, `المياه`, `تحلية المياه`, …, then the author's note
            // or the site's republishing notice.)
            let tags = gap >= MIN_TAG_RUN && has_tag_run(features, first, i - gap..i);
            match current.as_mut() {
                Some(c) if gap <= MAX_GAP && !tags => {
                    c.end = i;
                    c.score += f.letters;
                    c.prose_lines += 1;
                }
                _ => {
                    if let Some(c) = current.take() {
                        out.push(c);
                    }
                    current = Some(Cluster {
                        start: i,
                        end: i,
                        score: f.letters,
                        prose_lines: 1,
                        aside: comments_open || past_rights,
                    });
                }
            }
            gap = 0;
        } else if let Some(c) = current.as_mut() {
            gap += 1;
            // Shorter sentences between prose lines count for the cluster
            // only if the cluster goes on past them; they are added here and
            // trimmed by the gap check when it does not.
            if d.rule == Rule::TextSentence && gap <= MAX_GAP {
                c.score += f.letters / 2;
            }
        }
    }
    if let Some(c) = current.take() {
        out.push(c);
    }
    out
}

/// Most words of text of a heading over a list of bulleted points.
const MAX_POINTS_HEADING_WORDS: u32 = 3;

/// True when line `i` is a heading of a few words, no sentence end and no
/// figure, over two bulleted lines of text or more.
fn heads_bullets(features: &[Features], i: usize) -> bool {
    let f = &features[i];
    let bullet = |j: usize| features.get(j).is_some_and(|b| b.bulleted && b.text_words >= 3);
    (1..=MAX_POINTS_HEADING_WORDS).contains(&f.text_words)
        && f.words == f.text_words
        && !f.sentence_end
        && !f.bulleted
        && bullet(i + 1)
        && bullet(i + 2)
}

/// A schedule's row joined by dashes or slashes, read as a path: its cells
/// hold a clock time (`الفيصلي × السلط – ستاد عمان الدولي – 8:45 مساءً`),
/// which a path or a menu does not.
fn is_timed_row(f: &Features, d: &Decision) -> bool {
    d.rule == Rule::NavigationBreadcrumb && f.date.time && f.words <= MAX_HEADER_ROW_WORDS && !f.sentence_end
}

/// True when `lines` hold [`MIN_TAG_RUN`] tag-shaped lines in a row.
fn has_tag_run(features: &[Features], first: &[Decision], lines: std::ops::Range<usize>) -> bool {
    lines
        .scan(0, |run, j| {
            *run = if is_tag_shaped(&features[j], &first[j]) { *run + 1 } else { 0 };
            Some(*run)
        })
        .any(|run| run >= MIN_TAG_RUN)
}

/// A line of a tag list or menu: a name of one to three words, no figures,
/// nothing a marker explains.
fn is_tag_shaped(f: &Features, d: &Decision) -> bool {
    is_short_label(f) && d.rule == Rule::TextShort && !f.sentence_end
}

fn substantial(c: &Cluster) -> bool {
    c.prose_lines >= 2 || c.score >= 300
}

/// A row of figures: two numbers or more (or a number alone) and a few
/// words, no sentence end, not a stamp.
fn is_figure_row(f: &Features, d: &Decision) -> bool {
    let numbers = f.words - f.text_words;
    (numbers >= 2 || (numbers >= 1 && f.text_words == 0))
        && f.text_words <= MAX_CELL_TEXT_WORDS
        && !f.sentence_end
        && d.label != Label::Timestamp
        && d.rule != Rule::NavigationCounter
        && (!is_marker(d)
            || matches!(d.rule, Rule::OtherNoLetters | Rule::OtherWidget)
            // (Ranges, `8.50 - 9.00`, read as a path of dashes.)
            || (d.rule == Rule::NavigationBreadcrumb && f.separators == f.dashes))
        // A line mostly in Latin letters is a caption in the text, which the
        // cleaned text no longer holds: it cannot vouch for a table.
        && !f.mostly_latin()
}

/// True when the lines strictly between `end` and `start` are a short inline
/// related block (a related header or link among them) or a table or list,
/// with few lines and no comment opener or copyright.
fn mergeable(features: &[Features], first: &[Decision], end: usize, start: usize) -> bool {
    let between = end + 1..start;
    let mut count = 0;
    let mut related = false;
    // A table or list under an introducing line (`ترتيب المجموعة:` and rows
    // joined by `|`) separates paragraphs of one article too.
    let mut table = true;
    let mut rows = 0;
    let mut cell_rows = 0;
    let mut subheading_under_rows = false;
    // The same for the lines above an inline related block, which stay in
    // the article.
    let (mut kept_above, mut table_above, mut rows_above) = (0, true, 0);
    // A paragraph that ends in a colon (`… على النحو التالي:`) introduces
    // a table even with one cell per line (`عيار 21`, `3130 جنيهًا`).
    // Rows of figures (`1 الترجي الرياضي 16 38 +19`, `2019`, `الإيرادات
    // 412.0 355.1 +16%`) vouch for a table as an introduction does.
    let figures = between.clone().filter(|&i| is_figure_row(&features[i], &first[i])).count() >= MIN_FIGURE_ROWS;
    // (The introduction may follow an advertisement and the table's title:
    // `إعلان`, `مواعيد أبرز البرامج`, `وفيما يلي أبرز البرامج …:`.)
    // (So is a single-line link to another article, `اقرأ أيضا: …`,
    // printed above a table as an advertisement is.)
    let is_ad =
        |j: usize| (first[j].label == Label::Other && is_marker(&first[j])) || first[j].rule == Rule::RelatedInline;
    // (A quoted post's signature, `— NAME (@handle) June 18, 2024`, closes
    // the quote above the gap: it is the text's, no table's title.)
    let is_signature = |j: usize| j == between.start && first[j].rule == Rule::TimestampSignature;
    // (A post quoted inside the gap, its text over its signature, is the
    // text's quote as well: `واحتفل الحساب الرسمي … بتغريدة جاء فيها:`, the
    // post, `— NAME (@handle) DATE`.)
    let quoted_post = |j: usize| {
        first[j].rule == Rule::TimestampSignature
            || (is_quoted_post(j, features, first) && features[j].words <= MAX_POST_WORDS)
    };
    // (The title may follow a photo, as it follows an advertisement.)
    let is_media = |j: usize| is_media(j, features, first);
    // (In a gap, a photo's caption under its gallery counter, `2 من 7`, is
    // the gallery's too.)
    let in_gallery = |j: usize| is_media(j) || is_gallery_caption(first, j);
    let title_at = between.clone().find(|&j| !is_ad(j) && !is_signature(j) && !is_media(j)).unwrap_or(between.start);
    let introduced = features[end].colon_end
        || (title_at..(title_at + 2).min(start))
            .any(|j| features[j].colon_end && features[j].text_words >= 3 && !is_marker(&first[j]))
        || figures;
    // Under figures a header row may be longer (`البند (مليون ريال) الربع
    // الثالث 2024 الربع الثالث 2023 التغير`).
    let (cell_words, cell_text_words) =
        if figures { (MAX_HEADER_ROW_WORDS, MAX_HEADER_ROW_TEXT_WORDS) } else { (MAX_CELL_WORDS, MAX_CELL_TEXT_WORDS) };
    let mut listed_rows = 0;
    // A fact box: its title over `key: value` items (`بطاقة الحلبة`, then
    // `طول اللفة: 6.174 كلم`, …).
    let (mut titled, mut fact_rows) = (false, 0);
    // Under a paragraph that ends in a colon, the short lines that follow
    // (`آلام العظام وأسفل الظهر.`, `ضعف العضلات وتشنجها.`) are the items of
    // its list, full stops and all. (Whether a blank line stands between
    // them is not read: the cleaned text prints one where a dropped line
    // stood between two items.)
    let mut listing = features[end].colon_end;
    let mut sentence_rows = 0;
    // So are the full-stopped items under a heading in the gap (`ما
    // تحتاجينه`, then `كوبان من الخل الأبيض.`, `فرشاة أسنان قديمة.`): a
    // list of things, where another article's title has no full stop.
    let mut heading_list = false;
    // Under an introduction, cells of a figure and a unit (`920 فلساً/لتر`,
    // `7 دنانير`) vouch for cells that read as a path or a month (`السعر
    // لشهر تشرين الثاني`).
    let priced = introduced && between.clone().filter(|&i| is_priced_cell(&features[i])).count() >= MIN_FIGURE_ROWS;
    // Rows of cells joined by `|` or TABs vouch for a longer title above
    // them (`تطور الرقم الاستدلالي … حسب بعض المدن (شتنبر 2024)`).
    let celled = between.clone().filter(|&i| features[i].pipes > 0).count() >= MIN_FIGURE_ROWS;
    for i in between.clone() {
        count += 1;
        if is_hard_break(&first[i]) {
            return false;
        }
        related |= matches!(first[i].rule, Rule::RelatedHeader | Rule::RelatedInline);
        let f = &features[i];
        // The table's title may stand above it (`ترتيب الدوري بعد المباراة`),
        // and an advertisement may follow it.
        // Over rows of cells, the title may be a table's caption (`الجدول
        // (1): وسطي تكاليف المعيشة لأسرة من خمسة أشخاص في دمشق`).
        let title_words = if celled {
            MAX_CELLED_TABLE_TITLE_WORDS
        } else if figures {
            MAX_TABLE_SUBHEADING_WORDS
        } else {
            MAX_SUBHEADING_WORDS
        };
        // (Over rows of cells, a title with a date is one too: `الأسعار
        // الجديدة اعتبارا من 1 شباط`.)
        let dated_title = celled && first[i].label == Label::Timestamp && f.text_words >= 2;
        let title =
            i == title_at && f.text_words <= title_words && !f.full_stop && (!is_marker(&first[i]) || dated_title);
        // And a source may follow its last row (`المصدر: …`).
        // (As long as a sentence, `المصدر: حسابات … استناداً إلى …`.)
        // (Or a note of a few words, `جميع الأوقات بالتوقيت المحلي.`.)
        let under_cells = i > between.start && features[i - 1].pipes > 0;
        let note = f.words <= MAX_TABLE_NOTE_WORDS && f.pipes == 0 && !is_marker(&first[i]);
        let source = (first[i].rule == Rule::BylineMarker || f.source_note || note) && under_cells;
        // (A prompt to follow the site, `انضموا إلى قناتنا على تلغرام`, is
        // printed between a list and the text as an advertisement is.)
        // (Not a newsletter form's field: a prompt is a sentence.)
        // (And the advertisement's own line under its label, `إعلان`, then
        // `شركة … للصرافة - أسرع تحويل …`: a short line that is no prose.)
        let ad_text = i > between.start
            && first[i - 1].label == Label::Other
            && is_ad(i - 1)
            && f.words <= MAX_AD_TEXT_WORDS
            && !is_prose(&first[i]);
        let ad = is_ad(i) || ad_text || (first[i].rule == Rule::FooterMarker && f.words >= MIN_PROMPT_WORDS);
        // A stamp is an article's header, not a row (its clock's colon reads
        // like a `key: value` item's).
        // (A date ending in a colon heads a schedule's items instead:
        // `الجمعة 27 شتنبر:`.)
        // Among figures, a header cell may hold dates (`التغير السنوي (آب
        // 2022/آب 2021)`).
        // (So does a schedule's item, `السبت 21 حزيران 2025: التربية
        // الإسلامية`: a row.)
        // (And under an introduction, a time alone is a cell: `4:30 مساءً`.)
        // (And a date under a cell of text, `الإعلان عن نتائج الدورة
        // العادية`, then `14 يونيو 2024`: a schedule's row, one cell per
        // line.)
        let date_cell = introduced
            && first[i].label == Label::Timestamp
            && f.words <= MAX_CELL_WORDS
            && i > between.start
            && first[i - 1].label != Label::Timestamp
            && !features[i - 1].sentence_end;
        let time_cell = introduced && (is_time_alone(f) || date_cell);
        // The cell of text over a date cell may hold a few more words
        // (`الامتحان الوطني الموحد للبكالوريا (الدورة العادية)`).
        let over_date_cell = introduced
            && i + 1 < between.end
            && first[i + 1].label == Label::Timestamp
            && features[i + 1].words <= MAX_CELL_WORDS
            && f.words <= MAX_CELL_WORDS
            && !f.sentence_end
            && !is_marker(&first[i]);
        let stamp = first[i].label == Label::Timestamp
            && !title
            && !quoted_post(i)
            && f.pipes == 0
            && !f.colon_end
            && !figures
            && !f.dated_item
            && !time_cell
            // (A `key: date` field is a fact box's item; see
            // `relabel_dated_fields`.)
            && !f.dated_field();
        // (Or a row of cells joined by spaces: `البطاطا 55 دج 70 دج`.)
        let cell = introduced
            && f.words <= cell_words
            && f.text_words <= cell_text_words
            && (!f.sentence_end || f.quoted)
            && (!is_marker(&first[i])
                || matches!(first[i].rule, Rule::OtherWidget | Rule::OtherNoLetters)
                || ((figures || priced)
                    && (first[i].label == Label::Timestamp || first[i].rule == Rule::NavigationBreadcrumb))
                || time_cell);
        let timed_row = introduced && is_timed_row(f, &first[i]);
        let media = in_gallery(i);
        listing &= f.words <= MAX_LIST_SENTENCE_WORDS && !is_marker(&first[i]);
        heading_list &= f.full_stop && f.words <= MAX_LIST_SENTENCE_WORDS && !is_marker(&first[i]);
        sentence_rows += usize::from(listing || heading_list);
        let row = f.list_item
            || f.pipes > 0
            || cell
            || over_date_cell
            || f.dated_item
            || listing
            || heading_list
            || timed_row;
        // Further down the gap, another table's title may stand over its
        // rows of cells (`جدول (1) أكبر خمس محافظات …`, then two rows).
        let next_title = rows_of_cells_under(features, i, between.end)
            && f.text_words <= MAX_CELLED_TABLE_TITLE_WORDS
            && !f.full_stop
            && f.pipes == 0
            && !is_marker(&first[i]);
        // A list may come in groups, each under its heading (`المشاريع في
        // مرحلة التطوير`, then `1. «أرض الغياب» – …`).
        let group_heading = i + 1 < between.end
            && features[i + 1].bulleted
            && f.text_words >= 1
            && f.text_words <= MAX_TABLE_SUBHEADING_WORDS
            && !f.sentence_end
            && !is_marker(&first[i]);
        let tabular =
            (f.colon_end || row || title || next_title || group_heading || ad || media || source || quoted_post(i))
                && !stamp;
        // Under a table that vouches for itself (see `vouched` below), the
        // text's next subheading may follow the last row: a question or a
        // quote too (`"نهاية المعاناة في الصيف"`), not a sentence.
        let subheading = i + 1 == between.end
            && f.text_words <= MAX_TABLE_SUBHEADING_WORDS
            && !is_marker(&first[i])
            && !f.full_stop
            && !f.colon_end;
        if !tabular && subheading {
            subheading_under_rows = true;
        } else {
            table &= tabular;
        }
        rows += usize::from(row);
        titled |= title;
        // (The items start under the heading.)
        heading_list |= title && !f.colon_end && !f.sentence_end;
        fact_rows += usize::from(f.key_value() && f.pipes == 0);
        cell_rows += usize::from(f.pipes > 0);
        listed_rows += usize::from(f.bulleted || f.dated_item);
        if !related {
            kept_above += 1;
            table_above &= tabular;
            rows_above += usize::from(row);
        }
    }
    // What stays of the gap once the related block is dropped (the lines
    // above it and a subheading under it) must still join the two parts, as
    // a cluster's gap or a table, or cleaning the cleaned text would split
    // the article there.
    let rejoins = kept_above < MAX_GAP || (table_above && rows_above >= 2);
    // A title and an advertisement alone are no table; a subheading under
    // `key: value` lines could as well be another article's title, but not
    // under cells, bullets (or a schedule's dated entries) or figures.
    // (A titled box of three facts or more vouches too.)
    let vouched = cell_rows >= 2
        || listed_rows >= 2
        || sentence_rows >= 2
        || figures
        || (titled && fact_rows >= MIN_TITLED_FACTS);
    let table = table && rows >= 2 && (!subheading_under_rows || vouched);
    // The article's table of contents, between its introduction and its
    // first subheading, is the article's too (see `detect`).
    let contents = between.clone().any(|i| features[i].contents)
        && between.clone().all(|i| features[i].contents || features[i].listed_in_contents || is_media(i));
    // A gallery printed between two paragraphs (its counters, `(1/9)`, each
    // over its photo's caption, the credits, and the gallery's title right
    // above the first counter) parts one article too, and so may the
    // text's next subheading under it.
    let counters = between.clone().filter(|&i| first[i].rule == Rule::NavigationCounter).count();
    let gallery = counters >= MIN_GALLERY_COUNTERS
        && between.clone().all(|i| {
            let over_counter = first.get(i + 1).is_some_and(|n| n.rule == Rule::NavigationCounter);
            let title = over_counter && i == between.start && features[i].text_words <= MAX_SUBHEADING_WORDS;
            let last_subheading = i + 1 == between.end
                && features[i].text_words <= MAX_TABLE_SUBHEADING_WORDS
                && !is_marker(&first[i])
                && !features[i].full_stop;
            in_gallery(i) || title || last_subheading
        });
    // (A related block followed by the site's prompts, `اشترك في نشرتنا
    // الإخبارية`, its form's fields, ends the page's text: the paragraph
    // under them is the site's own, `SITE مؤسسة إعلامية مستقلة …`.)
    let prompted = || between.clone().any(|i| first[i].label == Label::Footer && is_marker(&first[i]));
    // (Nor does one under the article's tags: `الذهب`, `الفضة`, …, then
    // `مقالات ذات صلة`; the text has ended above them.)
    let tagged = || has_tag_run(features, first, between.clone());
    (related && rejoins && count <= MAX_RELATED_MERGE_GAP && !prompted() && !tagged())
        || ((table || contents || gallery) && count <= MAX_MERGE_GAP)
}

/// Fewest counters (`1/9`, `2/9`) of a gallery printed inside the text.
const MIN_GALLERY_COUNTERS: usize = 2;

// ---------------------------------------------------------------------------
// Context pass.

/// Where a line stands relative to the headline and the main block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Zone {
    /// Before the headline (or before the block when there is no headline).
    Before,
    /// Between the headline and the block.
    Header,
    /// Inside the block.
    Block,
    /// After the block.
    After,
}

/// A section opened by a header; it runs until another section starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    None,
    Comments,
    Related,
    Footer,
    /// Tags or share links under their header, inside the article's block.
    Tags,
}

/// Decides every line with its context. `out` receives one decision per line.
pub(crate) fn in_context(
    features: &[Features],
    first: &[Decision],
    block: Option<Block>,
    headline: &HeadlinePick,
    site: &SiteLines,
    rules: &RuleSet,
    out: &mut Vec<Decision>,
) {
    out.clear();
    out.extend_from_slice(first);
    let n = features.len();
    let zone_of = |i: usize| -> Zone {
        match (block, headline.index) {
            (Some(b), _) if i >= b.start && i <= b.end => Zone::Block,
            (Some(b), _) if i > b.end => Zone::After,
            (Some(b), Some(h)) if i > h && i < b.start => Zone::Header,
            (Some(_), None) | (Some(_), Some(_)) => Zone::Before,
            (None, Some(h)) if i > h => Zone::After,
            (None, _) => Zone::Before,
        }
    };

    let menu = menu_lines(features, first);
    let mut section = Section::None;
    let mut last_zone = Zone::Before;
    // In the header zone, a widget (poll, ad, related box, comment link)
    // ends the article's header: prose after it belongs to the widget.
    let mut header_widget = false;
    // Whether a paragraph of prose (the standfirst) stands above in the
    // header zone.
    let mut header_prose = false;
    for i in 0..n {
        let f = &features[i];
        let d = first[i];
        if Some(i) == headline.index {
            out[i] = Decision::new(Label::Headline, Rule::HeadlineTitle);
            continue;
        }
        if headline.is_duplicate(i) && rules.on(Rule::DuplicateHeadline) {
            out[i] = Decision::new(Label::DuplicateHeadline, Rule::DuplicateHeadline);
            if section == Section::Comments {
                // The title printed again marks a new region of the page.
                section = Section::None;
            }
            continue;
        }
        let zone = zone_of(i);
        if zone != last_zone {
            section = Section::None;
            last_zone = zone;
        }
        // A caption the site credits to itself (`… - رصيف22`), in or above
        // the article's text.
        let site_credit = matches!(zone, Zone::Block | Zone::Header)
            && site.credits.binary_search(&i).is_ok()
            && !is_marker(&d)
            && rules.on(Rule::CaptionCredit);
        // (Right above the text's first line.)
        let over_text = block.is_some_and(|b| b.start == i + 1);
        out[i] = match zone {
            _ if site_credit => Decision::new(Label::Caption, Rule::CaptionCredit),
            // A subheading the table of contents lists may open the text,
            // and so may a section's heading right above it (`مقدمة`), or a
            // heading of a few words over the bulleted points the text opens
            // with (`نقاط رئيسية`, then `• توصل فريق …`, `• بعد موافقة …`).
            Zone::Header
                if (f.listed_in_contents || (over_text && (f.section_heading || heads_bullets(features, i))))
                    && !is_marker(&d)
                    && rules.on(Rule::BodyShort) =>
            {
                Decision::new(Label::Body, Rule::BodyShort)
            }
            Zone::Block => in_block(i, features, first, block, rules, &mut section),
            Zone::Header => {
                let under_headline = headline.index == Some(i.wrapping_sub(1));
                // A line under the share row, right above the text, that ends
                // in a dash and a short name (`… بسبها - المركز الوطني لمكافحة
                // الأمراض`) is the photo's caption and credit: a standfirst
                // stands under the title. So is a line there that places
                // people in an event (`… خلال مؤتمر صحفي في كوالالمبور.`),
                // though it reads as prose.
                let under_share_row =
                    i > 0 && first[i - 1].rule == Rule::NavigationMarker && features[i - 1].social_words > 0;
                let dash_credit = f.dashes >= 1 && !f.full_stop && f.words <= MAX_CAPTION_WORDS;
                // (The row may hold the page's tools only: `شارك`, `طباعة`.)
                let under_marker_row = i > 0 && first[i - 1].rule == Rule::NavigationMarker;
                // (Or under the header's stamps, a line that places people in an
                // event and ends in its credit: `د. … خلال استضافته في برنامج «…» -
                // إذاعة 9090`.)
                let under_stamp = i > 0 && matches!(first[i - 1].label, Label::Timestamp | Label::Byline);
                // (Above the block, a full stop is no risk: see
                // `is_caption_above_credit`.)
                let decision = if is_caption_above_credit(i, features, first, true)
                    && rules.on(Rule::CaptionAboveCredit)
                {
                    Decision::new(Label::Caption, Rule::CaptionAboveCredit)
                } else if ((under_share_row && over_text && dash_credit)
                    || (under_marker_row && f.event)
                    || (under_stamp && over_text && dash_credit && f.event))
                    && !is_marker(&d)
                    && rules.on(Rule::CaptionNearHeadline)
                {
                    Decision::new(Label::Caption, Rule::CaptionNearHeadline)
                } else {
                    // Sub-decks follow the title, one bullet after another.
                    let deck_above = under_headline || (i > 0 && features[i - 1].bulleted);
                    // (An item of a run of `key: value` lines in Arabic: a
                    // fact box's, not a doctor's card or a photo's `ph:`.)
                    let item = |j: usize| features.get(j).is_some_and(Features::key_value);
                    let fact_item = item(i) && f.arabic_ratio() >= 0.5 && ((i > 0 && item(i - 1)) || item(i + 1));
                    // (A box of such items that runs down to the text's first
                    // line, three or more: a book's or a film's card over its
                    // review, `الكتاب: …`, `المؤلف: …`, `الناشر: …`.)
                    // (No marker among them: a forum's member card, `تاريخ
                    // التسجيل: …`, `المشاركات: …`, or a post's stamps and
                    // byline, `نشر من قبل: …`, `تاريخ النشر: …`.)
                    let plain_item = |j: usize| item(j) && !is_marker(&first[j]);
                    let box_over_text = fact_item
                        && block.is_some_and(|b| {
                            let top = (0..i).rev().take_while(|&j| plain_item(j)).last().unwrap_or(i);
                            (i..b.start).all(plain_item) && b.start - top >= MIN_TITLED_FACTS
                        });
                    // (Prose under it: a paragraph, or a sentence that
                    // introduces a list, `وتشمل المرحلة الأولى ما يلي:`.)
                    let prose_below =
                        first.get(i + 1).is_some_and(|n| matches!(n.rule, Rule::TextParagraph | Rule::TextSentence));
                    let place = HeaderPlace {
                        after_widget: header_widget,
                        under_headline,
                        deck_above,
                        prose_above: header_prose || box_over_text,
                        fact_item,
                        over_text,
                        prose_below,
                        interview_below: features.get(i + 1).is_some_and(|n| n.interview),
                    };
                    in_header(f, d, rules, place)
                };
                header_prose |= decision.rule == Rule::BodyStandfirst && is_paragraph_shape(f);
                // (A counter of the article's own, `الزيارات: 2341`, is no
                // widget: the standfirst may follow it.)
                let counter = d.label == Label::Other && f.marker.is_some_and(|m| m.whole) && f.words > f.text_words;
                // (Nor is markup shown as text, `<img alt="" src="…">`: the
                // photo's, not a widget's.)
                header_widget |= matches!(d.label, Label::Other | Label::Related | Label::Footer)
                    && is_marker(&d)
                    && !counter
                    && d.rule != Rule::OtherUrl;
                decision
            }
            // The site's name alone after the article is the footer's.
            Zone::After if site.alone.binary_search(&i).is_ok() && rules.on(Rule::FooterSiteName) => {
                Decision::new(Label::Footer, Rule::FooterSiteName)
            }
            Zone::Before | Zone::After => outside(i, features, first, &menu, rules, &mut section),
        };
    }
    relabel_listed_dates(features, out, rules);
    relabel_widget_labels(features, first, out, rules);
    relabel_header_rows(features, first, block, out, rules);
    relabel_dated_fields(features, block, out, rules);
    relabel_comment_notes(features, out, rules);
}

/// A kept line that names readers' comments right next to a line of a
/// comment section (its header, a marker phrase, a form field, or a note
/// found so) is the section's note: its rules or its moderation notice
/// (`لا تكرر تعليقك أكثر من مرة`, `ترحب … بالنقاش … مراجعة التعليقات قبل
/// نشرها`), which reads as prose and so was kept. Notes chain, so the pass
/// runs down the page and then up it. (Decided on the final labels: the
/// section's lines are known only then.)
fn relabel_comment_notes(features: &[Features], out: &mut [Decision], rules: &RuleSet) {
    if !rules.on(Rule::CommentsNote) {
        return;
    }
    let section_line = |d: &Decision| {
        matches!(d.rule, Rule::CommentsHeader | Rule::CommentsMarker | Rule::CommentsFormField | Rule::CommentsNote)
    };
    let note = |i: usize, out: &[Decision]| out[i].label == Label::Body && features[i].names_comments;
    for i in 1..out.len() {
        if note(i, out) && section_line(&out[i - 1]) {
            out[i] = Decision::new(Label::Comments, Rule::CommentsNote);
        }
    }
    for i in (0..out.len().saturating_sub(1)).rev() {
        if note(i, out) && section_line(&out[i + 1]) {
            out[i] = Decision::new(Label::Comments, Rule::CommentsNote);
        }
    }
}

/// Fewest `key: value` items the article keeps around a dated one that
/// make it a field of their box.
const MIN_FIELDS_AROUND_DATE: usize = 2;

/// From the headline on, a `key: date` line among `key: value` items the article
/// keeps (`قيمة التعويض: …`, then `تاريخ صدور القرار: 2 نيسان 2024`) is a
/// field of the article's fact box, not the page's stamp. (Decided on the
/// items' final labels, as `relabel_header_rows` is.)
fn relabel_dated_fields(features: &[Features], block: Option<Block>, out: &mut [Decision], rules: &RuleSet) {
    let Some(b) = block else { return };
    if !rules.on(Rule::BodyField) {
        return;
    }
    let field = |j: usize, out: &[Decision]| out[j].label == Label::Body && features[j].list_item;
    // (From the headline on: a fact box may stand under the standfirst,
    // above the block.)
    let start = (0..b.start).rev().find(|&j| out[j].label == Label::Headline).map_or(b.start, |h| h + 1);
    for i in start..=b.end.min(out.len().saturating_sub(1)) {
        if out[i].rule != Rule::TimestampLine || !features[i].dated_field() {
            continue;
        }
        let above = (start..i).rev().take_while(|&j| field(j, out)).count();
        let below = (i + 1..=b.end).take_while(|&j| field(j, out)).count();
        if above + below >= MIN_FIELDS_AROUND_DATE {
            out[i] = Decision::new(Label::Body, Rule::BodyField);
        }
    }
}

/// Inside the text, a header row whose units hold slashes (`سعر الجملة
/// (دج/كلغ)`) reads like a path; over two rows of figures the article
/// keeps, it is their table's header. (Decided on the rows' final labels, so
/// that cleaning the cleaned text, where dropped rows are gone, agrees.)
fn relabel_header_rows(
    features: &[Features],
    first: &[Decision],
    block: Option<Block>,
    out: &mut [Decision],
    rules: &RuleSet,
) {
    let Some(b) = block else { return };
    if !rules.on(Rule::BodyShort) {
        return;
    }
    for i in b.start + 1..b.end {
        let kept_figures = (i + 1..i + 3)
            .all(|j| j < out.len() && out[j].label == Label::Body && is_figure_row(&features[j], &first[j]));
        if out[i].rule == Rule::NavigationBreadcrumb && features[i].words <= MAX_HEADER_ROW_WORDS && kept_figures {
            out[i] = Decision::new(Label::Body, Rule::BodyShort);
        }
    }
}

/// The short labels of a widget (city names, weekdays, "today") stand next
/// to its values. This pass applies its changes after it, reading only the
/// widget lines the first pass found, so a widget does not spread.
fn relabel_widget_labels(features: &[Features], first: &[Decision], out: &mut [Decision], rules: &RuleSet) {
    if !rules.on(Rule::OtherWidget) {
        return;
    }
    let widget = |j: Option<usize>| j.and_then(|j| features.get(j)).is_some_and(|f| f.widget);
    let change: Vec<usize> = (0..features.len())
        .filter(|&i| {
            let f = &features[i];
            // Only plain short text (a city, a weekday, "today"): menu items,
            // headers and dates next to a widget keep their own labels.
            let label_like = f.text_words <= 3
                && !f.widget
                && !out[i].label.is_kept()
                && matches!(first[i].rule, Rule::TextShort | Rule::TextHeadlineLike);
            label_like && (widget(i.checked_sub(1)) || widget(Some(i + 1)))
        })
        .collect();
    for i in change {
        out[i] = Decision::new(Label::Other, Rule::OtherWidget);
    }
}

/// A line inside the main block.
fn in_block(
    i: usize,
    features: &[Features],
    first: &[Decision],
    block: Option<Block>,
    rules: &RuleSet,
    section: &mut Section,
) -> Decision {
    let f = &features[i];
    let d = first[i];
    let prose = matches!(d.rule, Rule::TextParagraph | Rule::TextSentence);
    // A few words right above a paragraph are the article's next
    // subheading, whatever block of links or tags stands before them.
    let next_prose = first.get(i + 1).is_some_and(|n| matches!(n.rule, Rule::TextParagraph | Rule::TextSentence));
    // (A mostly Latin line is a caption wherever it stands, see below.)
    let subheading =
        !prose && !is_marker(&d) && f.text_words <= MAX_SUBHEADING_WORDS && !f.mostly_latin() && next_prose;
    if *section == Section::Related && rules.on(Rule::RelatedSection) {
        // `نهاية القائمة`, `end of list` closes the inline block, once it
        // has listed something.
        let just_opened = i > 0 && first[i - 1].rule == Rule::RelatedHeader;
        if f.list_end && f.words <= 6 && !just_opened {
            *section = Section::None;
            return Decision::new(Label::Related, Rule::RelatedSection);
        }
        // An interview's question (`س: …`) or a line that introduces what
        // follows (`… على النحو التالي:`) is the article resuming.
        if (f.interview || (prose && f.colon_end)) && rules.on(Rule::BodyShort) {
            *section = Section::None;
            return Decision::new(Label::Body, Rule::BodyShort);
        }
        // Another article's title may ask a question, trail off or end in a
        // quote and still read as a sentence; the article's prose goes on
        // with full stops.
        if prose && !f.full_stop && f.words <= MAX_TEASER_WORDS {
            return Decision::new(Label::Related, Rule::RelatedSection);
        }
        if subheading && rules.on(Rule::BodyShort) {
            *section = Section::None;
            return Decision::new(Label::Body, Rule::BodyShort);
        }
    }
    if *section == Section::Tags {
        // The tags or share links under their header: short lines up to the
        // next paragraph or subheading.
        if !prose && !is_marker(&d) && f.text_words <= MAX_TAG_WORDS && !subheading && rules.on(Rule::NavigationMenu) {
            return Decision::new(Label::Navigation, Rule::NavigationMenu);
        }
        *section = Section::None;
    }
    // Between the block's first and last lines; and after its first, its
    // last included (an item of a list that ends the text).
    let inside = |j: usize| block.is_some_and(|b| j > b.start && j < b.end);
    let interior = inside(i);
    let after_opening = block.is_some_and(|b| i > b.start && i <= b.end);
    // A schedule printed one cell per line: a date alone after each
    // event (`الإعلان عن نتائج الدورة العادية`, `14 يونيو 2024`). Both
    // cells are the table's, the event's bracket no credit.
    if interior && is_schedule_cell(features, first, i) && rules.on(Rule::BodyShort) {
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    // A caption that ends in its credit may be as long as a sentence.
    if is_credited_caption(f, &d) && !is_paragraph_shape(f) && rules.on(Rule::CaptionCredit) {
        return Decision::new(Label::Caption, Rule::CaptionCredit);
    }
    // So may a caption whose credit is the next line. (One that ends in a
    // full stop only between two lines of the text: at the block's edge it
    // would move the edge when the cleaned text is cleaned again.)
    if is_caption_above_credit(i, features, first, inside(i)) && rules.on(Rule::CaptionAboveCredit) {
        return Decision::new(Label::Caption, Rule::CaptionAboveCredit);
    }
    // And that bare credit is the caption's.
    if i > 0
        && is_bare_credit(f)
        && is_caption_above_credit(i - 1, features, first, inside(i - 1))
        && rules.on(Rule::CaptionCredit)
    {
        return Decision::new(Label::Caption, Rule::CaptionCredit);
    }
    // A media label (`فيديو`) stands over the video's title, and a lone
    // gallery counter (`1/4`, not a row of them) over the photo's caption.
    let lone_counter = is_gallery_caption(first, i) && !is_gallery_caption(first, i - 1);
    let under_label = is_under_media_label(i, features, first) || lone_counter;
    // (Not a paragraph: the text may go on under a stray counter.)
    if under_label && is_caption_shaped(f, &d) && !is_paragraph_shape(f) && rules.on(Rule::CaptionUnderLabel) {
        return Decision::new(Label::Caption, Rule::CaptionUnderLabel);
    }
    if is_scene_caption(f, &d) && rules.on(Rule::CaptionScene) {
        return Decision::new(Label::Caption, Rule::CaptionScene);
    }
    if f.portrait && !is_marker(&d) && rules.on(Rule::CaptionPortrait) {
        return Decision::new(Label::Caption, Rule::CaptionPortrait);
    }
    if prose {
        *section = Section::None;
        return if rules.on(Rule::BodyParagraph) { Decision::new(Label::Body, Rule::BodyParagraph) } else { d };
    }
    if d.rule == Rule::RelatedHeader {
        // An inline related block: its items run to the next prose line.
        *section = Section::Related;
        return d;
    }
    // Everything listed under the header is the list's, the listed
    // articles' authors too (`كتب: …` under a title).
    if *section == Section::Related && rules.on(Rule::RelatedSection) && (!is_marker(&d) || d.label == Label::Byline) {
        return Decision::new(Label::Related, Rule::RelatedSection);
    }
    // Rates or a table of figures inside the article's text are the
    // article's, though they look like a widget's rows.
    if d.rule == Rule::OtherWidget && rules.on(Rule::BodyShort) {
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    // Figures alone between the article's paragraphs are a table's cells.
    if d.rule == Rule::OtherNoLetters && interior && f.words > 0 && rules.on(Rule::BodyShort) {
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    // Rows joined by `|` between two paragraphs are a table flattened to
    // lines (`الفريق | لعب | النقاط`), not a menu.
    // A header row with dates in its cells (`| القطاع | الربع الثاني 2024 |
    // الربع الثاني 2023 |`) is one of them too, not a stamp.
    // So is a row whose first cell is a month (`تموز 2025 | 3,38 مليون برميل
    // | …`) among other rows.
    // (A table of two cells has one `|` a row: among rows of as many.)
    let among_rows = [i.checked_sub(1), Some(i + 1)]
        .into_iter()
        .flatten()
        .any(|j| features.get(j).is_some_and(|n| n.pipes >= 2 || (f.pipes == 1 && n.pipes == 1)));
    // (And a figure with its unit, `920 فلساً/لتر`, whose slash reads as a
    // path's.)
    // (Or ranges of figures, `الطماطم 8.50 - 9.00 11.00 - 12.50`, whose
    // dashes read as a path's.)
    // (And a schedule's row, `الفيصلي × السلط – ستاد عمان الدولي – 8:45
    // مساءً`.)
    let row = (d.rule == Rule::NavigationBreadcrumb
        && (f.pipes > 0 || is_priced_cell(f) || is_figure_row(f, &d) || is_timed_row(f, &d)))
        || (d.label == Label::Timestamp && (f.pipes >= 3 || (f.pipes >= 1 && among_rows)));
    // So is a table's title with a date over two rows (`الأسعار الجديدة
    // اعتبارا من 1 شباط`).
    let table_title = d.label == Label::Timestamp
        && f.text_words >= 2
        && f.pipes == 0
        && rows_of_cells_under(features, i, features.len());
    // (The last row may end the block: a table the text's last paragraph
    // introduces, see `trailing_list_end`.)
    if ((row && after_opening) || (table_title && interior)) && rules.on(Rule::BodyShort) {
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    // A time alone printed right under a table's cell (`«مائدة أم سعيد»`,
    // `طبخ`, `5:15 مساءً`) is the next cell; a live page's times stand
    // apart, over their entries.
    let time_cell =
        d.label == Label::Timestamp && is_time_alone(f) && f.joined && !is_paragraph_shape(&features[i - 1]);
    if time_cell && interior && rules.on(Rule::BodyShort) {
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    // A date, a colon and words after the block's first paragraph is an
    // item of the article's schedule or timeline, not a stamp (the last
    // item of a list that ends the text included).
    // A date that ends in a colon heads the schedule's items under it.
    // (A bulleted or numbered line with words and a time or date is an
    // item too: `1. شرفة اللويبدة (4:12)`.)
    // (Not a quoted post's signature, `— NAME (@handle) DATE`.)
    let listed = f.bulleted && f.text_words >= 2 && d.rule == Rule::TimestampLine;
    if d.label == Label::Timestamp
        && (f.dated_item || listed || (f.colon_end && interior))
        && after_opening
        && rules.on(Rule::BodyShort)
    {
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    // A credit alone in its bracket between two paragraphs (`(Xinhua/…)`,
    // `(من أرشيف الكاتبة)`) is the photo's above it, not the text's source.
    if d.label == Label::Byline && f.credit_only && interior && rules.on(Rule::CaptionCredit) {
        return Decision::new(Label::Caption, Rule::CaptionCredit);
    }
    if d.label == Label::Byline && (interior || f.list_item) && rules.on(Rule::BodyShort) {
        // Between two paragraphs a short line is a subheading, even when it
        // starts like a byline (`كتب` is also "books"); an item of a list the
        // article ends with is the article's too, the last one included.
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    if is_marker(&d) {
        // `الكلمات المفتاحية`, `المواضيع`, `شارك`: a header of tags or share
        // links opens their run.
        if d.rule == Rule::NavigationMarker && f.marker.is_some_and(|m| m.whole) {
            *section = Section::Tags;
        }
        return d;
    }
    // A quoted post is quoted text in any language, not a caption; so are
    // the items of a list a paragraph introduces (`يتوفر التحديث للأجهزة
    // التالية:`, then `Pixel 7 و Pixel 7 Pro و Pixel 7a`, …).
    // (Nor is a row of cells among others, `المعالج	Intel Core i5 …`.)
    let row_among_rows = f.pipes > 0
        && [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|j| features.get(j).is_some_and(|n| n.pipes > 0));
    // (Nor an item of a bulleted or numbered list, `7. «Les Enfants du
    // vent» – Awa Ndiaye (السنغال)`, `• Fit & Light 30 Caps`.)
    // (Items the text keeps: a bulleted counter, `• 2/5`, is dropped, and
    // the cleaned text would read the line alone.)
    let item_among_items = f.bulleted
        && [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .any(|j| features.get(j).is_some_and(|n| n.bulleted) && !is_marker(&first[j]));
    if f.mostly_latin()
        && !is_quoted_post(i, features, first)
        && !is_introduced_latin_item(features, i)
        && !row_among_rows
        && !item_among_items
        && rules.on(Rule::CaptionLatin)
    {
        return Decision::new(Label::Caption, Rule::CaptionLatin);
    }
    if rules.on(Rule::BodyShort) {
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    d
}

/// True when the two lines under line `i`, both before `end`, are rows of
/// cells (joined by `|`, TABs or runs of spaces): `i` may be their title.
fn rows_of_cells_under(features: &[Features], i: usize, end: usize) -> bool {
    (i + 1..i + 3).all(|j| j < end && features.get(j).is_some_and(|n| n.pipes > 0))
}

/// A table's cell of a figure and its unit (`920 فلساً/لتر`, `7 دنانير`).
fn is_priced_cell(f: &Features) -> bool {
    f.words > f.text_words && f.words <= 4
}

/// A time alone, a table's cell in a schedule (`4:30 مساءً`).
/// Fewest rows (an event and its date) of a schedule printed one cell
/// per line.
const MIN_SCHEDULE_ROWS: usize = 3;

/// A cell of a schedule printed one cell per line, events and their dates
/// in turn (see `in_block`): in a run of at least [`MIN_SCHEDULE_ROWS`]
/// rows of a short line of text and a date alone under it. (Adjacency is
/// read without `joined`: the cleaned text puts a blank line where a
/// dropped line stood.)
fn is_schedule_cell(features: &[Features], first: &[Decision], i: usize) -> bool {
    let date = |j: usize| {
        first.get(j).is_some_and(|d| d.rule == Rule::TimestampLine)
            && features[j].words <= MAX_CELL_WORDS
            && !features[j].sentence_end
            && !features[j].dated_item
    };
    let text = |j: usize| {
        first.get(j).is_some_and(|d| !is_marker(d) || d.rule == Rule::CaptionCredit)
            && features[j].words <= MAX_CELL_WORDS
            && !features[j].sentence_end
            && !is_paragraph_shape(&features[j])
    };
    let row = |p: usize| text(p) && date(p + 1);
    let p = if row(i) {
        i
    } else if i > 0 && row(i - 1) {
        i - 1
    } else {
        return false;
    };
    // The rows run by twos, above and below this one.
    let above = (1..MIN_SCHEDULE_ROWS).take_while(|k| p >= 2 * k && row(p - 2 * k)).count();
    let below = (1..MIN_SCHEDULE_ROWS).take_while(|k| row(p + 2 * k)).count();
    above + below + 1 >= MIN_SCHEDULE_ROWS
}

/// Most items of a list of names in another script under its
/// introduction.
const MAX_LATIN_ITEMS: usize = 20;

/// True when line `i`, mostly in Latin letters, is an item of a list of
/// two or more such lines right under a line that ends in a colon.
fn is_introduced_latin_item(features: &[Features], i: usize) -> bool {
    let latin = |j: usize| features[j].mostly_latin() && !features[j].full_stop;
    let start = (i.saturating_sub(MAX_LATIN_ITEMS)..=i).rev().take_while(|&j| latin(j)).last().unwrap_or(i);
    let end = (i..features.len().min(i + MAX_LATIN_ITEMS)).take_while(|&j| latin(j)).last().unwrap_or(i);
    start > 0 && features[start - 1].colon_end && !features[start - 1].mostly_latin() && end > start
}

/// A photo or video in the text: its label, caption and credit. (A
/// gallery's counter, `2 / 3`, stands over its photo's caption.)
fn is_media(i: usize, features: &[Features], first: &[Decision]) -> bool {
    first[i].label == Label::Caption
        || first[i].rule == Rule::NavigationCounter
        || is_under_media_label(i, features, first)
}

fn is_time_alone(f: &Features) -> bool {
    f.date.time && !f.date.date && f.words <= 3
}

/// True when line `i` stands right under a bare media label (`فيديو`): the
/// video's title.
fn is_under_media_label(i: usize, features: &[Features], first: &[Decision]) -> bool {
    i > 0 && first[i - 1].rule == Rule::CaptionMarker && features[i - 1].format_label
}

/// True when line `i` stands right under a gallery counter (`3 / 6`): the
/// photo's caption.
pub(crate) fn is_gallery_caption(first: &[Decision], i: usize) -> bool {
    i > 0 && first[i - 1].rule == Rule::NavigationCounter
}

/// True when the post's signature (`— NAME (@handle) DATE`) follows line
/// `i`, or follows the post's picture link under it.
fn is_quoted_post(i: usize, features: &[Features], first: &[Decision]) -> bool {
    let signature = |j: usize| features.get(j).is_some_and(|f| f.post_signature);
    signature(i + 1) || (first.get(i + 1).is_some_and(|d| d.rule == Rule::OtherUrl) && signature(i + 2))
}

/// A line right above a photo's credit (`Photo: CGTN`, `تصوير: …`, `Credit:
/// Reuters`; not a bare media label such as `فيديو`) describes that photo,
/// though it may read like a sentence (`الدكتور … خلال ندوة عن …`). The
/// article's paragraphs end in a full stop, questions and list items are
/// not captions, and a marker keeps its own label.
///
/// So does a line with a bare credit right under it (see
/// [`is_bare_credit`]): under a paragraph, such a line would stand apart.
pub(crate) fn is_caption_above_credit(i: usize, features: &[Features], first: &[Decision], full_stop_ok: bool) -> bool {
    let Some(next) = features.get(i + 1) else { return false };
    // (A credit, not a whole caption that ends in one: `تقول النقابة إن …
    // (فتحي بلعيد/ رويترز)` under a standfirst.)
    // (A blank line away, the marker line must read as a credit, a few words
    // or a Latin line, `Photo: Reuters`: not a caption of its own, `لقطة من
    // فيلم "المومياء" للمخرج …`.)
    let marked = is_credit_line(next, &first[i + 1])
        && (next.joined || next.text_words <= MAX_BARE_CREDIT_TEXT_WORDS || next.mostly_latin());
    // A caption printed right over its credit may end in a full stop
    // (`… بولاية جنوب دارفور.`, then `© ICRC / Mohamed Adam`).
    let f = &features[i];
    // (So may one printed right over a marked credit, no blank line between
    // them, as a figure's caption and credit are: `عامل يتفقد أنابيب المياه
    // في محطة ضخ جنوب عمّان.`, then `الصورة: … / AFP`.)
    // (Not at the block's edge, as `full_stop_ok` says: there a line kept
    // between two text lines would stand alone in the cleaned text.)
    let joined_marked = full_stop_ok && marked && next.joined;
    let shaped = is_caption_shaped(f, &first[i])
        || (((full_stop_ok && is_bare_credit(next)) || joined_marked)
            && f.full_stop
            && !f.list_item
            && !f.dated_item
            && f.words <= MAX_CAPTION_WORDS
            && !is_marker(&first[i]));
    (marked || is_bare_credit(next)) && shaped && !f.mostly_latin()
}

/// A line a photo-credit marker opens (`Photo: …`, `تصوير: …`, `© …`), of a
/// credit line's length: not a bare media label such as `فيديو`.
fn is_credit_line(f: &Features, d: &Decision) -> bool {
    d.rule == Rule::CaptionMarker && !f.format_label && f.words <= MAX_CREDIT_LINE_WORDS
}

/// A photo's credit right under the line above, with no blank line between:
/// a bare name (`رويترز`, `أ.ف.ب`), a bracket alone, or a Latin line of a
/// few words (`SUNA Photo`, `Keystone / Christian Beutler`).
fn is_bare_credit(f: &Features) -> bool {
    // (A quoted post's signature, `— NAME (@handle) DATE`, is no credit.)
    // (Nor is a post's author named by a handle, `… @WACofficiel`.)
    let latin_credit = f.mostly_latin() && f.words <= MAX_LATIN_CREDIT_WORDS && !f.post_signature && !f.handle;
    f.joined && (f.credit_name || f.credit_only || latin_credit)
}

/// A caption's shape next to its photo's credit or label: text without a
/// full stop, question or list mark, of a caption's length, no marker.
fn is_caption_shaped(f: &Features, d: &Decision) -> bool {
    !f.full_stop
        && !f.soft_end
        && !f.list_item
        && !f.dated_item
        && f.letters > 0
        && f.words <= MAX_CAPTION_WORDS
        && !is_marker(d)
}

/// A scene's caption (`لاعبو الأهلي خلال مران اليوم`): the shape, not a
/// paragraph, and no marker explains the line otherwise.
fn is_scene_caption(f: &Features, d: &Decision) -> bool {
    f.scene && !is_paragraph_shape(f) && !is_marker(d)
}

/// A short line that ends in a bracketed credit and that no marker
/// explains: a photo caption (`… (الصورة من الناشر)`, `(هيثم الموسوي)`).
pub(crate) fn is_credited_caption(f: &Features, d: &Decision) -> bool {
    // (A row of cells joined by `|` may end in a bracket: `عدد الأسهم
    // المطروحة | 18,000,000 سهم (30% من رأس المال)`.)
    f.bracket_tail && f.words <= MAX_CAPTION_WORDS && !f.list_item && !f.dated_item && f.pipes == 0 && !is_marker(d)
}

/// Most words of a label that introduces the text (`السؤال :`); a site's
/// dateline over the text is two words or more (`الاتحاد برس:`).
const MAX_TEXT_LABEL_WORDS: u32 = 1;

/// Where a line of the header zone stands (see [`in_header`]).
#[derive(Clone, Copy, Debug, Default)]
struct HeaderPlace {
    /// A widget (poll, ad, related box) stands above it in the zone.
    after_widget: bool,
    /// It is right under the headline.
    under_headline: bool,
    /// A sub-deck's place: under the headline or under a bulleted line.
    deck_above: bool,
    /// A paragraph of prose (the standfirst) stands above it in the zone.
    prose_above: bool,
    /// It is one of a run of `key: value` lines in Arabic.
    fact_item: bool,
    /// It is right above the text's first line.
    over_text: bool,
    /// A line of prose (a paragraph or a sentence) stands right under it.
    prose_below: bool,
    /// An interview's question or answer (`س: …`) stands right under it.
    interview_below: bool,
}

/// A line between the headline and the main block.
fn in_header(f: &Features, d: Decision, rules: &RuleSet, place: HeaderPlace) -> Decision {
    let HeaderPlace {
        after_widget,
        under_headline,
        deck_above,
        prose_above,
        fact_item,
        over_text,
        prose_below,
        interview_below,
    } = place;
    if is_marker(&d) {
        return d;
    }
    // A heading of a few words between the standfirst's paragraphs and more
    // prose (`تفاصيل التدخلات`, then `وتشمل المرحلة الأولى … ما يلي:`) is a
    // subheading of the text: a menu or a section label stands apart from
    // prose.
    // (Two words at least, and no colon: a word alone or a `key:` line
    // there is a button or a photo's credit, `ph: الصحراء المغربية`.)
    if prose_above
        && prose_below
        && (2..=MAX_SUBHEADING_WORDS).contains(&f.text_words)
        && !f.sentence_end
        && !f.key_value()
        && !f.mostly_latin()
        && rules.on(Rule::BodyShort)
    {
        return Decision::new(Label::Body, Rule::BodyShort);
    }
    // A label of one word and a colon right above the text introduces it
    // (`السؤال :` over a fatwa's question): the text's own. So does one
    // without a colon over a question or an answer (`السؤال`, then `س: …`).
    if over_text
        && (f.colon_end || interview_below)
        && (1..=MAX_TEXT_LABEL_WORDS).contains(&f.text_words)
        && f.words == f.text_words
        && !f.mostly_latin()
        && rules.on(Rule::BodyStandfirst)
    {
        return Decision::new(Label::Body, Rule::BodyStandfirst);
    }
    if is_credited_caption(f, &d) && rules.on(Rule::CaptionCredit) {
        return Decision::new(Label::Caption, Rule::CaptionCredit);
    }
    if is_scene_caption(f, &d) && rules.on(Rule::CaptionScene) {
        return Decision::new(Label::Caption, Rule::CaptionScene);
    }
    if f.portrait && rules.on(Rule::CaptionPortrait) {
        return Decision::new(Label::Caption, Rule::CaptionPortrait);
    }
    // An interview's question or answer is its text, and so are the
    // `key: value` items of a fact box under the standfirst (`رسوم الطلب:
    // 1500 كرونة للبالغين`, one of a run of them); neither is a photo's
    // caption.
    if (f.interview || (fact_item && prose_above)) && rules.on(Rule::BodyStandfirst) {
        return Decision::new(Label::Body, Rule::BodyStandfirst);
    }
    // Bulleted lines right under the title are its sub-decks.
    if f.bulleted && deck_above && f.text_words >= 3 && f.arabic_ratio() >= 0.5 && rules.on(Rule::BodyStandfirst) {
        return Decision::new(Label::Body, Rule::BodyStandfirst);
    }
    // The line right under the headline with a few words is its standfirst,
    // even when it reads like a title.
    // (Not a line in another script under an Arabic title: the page's
    // furniture, `Rédigé par … le Lundi 4 Mars 2024 à 14:22`.)
    let prose = matches!(d.rule, Rule::TextParagraph | Rule::TextSentence)
        || (under_headline && d.rule == Rule::TextHeadlineLike && f.text_words >= 5 && !f.mostly_latin());
    if prose && !after_widget && rules.on(Rule::BodyStandfirst) {
        return Decision::new(Label::Body, Rule::BodyStandfirst);
    }
    if (prose || f.soft_end) && after_widget && rules.on(Rule::OtherOutside) {
        return Decision::new(Label::Other, Rule::OtherOutside);
    }
    if f.text_words <= 2 && rules.on(Rule::NavigationMenu) {
        return Decision::new(Label::Navigation, Rule::NavigationMenu);
    }
    if f.dashes == 1
        && f.separators == 1
        && f.words <= 6
        && f.stopwords == 0
        && f.arabic_ratio() >= 0.9
        && rules.on(Rule::BylineDateline)
    {
        return Decision::new(Label::Byline, Rule::BylineDateline);
    }
    if f.mostly_latin() && rules.on(Rule::CaptionLatin) {
        return Decision::new(Label::Caption, Rule::CaptionLatin);
    }
    // A bulleted or numbered line is a list's item or a key point (`•
    // نصف سكان المنطقة …`, `1- بروتون ساجا أوتوماتيك`), not a caption: of
    // the development pages' captions, one is bulleted, and it has a
    // caption's marker.
    if f.bulleted && f.text_words >= 2 && rules.on(Rule::BodyStandfirst) {
        return Decision::new(Label::Body, Rule::BodyStandfirst);
    }
    if rules.on(Rule::CaptionNearHeadline) {
        return Decision::new(Label::Caption, Rule::CaptionNearHeadline);
    }
    d
}

/// A line before the headline or after the block: boilerplate, labelled by
/// its marker or by the section it stands in.
fn outside(
    i: usize,
    features: &[Features],
    first: &[Decision],
    menu: &[bool],
    rules: &RuleSet,
    section: &mut Section,
) -> Decision {
    let f = &features[i];
    let d = first[i];
    // Section changes apply at once: a header belongs to its own section.
    match d.rule {
        Rule::CommentsHeader | Rule::CommentsFormField => *section = Section::Comments,
        Rule::RelatedHeader if !menu[i] => *section = Section::Related,
        Rule::FooterCopyright => *section = Section::Footer,
        Rule::FooterMarker | Rule::FooterFollow if *section != Section::Footer => *section = Section::None,
        _ => {}
    }
    // A run of one-to-three-word lines is a menu, whatever section it is in:
    // it ends a related section (a "latest news" header in a menu bar is a
    // menu item).
    let in_menu = menu[i]
        && matches!(
            d.rule,
            Rule::TextShort
                | Rule::TextHeadlineLike
                | Rule::NavigationMarker
                | Rule::RelatedHeader
                | Rule::CaptionMarker
        );
    match *section {
        // A related block after the thread ends it.
        Section::Comments if d.label == Label::Related && is_marker(&d) => *section = Section::None,
        Section::Comments if rules.on(Rule::CommentsSection) => {
            if d.label == Label::Comments {
                return d;
            }
            if d.label == Label::Navigation && d.rule == Rule::NavigationMarker {
                // A share or pager link closes the thread.
                *section = Section::None;
                return d;
            }
            return Decision::new(Label::Comments, Rule::CommentsSection);
        }
        Section::Related if in_menu => *section = Section::None,
        Section::Related if f.list_end && f.words <= 6 && rules.on(Rule::RelatedSection) => {
            // `نهاية الأكثر قراءة`: the list closes here.
            *section = Section::None;
            return Decision::new(Label::Related, Rule::RelatedSection);
        }
        Section::Related if rules.on(Rule::RelatedSection) => {
            if is_marker(&d) && !matches!(d.label, Label::Timestamp) && d.rule != Rule::OtherNoLetters {
                return d;
            }
            return Decision::new(Label::Related, Rule::RelatedSection);
        }
        Section::Footer => {
            if is_marker(&d) || in_menu {
                return if in_menu && rules.on(Rule::NavigationMenu) {
                    Decision::new(Label::Navigation, Rule::NavigationMenu)
                } else {
                    d
                };
            }
            if rules.on(Rule::FooterMarker) {
                return Decision::new(Label::Footer, Rule::FooterMarker);
            }
        }
        _ => {}
    }
    if in_menu && rules.on(Rule::NavigationMenu) {
        return Decision::new(Label::Navigation, Rule::NavigationMenu);
    }
    if is_marker(&d) {
        return d;
    }
    match d.rule {
        Rule::TextHeadlineLike if f.text_words >= 4 && rules.on(Rule::RelatedList) => {
            Decision::new(Label::Related, Rule::RelatedList)
        }
        // Prose outside the article is mostly teasers of other articles;
        // long prose is some other text of the site.
        Rule::TextParagraph | Rule::TextSentence if f.words <= 30 && rules.on(Rule::RelatedList) => {
            Decision::new(Label::Related, Rule::RelatedList)
        }
        Rule::TextParagraph | Rule::TextSentence if rules.on(Rule::OtherOutside) => {
            Decision::new(Label::Other, Rule::OtherOutside)
        }
        _ if rules.on(Rule::NavigationMenu) => Decision::new(Label::Navigation, Rule::NavigationMenu),
        _ => d,
    }
}

/// Marks lines that stand in a run of short lines (menu items): one to three
/// words, no numbers, next to another such line.
fn menu_lines(features: &[Features], first: &[Decision]) -> Vec<bool> {
    let short = |i: usize| {
        // (A table of contents is a list of its own: the subheading under it
        // is no menu's item.)
        is_short_label(&features[i])
            && !features[i].contents
            && !matches!(first[i].label, Label::Timestamp | Label::Comments | Label::Footer)
    };
    (0..features.len())
        .map(|i| {
            if !short(i) {
                return false;
            }
            let prev = i.checked_sub(1).is_some_and(short);
            let next = i + 1 < features.len() && short(i + 1);
            // A section header is a menu item only inside a menu, not at its
            // edge (a header is often followed by a short category label).
            if first[i].rule == Rule::RelatedHeader {
                prev && next
            } else {
                prev || next
            }
        })
        .collect()
}

/// True for decisions made by a marker, a pattern or a feature (not shape).
pub(crate) fn is_marker(d: &Decision) -> bool {
    !matches!(d.rule, Rule::TextParagraph | Rule::TextSentence | Rule::TextHeadlineLike | Rule::TextShort)
}

/// A date printed under a related headline belongs to the related list. This
/// pass reads the labels of the previous pass and applies its changes after
/// it, so that a run of dates and titles is judged on the titles only.
fn relabel_listed_dates(features: &[Features], out: &mut [Decision], rules: &RuleSet) {
    if !rules.on(Rule::RelatedList) {
        return;
    }
    let listed = |j: Option<usize>| {
        j.and_then(|j| out.get(j)).is_some_and(|d| matches!(d.rule, Rule::RelatedList | Rule::RelatedSection))
    };
    // (Not the date right above the headline: the article's date bar, under
    // a ticker item.)
    let over_headline = |i: usize| out.get(i + 1).is_some_and(|d| d.label == Label::Headline);
    let change: Vec<usize> = (0..features.len())
        .filter(|&i| out[i].label == Label::Timestamp && (listed(i.checked_sub(1)) || listed(Some(i + 1))))
        .filter(|&i| !over_headline(i))
        .collect();
    for i in change {
        out[i] = Decision::new(Label::Related, Rule::RelatedList);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_set_toggles() {
        let mut set = RuleSet::default();
        assert!(set.on(Rule::CaptionLatin));
        set.set(Rule::CaptionLatin, false);
        assert!(!set.on(Rule::CaptionLatin));
        assert!(set.on(Rule::BodyShort));
        set.set(Rule::CaptionLatin, true);
        assert!(set.on(Rule::CaptionLatin));
    }

    #[test]
    fn every_rule_fits_the_set() {
        assert!(Rule::ALL.len() <= 64);
    }

    /// A `key: date` line among the article's `key: value` items is a field
    /// of its fact box; the date under the title stays the page's stamp.
    #[test]
    fn a_dated_field_of_a_fact_box_is_body() {
        let page = "محكمة التمييز تلزم دار نشر بتعويض مؤلفين عن نسخ كتابهما\n\n\
                    الثلاثاء 9 نيسان 2024\n\n\
                    قضت محكمة التمييز بإلزام دار نشر بدفع تعويض لمؤلفين بعد أن أعادت طباعة كتابهما دون إذن، في حكم وصفه محامون بأنه سابقة في قضايا الملكية الفكرية.\n\n\
                    رقم القرار: 4127/2023\nالهيئة: خماسية\nقيمة التعويض: 38 ألف دينار أردني\nتاريخ صدور القرار: 2 نيسان 2024\n\n\
                    وقال وكيل المؤلفين إن الحكم يرسخ حق المؤلف في التعويض عن كل نسخة طبعت دون إذنه، وإن موكليه سيتبرعون بجزء من المبلغ لمكتبة المدرسة.\n";
        let article = crate::clean(page);
        let rule_of = |text: &str| article.lines().find(|l| l.text() == text).map(|l| (l.label(), l.rule()));
        assert_eq!(rule_of("تاريخ صدور القرار: 2 نيسان 2024"), Some((Label::Body, Rule::BodyField)));
        assert_eq!(rule_of("الثلاثاء 9 نيسان 2024").map(|(label, _)| label), Some(Label::Timestamp));
    }

    /// Between the title and the text, an interview's question and a run
    /// of `key: value` facts under the standfirst are text; the same fact
    /// alone, or with no standfirst above, is read as a caption still.
    #[test]
    fn questions_and_facts_above_the_text_are_body() {
        let header = |line: &str, place: HeaderPlace| {
            in_header(&crate::detect::features_of(line), first_of(line), &RuleSet::default(), place).label
        };
        let question = "س: كيف استقبلتِ خبر فوزك بالجائزة؟";
        assert_eq!(header(question, HeaderPlace::default()), Label::Body);
        let fact = "رسوم الطلب: 1500 كرونة للبالغين";
        let in_box = HeaderPlace { prose_above: true, fact_item: true, ..HeaderPlace::default() };
        assert_eq!(header(fact, in_box), Label::Body);
        assert_eq!(header(fact, HeaderPlace { fact_item: false, ..in_box }), Label::Caption);
        assert_eq!(header(fact, HeaderPlace { prose_above: false, ..in_box }), Label::Caption);
        // A label and its colon right above the text introduce it; elsewhere
        // in the zone two words are a menu's item.
        let label = "السؤال :";
        assert_eq!(header(label, HeaderPlace { over_text: true, ..HeaderPlace::default() }), Label::Body);
        assert_eq!(header(label, HeaderPlace::default()), Label::Navigation);
        // Without its colon, over the question (`س: …`), it introduces it
        // all the same.
        let bare = "السؤال";
        let over_question = HeaderPlace { over_text: true, interview_below: true, ..HeaderPlace::default() };
        assert_eq!(header(bare, over_question), Label::Body);
        assert_eq!(header(bare, HeaderPlace { over_text: true, ..HeaderPlace::default() }), Label::Navigation);
    }

    /// The text goes on under a list that ends it for a while (a lineup),
    /// past a subheading alone: `تشكيل المصري`, the lineup, `قراءة فنية`,
    /// then more paragraphs.
    #[test]
    fn the_text_goes_on_past_a_subheading_under_its_list() {
        let page = "المصري يهزم سموحة بهدفين ويقترب من المربع الذهبي\n\
                    \n\
                    حقق فريق المصري البورسعيدي فوزا ثمينا على نظيره سموحة بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس ضمن الجولة السابعة عشرة من الدوري.\n\
                    \n\
                    ورفع المصري رصيده بهذا الفوز إلى 29 نقطة ليقفز إلى المركز الرابع في جدول الترتيب، بفارق نقطة واحدة عن أقرب ملاحقيه.\n\
                    \n\
                    تشكيل المصري\n\
                    \n\
                    حراسة المرمى: محمود جاد الله\n\
                    خط الدفاع: عمر الصاوي - حسن الجبالي - مصطفى قنديل - إسلام فتحي\n\
                    خط الوسط: أحمد عبد الغفار - محمد السيد حمودة - كريم العراقي\n\
                    خط الهجوم: علي سالم - عبد الله مجدي - مازن الشامي\n\
                    المدير الفني: طارق عبد الستار\n\
                    \n\
                    قراءة فنية\n\
                    \n\
                    وفي قراءته للمباراة خلال المؤتمر الصحفي عقب اللقاء، قال المدير الفني للمصري إن فريقه لعب بتركيز كبير في الشوط الثاني واستحق الفوز.\n\
                    \n\
                    وأضاف أن جماهير بورسعيد تستحق هذه الفرحة، معربا عن أمله في عودة الفريق إلى اللعب على ملعبه في أقرب وقت ممكن.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("قراءة فنية"), Some(Label::Body));
        assert_eq!(label_of("وأضاف أن جماهير"), Some(Label::Body));
    }

    /// A titled fact box between paragraphs, then a question as the next
    /// subheading: one article, its box and subheading in it.
    #[test]
    fn a_titled_fact_box_joins_the_text_around_it() {
        let page = "دليلك الكامل لجائزة السعودية الكبرى للفورمولا 1: المواعيد والحلبة\n\
                    \n\
                    تستضيف حلبة كورنيش جدة خلال الفترة من 18 إلى 20 أبريل الجاري النسخة الخامسة من جائزة السعودية الكبرى، في سباق يترقبه عشاق رياضة المحركات في المنطقة.\n\
                    \n\
                    ويأتي السباق هذا العام في توقيت حساس من الموسم، إذ يعقب مباشرة جائزة البحرين الكبرى، ما يمنح الفرق فرصة لتصحيح أخطائها.\n\
                    \n\
                    بطاقة الحلبة\n\
                    \n\
                    الاسم: حلبة كورنيش جدة\n\
                    الموقع: الواجهة البحرية لمدينة جدة\n\
                    طول اللفة: 6.174 كلم\n\
                    عدد المنعطفات: 27\n\
                    عدد اللفات: 50\n\
                    موعد السباق: 20 أبريل 2025\n\
                    \n\
                    ما الذي يميز حلبة كورنيش جدة؟\n\
                    \n\
                    وتفرض الطبيعة الضيقة للحلبة، مع جدرانها الإسمنتية القريبة، على السائقين تركيزا عاليا طوال السباق، إذ لا تسامح مع أي خطأ مهما كان صغيرا.\n\
                    \n\
                    وتدخل الفرق عطلة نهاية الأسبوع بطموحات مختلفة، بعد أن أظهرت التجارب الشتوية تقاربا كبيرا في الأداء بين أبرز المنافسين على اللقب.\n\
                    \n\
                    وينتظر أن تشهد المدرجات حضورا جماهيريا كبيرا، بعد أن أعلن المنظمون نفاد معظم التذاكر قبل أسبوعين من موعد السباق.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("بطاقة الحلبة"), Some(Label::Body));
        assert_eq!(label_of("ما الذي يميز"), Some(Label::Body));
        // (A `key: date` item of the box is its field, not a stamp that
        // splits the text.)
        assert_eq!(label_of("موعد السباق"), Some(Label::Body));
    }

    #[test]
    fn a_follow_prompt_between_paragraphs_leaves_the_text_whole() {
        let page = "وزارة التعليم تعلن موعد امتحانات نهاية العام في المحافظة\n\
                    \n\
                    أعلنت مديرية التربية والتعليم في المحافظة موعد امتحانات نهاية العام الدراسي، على أن تبدأ في الأسبوع الأول من يونيو وتستمر عشرة أيام.\n\
                    \n\
                    وأوضحت المديرية أن الامتحانات تبدأ في التاسعة صباحا، مع ضرورة حضور الطلاب إلى اللجان قبل موعد بدء الامتحان بنصف ساعة على الأقل.\n\
                    \n\
                    تابع موقع الخبر على جوجل نيوز\n\
                    \n\
                    ومن المقرر أن تعلن النتيجة بعد انتهاء أعمال التصحيح والرصد، عقب اعتمادها من المحافظ، على أن تبدأ الإجازة الصيفية مباشرة بعد ذلك.\n\
                    \n\
                    وكانت الوزارة قد أعلنت أن الامتحانات تعقد على مستوى كل محافظة، وتتولى المديريات وضع الأسئلة وفق المواصفات المعتمدة.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("تابع موقع"), Some(Label::Footer));
        assert_eq!(label_of("ومن المقرر"), Some(Label::Body));
        assert_eq!(label_of("وكانت الوزارة"), Some(Label::Body));
        // (The verb alone opens news sentences.)
        assert_ne!(first_of("تابع الوزير سير العمل في المستشفى الجديد").rule, Rule::FooterFollow);
    }

    #[test]
    fn a_gallery_between_paragraphs_leaves_the_text_whole() {
        let page = "افتتاح الدورة الجديدة لأيام المسرح في مدينة الثقافة بتونس\n\
                    \n\
                    افتتحت مساء السبت الدورة الجديدة لأيام المسرح بحضور عدد كبير من الفنانين والنقاد القادمين من بلدان عربية وإفريقية عديدة.\n\
                    \n\
                    وقال مدير الدورة في كلمته إن المسرح يبقى فضاء للحرية والحوار، وإن هذه الدورة تحتفي بالذاكرة المسرحية في المنطقة.\n\
                    \n\
                    معرض الصور - حفل الافتتاح\n\
                    \n\
                    (1/9)\n\
                    لوحة راقصة خلال حفل الافتتاح\n\
                    \n\
                    (2/9)\n\
                    تكريم وجوه مسرحية تونسية\n\
                    \n\
                    أبرز محطات البرنامج\n\
                    \n\
                    تتوزع العروض على ستة فضاءات داخل مدينة الثقافة وخارجها، وتشمل عروضا في السجون والجهات الداخلية طوال أيام المهرجان.\n\
                    \n\
                    كما يعود هذه السنة قسم المسرح في الجهات، الذي ينقل العروض إلى المدن الداخلية بعد سنوات من الغياب عن البرمجة.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("أبرز محطات"), Some(Label::Body));
        assert_eq!(label_of("تتوزع العروض"), Some(Label::Body));
        assert_eq!(label_of("كما يعود"), Some(Label::Body));
    }

    #[test]
    fn a_list_and_a_gallery_between_paragraphs_leave_the_text_whole() {
        let page = "انطلاق مهرجان غدامس الدولي للسياحة في المدينة القديمة\n\
                    \n\
                    انطلقت في مدينة غدامس فعاليات الدورة الجديدة من مهرجان غدامس الدولي للسياحة، بمشاركة فرق فنية من مدن ليبية عديدة.\n\
                    \n\
                    «غدامس تستقبل ضيوفها من جديد.. جوهرة الصحراء تفتح أبوابها للعالم، ونشكر كل من ساهم في إنجاح هذه التظاهرة»\n\
                    \n\
                    — وزارة السياحة الليبية (@TourismLibya) October 27, 2024\n\
                    \n\
                    عرض المنشور على X\n\
                    \n\
                    ويتضمن برنامج المهرجان الذي يستمر ثلاثة أيام:\n\
                    - سباقات الهجن والخيول في محيط المدينة.\n\
                    - معرضا للصناعات التقليدية والجلود والسعف.\n\
                    \n\
                    1 من 7\n\
                    عرض فلكلوري في ساحة المدينة القديمة\n\
                    \n\
                    2 من 7\n\
                    سيدات غدامسيات يعرضن الحلي التقليدية\n\
                    \n\
                    وقال رئيس اللجنة المنظمة إن المهرجان يهدف إلى تنشيط السياحة الداخلية وإحياء الموروث الثقافي للمدينة القديمة.\n\
                    \n\
                    وأشار إلى أن شركات الطيران خصصت رحلات إضافية إلى المدينة طوال أيام المهرجان لتسهيل وصول الزوار.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("- سباقات"), Some(Label::Body));
        assert_eq!(label_of("وقال رئيس"), Some(Label::Body));
        assert_eq!(label_of("وأشار إلى"), Some(Label::Body));
    }

    #[test]
    fn full_stopped_items_under_a_heading_join_the_text_around_them() {
        let page = "طريقة تنظيف الغسالة من الداخل بمكونات بسيطة\n\
                    \n\
                    يعود السبب غالبا إلى الغسيل المتكرر على درجات حرارة منخفضة، واستخدام كميات زائدة من مسحوق الغسيل والمنعم.\n\
                    \n\
                    إعلان\n\
                    \n\
                    ما تحتاجينه\n\
                    \n\
                    كوبان من الخل الأبيض.\n\
                    نصف كوب من بيكربونات الصوديوم.\n\
                    قطعة قماش من الألياف الدقيقة.\n\
                    \n\
                    اقرأ أيضا: 7 أخطاء شائعة عند استخدام الغسالة تقصر عمرها\n\
                    \n\
                    خطوات التنظيف\n\
                    \n\
                    ابدئي بتشغيل الغسالة فارغة على أعلى درجة حرارة مع كوبين من الخل الأبيض في درج المسحوق، ثم اتركيها تكمل الدورة.\n\
                    \n\
                    بعد ذلك رشي بيكربونات الصوديوم داخل الحوض وشغلي دورة قصيرة ثانية، ثم امسحي الحواف المطاطية بقطعة القماش.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("كوبان من"), Some(Label::Body));
        assert_eq!(label_of("قطعة قماش"), Some(Label::Body));
        assert_eq!(label_of("اقرأ أيضا"), Some(Label::Related));
        assert_eq!(label_of("ابدئي بتشغيل"), Some(Label::Body));
    }

    #[test]
    fn a_fact_box_ending_the_text_keeps_its_dated_item() {
        let page = "المهاجم الشاب يتحدث عن موسمه الأول مع الفريق\n\
                    \n\
                    قال المهاجم الشاب في حوار مطول إن موسمه الأول مع الفريق كان أصعب مما توقع، لكنه تعلم فيه الكثير من زملائه ومن الجهاز الفني.\n\
                    \n\
                    وأضاف أن هدفه في الموسم المقبل هو المنافسة على لقب الهداف، وأنه يعمل يوميا على تحسين لياقته البدنية وسرعته داخل منطقة الجزاء.\n\
                    \n\
                    بطاقة شخصية\n\
                    \n\
                    الاسم: كريم عبد الغفار\n\
                    تاريخ الميلاد: 4 مارس 1999 - بورسعيد\n\
                    المركز: رأس حربة\n\
                    حصيلة الموسم: 19 هدفا في 31 مباراة\n";
        let label_of = labels_of(page);
        // (Its second item is a `key: date` field: it is the box's, as the
        // others are, and does not keep the box out of the text.)
        assert_eq!(label_of("بطاقة شخصية"), Some(Label::Body));
        assert_eq!(label_of("تاريخ الميلاد"), Some(Label::Body));
        assert_eq!(label_of("حصيلة الموسم"), Some(Label::Body));
    }

    #[test]
    fn results_under_a_subheading_end_the_text() {
        // A subheading without a colon over rows of figures (a round's
        // results), then the tags: the rows are the article's table.
        let page = "الكرامة يهزم حطين ويتصدر الدوري\n\
                    \n\
                    حقق فريق الكرامة فوزا مستحقا على ضيفه حطين بهدفين دون رد في المباراة التي جرت مساء أمس على ملعب خالد بن الوليد.\n\
                    \n\
                    وأشاد مدرب الكرامة بالتزام لاعبيه، وقال إن الفريق يسعى إلى الحفاظ على الصدارة حتى نهاية الموسم.\n\
                    \n\
                    نتائج المرحلة\n\
                    \n\
                    الكرامة 2 - 0 حطين\n\
                    \n\
                    الجيش 1 - 1 الوحدة\n\
                    \n\
                    تشرين 3 - 1 الحرية\n\
                    \n\
                    الوسوم: الدوري السوري، الكرامة، حطين\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("نتائج المرحلة"), Some(Label::Body));
        assert_eq!(label_of("الجيش 1 - 1 الوحدة"), Some(Label::Body));
        assert_eq!(label_of("تشرين 3 - 1 الحرية"), Some(Label::Body));
        assert_eq!(label_of("الوسوم"), Some(Label::Navigation));
    }

    #[test]
    fn a_heading_over_the_points_the_text_opens_with_is_body() {
        let page = "خبراء الصندوق يتوصلون إلى اتفاق مع الحكومة بشأن المراجعة الثالثة\n\
                    \n\
                    12 نوفمبر 2024\n\
                    \n\
                    نقاط رئيسية\n\
                    • توصل فريق الخبراء والسلطات إلى اتفاق على مستوى الخبراء بشأن المراجعة الثالثة للبرنامج الذي يدعمه الصندوق.\n\
                    • بعد موافقة المجلس التنفيذي، ستحصل الحكومة على نحو 16 مليون دولار لدعم الميزانية.\n\
                    \n\
                    قام فريق من خبراء الصندوق بزيارة العاصمة خلال الفترة الماضية لإجراء مناقشات حول المراجعة الثالثة للبرنامج الاقتصادي.\n\
                    \n\
                    وفي ختام الزيارة، قالت رئيسة البعثة إن الأداء في ظل البرنامج ظل قويا وإن الإصلاحات تمضي كما هو مخطط لها.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("نقاط رئيسية"), Some(Label::Body));
        assert_eq!(label_of("• توصل"), Some(Label::Body));
    }

    #[test]
    fn a_schedule_joined_by_dashes_joins_the_text_around_it() {
        // Rows `TEAM × TEAM – VENUE – TIME` read as paths; under the
        // paragraph that introduces them, their times make them a schedule.
        let page = "الاتحاد يعلن مواعيد الجولة الأولى من الدوري\n\
                    \n\
                    كشف الاتحاد عن مواعيد مباريات الجولة الأولى من بطولة الدوري للموسم الجديد، والتي تنطلق يوم الخميس المقبل.\n\
                    \n\
                    وجاءت مواجهات الأسبوع الأول على النحو الآتي:\n\
                    \n\
                    مباريات الخميس 31 تموز:\n\
                    الحسين × الأهلي – ستاد الحسن – 8:45 مساءً\n\
                    الفيصلي × السلط – ستاد عمان الدولي – 8:45 مساءً\n\
                    الوحدات × الصريح – ستاد الملك عبدالله – 8:30 مساءً\n\
                    \n\
                    ويفتتح حامل اللقب مشوار الدفاع عن لقبه أمام الأهلي، في مباراة ينتظرها جمهور الفريقين منذ أسابيع.\n\
                    \n\
                    وأوضح الاتحاد أن أسعار تذاكر الجولة الأولى ستبقى كما كانت في الموسم الماضي لتشجيع الجماهير على الحضور.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("الفيصلي × السلط"), Some(Label::Body));
        assert_eq!(label_of("الوحدات × الصريح"), Some(Label::Body));
        assert_eq!(label_of("ويفتتح حامل اللقب"), Some(Label::Body));
    }

    #[test]
    fn a_subheading_between_the_standfirst_and_prose_is_body() {
        // Under the title, the standfirst's paragraphs, a two-word heading,
        // then a sentence that introduces a list: the heading is the text's.
        let page = "الهلال الأحمر يطلق استجابة عاجلة لدعم الأسر النازحة في الشمال\n\
                    \n\
                    أطلق الهلال الأحمر اليوم استجابة إنسانية عاجلة لدعم آلاف الأسر النازحة التي وصلت إلى المخيمات خلال الأيام الماضية.\n\
                    \n\
                    تفاصيل التدخلات\n\
                    \n\
                    وتشمل المرحلة الأولى من الاستجابة ما يلي:\n\
                    - تشغيل عيادة طبية متنقلة تعمل على مدار الساعة\n\
                    - توزيع 3,000 سلة غذائية على الأسر الأشد حاجة\n\
                    - توفير 1,500 حقيبة إيواء تضم البطانيات والنامات\n\
                    - إنشاء 40 مرحاضا و12 نقطة لتوزيع المياه\n\
                    - فحص الأطفال دون سن الخامسة للكشف عن سوء التغذية\n\
                    \n\
                    فريق الهلال الأحمر يوزع السلال الغذائية على الأسر النازحة في المخيم\n\
                    \n\
                    وقال رئيس البعثة إن الفرق الميدانية تعمل منذ الساعات الأولى على تقييم الاحتياجات العاجلة للأسر، وإن المرحلة الثانية ستبدأ الشهر المقبل.\n\
                    \n\
                    وأوضح أن الأولوية في المرحلة الحالية هي للرعاية الصحية الأولية وتوفير المياه النظيفة، خصوصا للأطفال وكبار السن في المخيمات.\n\
                    \n\
                    وأضاف أن التنسيق مع السلطات المحلية والمنظمات الشريكة مستمر لضمان وصول المساعدات إلى جميع المناطق المتضررة في أسرع وقت ممكن.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("تفاصيل التدخلات"), Some(Label::Body));
    }

    #[test]
    fn a_table_joined_under_the_last_paragraph_is_the_texts() {
        let text = "ارتفاع معدل التضخم إلى 0.6% في أكتوبر\n\
                    \n\
                    أظهرت البيانات الصادرة عن المركز الوطني للإحصاء ارتفاع المؤشر العام لأسعار المستهلكين بنسبة 0.6% في أكتوبر مقارنة بالشهر نفسه من العام الماضي، مدفوعا بارتفاع أسعار الأغذية.\n";
        let rows = "المجموعة | التغير السنوي\n\
                    الأغذية والمشروبات | 2.1%+\n\
                    التبغ | 1.8%+\n\
                    النقل | 1.4%-\n";
        // Right under the paragraph, no blank line: the text's table.
        let joined = format!("{text}{rows}");
        let label_of = labels_of(&joined);
        assert_eq!(label_of("التبغ"), Some(Label::Body));
        assert_eq!(label_of("النقل"), Some(Label::Body));
        // A blank line away and introduced by nothing, the rows stand apart
        // (a rates widget's, as far as the page shows).
        let apart = format!("{text}\n{rows}");
        let label_of = labels_of(&apart);
        assert_ne!(label_of("التبغ"), Some(Label::Body));
    }

    #[test]
    fn an_event_credited_under_the_stamps_is_a_caption() {
        // Under the date, right above the text: people placed in an event,
        // then a dash and the credit.
        let page = "استشاري الأمراض الصدرية: موسم الإنفلونزا بدأ مبكرا والتطعيم لا يزال مفيدا\n\
                    \n\
                    نشر: الأحد، 23 نوفمبر 2025 - 02:15 م\n\
                    \n\
                    د. أحمد سامي خلال استضافته في برنامج «صباح الخير يا مصر» - إذاعة 9090\n\
                    \n\
                    مع ارتفاع أعداد المصابين بأعراض البرد والإنفلونزا في الأسابيع الأخيرة، استضافت الإذاعة استشاري الأمراض الصدرية للحديث عن الموسم.\n\
                    \n\
                    وقال إن الموسم بدأ هذا العام مبكرا بعدة أسابيع، وإن التطعيم لا يزال مفيدا لمن لم يحصل عليه حتى الآن.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("د. أحمد سامي"), Some(Label::Caption));
        assert_eq!(label_of("مع ارتفاع"), Some(Label::Body));
    }

    #[test]
    fn an_advertisement_under_a_table_leaves_the_text_whole() {
        // The table under the standfirst, the advertisement's label and its
        // line, then the text goes on: one article, table and all.
        let page = "استقرار الريال في صنعاء وتراجع جديد في عدن.. أسعار الصرف اليوم السبت\n\
                    \n\
                    السبت 3 أغسطس 2024 | 10:15 ص\n\
                    \n\
                    آخر تحديث: السبت 3 أغسطس 2024 | 01:40 م\n\
                    \n\
                    المساء برس - خاص\n\
                    \n\
                    A+ A- طباعة\n\
                    \n\
                    حافظ الريال اليمني على استقراره أمام العملات الأجنبية في العاصمة صنعاء صباح اليوم السبت، بينما واصل تراجعه في مدينة عدن ومناطق سيطرة الحكومة، ليتجاوز سعر الدولار الواحد حاجز 1,890 ريالاً للمرة الأولى منذ مطلع العام.\n\
                    \n\
                    وبحسب مصادر مصرفية تحدثت لـ«المساء برس»، جاءت أسعار الصرف في سوق التداول على النحو الآتي:\n\
                    \n\
                    العملة | صنعاء (شراء) | صنعاء (بيع) | عدن (شراء) | عدن (بيع)\n\
                    الدولار الأمريكي | 529 | 531 | 1,890 | 1,898\n\
                    الريال السعودي | 139.2 | 139.8 | 494 | 497\n\
                    الدرهم الإماراتي | 143.5 | 144.2 | 512 | 516\n\
                    \n\
                    إعلان\n\
                    \n\
                    شركة الأمانة للصرافة والتحويلات - أسرع تحويل إلى كل المحافظات - اتصل على 777000111\n\
                    \n\
                    وأرجع مصرفيون في عدن التراجع المستمر إلى شح المعروض من العملة الصعبة وتوقف صادرات النفط الخام منذ أكتوبر 2022، إضافة إلى تأخر وصول الدفعات الجديدة من الودائع والمنح الخارجية.\n\
                    \n\
                    وفي المقابل، يعزو اقتصاديون الاستقرار النسبي في صنعاء إلى القيود التي يفرضها البنك المركزي هناك على تداول الطبعات الجديدة من العملة وعلى حركة المضاربة.\n\
                    \n\
                    2024 عام صعب على الأسر اليمنية، كما يقول الباحث الاقتصادي عبدالواحد العوبلي، الذي أوضح أن الفارق بين سعري الصرف في المدينتين تجاوز 250% وانعكس مباشرة على أسعار الدقيق والزيت والأدوية.\n\
                    \n\
                    ولفت العوبلي إلى أن آلاف الأسر تعتمد على حوالات المغتربين، وأن كل تراجع في قيمة العملة يلتهم جزءاً كبيراً من هذه الحوالات قبل أن تصل إلى مستحقيها.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("الدولار الأمريكي"), Some(Label::Body));
        assert_eq!(label_of("الريال السعودي"), Some(Label::Body));
        assert_ne!(label_of("شركة الأمانة"), Some(Label::Body));
    }

    #[test]
    fn a_card_of_facts_over_the_text_is_body() {
        // A book's card under the date, right above the review: its items.
        let page = "«ذاكرة الرمل».. رواية القرية التي ابتلعتها الطفرة\n\
                    \n\
                    8 أكتوبر، 2023\n\
                    \n\
                    الكتاب: ذاكرة الرمل (رواية)\n\
                    المؤلف: عبدالله الشمري\n\
                    الناشر: دار أثر للنشر والتوزيع، الدمام\n\
                    عدد الصفحات: 264\n\
                    \n\
                    تنتمي رواية «ذاكرة الرمل» إلى تيار من الكتابة السردية التي تعود إلى القرية لتقرأ فيها تحولات المجتمع خلال نصف قرن.\n\
                    \n\
                    تدور أحداث الرواية في قرية صغيرة على أطراف الصحراء، حيث يراقب الراوي تبدل الناس والبيوت مع وصول الطفرة النفطية.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("المؤلف"), Some(Label::Body));
        assert_eq!(label_of("الناشر"), Some(Label::Body));
        assert_eq!(label_of("عدد الصفحات"), Some(Label::Body));
    }

    #[test]
    fn a_full_stopped_caption_right_over_its_credit_is_a_caption() {
        // Under the date: the caption, its full stop, and its marked credit
        // with no blank line between them.
        let page = "الأمطار تنعش آمال المزارعين بموسم أفضل في الجنوب\n\
                    \n\
                    12 مارس 2025\n\
                    \n\
                    عامل يتفقد أنابيب المياه في محطة ضخ جنوب عمّان.\n\
                    الصورة: خليل المزرعاوي - وكالة الصحافة الفرنسية\n\
                    \n\
                    شهدت المحافظات الجنوبية خلال الأسبوع الماضي هطول أمطار غزيرة أنعشت آمال المزارعين بموسم زراعي أفضل من الموسم الماضي.\n\
                    \n\
                    وقال مسؤولون في وزارة الزراعة إن كميات الأمطار تجاوزت المعدل السنوي في عدد من المناطق للمرة الأولى منذ سنوات.\n\
                    \n\
                    وأضافوا أن الوزارة ستطلق برنامجا لدعم صغار المزارعين بالبذور والأسمدة قبل بداية الموسم المقبل.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("عامل يتفقد"), Some(Label::Caption));
        assert_eq!(label_of("وقال مسؤولون"), Some(Label::Body));
        // A blank line away from the credit, a sentence with its full stop
        // stays the text's.
        let apart = page.replace("عمّان.\n", "عمّان.\n\n");
        assert_eq!(labels_of(&apart)("عامل يتفقد"), Some(Label::Body));
    }

    #[test]
    fn a_sentence_over_a_joined_credit_is_a_caption_anywhere() {
        // A caption that reads as prose, its credit under it with no blank
        // line, at the end of the text.
        let page = "المساعدات تصل إلى مخيمات اللاجئين على الحدود الشرقية\n\
                    \n\
                    وصلت قافلة جديدة من المساعدات الإنسانية إلى مخيمات اللاجئين على الحدود الشرقية، في ظل تزايد أعداد الوافدين منذ مطلع الشهر.\n\
                    \n\
                    وقالت المفوضية إن احتياجات اللاجئين تفوق الموارد المتاحة، ودعت المانحين إلى زيادة تمويل خطة الاستجابة لهذا العام.\n\
                    \n\
                    لاجئات ينتظرن توزيع المساعدات في مخيم أدري الحدودي في شرق تشاد، أبريل 2024.\n\
                    © UNHCR/Colin Delfosse\n\
                    \n\
                    الوسوم: اللاجئون، تشاد، المساعدات\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("لاجئات ينتظرن"), Some(Label::Caption));
        assert_eq!(label_of("وقالت المفوضية"), Some(Label::Body));
    }

    #[test]
    fn a_tag_list_parts_the_text_from_the_prose_under_it() {
        let page = "الأردن يراهن على تحلية مياه البحر لمواجهة العطش\n\
                    \n\
                    يواجه الأردن واحدة من أشد أزمات المياه في العالم، إذ لا تتجاوز حصة الفرد من المياه المتجددة ستين مترا مكعبا في السنة، وهو رقم يقل كثيرا عن خط الفقر المائي.\n\
                    \n\
                    وتعول الحكومة على مشروع الناقل الوطني لتحلية مياه البحر الأحمر في العقبة ونقلها إلى عمان، في مشروع يعد الأكبر في تاريخ البلاد من حيث الكلفة والحجم.\n\
                    \n\
                    ويرى خبراء أن نجاح المشروع يتوقف على خفض الفاقد في الشبكات، الذي يقترب من نصف المياه التي يتم ضخها في المدن والقرى.\n\
                    \n\
                    الأردن\n\
                    المياه\n\
                    تحلية المياه\n\
                    العقبة\n\
                    \n\
                    سلمى الخطيب صحفية أردنية متخصصة في قضايا البيئة والمياه، تكتب لعدد من المنصات العربية والدولية منذ أكثر من عشر سنوات.\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("ويرى خبراء"), Some(Label::Body));
        assert_ne!(label_of("تحلية المياه"), Some(Label::Body));
        assert_ne!(label_of("العقبة"), Some(Label::Body));
    }

    #[test]
    fn a_comment_header_under_the_share_row_opens_the_thread() {
        // (Under `أرسل لصديق`, a header alone reads like a share form's
        // field; the commenter's name and date under it make it the thread's.)
        let page = "الحكومة تدرس خطة جديدة لدعم أسعار الخبز\n\n\
                    قال مسؤولون في وزارة المالية إن الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق المحلية خلال الأشهر المقبلة، بعد ارتفاع كبير في أسعار القمح المستورد.\n\n\
                    وأضاف المسؤولون أن الخطة تشمل توسيع برامج الدعم النقدي للأسر الفقيرة وزيادة المخزون الاستراتيجي من الحبوب، على أن تعرض على البرلمان قبل نهاية العام الحالي.\n\n\
                    نسخة للطباعة\nأرسل لصديق\n\nتعليقات\n\nابن البادية\nالجمعة، ١٧/١٠/٢٠٢٥ - ٠٨:١٥\n\
                    ما شاء الله، كلام في محله والحكومة مطالبة بأن تسرع في تنفيذ هذه الخطة قبل أن ترتفع الأسعار أكثر من ذلك.\nرد\n";
        let label_of = labels_of(page);
        assert_eq!(label_of("تعليقات"), Some(Label::Comments));
        assert_eq!(label_of("ما شاء الله"), Some(Label::Comments));
    }

    /// `page` cleaned once, read by the label of its first line that starts
    /// with a given text.
    fn labels_of(page: &str) -> impl Fn(&str) -> Option<Label> + '_ {
        let article = crate::clean(page);
        move |start| article.lines().find(|l| l.text().starts_with(start)).map(|l| l.label())
    }

    fn first_of(line: &str) -> Decision {
        first_label(&crate::detect::features_of(line), &RuleSet::default())
    }

    /// (line, context-free rule): one row per rule the first pass can give.
    const FIRST: &[(&str, Rule)] = &[
        ("وتتبادل روسيا والولايات المتحدة الاتهامات منذ أيام حول إعاقة تنفيذ الاتفاق.", Rule::TextParagraph),
        ("وقال إن الاجتماع سيعقد غدا.", Rule::TextSentence),
        ("تعليق المحادثات بين واشنطن وموسكو", Rule::TextHeadlineLike),
        ("سياسة", Rule::TextShort),
        ("الثلاثاء، ١٤ نوفمبر ٢٠٢٣", Rule::TimestampLine),
        ("14:32", Rule::TimestampLine),
        ("ما الذي تكتبينه الآن؟", Rule::TextHeadlineLike),
        ("الأكثر قراءة الآن", Rule::RelatedHeader),
        ("منذ ساعتين", Rule::TimestampLine),
        ("— Lula (@LulaOficial) November 18, 2024", Rule::TimestampSignature),
        // A timeline's or a schedule's entry is no stamp.
        ("2025: التشغيل الفعلي للمرحلة الأولى.", Rule::TextHeadlineLike),
        ("6 يناير 2025: انطلاق الفصل الدراسي الثاني.", Rule::TextHeadlineLike),
        ("6 يناير 2025: 10:30", Rule::TimestampLine),
        // Nor is a line that a colon ends: it introduces what follows.
        ("مباريات الجمعة 1 آب:", Rule::TextHeadlineLike),
        ("التعليقات (4)", Rule::CommentsHeader),
        ("42 تعليقاً", Rule::CommentsHeader),
        ("صورة 2 من 8", Rule::NavigationCounter),
        ("Ghadames old town, 27 October 2024 © Libya Alwataniya", Rule::CaptionMarker),
        ("1 من 7", Rule::NavigationCounter),
        ("فاز في 3 من 5 مباريات", Rule::TextHeadlineLike),
        ("الرئيسية » المقالات » مكتبات بلا قراء.. من يعيد الكتاب إلى حياة المصريين؟", Rule::NavigationBreadcrumb),
        // (Dashes join a sentence's clauses, not a path.)
        ("هل تنجح الخطة - كما يقول الوزير - في خفض الأسعار خلال العام المقبل؟", Rule::TextParagraph),
        ("لا توجد تعليقات على الخبر", Rule::CommentsMarker),
        ("البريد الإلكتروني *", Rule::CommentsFormField),
        ("اقرأ أيضا", Rule::RelatedHeader),
        ("إقرأ أيضاً: الحكومة تعلن خطة جديدة", Rule::RelatedInline),
        ("المزيد من اقتصاد", Rule::RelatedHeader),
        ("جميع الحقوق محفوظة © 2024", Rule::FooterCopyright),
        ("حقوق النشر: جميع الحقوق محفوظة لموقع الخبر", Rule::FooterCopyright),
        // A rights phrase that a title states or a line quotes is no rights line.
        ("ياسمينا فؤاد تحسم أزمة «سرقة» أغنيتها الجديدة: الحقوق محفوظة لأصحابها", Rule::TextHeadlineLike),
        ("\"جميع الحقوق محفوظة\": عبارة لا تصنع حقاً", Rule::TextHeadlineLike),
        ("تابعونا على فيسبوك", Rule::FooterFollow),
        ("تابع موقع الخبر على جوجل نيوز", Rule::FooterFollow),
        ("انضم لقناتنا على واتساب لمتابعة آخر الأخبار", Rule::FooterFollow),
        ("شارك", Rule::NavigationMarker),
        ("A+ A- طباعة إرسال لصديق", Rule::NavigationMarker),
        ("طباعة الخبر", Rule::NavigationMarker),
        ("طباعة Email فيسبوك تويتر لينكدين Pin Interest Whats App", Rule::NavigationMarker),
        ("أخبار / سياسة / مصر", Rule::NavigationBreadcrumb),
        ("رياضة / كرة القدم", Rule::NavigationBreadcrumb),
        ("النشرات الجوية / النشرة الجوية اليومية", Rule::NavigationBreadcrumb),
        ("الريال السعودي: 705 شراء | 715 بيع", Rule::TextHeadlineLike),
        ("القاهرة - أ ش أ", Rule::TextHeadlineLike),
        ("«التمييز» تؤيد حبس مسؤول سابق في «الصحة» 7 سنوات", Rule::TextHeadlineLike),
        ("list 2 of 4", Rule::RelatedHeader),
        ("  • 3/5", Rule::NavigationCounter),
        ("AFP Photo/Timothy A. Clary", Rule::CaptionMarker),
        ("© REUTERS / SHOKRY HUSSIEN", Rule::CaptionMarker),
        ("عناصر من الشرطة في موقع الهجوم (رويترز)", Rule::CaptionMarker),
        ("كتبت أسماء نصار", Rule::BylineMarker),
        ("--(بترا)", Rule::BylineMarker),
        ("إعلان", Rule::OtherMarker),
        ("عرض المنشور على X", Rule::OtherMarker),
        ("أضف إلى السلة", Rule::OtherMarker),
        ("https://example.com/a.jpg", Rule::OtherUrl),
        ("0 21", Rule::OtherNoLetters),
        ("34°C", Rule::OtherWidget),
    ];

    #[test]
    fn first_label_table() {
        let wrong: Vec<_> = FIRST
            .iter()
            .map(|(line, want)| (line, want, first_of(line).rule))
            .filter(|(_, want, got)| *want != got)
            .collect();
        assert!(wrong.is_empty(), "(line, expected, got): {wrong:#?}");
    }
}
