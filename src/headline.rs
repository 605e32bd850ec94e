//! Stage 5: pick the headline and find its repeats.
//!
//! A scraped page often prints its title several times: in the `<title>` tag
//! at the top with the site name (`TITLE - SITE`), in a breaking-news ticker
//! (`عاجل TITLE`), quoted, doubled on one line, and in most-read lists. The
//! headline is the title's first clean occurrence in the *header zone*: the
//! lines just above the article's main block, back to the menus or lists
//! that separate it from the top of the page.
//!
//! Candidates are title-like lines of that zone. A candidate that other lines
//! of the page repeat (verbatim, with a few words before or after, or twice on
//! one line) is the title; among the lines of its group, the first in the
//! zone that is not decorated is the headline and all others are
//! duplicates. Without repetition, the zone's first candidate is the title.
//!
//! Comparison is on word forms (folded, punctuation removed), so repeats that
//! differ in quotes, tatweel, diacritics or hamza still match.

use crate::classify::{
    is_caption_above_credit, is_credited_caption, is_gallery_caption, is_headline_like, is_marker, Block, Decision,
};
use crate::detect::{is_paragraph_shape, is_short_label, Features};
use crate::label::{Label, Rule};
use crate::normalize::{words, words_into, FoldedLines};

/// The chosen headline and the lines that repeat it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct HeadlinePick {
    pub(crate) index: Option<usize>,
    /// Sorted line indices of the title's repeats.
    pub(crate) duplicates: Vec<usize>,
}

impl HeadlinePick {
    pub(crate) fn is_duplicate(&self, i: usize) -> bool {
        self.duplicates.binary_search(&i).is_ok()
    }
}

/// How a line relates to a candidate title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Relation {
    Unrelated,
    /// The same words.
    Same,
    /// The title with a few words before or after (site name, `عاجل`, time).
    Decorated,
    /// The title twice on one line.
    Doubled,
}

/// Fewest letters of a title that only its place (right under the date)
/// vouches for.
const MIN_TITLE_LETTERS: u32 = 12;
/// Fewest words of another article's title in a list printed around the
/// title's copy.
const MIN_LISTED_TITLE_WORDS: u32 = 4;
/// Most words a decoration (site name, ticker word, time) may add.
const MAX_DECORATION_WORDS: usize = 6;
/// Most bytes a decoration may add: six long words.
const MAX_DECORATION_BYTES: usize = 6 * 24;
/// How far above the block the header zone may reach, in non-blank lines.
const MAX_ZONE_LINES: usize = 40;
/// A run of this many short lines (menu items) ends the header zone.
const MENU_RUN: usize = 4;

/// How many items joined by `|` make a line a menu.
const MENU_LINE_ITEMS: u32 = 5;
/// A run of this many unrelated title-like lines (a list) ends the zone.
const LIST_RUN: usize = 3;
/// How many lines under a title printed twice (`TITLE TITLE`) at the top of
/// the text its single form may stand.
const MAX_DOUBLED_TITLE_REACH: usize = 4;
/// How many lines from a title its byline or date may stand.
const STAMP_REACH: usize = 3;
/// Words of text a line needs to count as an item of such a list.
const LIST_ITEM_WORDS: u32 = 5;
/// Most words of a kicker above a title.
const MAX_KICKER_WORDS: u32 = 6;
/// Most words of text of a title under its author's name.
const MAX_TITLE_UNDER_NAME_WORDS: u32 = 8;
/// Most words of a kicker that states a circumstance or ends in a colon.
const MAX_LONG_KICKER_WORDS: u32 = 10;
/// Most words of a kicker that ends in a quote.
const MAX_QUOTED_KICKER_WORDS: u32 = 5;
/// Most words of a kicker over a title that gives a speaker's words.
const MAX_SPEAKER_KICKER_WORDS: u32 = 8;
/// How many more words of text the title under a kicker has, at least.
const MIN_TITLE_OVER_KICKER: u32 = 3;
/// Most words of a title under a kicker: a longer line there is the
/// standfirst under a short title (titles run 8 to 16 words; none in the
/// corpus has more than 22).
const MAX_TITLE_UNDER_KICKER_WORDS: u32 = 22;
/// Shortest word form (in bytes) a title may have, so that two-word labels
/// do not pass for titles repeated across the page.
const MIN_TITLE_BYTES: usize = 12;
/// Most words of text of a site's name or tagline at the top of the page.
const MAX_SITE_NAME_WORDS: u32 = 5;
/// Most words of a caption that credits the site (`… - SITE`).
const MAX_SITE_CAPTION_WORDS: u32 = 30;

/// The page's title as its repeats show it: the first line of a scraped page
/// is usually the `<title>` tag (`TITLE - SITE`), which contains the clean
/// title that the page prints again above the article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct TitleGroup {
    /// The title's word form.
    form: String,
    /// Every line that repeats the title, sorted.
    pub(crate) members: Vec<usize>,
}

/// Most words of a title that the block's first line may be.
const MAX_QUOTE_TITLE_WORDS: u32 = 25;

/// How many lines at the top of a page may come before its title tag.
const TOP_LINES: usize = 3;

/// How far above the main block, in non-blank lines, the headline is looked
/// for first among the title's clean repeats.
const HEADLINE_WINDOW: usize = 25;

/// The line that may be the page's `<title>` tag: the first of the top
/// [`TOP_LINES`] with at least `min_words` words of text (a stray symbol or
/// letter may stand above it).
fn title_tag_line(features: &[Features], min_words: u32) -> Option<usize> {
    (0..features.len().min(TOP_LINES)).find(|&i| features[i].text_words >= min_words)
}

/// A short line (see [`is_short_label`]) next to another: an item of a
/// menu.
fn is_menu_item(features: &[Features], i: usize) -> bool {
    let short = |m: usize| features.get(m).is_some_and(is_short_label);
    short(i) && ((i > 0 && short(i - 1)) || short(i + 1))
}

/// Most words of a menu's longer item, printed between two short ones
/// (`أوروبا`, `الشرق الأوسط وشمال أفريقيا`, `البيانات والبحوث`).
const MAX_LONG_MENU_ITEM_WORDS: u32 = 4;

/// A menu's item (see [`is_menu_item`]), or a longer line of a few words
/// without figures printed next to a short one, with another item (of as
/// many words, a number allowed) on its other side.
fn is_among_menu_items(features: &[Features], i: usize) -> bool {
    let short = |m: usize| features.get(m).is_some_and(is_short_label);
    let long_item =
        |m: usize| features.get(m).is_some_and(|g| g.text_words <= MAX_LONG_MENU_ITEM_WORDS && g.words == g.text_words);
    // (Items of four words may follow each other, `أخبار التعليم في
    // المغرب`, then `أخبار التعليم في الجزائر`, next to a short one.)
    // (A neighbour may hold a number: `دوري أبطال آسيا 2`.)
    let item = |m: usize| {
        short(m)
            || features.get(m).is_some_and(|g| {
                g.text_words <= MAX_LONG_MENU_ITEM_WORDS && g.words <= g.text_words + 1 && !g.sentence_end
            })
    };
    is_menu_item(features, i) || (i > 0 && long_item(i) && item(i - 1) && item(i + 1) && (short(i - 1) || short(i + 1)))
}

/// Finds the title group from the page's first line, or `None` when the
/// first line is not repeated (then [`pick`] reads the header zone alone).
pub(crate) fn title_group(features: &[Features], first: &[Decision], folded: &FoldedLines) -> Option<TitleGroup> {
    // The title tag is the first line of text; the fragments of a word or
    // two that may stand before it are skipped until a line of several.
    let top = title_tag_line(features, 3)?;
    let f = &features[top];
    // A title is not prose: a paragraph repeated at the top is a scraping
    // accident, not a title tag.
    // (Nor is an item of the menu the page opens with.)
    if f.text_words < 3
        || f.words > 40
        || f.arabic_ratio() < 0.5
        || is_paragraph_shape(f)
        || is_among_menu_items(features, top)
    {
        return None;
    }
    let top_form = folded.bare_form(top);
    // The longest line the first line contains with a decoration around it,
    // or twice, is the clean title; otherwise the first line is.
    // (Not a menu's item: a tagline, `صحيفة أسبوعية تصدر عن حزب الإرادة
    // الشعبية`, holds the name of a section of the site's menu.)
    let mut contained: Option<&str> = None;
    for (i, g) in features.iter().enumerate().skip(top + 1) {
        if g.text_words < 2 || g.words > 40 || is_menu_item(features, i) {
            continue;
        }
        let form = folded.bare_form(i);
        let holds = matches!(relation(top_form, form), Relation::Decorated | Relation::Doubled);
        if holds && contained.is_none_or(|c| form.len() > c.len()) {
            contained = Some(form);
        }
    }
    // A short first line repeated elsewhere, with nothing of it contained
    // in another line, is more likely the site's name than a title.
    if contained.is_none() && f.text_words < 4 {
        return None;
    }
    let title = contained.unwrap_or(top_form);
    // Two words the first line contains are a site's name more often than
    // a title (`القاهرة - العرب اليوم`).
    if title.split(' ').count() < 3 {
        return None;
    }
    let members: Vec<usize> = (0..features.len())
        .filter(|&i| !features[i].thread_header && relation(folded.bare_form(i), title) != Relation::Unrelated)
        .collect();
    // A first line repeated in the copyright or footer is the site's name,
    // not a title.
    if members.len() < 2 || members.iter().any(|&i| first[i].label == Label::Footer) {
        return None;
    }
    Some(TitleGroup { form: title.to_string(), members })
}

/// The lines that name the site, by line index (ascending).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct SiteLines {
    /// The site's name alone on its line.
    pub(crate) alone: Vec<usize>,
    /// A short line that ends in a dash and the site's name (`… - رصيف22`):
    /// a caption the site credits to itself.
    pub(crate) credits: Vec<usize>,
}

/// The lines that name the site, found from the first line: the words the
/// `<title>` tag adds to the title (`TITLE - SITE`), or a short first line
/// that stands again alone or in the copyright.
pub(crate) fn site_name_lines(
    features: &[Features],
    first: &[Decision],
    folded: &FoldedLines,
    group: Option<&TitleGroup>,
) -> SiteLines {
    match site_name(features, first, folded, group) {
        Some(site) => {
            let alone = (1..features.len()).filter(|&i| folded.bare_form(i) == site).collect();
            let credits = (1..features.len()).filter(|&i| is_site_credit(&features[i], folded, i, &site)).collect();
            SiteLines { alone, credits }
        }
        None => SiteLines::default(),
    }
}

/// True when line `i` is a caption that ends in ` - SITE` or `/ SITE`: words
/// before the mark, no full stop, a caption's length.
fn is_site_credit(f: &Features, folded: &FoldedLines, i: usize, site: &str) -> bool {
    let form = folded.bare_form(i);
    let Some(before) = form.strip_suffix(site) else { return false };
    before.ends_with(' ')
        && !f.full_stop
        && f.words <= MAX_SITE_CAPTION_WORDS
        && f.words > site.split(' ').count() as u32 + 2
        && {
            // The name follows the last dash (`… - رصيف22`) or slash
            // (`…/ عربي بوست`).
            let text = folded.text(i).trim_end();
            text.rfind(['-', '/']).is_some_and(|at| words(&text[at + 1..]) == site)
        }
}

/// The site's name as a word form, if the page shows it.
fn site_name(
    features: &[Features],
    first: &[Decision],
    folded: &FoldedLines,
    group: Option<&TitleGroup>,
) -> Option<String> {
    if features.is_empty() {
        return None;
    }
    let top = folded.bare_form(0);
    let site: String = match group {
        Some(g) if g.form != top => match find_words(top, &g.form) {
            Some(at) => {
                let before = top[..at].trim();
                let after = top[at + g.form.len()..].trim();
                // The site is the decoration after the title, else before it.
                let site = if after.is_empty() { before } else { after };
                site.to_string()
            }
            None => return None,
        },
        Some(_) => return None,
        None => {
            let f = &features[0];
            let named_again = (1..features.len()).any(|i| {
                let form = folded.bare_form(i);
                form == top || (first[i].label == Label::Footer && find_words(form, top).is_some())
            });
            if (1..=4).contains(&f.text_words) && !is_paragraph_shape(f) && named_again {
                top.to_string()
            } else {
                return None;
            }
        }
    };
    let words = site.split(' ').filter(|w| !w.is_empty()).count();
    (site.len() >= 4 && words <= 5).then_some(site)
}

/// Picks the headline, when the page has a main block.
pub(crate) fn pick(
    features: &[Features],
    first: &[Decision],
    folded: &FoldedLines,
    block: Option<Block>,
    group: Option<&TitleGroup>,
    on: bool,
) -> HeadlinePick {
    // A page without a body has no article, so no headline either: a title
    // over nothing is a listing page or a broken scrape.
    if !on || block.is_none() {
        return HeadlinePick::default();
    }
    let pick = group
        .and_then(|group| pick_from_group(features, first, folded, block, group))
        .unwrap_or_else(|| pick_from_zone(features, first, folded, block));
    // A title cut short (`زوعا تطالب بتثبيت مخصصات التعليم...`, in a
    // breadcrumb or a teaser) stands for the whole one printed under it.
    // So does a title in quotes for its clean copy right under it (quotes
    // added make a copy, ANNOTATION.md says).
    match pick
        .index
        .and_then(|i| whole_of_cut(features, folded, block, i).or_else(|| unquoted_under(features, folded, i)))
    {
        Some(whole) => pick_line(features, folded, block, whole),
        None => pick,
    }
}

/// The line right under `quoted`, when `quoted` is one quotation
/// (`"TITLE"`) and that line is the same title without the quotes.
fn unquoted_under(features: &[Features], folded: &FoldedLines, quoted: usize) -> Option<usize> {
    let under = quoted + 1;
    (features[quoted].quoted
        && features.get(under).is_some_and(|f| !f.quoted && !f.opens_quote)
        && folded.bare_form(under) == folded.bare_form(quoted))
    .then_some(under)
}

/// The line under `cut`, down to the top of the text, that prints in full
/// the title `cut` ends with an ellipsis: its words, then more.
fn whole_of_cut(features: &[Features], folded: &FoldedLines, block: Option<Block>, cut: usize) -> Option<usize> {
    let text = folded.text(cut).trim_end();
    if !(text.ends_with("...") || text.ends_with('…')) {
        return None;
    }
    let form = folded.bare_form(cut);
    let last = block.map_or(cut + MAX_ZONE_LINES, |b| b.start.max(cut)).min(features.len().saturating_sub(1));
    (cut + 1..=last).find(|&j| {
        let whole = folded.bare_form(j);
        whole.len() > form.len()
            && find_words(whole, form) == Some(0)
            && is_title_shaped(&features[j], MAX_QUOTE_TITLE_WORDS)
    })
}

/// The headline among the title's clean repeats above the block: the first
/// within [`HEADLINE_WINDOW`] lines of it, else the nearest.
fn pick_from_group(
    features: &[Features],
    first: &[Decision],
    folded: &FoldedLines,
    block: Option<Block>,
    group: &TitleGroup,
) -> Option<HeadlinePick> {
    let end = block.map_or(features.len(), |b| b.start);
    let clean: Vec<usize> = group
        .members
        .iter()
        .copied()
        .filter(|&i| i < end && relation(folded.bare_form(i), &group.form) == Relation::Same)
        // Only a line read as text can be the headline: a repeated byline,
        // menu item or marker line is not a title.
        // (A long title that ends in its quote, `… عبر «البطاقة
        // الإلكترونية»`, reads as prose: text too.)
        .filter(|&i| {
            matches!(first[i].rule, Rule::TextHeadlineLike | Rule::TextSentence | Rule::TextShort)
                || (first[i].rule == Rule::TextParagraph && is_title_shaped(&features[i], MAX_QUOTE_TITLE_WORDS))
        })
        .collect();
    // The title among a ticker's items is a copy, and so is the title among
    // the items listed under a related header (`شريط الأخبار`, then `•
    // TITLE`): the headline is the clean copy outside them, when there is
    // one.
    // (With one clean copy there is no other to prefer: the lists are not
    // read.)
    let clean = if clean.len() < 2 {
        clean
    } else {
        let listed = related_items(features, first, 0..end);
        let outside_lists: Vec<usize> = clean
            .iter()
            .copied()
            .filter(|&i| !is_ticker_item(features, first, i) && listed.binary_search(&i).is_err())
            .collect();
        if outside_lists.is_empty() {
            clean
        } else {
            outside_lists
        }
    };
    // A first line that is only repeated after the article (`SITE -
    // TAGLINE` over the copyright) is the site's name or tagline: a title
    // is printed again above the text, or it stands alone.
    // (The members are sorted: the others are the ones after the first.)
    if let ([only], [top, others @ ..]) = (&clean[..], &group.members[..]) {
        if only == top && !others.is_empty() && others.iter().all(|&m| is_after_text(block, m)) {
            return None;
        }
    }
    let last = *clean.last()?;
    let window_start = nth_line_above(end, HEADLINE_WINDOW);
    let index = clean.iter().copied().find(|&i| i >= window_start).unwrap_or(last);
    let duplicates = group.members.iter().copied().filter(|&m| m != index).collect();
    Some(HeadlinePick { index: Some(index), duplicates })
}

/// True when line `m` stands after the article's main block.
fn is_after_text(block: Option<Block>, m: usize) -> bool {
    block.is_some_and(|b| m > b.end)
}

/// The index of the `n`th line above `end` (or 0).
fn nth_line_above(end: usize, n: usize) -> usize {
    end.saturating_sub(n)
}

/// Without a repeated first line: the best candidate of the header zone.
fn pick_from_zone(
    features: &[Features],
    first: &[Decision],
    folded: &FoldedLines,
    block: Option<Block>,
) -> HeadlinePick {
    let end = block.map_or(features.len().min(MAX_ZONE_LINES * 2), |b| b.start);
    let zone = header_zone(features, first, folded, end);
    // A title that asks or exclaims (`… ماذا نعرف عنها؟`) reads as prose,
    // and is a candidate too; a line right above a photo's credit
    // (`أرشيفية`, or any credit printed with no blank line between,
    // `حقوق النشر AP Photo/…`) is its caption.
    let above_credit = |i: usize| {
        first
            .get(i + 1)
            .is_some_and(|d| d.rule == Rule::CaptionMarker && (features[i + 1].words <= 2 || features[i + 1].joined))
    };
    // Rows of cells joined by `|` (`الدولار الأمريكي: 2,650 شراء | 2,690
    // بيع`), and the line right over two of them, are a table or a rates
    // widget and its title.
    let row = |j: usize| features.get(j).is_some_and(|f| f.pipes > 0) && !is_marker(&first[j]);
    let in_table = |i: usize| (row(i) && (row(i + 1) || (i > 0 && row(i - 1)))) || (row(i + 1) && row(i + 2));
    let listed = related_items(features, first, zone.iter().copied());
    // A line that opens with an occupation right under a person's name is
    // the author's note of an author box over the title (`ماجد العنزي`,
    // then `كاتب وناقد مسرحي سعودي، عضو سابق في …`).
    let author_note = |i: usize| features[i].occupation && i > 0 && features[i - 1].name_shaped();
    let mut candidates: Vec<usize> = zone
        .iter()
        .copied()
        .filter(|&i| is_candidate(&features[i], &first[i], folded, i) || is_asking_title(&features[i], &first[i]))
        .filter(|&i| {
            !above_credit(i) && !is_gallery_caption(first, i) && !listed.contains(&i) && !in_table(i) && !author_note(i)
        })
        .collect();
    // A name of two to four words right over the date is the article's
    // byline printed without its word (`سلمى عبد الحميد`, then `12 مايو،
    // 2024`): under a title, not one.
    let unmarked_byline =
        |i: usize| features[i].name_shaped() && first.get(i + 1).is_some_and(|d| d.label == Label::Timestamp);
    if let Some(&top) = candidates.first() {
        candidates.retain(|&i| i == top || !unmarked_byline(i));
    }
    if candidates.is_empty() {
        // Two-word titles exist, but two-word lines are mostly section labels:
        // they are taken only when the zone has no longer candidate.
        candidates = zone.iter().copied().filter(|&i| is_short_candidate(&features[i], &first[i], folded, i)).collect();
    }
    if candidates.is_empty() {
        candidates = stamped_title_above_row(features, first, folded, zone.first().copied().unwrap_or(end))
            .into_iter()
            .collect();
    }
    // A long title reads as prose and may open the block; printed twice
    // there (`TITLE TITLE`, then `TITLE`), it is the title all the same.
    let stamps_end = stamps_end(first, end);
    if let Some(title) = block.and_then(|b| title_twice_at_top(features, first, folded, b)) {
        candidates.push(title);
    }
    if candidates.is_empty() {
        return untitled_pick(features, first, folded, block, &zone);
    }
    // The best-ranked candidate is the title (see `Rank`); the first wins a
    // tie, but for a kicker's.
    let mut best: Option<(Rank, usize)> = None;
    for &c in &candidates {
        let rank = rank(features, first, folded, block, stamps_end, c);
        // A kicker (a few words written above the title, no question or
        // quote: that is a short title) ties with the title right under it:
        // the clearly longer line under it, in words and in letters, is the
        // title. Only in a header block with its byline or date: in the
        // cleaned text (title, then standfirst) the first line stays the
        // title. (Or under a kicker that states a circumstance, `رغم شح
        // المياه …`, `بعد …`: its words say so with or without stamps.)
        // So does an author's name printed over the title: two or three
        // words without a function word, over a title with one.
        let under_kicker = best.is_some_and(|(best_rank, b)| {
            rank == best_rank
                && (rank.stamped || features[b].circumstance)
                && b + 1 == c
                && (is_kicker_over(features, folded, b, c) || is_name_over(features, b, c))
        });
        if best.is_none_or(|(best_rank, _)| rank > best_rank) || under_kicker {
            best = Some((rank, c));
        }
    }
    // A kicker right over a title long enough to read as prose, which so
    // opens the text (`بعد تتويجهم في إسطنبول`, then `تلاميذ من صفاقس …:
    // "حلمنا …"`; `مرضى بلا تغطية`, then `عائلات في مخيم … تبيع أثاثها …`):
    // that line is the title. (A standfirst under a short title ends in a
    // full stop, or is too long for a title.)
    if let Some((_, kicker)) = best {
        if let Some(t) = block.map(|b| b.start).filter(|&t| t == kicker + 1) {
            let titled =
                is_title_shaped(&features[t], MAX_QUOTE_TITLE_WORDS) && is_kicker_over(features, folded, kicker, t);
            if titled {
                return pick_line(features, folded, block, t);
            }
        }
    }
    let plain = best.is_some_and(|(rank, _)| rank.plain);
    let stamped = best.is_some_and(|(rank, _)| rank.stamped);
    let best_rank = best.map(|(rank, _)| rank);
    let best = best.map(|(rank, c)| (rank.support, c));
    let (support, chosen) = best.unwrap_or((0, candidates[0]));
    if support == 0 && block.is_none() {
        return HeadlinePick::default();
    }
    // A ticker or a name that nothing repeats is the title only when no
    // prose-shaped title stands above or at the top of the text.
    if support == 0 && !plain {
        if let Some(title) = prose_title(features, first, block, &zone) {
            return pick_line(features, folded, block, title);
        }
    }
    // A breadcrumb stands over the title: a line above it that nothing
    // repeats, ranked no higher than a title-shaped candidate under it, is
    // the site's furniture (a country and language switch, a menu's last
    // item, a menu run together on one line): `الرئيسية / غرفة الأخبار`,
    // `أخبار الشركة`, then `TITLE` and its date.
    if support == 0 {
        // (A path of sections, joined by `/`, `>` or `»`: not a row of
        // controls, share links or a byline joined by `|`, nor one with a
        // colon, `مشاركة: فيسبوك …`, a dateline's dash or a gallery's
        // counter, `1 / 6`.)
        let path = |m: usize| {
            let f = &features[m];
            first[m].label == Label::Navigation
                && f.separators > f.pipes + f.dashes
                && !f.counter
                && f.social_words == 0
                && !folded.text(m).contains(':')
        };
        let chosen_rank = best_rank.unwrap_or_else(|| rank(features, first, folded, block, stamps_end, chosen));
        let under_path = candidates.iter().copied().filter(|&c| c > chosen).find_map(|c| {
            let shaped = (chosen + 1..c).any(path)
                && is_title_shaped(&features[c], MAX_QUOTE_TITLE_WORDS)
                && is_headline_like(&features[c])
                && features[c].letters >= MIN_TITLE_LETTERS;
            // (The rank last: it reads the whole page.)
            shaped.then(|| (c, rank(features, first, folded, block, stamps_end, c))).filter(|&(_, r)| r >= chosen_rank)
        });
        if let Some((line, line_rank)) = under_path {
            // (That line may be a kicker over the title, which wins as the
            // ranking above lets it: `الرئيسية » الأخبار`, `ثلاثية في
            // «الباهية»`, then `TITLE` and its date.)
            let under_kicker = Some(line + 1).filter(|&t| {
                candidates.contains(&t)
                    && line_rank.stamped
                    && is_kicker_over(features, folded, line, t)
                    && rank(features, first, folded, block, stamps_end, t) == line_rank
            });
            return pick_line(features, folded, block, under_kicker.unwrap_or(line));
        }
    }
    // A line that nothing repeats or stamps in the zone, under a page whose
    // first line is a title with its date or byline right under it (the
    // title block printed above the menu: `TITLE`, `نُشر: 2024-01-21
    // 21:15`, `حوار: NAME`), is a caption or a label: the top line is the
    // title.
    if support == 0 && !stamped {
        let top = title_tag_line(features, 3).filter(|&t| {
            t < zone.first().copied().unwrap_or(end)
                && is_candidate(&features[t], &first[t], folded, t)
                && stamp_under(first, t, t + 1 + STAMP_REACH)
        });
        if let Some(top) = top {
            return pick_line(features, folded, block, top);
        }
    }
    // A label that nothing repeats or stamps, over a title that asks (or
    // quotes its speaker, `NAME: "…"`) and reads as prose at the top of the
    // text, with the byline or date under it or under its standfirst
    // (`قراءة في الأرقام`, then `قناة السويس …: كم خسرت مصر …؟`).
    if support == 0 && !stamped {
        if let Some(b) = block.filter(|b| b.end > b.start) {
            let t = b.start;
            let asks = (features[t].soft_end || features[t].quote_title)
                && is_title_shaped(&features[t], MAX_QUOTE_TITLE_WORDS);
            // (The title opens the block: its date may follow the
            // standfirst, the block's second paragraph.)
            let limit = self::stamps_end(first, t + 1);
            let stamped_top = stamp_under(first, t, limit)
                || (first.get(t + 1).is_some_and(is_text) && stamp_under(first, t + 1, limit));
            if asks && stamped_top {
                return pick_line(features, folded, block, t);
            }
        }
    }
    // A kicker that introduces the speaker (`… لـ"يمن مونيتور":`) over a
    // title long enough to read as prose, at the top of the text.
    if support == 0 {
        if let Some(title) = block.and_then(|b| title_under_introduction(features, chosen, b)) {
            return pick_line(features, folded, block, title);
        }
    }
    // A candidate that is another printed twice (`TITLE TITLE`) stands for
    // that other one: the single form is the title.
    let doubled_of = |i: usize| relation(folded.bare_form(chosen), folded.bare_form(i)) == Relation::Doubled;
    let single = candidates.iter().copied().find(|&c| doubled_of(c)).or_else(|| {
        // (Or the single form a few lines under it, past the date that
        // ends the zone: `TITLETITLE`, the date, `TITLE`, the text.)
        (chosen + 1..end.min(chosen + 1 + MAX_DOUBLED_TITLE_REACH)).find(|&i| is_text(&first[i]) && doubled_of(i))
    });
    let title = folded.bare_form(single.unwrap_or(chosen)).to_string();
    // The headline: the first undecorated member of the group in the zone,
    // but for a copy among a ticker's items, or among other titles printed
    // together (a ticker without its word), when another copy stands apart.
    // (Verbatim copies above the zone count too: the first clean one is the
    // headline, the title tag at the page's top or the thread's title over
    // its first post.)
    // (Not one listed under a related header there; the list is in page
    // order, so it is searched, not scanned, on a page of a million lines.)
    let above = 0..zone.first().copied().unwrap_or(chosen);
    let listed_above = related_items(features, first, above.clone());
    let copies: Vec<usize> = above
        .filter(|i| listed_above.binary_search(i).is_err())
        .chain(zone.iter().copied())
        .filter(|&i| {
            relation(folded.bare_form(i), &title) == Relation::Same
                && (is_candidate(&features[i], &first[i], folded, i)
                    || is_short_candidate(&features[i], &first[i], folded, i))
                && (i == chosen || !is_ticker_item(features, first, i))
        })
        .collect();
    let other_title = |j: usize| {
        features.get(j).is_some_and(|f| f.text_words >= MIN_LISTED_TITLE_WORDS)
            && matches!(first[j].rule, Rule::TextHeadlineLike | Rule::TextSentence)
            && !copies.contains(&j)
    };
    let listed = |i: usize| i > 0 && other_title(i - 1) && other_title(i + 1);
    let index = copies.iter().copied().find(|&i| !listed(i)).or(copies.first().copied()).unwrap_or(chosen);
    HeadlinePick { index: Some(index), duplicates: repeats_of(features, folded, block, index, &title) }
}

/// Of `lines` (in page order: the zone, or the lines above it), those
/// listed under a related header (`الأكثر قراءة الآن`): the title-like
/// lines right under it, with their dates and counters, up to the first
/// line of another kind. They are other articles' titles. The header and
/// the list's first items may stand above the first line given.
fn related_items(features: &[Features], first: &[Decision], lines: impl IntoIterator<Item = usize>) -> Vec<usize> {
    let item =
        |i: usize| matches!(first[i].rule, Rule::TextHeadlineLike | Rule::TextSentence) && features[i].text_words >= 3;
    let in_list = |i: usize| item(i) || first[i].label == Label::Timestamp || features[i].text_words == 0;
    let mut lines = lines.into_iter().peekable();
    let mut open = lines.peek().is_some_and(|&z| {
        (z.saturating_sub(MAX_ZONE_LINES)..z)
            .rev()
            .find(|&j| !in_list(j))
            .is_some_and(|j| first[j].rule == Rule::RelatedHeader)
    });
    let mut items = Vec::new();
    for i in lines {
        if first[i].rule == Rule::RelatedHeader {
            open = true;
        } else if open && item(i) {
            items.push(i);
        } else if !(open && in_list(i)) {
            open = false;
        }
    }
    items
}

/// How a header-zone candidate ranks as the title; compared field by field,
/// the greater wins and the first candidate wins ties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    /// A line above repeats it (the title tag, a breadcrumb, a ticker): an
    /// author's name repeats below, in the signature and the author box.
    repeated_above: bool,
    /// How many other lines repeat it.
    support: usize,
    /// The article's byline or date stands next to it (the header block:
    /// title, standfirst, byline, date).
    stamped: bool,
    /// Neither a person's name (an opinion page prints its author above the
    /// title), nor a breaking-news ticker item, nor the site's name.
    plain: bool,
}

fn rank(
    features: &[Features],
    first: &[Decision],
    folded: &FoldedLines,
    block: Option<Block>,
    stamps_end: usize,
    c: usize,
) -> Rank {
    let title = folded.bare_form(c);
    // A line printed twice or more in a row is a scraping accident more
    // often than a title's repeat: its copies in the run do not count, and a
    // neighbour that adds to it counts only above it (a breadcrumb that ends
    // in the title; a decorated copy right under a line is a teaser's).
    let same = |m: usize| folded.bare_form(m) == title;
    let run_start = (0..c).rev().take_while(|&m| same(m)).last().unwrap_or(c);
    let run_end = (c + 1..features.len()).take_while(|&m| same(m)).last().unwrap_or(c);
    // The article's own text does not vouch for a title: a line inside the
    // main block that repeats a candidate is a copy of its standfirst, not
    // the page furniture (title tag, breadcrumb, lists, the image's alt text
    // that may open the block) that repeats titles.
    let in_text = |m: usize| block.is_some_and(|b| m > b.start && m <= b.end);
    // A person's name (`د. سامي …`) is printed with more words on an
    // opinion page's title (`د. سامي … يكتب: TITLE`) and its byline: only
    // its own copies repeat it.
    let person = features[c].name;
    // A copy among a menu's items is a section's name in the menu: the
    // section label over a title repeats there, as a title does not.
    // A table of contents lists the text's subheadings, not its title.
    let repeats = || {
        (0..features.len()).filter(move |&m| !in_text(m) && !features[m].contents).filter(move |&m| {
            match relation(folded.bare_form(m), title) {
                Relation::Unrelated => false,
                Relation::Same => (m < run_start || m > run_end) && !is_among_menu_items(features, m),
                _ => !person && m != c && m != c + 1,
            }
        })
    };
    // A breadcrumb ends in the section as often as in the title: for a
    // label of a few words it is support, not a copy above that marks the
    // title (`الرئيسية » الرباط يا حسرة` over `الرباط يا حسرة`).
    // A few words printed again as an item of the menu above are the
    // section's name over the title (`الهجرة إلى كندا`), which the
    // breadcrumb ends with too.
    let menu_section = features[c].text_words <= MAX_LONG_MENU_ITEM_WORDS
        && (0..c).any(|m| is_among_menu_items(features, m) && relation(folded.bare_form(m), title) == Relation::Same);
    let section_shaped = features[c].text_words <= 3 || menu_section;
    // (Any navigation line with separators: a breadcrumb, or a menu on one
    // line; the breadcrumb rule of `pick` reads a stricter path.)
    let breadcrumb = |m: usize| first[m].label == Label::Navigation && features[m].separators > 0;
    let marks_above = |m: usize| m < c && !(section_shaped && breadcrumb(m));
    // The byline or date stands under the title on most sites, above it on
    // blogs (the post's date header); it may come after the standfirst,
    // which opens the main block, and a title shares the stamp of the text
    // line right under it (once: the line above a title does not share it).
    // (Above it, a date: a byline over a line credits the title above it,
    // `حاورتها: NAME` over the interviewee's portrait caption.)
    let stamped = (c.saturating_sub(STAMP_REACH)..c).any(|j| first[j].label == Label::Timestamp)
        || stamp_under(first, c, stamps_end)
        || (first.get(c + 1).is_some_and(is_text) && stamp_under(first, c + 1, stamps_end));
    let ticker = is_ticker_item(features, first, c);
    // A name repeats below, in the author box: a line of two or three
    // words, or one with a title of address (`د. سلمى …`), gets support
    // only from above.
    let name_shaped = features[c].name || (features[c].text_words <= 3 && features[c].stopwords == 0);
    // A few words repeated only after the article's text (in the footer:
    // `وكالة نون الخبرية - …`) are the site's name or tagline.
    let site_shaped = features[c].text_words <= MAX_SITE_NAME_WORDS
        && repeats().next().is_some()
        && repeats().all(|m| is_after_text(block, m));
    // So is the site's name and its tagline joined by a dash (`الوحدة انفو
    // - أخبار تشاد`), where the name stands alone on a line above.
    let name_and_tagline = features[c].dashes == 1
        && features[c].text_words <= MAX_SITE_NAME_WORDS
        && folded.text(c).split_once(" - ").is_some_and(|(a, b)| {
            // (Both halves are folded already: only their word forms.)
            let form = |t: &str| {
                let mut out = String::new();
                words_into(t, &mut out);
                out
            };
            let (a, b) = (form(a), form(b));
            (0..c).any(|m| {
                let line = folded.bare_form(m);
                line.contains(' ') && (line == a || line == b)
            })
        });
    Rank {
        repeated_above: repeats().any(marks_above),
        // (The site's name gets no support from the footer that shows it
        // to be the site's.)
        // (Nor does a section's name that the menu shows to be one: the
        // breadcrumb and other articles' titles hold it too.)
        // (Nor does a ticker's item from the list of other articles that
        // repeats it.)
        support: if site_shaped || menu_section || ticker {
            0
        } else {
            repeats().filter(|&m| m < c || !name_shaped).count()
        },
        stamped,
        plain: !features[c].name && !ticker && !site_shaped && !name_and_tagline && !menu_section,
    }
}

/// A breaking-news ticker item: its line starts with `عاجل`, or stands in
/// the list of titles and times under a `عاجل` label of its own.
fn is_ticker_item(features: &[Features], first: &[Decision], c: usize) -> bool {
    features[c].ticker
        || (c.saturating_sub(MAX_ZONE_LINES)..c)
            .rev()
            .take_while(|&j| {
                features[j].ticker
                    || first[j].label == Label::Timestamp
                    || matches!(first[j].rule, Rule::TextHeadlineLike | Rule::TextSentence)
            })
            .any(|j| features[j].ticker && features[j].text_words == 1)
}

/// The block's first two lines when they are one title printed twice
/// (`TITLE TITLE` or `TITLE`, then `TITLE`): the single one. The doubled
/// line may stand a few lines above the single one, over a ticker item and
/// the date (`TITLE TITLE`, `عاجل | …`, the date, `TITLE`).
fn title_twice_at_top(features: &[Features], first: &[Decision], folded: &FoldedLines, b: Block) -> Option<usize> {
    let one = b.start;
    let title_shaped = |i: usize| {
        matches!(first[i].rule, Rule::TextParagraph | Rule::TextSentence | Rule::TextHeadlineLike)
            && is_title_shaped(&features[i], 2 * MAX_QUOTE_TITLE_WORDS)
    };
    if b.start + 1 > b.end || !title_shaped(one) {
        return None;
    }
    let top = folded.bare_form(one);
    let two = b.start + 1;
    if title_shaped(two) {
        let next = folded.bare_form(two);
        match (relation(top, next), relation(next, top)) {
            (Relation::Same, _) | (_, Relation::Doubled) => return Some(one),
            (Relation::Doubled, _) => return Some(two),
            _ => {}
        }
    }
    (two + 1..=b.end.min(b.start + MAX_DOUBLED_TITLE_REACH))
        .find(|&i| title_shaped(i) && relation(top, folded.bare_form(i)) == Relation::Doubled)
}

/// The main block once the headline is known: a title printed twice at the
/// top of the block (read as prose for its length) is not the text, which
/// starts at the first sentence under it; nor is the title's copy that ends
/// the block (printed again over the related list, read as prose), where the
/// text ends at the last sentence above it.
pub(crate) fn block_under_title(block: Option<Block>, pick: &HeadlinePick, first: &[Decision]) -> Option<Block> {
    let (Some(b), Some(h)) = (block, pick.index) else { return block };
    let prose = |i: usize| matches!(first[i].rule, Rule::TextParagraph | Rule::TextSentence);
    let mut b = b;
    if h < b.end && b.end > b.start && pick.duplicates.contains(&b.end) {
        if let Some(end) = (b.start.max(h + 1)..b.end).rev().find(|&i| prose(i)) {
            b.end = end;
        }
    }
    // Only where the block opens with the title's copy (`TITLE TITLE`, then
    // `TITLE`): a title alone at the top of the text keeps the lines under
    // it (a standfirst) in the text.
    if h < b.start || h >= b.end || !pick.duplicates.iter().any(|&d| (b.start..h).contains(&d)) {
        return Some(b);
    }
    let start = (h + 1..=b.end).find(|&i| prose(i));
    Some(start.map_or(b, |start| Block { start, end: b.end }))
}

/// Where a title's byline or date may stand at the latest: up to the
/// block's second paragraph (`start` is the block's first line), as it may
/// follow the standfirst that opens the block, but no further into the text.
fn stamps_end(first: &[Decision], start: usize) -> usize {
    (start + 1..first.len()).find(|&j| first[j].rule == Rule::TextParagraph).unwrap_or(first.len())
}

/// The lines other than the headline `index` that repeat `title` (a word
/// form): decorated, doubled, or, where the headline is the title printed
/// twice, the title once. A paragraph of the main block is never one.
fn repeats_of(
    features: &[Features],
    folded: &FoldedLines,
    block: Option<Block>,
    index: usize,
    title: &str,
) -> Vec<usize> {
    // A comment thread's header names the post it answers (`تعليقان على
    // “TITLE”`): the comments', not a copy of the title.
    (0..features.len())
        .filter(|&m| m != index && !features[m].thread_header)
        .filter(|&m| block.is_none_or(|b| m < b.start || m > b.end || features[m].words <= 40))
        .filter(|&m| {
            let form = folded.bare_form(m);
            relation(form, title) != Relation::Unrelated || relation(title, form) == Relation::Doubled
        })
        .collect()
}

/// A title above a row of short links that ended the header zone: the
/// article's own row of languages, share links or topics may stand between
/// its title block (title, standfirst, byline, date) and its text. The
/// title is taken over the row only when its byline or date follows it, as
/// under a title and not under a site's menu.
fn stamped_title_above_row(
    features: &[Features],
    first: &[Decision],
    folded: &FoldedLines,
    top: usize,
) -> Option<usize> {
    // The row, with the dates and bylines of the title block under it.
    let resume = (0..top).rev().find(|&i| features[i].text_words > 3 && !is_marker(&first[i]))?;
    let zone = header_zone(features, first, folded, resume + 1);
    let is_title = |c: usize| is_candidate(&features[c], &first[c], folded, c);
    let stamped = zone.iter().rev().copied().find(|&c| is_title(c) && stamp_under(first, c, top))?;
    // The stamped line may be the standfirst under the title, which may
    // ask (`…: حماية للمؤلّفين أم تقييد للمعرفة؟`).
    let asks = |t: usize| is_asking_title(&features[t], &first[t]);
    let above = stamped.checked_sub(1).filter(|&t| zone.contains(&t) && (is_title(t) || asks(t)));
    Some(above.filter(|&t| !is_kicker_over(features, folded, t, stamped)).unwrap_or(stamped))
}

/// True when line `b` is a kicker over the title `c` right under it: a few
/// words written above the title (`وزير السكن من قسنطينة:`), no question,
/// exclamation or quote (that is a short title), and a clearly longer line
/// under it, in words and in letters.
fn is_kicker_over(features: &[Features], folded: &FoldedLines, b: usize, c: usize) -> bool {
    let (kicker, title) = (&features[b], &features[c]);
    // A kicker may end in a colon, or in a quote when it is a few words
    // naming the site (`في حوار لـ«اليوم الجديد»`); a question is a title.
    // So may a circumstance (`في حوار عن روايتها الجديدة «…»`).
    let plain_end = !kicker.sentence_end
        || kicker.colon_end
        || (!kicker.soft_end
            && !kicker.full_stop
            && (kicker.text_words <= MAX_QUOTED_KICKER_WORDS || kicker.circumstance));
    // A longer kicker states the circumstance (`بعد جلسة استمرت خمس ساعات
    // في بعبدا`) or introduces the speaker (`… لـ«الرؤية»:`) of a title at
    // least as long.
    let short = kicker.text_words <= MAX_KICKER_WORDS && title.text_words >= kicker.text_words + MIN_TITLE_OVER_KICKER;
    let long = kicker.text_words <= MAX_LONG_KICKER_WORDS
        && (kicker.circumstance || kicker.colon_end)
        && title.text_words >= kicker.text_words;
    // A title that gives a speaker's words (`ليان شاهين: الجدران القديمة …
    // تحكي`) is the title under a longer line without a colon, even a
    // quote (`«أرسم كي لا تنسى المدينة وجهها»`): in the corpus, a title
    // with a colon under a kicker is common, and a standfirst with one
    // under a title is found only under a long title. (Not when the line
    // under repeats it after a label, `عنوان الفتوى : TITLE`.)
    let speaker = title.speaker_colon
        && !kicker.speaker_colon
        && !kicker.colon_end
        && !kicker.full_stop
        && !kicker.soft_end
        && kicker.words <= MAX_SPEAKER_KICKER_WORDS
        && title.text_words > kicker.text_words
        && !folded.bare_form(c).contains(folded.bare_form(b));
    ((short || long) && plain_end || speaker)
        && folded.bare_form(c).len() > folded.bare_form(b).len()
        && title.words <= MAX_TITLE_UNDER_KICKER_WORDS
}

/// True when line `b` reads as a person's name (two or three words, no
/// function word) and the line `c` under it as a short title (a function
/// word, a few words: a standfirst under a short title is longer).
fn is_name_over(features: &[Features], b: usize, c: usize) -> bool {
    let (name, title) = (&features[b], &features[c]);
    (2..=3).contains(&name.text_words)
        && name.words == name.text_words
        && name.stopwords == 0
        && title.stopwords >= 1
        && title.text_words <= MAX_TITLE_UNDER_NAME_WORDS
}

/// A line read as text by the first pass: a title, standfirst or paragraph.
fn is_text(d: &Decision) -> bool {
    matches!(d.rule, Rule::TextHeadlineLike | Rule::TextSentence | Rule::TextParagraph)
}

/// The headline of a page whose header zone holds no title candidate: a
/// [`prose_title`], else the title tag, the first line of a scraped page.
fn untitled_pick(
    features: &[Features],
    first: &[Decision],
    folded: &FoldedLines,
    block: Option<Block>,
    zone: &[usize],
) -> HeadlinePick {
    // (The tag may ask: `ما هي تقنية الفار وكيف تعمل في كرة القدم؟`.)
    let tag = || {
        title_tag_line(features, 1)
            .filter(|&t| is_title_line(&features[t], &first[t], folded, t) || is_asking_title(&features[t], &first[t]))
    };
    // (Or a long title that reads as a sentence, `الإسكوا: الدين العام …
    // والبلدان المتوسطة الدخل الأكثر تضرراً`, with the date right above or
    // under it: the zone's line of text nearest the text.)
    let stamps_end = stamps_end(first, block.map_or(features.len(), |b| b.start));
    let stamped_sentence = || {
        zone.iter().rev().copied().find(|&i| {
            first[i].rule == Rule::TextSentence
                && is_title_shaped(&features[i], MAX_QUOTE_TITLE_WORDS)
                && ((i > 0 && is_stamp(&first[i - 1])) || stamp_under(first, i, stamps_end))
        })
    };
    match prose_title(features, first, block, zone).or_else(stamped_sentence).or_else(tag) {
        Some(title) => pick_line(features, folded, block, title),
        None => HeadlinePick::default(),
    }
}

/// A title that reads as prose: one that ends in a quote (`…: "QUOTE"`)
/// among the zone's lines that a byline or date follows, else the block's
/// first line when it has a title's shape, else a title-shaped line of the
/// zone right under a date.
fn prose_title(features: &[Features], first: &[Decision], block: Option<Block>, zone: &[usize]) -> Option<usize> {
    let title_shaped = |i: usize| is_title_shaped(&features[i], MAX_QUOTE_TITLE_WORDS);
    let stamps_end = stamps_end(first, block.map_or(features.len(), |b| b.start));
    let quoted = zone.iter().rev().copied().find(|&i| {
        matches!(first[i].rule, Rule::TextParagraph | Rule::TextSentence)
            && features[i].sentence_end
            && !features[i].soft_end
            && title_shaped(i)
            && stamp_under(first, i, stamps_end)
    });
    let top = || {
        let b = block.filter(|b| b.end > b.start)?;
        title_under_introduction(features, b.start, b).or_else(|| Some(b.start).filter(|&i| title_shaped(i)))
    };
    // (Or a line of the zone right under the date, shaped as a title and
    // not a sentence nor a credited caption: `10 أغسطس 2025 - 11:42`, then
    // `الأرصاد: ارتفاع …`.)
    let under_date = || {
        zone.iter().copied().find(|&i| {
            i > 0
                && first[i - 1].label == Label::Timestamp
                && matches!(first[i].rule, Rule::TextHeadlineLike | Rule::TextSentence)
                && !features[i].ticker
                && !features[i].bracket_tail
                && is_headline_like(&features[i])
                && features[i].letters >= MIN_TITLE_LETTERS
                && title_shaped(i)
        })
    };
    quoted.or_else(top).or_else(under_date)
}

/// The line under `intro` when `intro` is a few words ending in a colon
/// (`الفائزة بجائزة … في دورتها الأخيرة:`) and the line under it, the
/// block's first or second, has a title's shape: the introduced title.
fn title_under_introduction(features: &[Features], intro: usize, b: Block) -> Option<usize> {
    let (f, title) = (&features[intro], intro + 1);
    let introduces = f.colon_end && f.text_words <= MAX_LONG_KICKER_WORDS && (b.start..b.end).contains(&title);
    let shaped = features.get(title).is_some_and(|t| is_title_shaped(t, MAX_QUOTE_TITLE_WORDS) && !t.soft_end);
    (introduces && (title == b.start || intro == b.start) && shaped).then_some(title)
}

/// Line `title` as the headline, with its repeats as duplicates.
fn pick_line(features: &[Features], folded: &FoldedLines, block: Option<Block>, title: usize) -> HeadlinePick {
    HeadlinePick { index: Some(title), duplicates: repeats_of(features, folded, block, title, folded.bare_form(title)) }
}

/// The non-blank lines of the header zone, in page order: walking up from
/// `end`, up to a menu run, a list or [`MAX_ZONE_LINES`] lines.
fn header_zone(features: &[Features], first: &[Decision], folded: &FoldedLines, end: usize) -> Vec<usize> {
    let mut zone = Vec::new();
    let mut short_run = 0;
    // The zone's length when the current run of menu items began: markers
    // and stamps between the items do not break the run, and go with it.
    let mut run_start = 0;
    let mut list_run: Vec<usize> = Vec::new();
    for i in (0..end).rev() {
        let f = &features[i];
        if zone.len() >= MAX_ZONE_LINES {
            break;
        }
        let d = &first[i];
        // A menu flattened to one line (`الرئيسية | محليات | اقتصاد | ثقافة
        // | رياضة`) ends the zone as a run of its items does: what stands
        // above it is the site's header (its name, tagline and date bar).
        if d.label == Label::Navigation && f.pipes + 1 >= MENU_LINE_ITEMS {
            break;
        }
        // Counters, dates and number-only lines belong to an article's
        // header as much as to a menu: they neither extend nor break a run.
        // So does a gallery's caption, under its counter (`1 / 6`): a run of
        // them is a gallery, not a list of other articles.
        // (And so does a photo's caption over its credit, `… يحتفلون بالهدف
        // الثاني`, then `تصوير: …`: it is no other article's title.)
        let gallery_caption = is_gallery_caption(first, i) || is_caption_above_credit(i, features, first, false);
        let neutral = f.text_words == 0 || d.label == Label::Timestamp || gallery_caption;
        // Nor do lines a marker or a feature decided (share buttons,
        // captions, bylines) extend a menu: they stand between a title and
        // its text, and only plain short lines make a menu.
        if !neutral && !is_marker(d) {
            // A menu's longer item (`ترددات مونت كارلو الدولية`) may complete
            // a run of short ones: four names, no function words.
            let completes_run = short_run + 1 == MENU_RUN && f.text_words <= 4 && f.stopwords == 0;
            // Three words with a function word are a short title (`القراءة
            // ليست ترفاً`), not a menu's item.
            // (Printed among items, with no blank line on either side, it is
            // one too: `كندا`, `الهجرة إلى كندا`, `العالم`.)
            let among_items = f.joined
                && features.get(i + 1).is_some_and(|n| n.joined && is_short_label(n))
                && i > 0
                && is_short_label(&features[i - 1]);
            let item = f.text_words <= 2 || (f.text_words == 3 && (f.stopwords == 0 || among_items));
            if item || completes_run {
                if short_run == 0 {
                    run_start = zone.len();
                }
                short_run += 1;
            } else {
                short_run = 0;
            }
        }
        if short_run >= MENU_RUN {
            // Drop the menu lines already taken, and what stands among them.
            zone.truncate(run_start);
            break;
        }
        // Items of a list of other articles are full titles; short title-like
        // lines (a dateline, a breadcrumb) are not counted.
        // (Bulleted lines under a title are its sub-decks, not titles.)
        if d.rule == Rule::TextHeadlineLike && f.text_words >= LIST_ITEM_WORDS && !gallery_caption && !f.bulleted {
            let form = folded.bare_form(i);
            let repeats = list_run.iter().any(|&j| {
                relation(folded.bare_form(j), form) != Relation::Unrelated
                    || relation(form, folded.bare_form(j)) != Relation::Unrelated
            });
            if repeats {
                list_run.clear();
            }
            list_run.push(i);
            if list_run.len() >= LIST_RUN {
                // Three unrelated titles in a row are a list of other
                // articles: the zone is below them, keeping the lowest, which
                // may be the headline itself right under the list.
                if let Some(p) = zone.iter().position(|&z| z == list_run[0]) {
                    zone.truncate(p + 1);
                }
                break;
            }
        } else if !neutral {
            // Items of a list follow each other, with at most their dates
            // or numbers between them.
            list_run.clear();
        }
        zone.push(i);
    }
    zone.reverse();
    zone
}

fn is_candidate(f: &Features, d: &Decision, folded: &FoldedLines, i: usize) -> bool {
    // A bulleted line is a list's item or a sub-deck.
    !f.bulleted && is_title_line(f, d, folded, i)
}

/// A title's line, bulleted or not: the page's first line may be the title
/// tag, whatever it starts with.
fn is_title_line(f: &Features, d: &Decision, folded: &FoldedLines, i: usize) -> bool {
    matches!(d.rule, Rule::TextHeadlineLike | Rule::TextSentence)
        && is_headline_like(f)
        // A title ends in no credit: that is a caption.
        && !is_credited_caption(f, d)
        && f.words <= 30
        && f.arabic_ratio() >= 0.5
        && folded.bare_form(i).len() >= MIN_TITLE_BYTES
        && !is_field(folded.text(i))
        && !is_dateline_shaped(f)
}

/// Most words of a dateline (`غزة - وكالة خبر`, `الرباط - ماب`).
const MAX_DATELINE_WORDS: u32 = 4;

/// A place and an agency, or a name and a place, joined by one dash: a
/// dateline, not a title.
fn is_dateline_shaped(f: &Features) -> bool {
    f.dashes == 1 && f.separators == 1 && f.words <= MAX_DATELINE_WORDS && f.words == f.text_words && f.stopwords == 0
}

/// A widget's field: a key of a few words and a value of one after a colon
/// (`حالة السوق: مغلق`). A title after a speaker's name says more.
fn is_field(text: &str) -> bool {
    text.split_once(':').is_some_and(|(key, value)| {
        (1..=3).contains(&key.split_whitespace().count()) && value.split_whitespace().count() == 1
    })
}

/// A title that asks, exclaims or ends in a quote (`… «كالماء والهواء»`),
/// read as prose for its length: no full stop or colon at its end, at most
/// [`MAX_QUOTE_TITLE_WORDS`] words.
fn is_asking_title(f: &Features, d: &Decision) -> bool {
    matches!(d.rule, Rule::TextParagraph | Rule::TextSentence)
        && f.sentence_end
        && is_title_shaped(f, MAX_QUOTE_TITLE_WORDS)
}

/// A title's shape, whatever rule read the line: no full stop or colon at
/// its end, at most `max_words` words, mostly Arabic.
fn is_title_shaped(f: &Features, max_words: u32) -> bool {
    !f.full_stop && !f.colon_end && f.words <= max_words && f.arabic_ratio() >= 0.5
}

/// A byline or date line.
fn is_stamp(d: &Decision) -> bool {
    matches!(d.label, Label::Timestamp | Label::Byline)
}

/// True when a byline or date stands within [`STAMP_REACH`] lines under
/// line `c`, before line `limit`.
fn stamp_under(first: &[Decision], c: usize, limit: usize) -> bool {
    (c + 1..(c + 1 + STAMP_REACH).min(limit)).any(|j| is_stamp(&first[j]))
}

fn is_short_candidate(f: &Features, d: &Decision, folded: &FoldedLines, i: usize) -> bool {
    matches!(d.rule, Rule::TextShort)
        && f.text_words == 2
        && f.words == 2
        && f.arabic_ratio() >= 0.5
        && folded.bare_form(i).len() >= MIN_TITLE_BYTES
}

/// How `line` (a word form) relates to `title` (a word form).
fn relation(line: &str, title: &str) -> Relation {
    // A repeat is the title plus a few words, or the title twice: a line
    // much longer than that cannot be one (checked first, as most lines of a
    // page are compared with the title).
    if title.len() < MIN_TITLE_BYTES || line.len() < title.len() || line.len() > 2 * title.len() + MAX_DECORATION_BYTES
    {
        return Relation::Unrelated;
    }
    if line == title {
        return Relation::Same;
    }
    if doubled(line, title) {
        return Relation::Doubled;
    }
    if let Some(at) = find_words(line, title) {
        let before = &line[..at];
        let after = &line[at + title.len()..];
        let extra =
            before.split(' ').filter(|w| !w.is_empty()).count() + after.split(' ').filter(|w| !w.is_empty()).count();
        if extra <= MAX_DECORATION_WORDS {
            return Relation::Decorated;
        }
    }
    Relation::Unrelated
}

/// Finds `title` in `line` on word boundaries. An empty title is found
/// nowhere.
fn find_words(line: &str, title: &str) -> Option<usize> {
    if title.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(pos) = line.get(from..).and_then(|rest| rest.find(title)) {
        let at = from + pos;
        let end = at + title.len();
        let starts = at == 0 || line.as_bytes()[at - 1] == b' ';
        let ends = end == line.len() || line.as_bytes()[end] == b' ';
        if starts && ends {
            return Some(at);
        }
        from = at + line[at..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// True when `line` is `title` twice, with or without a space between (a
/// scraper joining two elements may glue the copies: `…القادمكيري…`).
fn doubled(line: &str, title: &str) -> bool {
    // Cheap bounds first: the line has the title's bytes twice, give or take
    // the spaces.
    let spaces = title.bytes().filter(|&b| b == b' ').count();
    if line.len() > 2 * title.len() + 1 || line.len() < 2 * (title.len() - spaces) {
        return false;
    }
    let squeeze = |s: &str| s.bytes().filter(|&b| b != b' ').count();
    let (l, t) = (squeeze(line), squeeze(title));
    if l != 2 * t {
        return false;
    }
    let mut twice = line.bytes().filter(|&b| b != b' ');
    let once: Vec<u8> = title.bytes().filter(|&b| b != b' ').collect();
    once.iter().chain(once.iter()).all(|b| twice.next() == Some(*b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, line, title, relation).
    const RELATIONS: &[(&str, &str, &str, Relation)] = &[
        ("verbatim", "مصر تسجل 30 إصابة جديدة", "مصر تسجل 30 إصابة جديدة", Relation::Same),
        (
            "quotes added",
            "واشنطن تجري محادثات حول \"مسار محتمل\"",
            "واشنطن تجري محادثات حول مسار محتمل",
            Relation::Same,
        ),
        ("diacritics and tatweel", "وزيــر الرّي يشهد توقيع عقد", "وزير الري يشهد توقيع عقد", Relation::Same),
        ("site suffix", "مصر تسجل 30 إصابة جديدة - Sputnik Arabic", "مصر تسجل 30 إصابة جديدة", Relation::Decorated),
        ("site prefix", " العرب اليوم - واشنطن تجري محادثات", "واشنطن تجري محادثات", Relation::Decorated),
        ("ticker", "عاجل مصر تسجل 30 إصابة جديدة", "مصر تسجل 30 إصابة جديدة", Relation::Decorated),
        (
            "doubled with space",
            "كيري يلتقي لافروف مجددا كيري يلتقي لافروف مجددا",
            "كيري يلتقي لافروف مجددا",
            Relation::Doubled,
        ),
        ("doubled glued", "كيري يلتقي لافروف مجدداكيري يلتقي لافروف مجددا", "كيري يلتقي لافروف مجددا", Relation::Doubled),
        ("other article", "مصر تحظر تصدير الكحول والكمامات الطبية", "مصر تسجل 30 إصابة جديدة", Relation::Unrelated),
        ("word prefix only", "مصر تسجلها الآن", "مصر تسجل", Relation::Unrelated),
        (
            "title inside long prose",
            "قالت الوزارة إن مصر تسجل 30 إصابة جديدة في الأيام المقبلة حسب توقعات الخبراء والمتابعين",
            "مصر تسجل 30 إصابة جديدة",
            Relation::Unrelated,
        ),
    ];

    #[test]
    fn empty_forms_are_found_nowhere() {
        assert_eq!(find_words("كلمة اخرى", ""), None);
        assert_eq!(find_words("", ""), None);
        assert_eq!(find_words("", "كلمة"), None);
    }

    #[test]
    fn relation_table() {
        for (name, line, title, want) in RELATIONS {
            assert_eq!(relation(&words(line), &words(title)), *want, "case {name}");
        }
    }
}

#[cfg(test)]
mod layout_tests {
    //! Whole small pages whose headline one rule of this stage decides.

    const PARAGRAPH: &str = "قال مسؤولون في وزارة المالية إن الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق المحلية خلال الأشهر المقبلة، بعد ارتفاع كبير في أسعار القمح المستورد.";
    const PARAGRAPH_2: &str = "وأضاف المسؤولون أن الخطة تشمل توسيع برامج الدعم النقدي للأسر الفقيرة وزيادة المخزون الاستراتيجي من الحبوب، على أن تعرض على البرلمان قبل نهاية العام الحالي.";

    fn headline(page: &str) -> Option<String> {
        crate::clean(page).headline().map(str::to_string)
    }

    #[test]
    fn a_name_repeated_under_the_article_is_not_the_title() {
        // The author's name stands under the title and twice after the text
        // (signature, author box); the title is repeated once, above it, in
        // the breadcrumb.
        let page = format!(
            "الراكوبة\n\nالرئيسية\nأخبار السودان\nمقالات وآراء\nرياضة\n\n\
             الرئيسية / مقالات وآراء / حين يصبح رغيف الخبز سؤالا سياسيا\n\n\
             حين يصبح رغيف الخبز سؤالا سياسيا\n\n\
             د. عبد المنعم الطيب حامد\n14 نوفمبر 2024\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n\n\
             د. عبد المنعم الطيب حامد\n\nعن الكاتب\nد. عبد المنعم الطيب حامد\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("حين يصبح رغيف الخبز سؤالا سياسيا"));
    }

    #[test]
    fn the_first_clean_copy_of_the_title_is_the_headline() {
        // A forum thread: its title under the breadcrumb, the thread's tools,
        // then the first post's date, poster and title over its text. The
        // first copy is the headline, the post's its duplicate.
        let page = format!(
            "منتديات الأخبار\n\nالتسجيل\nالبحث\nمشاركات اليوم\n\n\
             منتديات الأخبار > الأخبار العامة\n\
             وزارة التجارة تكشف إجراءاتها لضمان وفرة المواد الغذائية\n\n\
             أدوات الموضوع\nانواع عرض الموضوع\n\n\
             قديم 29-02-2024, 09:41 PM\n\n\
             أبو إسحاق\nعضو ذهبي\nتاريخ التسجيل: Oct 2011\nالمشاركات: 6,218\n\n\
             وزارة التجارة تكشف إجراءاتها لضمان وفرة المواد الغذائية\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        let article = crate::clean(&page);
        let numbers = |label| article.lines().filter(|l| l.label() == label).map(|l| l.number()).collect::<Vec<_>>();
        assert_eq!(numbers(crate::Label::Headline), [8]);
        assert_eq!(numbers(crate::Label::DuplicateHeadline), [20]);
    }

    #[test]
    fn a_dateline_by_the_date_is_not_the_title() {
        // A place and the agency, joined by a dash, stand right over the
        // date; the title stands above the photo's caption.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             موسم قطاف الزيتون في وسط قطاع غزة ينطلق بإنتاج متواضع\n\n\
             مزارعون يقطفون الزيتون في دير البلح - أرشيف\n\n\
             حجم الخط\n\n\
             غزة - وكالة خبر\nتاريخ النشر : 09 نوفمبر 2025 - 10:42 ص\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("موسم قطاف الزيتون في وسط قطاع غزة ينطلق بإنتاج متواضع"));
    }

    #[test]
    fn a_caption_over_its_joined_credit_is_not_the_title() {
        // The title and standfirst stand above the byline, the date and the
        // share row; under them, the photo's caption with its credit joined
        // to it (no blank line between) is no title, however long the
        // credit.
        let page = format!(
            "الأخبار\nأوروبا\nالعالم\nصحة\n\n\
             منظمة الصحة تحذر من ارتفاع الإصابات بالحصبة في أوروبا\n\n\
             {PARAGRAPH_2}\n\n\
             بقلم: يورونيوز\nنشرت في 14/03/2024 - 12:47\n\n\
             شارك هذا المقال\nتعليقات\nFacebook\nX\nFlipboard\nSend\nReddit\n\
             Linkedin\nMessenger\nTelegram\nVK\nBluesky\nThreads\nWhatsapp\n\n\
             طفل يتلقى جرعة من لقاح الحصبة في مركز صحي في بوخارست\n\
             حقوق النشر AP Photo/Andreea Alexandru\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("منظمة الصحة تحذر من ارتفاع الإصابات بالحصبة في أوروبا"));
    }

    #[test]
    fn a_switch_over_the_breadcrumb_is_not_the_title() {
        // A country and language switch stands over the breadcrumb, right
        // under a row the date scan reads as a stamp (`انضم الآن`); the
        // title under the breadcrumb and its section label has its date
        // under it.
        let page = format!(
            "الرئيسية\nمن نحن\nخدماتنا\nمساعدة\n\
             تسجيل الدخول | انضم الآن\nالمملكة العربية السعودية - العربية\n\n\
             الرئيسية / المركز الإعلامي / أخبار 2024\n\nأخبار الشركة\n\n\
             الشركة تطلق برنامجا جديدا لدعم المزارعين في المناطق الريفية\n\n\
             14 مارس 2024\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الشركة تطلق برنامجا جديدا لدعم المزارعين في المناطق الريفية"));
    }

    #[test]
    fn a_title_cut_short_stands_for_the_whole_one() {
        // A teaser prints the title cut short over the whole title and its
        // date: the whole one is the headline.
        let page = format!(
            "الرئيسية\nأخبار الحركة\n\n\
             الحركة تطالب بتثبيت مخصصات التعليم...\n\n\
             الحركة تطالب بتثبيت مخصصات التعليم في موازنة المحافظة\n\n\
             14 أيار 2025\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحركة تطالب بتثبيت مخصصات التعليم في موازنة المحافظة"));
    }

    #[test]
    fn a_kicker_under_the_breadcrumb_is_not_the_title() {
        // A few words over the title, under the breadcrumb; the date under
        // the title stamps both.
        let page = format!(
            "الرئيسية\nالنادي\nالفريق الأول\nالأكاديمية\nالمباريات\n\n\
             المباراة القادمة\nمولودية الجزائر × شباب بلوزداد\n\
             الرابطة المحترفة الأولى – الجولة 18\nالجمعة 14 فيفري 2025 | 17:45\n\n\
             الرئيسية » الأخبار » الفريق الأول\n\n\
             ثلاثية في «الباهية»\n\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق المحلية\n\n\
             نُشر في: السبت 08 فيفري 2025 - 22:10\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق المحلية"));
    }

    #[test]
    fn a_kicker_over_a_title_that_opens_the_text_is_not_the_title() {
        // The title is long enough to read as prose and opens the main
        // block; the kicker over it is the zone's only candidate.
        let page = format!(
            "الرئيسية\nسياسة\nاقتصاد\nرياضة\nثقافة\n\n\
             آخر الأخبار\nالأونروا تعلن مواعيد صرف الدفعة النقدية للعائلات\n\
             وقفة في مخيم نهر البارد احتجاجاً على تأخر الإعمار\n\
             لاجئو مخيم اليرموك يشكون انقطاع المياه عن الأحياء\n\n\
             الرئيسية / لبنان / تقارير\n\n\
             خبز بلا دعم\n\
             عائلات في المخيمات تبيع أثاثها لتسديد ثمن الخبز بعد تقليص الدعم الحكومي للقمح \"المستورد\"\n\n\
             {PARAGRAPH}\n\nالثلاثاء 14 تشرين الأول 2025 - 11:42 ص\n\n{PARAGRAPH_2}\n\n{PARAGRAPH}\n"
        );
        assert_eq!(
            headline(&page).as_deref(),
            Some("عائلات في المخيمات تبيع أثاثها لتسديد ثمن الخبز بعد تقليص الدعم الحكومي للقمح \"المستورد\"")
        );
    }

    #[test]
    fn a_name_over_the_date_is_the_byline_not_the_title() {
        // The title and its standfirst stand further from the date than the
        // author's name, printed without `بقلم`; a share row parts them
        // from the text.
        let page = format!(
            "الرئيسية\nسياسة\nاقتصاد\nرياضة\nثقافة\n\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق\n\n\
             في حوار مع الموقع، يتحدث الخبير الاقتصادي عن تداعيات ارتفاع أسعار القمح المستورد على موازنة \
             الدولة وعن الخيارات المتاحة أمام الحكومة لتفادي أزمة جديدة في الأشهر المقبلة.\n\n\
             مقر وزارة المالية في العاصمة - أرشيف\nA man walks past the ministry of finance. (Photo by AFP)\n\n\
             محمد أمين بن عمر\n10 يونيو 2024\n\nمشاركة\nفيسبوك\nتويتر\nواتساب\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق"));
    }

    #[test]
    fn the_sites_name_repeated_in_its_footer_is_not_the_title() {
        // The page opens with the site's name, which comes back only in the
        // footer, after the text; the date bar under it stamps it too.
        let page = format!(
            "وكالة الأنباء المستقلة\nالرئيسية | أخبار | محليات | رياضة\n\n\
             الأربعاء 13 آذار 2024\n\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق\n\n\
             تاريخ النشر: 13/03/2024 10:20\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n\n\
             وكالة الأنباء المستقلة - وكالة أخبار عراقية\n\
             جميع الحقوق محفوظة 2024\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق"));
    }

    #[test]
    fn a_widgets_field_over_the_title_is_not_the_title() {
        // A market-status field (key, colon, one word) stands above the
        // breadcrumb and the title.
        let page = format!(
            "الرئيسية\nبيانات السوق\nالشركات المدرجة\n\n\
             حالة السوق: مغلق\n\n\
             الرئيسية / المركز الإعلامي / الأخبار\n\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق\n\n\
             03 يوليو 2024\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق"));
    }

    #[test]
    fn a_section_of_the_menu_over_the_title_is_not_the_title() {
        // The section's name (four words) is a menu item next to others of
        // four words; the breadcrumb and a tag repeat it, as they repeat
        // sections.
        let page = format!(
            "الرئيسية\nسياسة\nأخبار الاقتصاد\nأخبار الاقتصاد في مصر\nأخبار الاقتصاد في الخليج\nرياضة\nثقافة\n\
             فنون\nمنوعات\nصحة\nتكنولوجيا\nسيارات\nمقالات\nاتصل بنا\n\n\
             الرئيسية / أخبار الاقتصاد / أخبار الاقتصاد في مصر\n\n\
             أخبار الاقتصاد في مصر\n\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق\n\n\
             الثلاثاء 21 نوفمبر 2023\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n\n\
             الوسوم\nالخبز\nأخبار الاقتصاد في مصر\nالدعم\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق"));
    }

    #[test]
    fn a_tickers_item_repeated_in_a_list_is_not_the_title() {
        // The breaking-news item over the breadcrumb comes back in the list
        // of latest news after the text: that repeat makes no title of it.
        let page = format!(
            "الرئيسية\nأخبار\nرياضة\nاتصل بنا\n\n\
             عاجل\nتعليق الدراسة في مدارس المحافظة غدا بسبب الأمطار\n\n\
             الرئيسية » أخبار المنطقة\n\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق\n\n\
             نشر في: 24 يناير 2024\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n\n\
             آخر الأخبار\nتعليق الدراسة في مدارس المحافظة غدا بسبب الأمطار\nافتتاح معرض الكتاب الأسبوع المقبل\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحكومة تدرس خطة جديدة لدعم أسعار الخبز في الأسواق"));
    }

    #[test]
    fn a_tagline_repeated_in_the_footer_is_not_the_title() {
        // The first line of several words (the tagline) is repeated only in
        // the footer: it names the site; the title is in the header zone.
        let page = format!(
            "الصحيفة\nالموقع الرسمي لحزب المستقبل الوطني\n\n\
             الرئيسية\nأخبار\nتقارير\nحوارات\nمقالات\n\n\
             الحزب يدعو إلى حوار وطني واسع حول الدستور الجديد\n\n\
             الجمعة 13 سبتمبر 2024\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n\n\
             الصحيفة - الموقع الرسمي لحزب المستقبل الوطني\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحزب يدعو إلى حوار وطني واسع حول الدستور الجديد"));
    }

    #[test]
    fn a_title_printed_twice_over_a_ticker_and_the_date() {
        // `TITLE TITLE` opens the text (its length reads as prose), then a
        // ticker item and the date, then the title once.
        let title = "افتتاح جسر وادي درنة الجديد بعد نحو عام ونصف على كارثة الإعصار دانيال";
        let page = format!(
            "الرئيسية\nأخبار ليبيا\nتقارير\nبرامج\n\n{title} {title}\n\n\
             عاجل | الهلال الأحمر الليبي: توزيع 3 آلاف سلة غذائية على الأسر النازحة في الكفرة\n\n\
             الأحد 5 يناير 2025\n\n{title}\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some(title));
        // The date right above the title is the article's, not the ticker
        // item's.
        let published = crate::clean(&page).published().map(|s| s.text().to_string());
        assert_eq!(published.as_deref(), Some("الأحد 5 يناير 2025"));
    }

    #[test]
    fn a_title_under_its_date_beats_a_ticker_above() {
        // A breaking-news item of another story stands over the breadcrumb
        // and the date; the title, `SOURCE: …`, is right under the date.
        let title = "الأرصاد: ارتفاع ملموس على درجات الحرارة وتحذير من التعرض المباشر لأشعة الشمس";
        let page = format!(
            "الرئيسية\nأخبار فلسطين\nالقدس\nاقتصاد\n\nالأحد 10 أغسطس 2025\n\n\
             عاجل | الدفاع المدني: إخماد حريق في أرض زراعية شرق خانيونس\n\nالرئيسية / محليات\n\n\
             10 أغسطس 2025 - 11:42\n\n{title}\n\nصورة تعبيرية\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some(title));
    }

    #[test]
    fn a_title_glued_to_itself_over_the_date() {
        // `TITLETITLE` under the breadcrumb, the date (which ends the header
        // zone), then the title once over a caption and the text.
        let title = "الصحة تطلق حملة تطعيم استدراكية ضد الحصبة لطلبة المدارس";
        let page = format!(
            "الرئيسية\nالأخبار\nمحليات\nاقتصاد\n\nالأخبار / محليات\n\n{title}{title}\n\n\
             الإثنين 18 آذار 2024 | 10:45 ص\n\n{title}\n\nصورة أرشيفية\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some(title));
    }

    #[test]
    fn a_rates_widget_and_its_title_are_not_the_title() {
        // The widget's title and rows come first, stamped by their source
        // line; the article's title is under them.
        let page = format!(
            "الرئيسية\nأخبار\nاقتصاد\nرياضة\nمنوعات\n\n\
             أسعار العملات مقابل الجنيه\nالدولار الأمريكي: 2,650 شراء | 2,690 بيع\n\
             الريال السعودي: 705 شراء | 715 بيع\nالمصدر: السوق الموازي - الخرطوم\n\n\
             ارتفاع أسعار المحاصيل في أسواق القضارف مع بداية موسم الحصاد\n\n\
             12 أكتوبر 2025\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("ارتفاع أسعار المحاصيل في أسواق القضارف مع بداية موسم الحصاد"));
    }

    #[test]
    fn the_titles_copy_after_the_text_ends_the_block() {
        // Tags under the last paragraph, then the title printed twice on one
        // line (long enough to read as prose) over the related list: the tags
        // are the page's, not the text's.
        let title = "الجنيه المصري بعد التعويم: هدنة مع السوق أم بداية استقرار؟";
        let page = format!(
            "الرئيسية\nسياسة\nاقتصاد\nثقافة\n\n{title}\n\n12 مارس 2024\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n\n\
             مصر\nالجنيه المصري\nصندوق النقد الدولي\n\n{title}{title}\n\nمقالات ذات صلة\n\n\
             مصر وصندوق النقد عقد من القروض والشروط\n15 مارس 2024\n"
        );
        let article = crate::clean(&page);
        let tag = article.lines().find(|l| l.trimmed() == "الجنيه المصري").map(|l| l.label());
        assert_eq!(tag, Some(crate::Label::Navigation));
    }

    #[test]
    fn a_tagline_that_holds_a_menu_item_is_not_the_title_tag() {
        // The first line of several words is the paper's tagline; the menu
        // item it holds (`حزب الإرادة الشعبية`) is no clean title.
        let page = format!(
            "قاسيون\nصحيفة أسبوعية تصدر عن حزب الإرادة الشعبية\n\n\
             الرئيسية\nسياسة\nاقتصاد\nحزب الإرادة الشعبية\nملفات قاسيون\n\n\
             مؤشر تكاليف المعيشة: الأسرة السورية بحاجة إلى مبلغ جديد\n\nالسبت 11 أيار 2024\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("مؤشر تكاليف المعيشة: الأسرة السورية بحاجة إلى مبلغ جديد"));
    }

    #[test]
    fn a_latest_news_list_that_starts_above_the_zone() {
        // The list's header and first items stand above the header zone;
        // its last item, stamped by its relative time, is another article's.
        let page = format!(
            "الرئيسية\nأخبار\nرياضة\nمجتمع\n\nآخر الأخبار\n\
             أولمبيك آسفي يستعيد نغمة الانتصارات ويتقدم في سبورة الترتيب\nمنذ 40 دقيقة\n\
             انقطاع الماء الصالح للشرب عن أحياء بالمدينة الجديدة غدا\nمنذ ساعتين\n\
             توقيف مروج للمخدرات بحي المطار بعد مطاردة طويلة\nمنذ 4 ساعات\n\n\
             الرئيسية / أخبار / مجتمع\n\nمجتمع\n\n\
             السردين بـ25 درهما في أسواق آسفي.. غضب في عاصمة السردين\n\n\
             الثلاثاء 12 نونبر 2024 - 18:40\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("السردين بـ25 درهما في أسواق آسفي.. غضب في عاصمة السردين"));
    }

    #[test]
    fn a_section_label_under_its_breadcrumb_is_not_the_title() {
        // The column's name is a menu item, the breadcrumb's last item and
        // the label over the title; the title is printed twice further down.
        let title = "الرباط | أوراش الملعب والطرقات تسابق الزمن قبل كأس أفريقيا";
        let page = format!(
            "الرئيسية\nسياسة\nالرباط يا حسرة\nرياضة\n\nآخر الأخبار:\n\
             مجلس النواب يصادق على مشروع قانون المالية لسنة 2025 بالأغلبية\n\
             توقعات بتساقطات ثلجية فوق مرتفعات الأطلس نهاية الأسبوع\n\n\
             اشترك في النسخة الورقية\n\nالرئيسية » الرباط يا حسرة\n\nالرباط يا حسرة\n\n{title}\n\n\
             بقلم: يوسف العمراني\n11 نونبر 2024\n\n{title} {title}\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some(title));
    }

    #[test]
    fn the_sites_name_and_tagline_over_the_title_are_not_it() {
        // `NAME - TAGLINE` right above the title, the name alone at the top;
        // no stamp stands by either line.
        let page = format!(
            "الوحدة انفو\n\nالرئيسية\nأخبار تشاد\nأفريقيا\nدولي\n\nإعلان\n\nالوحدة انفو - أخبار تشاد\n\n\
             الحكومة التشادية تطلق خطة طارئة لمواجهة شح المياه والمراعي في البطحاء\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(
            headline(&page).as_deref(),
            Some("الحكومة التشادية تطلق خطة طارئة لمواجهة شح المياه والمراعي في البطحاء")
        );
    }

    #[test]
    fn an_asking_title_at_the_top_of_the_text_under_a_label() {
        // The label over it is stamped by nothing; the title asks and reads
        // as prose, and the date follows its standfirst.
        let title = "قناة السويس في زمن البحر الأحمر المضطرب: كم خسرت مصر وما الذي ينتظرها؟";
        let page = format!(
            "الرئيسية\nسياسة\nاقتصاد\nتحليلات\nرأي\n\nالرئيسية / تحليلات / اقتصاد\n\nقراءة في الأرقام\n{title}\n\n\
             تراجعت إيرادات القناة إلى أقل من نصف مستواها خلال أشهر قليلة، في أكبر هزة منذ عقود.\n\n\
             محمد عبد الرحمن\nالإثنين 20 مايو 2024 - 04:30 م\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some(title));
    }

    #[test]
    fn a_title_block_above_a_row_of_links() {
        // Title, standfirst, author and date, then the page's row of
        // languages right above the text.
        let page = format!(
            "القائمة\nالأخبار\nسويسرا\nالاقتصاد\nالثقافة\n\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز\n\n\
             {PARAGRAPH}\n\n\
             سارة المصري\nنشر يوم 21 نوفمبر 2024 - 09:00\n\n\
             لغات أخرى: 4\nEnglish\nDeutsch\nFrançais\nItaliano\n\n\
             {PARAGRAPH_2}\n\n{PARAGRAPH}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحكومة تدرس خطة جديدة لدعم أسعار الخبز"));
    }

    #[test]
    fn a_title_that_ends_in_a_quote() {
        // Read as prose for its length and its closing quote, and cut off
        // from the text by a share row and a caption.
        let page = format!(
            "الرئيسية\nأخبار\nوطنية\nرياضة\n\nوطنية\n\n\
             مختص في الأمراض الجرثومية: \"فيروس غرب النيل ليس مدعاة للهلع لكن مكافحة الناموس ضرورية\"\n\n\
             الأربعاء 21 أوت 2024 - 10:35\n\nPartager\nFacebook\nTwitter\nWhatsApp\n\nصورة توضيحية\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(
            headline(&page).as_deref(),
            Some("مختص في الأمراض الجرثومية: \"فيروس غرب النيل ليس مدعاة للهلع لكن مكافحة الناموس ضرورية\"")
        );
    }

    #[test]
    fn a_ticker_loses_to_a_title_that_asks() {
        let page = format!(
            "الرئيسية\nسياسة\nاقتصاد\nرياضة\n\n\
             عاجل | قطر: وصول الدفعة الأولى من المساعدات الطبية إلى مطار العريش\n\nاقتصاد\n\n\
             الكويت تطرح المرحلة الثالثة من مجمع الشقايا للطاقة المتجددة.. ماذا نعرف عنها؟\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(
            headline(&page).as_deref(),
            Some("الكويت تطرح المرحلة الثالثة من مجمع الشقايا للطاقة المتجددة.. ماذا نعرف عنها؟")
        );
    }

    #[test]
    fn a_title_shares_the_stamp_of_its_standfirst() {
        // Title, a long standfirst, then the author's team, the dateline and
        // the date: the date is nearer the standfirst, but the title is above.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز\n\n\
             الخطة تشمل توسيع برامج الدعم النقدي للأسر الفقيرة وزيادة المخزون من الحبوب\n\n\
             فريق التحرير\nالرياض - الصحيفة\nنشر في: 20 مايو 2025، 9:12 ص\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الحكومة تدرس خطة جديدة لدعم أسعار الخبز"));
    }

    #[test]
    fn a_kicker_may_end_in_a_colon() {
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             وزير السكن من قسنطينة:\n\n\
             استلام 4200 وحدة سكنية في علي منجلي قبل نهاية جوان\n\n\
             نشر في الأحد 12 جانفي 2025 - 19:34\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("استلام 4200 وحدة سكنية في علي منجلي قبل نهاية جوان"));
    }

    #[test]
    fn a_title_that_gives_a_speakers_words_is_under_its_kicker() {
        // A quote over `NAME: words`, then the standfirst and the byline:
        // the line with the speaker's colon is the title.
        let page = format!(
            "الرئيسية\nمحليات\nثقافة\nفنون\n\n\
             «أرسم كي لا تنسى المدينة وجهها»\n\n\
             ليان شاهين: الجدران القديمة في نابلس تحكي أكثر مما نظن\n\n\
             رسامة شابة من البلدة القديمة تحول أبواب البيوت المهجورة إلى لوحات تروي سيرة أهلها\n\n\
             حاورتها: سلمى عواد\n18 آذار 2025\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("ليان شاهين: الجدران القديمة في نابلس تحكي أكثر مما نظن"));
    }

    #[test]
    fn a_title_repeated_after_a_label_is_no_title_under_a_kicker() {
        // `عنوان الفتوى : TITLE` under the title repeats it: the first line
        // stays the title.
        let page = format!(
            "الرئيسية\nالفتاوى\nالمعاملات\nالبيوع\n\n\
             حكم شراء الذهب بالتقسيط عبر التطبيقات\n\n\
             عنوان الفتوى : حكم شراء الذهب بالتقسيط عبر التطبيقات\n\n\
             رقم الفتوى: 5120\n12 مارس 2025\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("حكم شراء الذهب بالتقسيط عبر التطبيقات"));
    }

    #[test]
    fn the_title_listed_under_a_related_header_is_a_copy() {
        // The title tag, a ticker under its header with the title among its
        // items, then the title over the text: the clean copy outside the
        // list is the headline.
        let page = format!(
            "منخفض قطبي يضرب البلاد وثلوج على المرتفعات | قناة الخبر\n\n\
             الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             شريط الأخبار\n\n\
             • وزارة التربية تعلق الدوام في مدارس الجنوب غداً\n\n\
             • منخفض قطبي يضرب البلاد وثلوج على المرتفعات\n\n\
             أخبار محلية\n\n\
             منخفض قطبي يضرب البلاد وثلوج على المرتفعات\n\n\
             2025-01-20 | 14:32\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("منخفض قطبي يضرب البلاد وثلوج على المرتفعات"));
    }

    #[test]
    fn a_circumstance_kicker_needs_no_stamp() {
        // No date or byline by the header: `رغم …` still makes the line a
        // kicker over the title under it.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             رغم شح المياه وتجريف مساحات واسعة\n\
             موسم قطاف الزيتون في وسط القطاع ينطلق بإنتاج متواضع ومخاوف من تراجع الأسعار\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(
            headline(&page).as_deref(),
            Some("موسم قطاف الزيتون في وسط القطاع ينطلق بإنتاج متواضع ومخاوف من تراجع الأسعار")
        );
    }

    #[test]
    fn a_quoted_title_over_its_clean_copy_is_the_copy() {
        let page = format!(
            "الرئيسية\nالوطني\nالاقتصاد\nالدولي\n\n\
             \"انطلاق حملة الحصاد في ولايات الهضاب العليا\"\n\
             انطلاق حملة الحصاد في ولايات الهضاب العليا\n\
             2024-06-18 | 10:05\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("انطلاق حملة الحصاد في ولايات الهضاب العليا"));
    }

    #[test]
    fn a_longer_kicker_states_the_circumstance() {
        // Seven words above a title of nine, then the standfirst: the line
        // that opens with `بعد` is the kicker, not a title over its
        // standfirst.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             بعد رصد إصابات مؤكدة بالحصبة في الجنوب\n\
             انطلاق حملة تطعيم استدراكية ضد الحصبة في خمس بلديات جنوبية\n\
             المركز الوطني لمكافحة الأمراض: الحملة تستهدف أكثر من 120 ألف طفل دون سن الخامسة\n\n\
             19/05/2024 - 11:20\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("انطلاق حملة تطعيم استدراكية ضد الحصبة في خمس بلديات جنوبية"));
    }

    #[test]
    fn a_kicker_introduces_a_title_that_reads_as_prose() {
        // The kicker ends in a colon; the title under it is long and ends in
        // a quote, so it opens the text as prose.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             الباحث الاقتصادي عبدالكريم الشرعبي لـ\"الموقع\":\n\
             انقسام البنك المركزي يستنزف الريال.. و\"الحل يبدأ من توحيد الإيرادات لا من طباعة العملة\"\n\n\
             7 فبراير، 2024\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(
            headline(&page).as_deref(),
            Some("انقسام البنك المركزي يستنزف الريال.. و\"الحل يبدأ من توحيد الإيرادات لا من طباعة العملة\"")
        );
    }

    #[test]
    fn a_standfirst_too_long_for_a_title_is_under_the_title_not_a_kicker() {
        // A short title over a standfirst of 25 words without a full stop,
        // then the byline: the title is no kicker over that line.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             الدماغ ينسى عن عمد\n\n\
             تشير أبحاث حديثة إلى أن النسيان ليس عطلاً في الذاكرة، بل عملية نشطة ينظمها الدماغ بدقة ليبقى قادراً على التكيف مع عالم متغير\n\n\
             بقلم: سلمى الحايك\n\n\
             العدد 3 | مارس 2024\n\n\
             مشاركة\n\nطباعة\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الدماغ ينسى عن عمد"));
    }

    #[test]
    fn an_authors_note_under_the_name_is_not_the_title() {
        // The author box over an opinion piece: the name, then a note that
        // opens with an occupation, then the title and its date.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nآراء\n\n\
             ماجد العنزي\n\
             كاتب وناقد مسرحي سعودي، عضو سابق في لجنة تحكيم مهرجان المسرح الخليجي\n\n\
             المسرح السعودي.. حين صار شباك التذاكر ناقداً\n\n\
             الأحد 07 ديسمبر 2025\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("المسرح السعودي.. حين صار شباك التذاكر ناقداً"));
    }

    #[test]
    fn a_short_title_under_its_authors_name_after_a_menu() {
        // Menu items of one or two words, then the author and a title of
        // three words with a function word, then the date.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nتكنولوجيا\nالجريدة PDF\n\n\
             منى عبدالله الفرحان\n\n\
             القراءة ليست ترفاً\n\n\
             20 أكتوبر 2024 - 12:05 ص\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("القراءة ليست ترفاً"));
    }

    #[test]
    fn a_menu_with_media_items_ends_the_header_zone_at_its_first_item() {
        // `صور` and `فيديو` are marker lines among the menu's items: the
        // last item, of three words, goes with the menu, not the zone.
        let page = format!(
            "الرئيسية\nالصين\nاقتصاد\nصحة\nرياضة\nصور\nفيديو\nالصين والعالم العربي\n\n\
             الصين تضيف 91 دواء جديدا إلى قائمة التأمين الطبي الوطني\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الصين تضيف 91 دواء جديدا إلى قائمة التأمين الطبي الوطني"));
    }

    #[test]
    fn most_read_titles_above_the_title_are_not_candidates() {
        // The most-read box's items stand in the header zone, dated by the
        // site's stamp; the title comes after its section and kicker.
        let page = format!(
            "الرئيسية\nثقافة\nاقتصاد\nرياضة\n\nالأكثر قراءة الآن\n\
             مصر تستعد لاستقبال وفود الهدنة وسط ضغوط على الطرفين\n\
             الجزائر تفتح ملف الاستثمار الأجنبي بعد سنوات من التردد\n\nثقافة\n\n\
             الكتاب المقرصن يسبق الأصلي إلى القارئ العربي\n\nالأحد 28 أبريل 2024\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n\nالأكثر قراءة\n\
             مصر تستعد لاستقبال وفود الهدنة وسط ضغوط على الطرفين\n\
             الجزائر تفتح ملف الاستثمار الأجنبي بعد سنوات من التردد\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("الكتاب المقرصن يسبق الأصلي إلى القارئ العربي"));
    }

    #[test]
    fn a_short_name_repeated_only_below_is_no_title() {
        // The author's name under the title and standfirst, and again in the
        // author box after the text; nothing repeats the title.
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\n\
             لماذا نؤجل ما يجب فعله الآن؟ 5 أسئلة تشرح لك علم التسويف\n\n\
             هدى عبد الرحمن\nنشر في 14/03/2021\n\n\
             {PARAGRAPH}\n\n{PARAGRAPH_2}\n\nعن الكاتب\nهدى عبد الرحمن\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("لماذا نؤجل ما يجب فعله الآن؟ 5 أسئلة تشرح لك علم التسويف"));
    }

    #[test]
    fn the_title_among_a_tickers_items_is_a_copy() {
        let page = format!(
            "الرئيسية\nمحليات\nاقتصاد\nرياضة\n\nعاجل\n\
             الاحتلال يقتحم بلدة جنوب نابلس ويداهم عددا من المنازل\n\
             الحكومة تدرس خطة جديدة لدعم أسعار الخبز\n\
             الدفاع المدني يحذر من انتشار الحرائق في المخيمات\n\n\
             الرئيسية / أخبار محلية\n\nالحكومة تدرس خطة جديدة لدعم أسعار الخبز\n\n\
             تاريخ النشر : 2024-07-25 11:42:10\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        let article = crate::clean(&page);
        let headline = article.headline_line().unwrap();
        assert_eq!(headline.text(), "الحكومة تدرس خطة جديدة لدعم أسعار الخبز");
        assert_eq!(headline.number(), 13, "the copy under the breadcrumb, not the ticker's");
    }

    #[test]
    fn a_title_may_end_in_a_quote_between_kicker_and_standfirst() {
        let page = format!(
            "الرئيسية\nثقافة\nفنون\nكتب\n\nفي ذكرى رحيله الخمسين\n\
             طه حسين.. عميد الأدب العربي الذي جعل التعليم «كالماء والهواء»\n\
             نصف قرن على غياب صاحب الأيام وأسئلته عن التعليم والحرية\n\n\
             كتب: سامح عبد الرازق\nالسبت 28 أكتوبر 2023\n\nطباعة\nA+\nA-\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("طه حسين.. عميد الأدب العربي الذي جعل التعليم «كالماء والهواء»"));
    }

    #[test]
    fn a_gallery_under_the_title_is_no_list_of_articles() {
        // Captions under their counters look like a list of titles; the
        // title above the gallery is still found.
        let page = format!(
            "الرئيسية\nمجتمع\nفنون\nمنوعات\n\nليلة خيرية في بيروت تجمع مليون دولار لدعم الأطفال\n\
             بقلم: ريما صعب\n21/01/2025 - 10:30\n\nشاركي\nFacebook\nX\nPinterest\nWhatsApp\n\n\
             1 / 3\nرئيسة الجمعية منى الحاج تلقي كلمتها أمام الحضور\n2 / 3\nجانب من الحضور في قاعة الحفل الكبرى\n\
             3 / 3\nالفنانة ميرا خوري خلال وصلتها الغنائية في الحفل\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(headline(&page).as_deref(), Some("ليلة خيرية في بيروت تجمع مليون دولار لدعم الأطفال"));
    }

    #[test]
    fn a_kicker_may_end_in_the_sites_quoted_name() {
        let page = format!(
            "في حوار لـ«اليوم الجديد»\nاستشاري الأمراض الصدرية: الفيروس المخلوي أخطر على الأطفال من الإنفلونزا\n\n\
             د. هشام الدسوقي: التطعيم لا يمنع العدوى تمامًا لكنه يحمي من المضاعفات\n\n\
             حوار: منى الشرقاوي\nالسبت 18/نوفمبر/2023 - 09:15 م\n\nطباعة\nشارك\n\n{PARAGRAPH}\n\n{PARAGRAPH_2}\n"
        );
        assert_eq!(
            headline(&page).as_deref(),
            Some("استشاري الأمراض الصدرية: الفيروس المخلوي أخطر على الأطفال من الإنفلونزا")
        );
    }

    #[test]
    fn a_ticker_alone_is_still_the_title() {
        let page = format!("خبر عاجل عن الطقس في القاهرة\n\n{PARAGRAPH}\n");
        assert_eq!(headline(&page).as_deref(), Some("خبر عاجل عن الطقس في القاهرة"));
    }

    #[test]
    fn a_line_of_debris_under_a_short_title_is_no_title() {
        // Found by the property tests: more words than the title, but
        // single letters, so not the clearly longer title under a kicker.
        let page = format!("عنوان الخبر الرئيسي اليوم\n\na\u{a0}a\u{a0}a0ء ء\u{a0}ء0ء\n\n{PARAGRAPH}\n");
        assert_eq!(headline(&page).as_deref(), Some("عنوان الخبر الرئيسي اليوم"));
    }
}
