//! Stage 3: detect what each line carries, before any context.
//!
//! For every non-blank line this stage reads the folded text and word form
//! that `normalize` made, and measures the features later stages decide on:
//! marker phrases from the lexicons (one automaton pass over the word form),
//! date and time evidence (`dates`), and shape: words, letters by script,
//! stopwords, how the line ends, separators, URLs, copyright signs, form
//! fields, counters and bracketed credits. Nothing here looks at other lines.

pub(crate) mod dates;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

use crate::label::Label;
use crate::lexicon::{Anchor, Lexicon, WordList, WordLists};
use crate::normalize::{is_letter, is_word_char, words_into, FoldedLines};
use crate::segment::RawLine;
use dates::DateScan;

/// The marker that best describes a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MarkerMatch {
    pub(crate) label: Label,
    pub(crate) anchor: Anchor,
    /// Nothing but numbers besides the phrase: a header or a whole-line item.
    pub(crate) whole: bool,
    /// The phrase starts the line.
    pub(crate) at_start: bool,
    /// Words of the phrase.
    pub(crate) phrase_words: u16,
    /// Words of the line besides the phrase.
    pub(crate) rest_words: u16,
}

/// What one line carries. Counts are of the folded text.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Features {
    /// Words of the word form (letter runs and digit runs).
    pub(crate) words: u32,
    /// Words made of letters (digit runs not counted).
    pub(crate) text_words: u32,
    pub(crate) letters: u32,
    pub(crate) arabic: u32,
    pub(crate) latin: u32,
    pub(crate) stopwords: u32,
    /// Ends in sentence punctuation: `. ! ? … : " ' ” » ۔`.
    pub(crate) sentence_end: bool,
    /// Ends in `?`, `!` or `…`: a title may end so, a list item too.
    pub(crate) soft_end: bool,
    /// Ends in a full stop: prose does, titles do not.
    pub(crate) full_stop: bool,
    /// Menu and breadcrumb separators: `| / > » • ·` and `-` between words.
    pub(crate) separators: u32,
    /// Dashes between words (` - `), as in datelines `CITY - AGENCY`.
    pub(crate) dashes: u32,
    /// Vertical bars: menus (`الرئيسية | أخبار`) and flattened table rows;
    /// on rows joined by runs of spaces, those runs (see `spaced_rows`).
    pub(crate) pipes: u32,
    pub(crate) url: bool,
    /// Has a `©` sign.
    pub(crate) copyright: bool,
    /// A year stands in the `©` sign's clause (`© 2024 …`, `2010-2024 ©`),
    /// no full stop or comma between them: the rights line's year, not an
    /// artwork's date in the caption before it (`… زيت على قماش، 1968. ©
    /// ورثة الفنان`).
    pub(crate) copyright_year: bool,
    /// Has a four-digit year (1900–2100).
    pub(crate) year: bool,
    /// A short line ending in `*`: a required form field.
    pub(crate) form_field: bool,
    /// Only a counter such as `1/5`, `3 من 10`.
    pub(crate) counter: bool,
    /// Ends in a bracket holding a photo credit or agency.
    pub(crate) credit: bool,
    /// The line is only such a bracket (or a dash and one).
    pub(crate) credit_only: bool,
    /// The credit is the caption's last sentence or clause (`… في الرياض.
    /// صورة من أرشيف رويترز.`): the caption may read as prose.
    pub(crate) credit_sentence: bool,
    /// The line is only a format label (`فيديو`, `بالصور`): a media
    /// label, not a photo's credit.
    pub(crate) format_label: bool,
    /// Ends in a short bracket that is not a format label (`(فيديو)`): a
    /// caption's credit (`(الصورة من الناشر)`, `(SITE)`, a photographer's
    /// name), whoever it names. Titles and subheadings do not end so.
    pub(crate) bracket_tail: bool,
    /// Starts with `نهاية` / `end of`: the marker that closes a list
    /// (`نهاية القائمة`, `نهاية قصص مقترحة`, `end of list`).
    pub(crate) list_end: bool,
    /// `list 1 of 4`, `القائمة 2 من 5`: the counter some sites print before
    /// each item of a list of other articles.
    pub(crate) list_counter: bool,
    /// `2 تعليقات على “TITLE”`, `3 thoughts on “TITLE”`: the header a blog
    /// prints over the comment thread, with the post's title quoted.
    pub(crate) thread_header: bool,
    /// A quoted post's signature: `— NAME (@handle) DATE`, as embedded
    /// posts print under their text.
    pub(crate) post_signature: bool,
    /// The line names an account by its handle (`Wydad Athletic Club
    /// @WACofficiel`): a post's author, not a photo's credit.
    pub(crate) handle: bool,
    /// Starts an interview's question or answer: `س:`, `ج/`, `Q:`.
    pub(crate) interview: bool,
    /// Forty words or more without a comma, full stop, semicolon, `!` or
    /// `?` anywhere: no prose runs so long unpunctuated; titles run
    /// together (a ticker, a carousel) do.
    pub(crate) run_on: bool,
    /// Starts with a breaking-news word (`عاجل | …`) or a clock time
    /// (`09:30 …`): a ticker or news-feed line.
    pub(crate) ticker: bool,
    /// A few words that open with a circumstantial word (`بعد`, `وسط`): the
    /// shape of a kicker above a title.
    pub(crate) circumstance: bool,
    /// Opens with an occupation (`كاتب`, `صحفية`, `occupations.txt`): under
    /// a person's name, the author's note of an author box.
    pub(crate) occupation: bool,
    /// A few words without figures that place people in an event (`وزير
    /// الصحة خلال تفقده عيادة …`): the shape of a photo's caption.
    pub(crate) scene: bool,
    /// Places people in an event, whatever its figures and punctuation, in
    /// a line of at most [`MAX_EVENT_WORDS`] words (`نائب وزير الاستثمار
    /// … (وسط) خلال مؤتمر صحفي في كوالالمبور.`): a caption only where the
    /// photo stands (under the share row).
    pub(crate) event: bool,
    /// A person's name of two to four words, a comma and their role
    /// (`عبد الرحيم الوزاني، خبير في الموارد المائية`, `roles.txt`), in at
    /// most [`MAX_PORTRAIT_WORDS`] words: the shape of a portrait's caption.
    pub(crate) portrait: bool,
    /// A person's name: a short line that starts with a title of address
    /// (`د.`, `المهندس`) and has no colon and at most one function word.
    pub(crate) name: bool,
    pub(crate) date: DateScan,
    pub(crate) marker: Option<MarkerMatch>,
    /// A temperature (`21 °`, `34°C`) or a row of clock times: a weather or
    /// prayer-time widget.
    pub(crate) widget: bool,
    /// Words that name social networks (`فيسبوك تويتر واتساب`).
    pub(crate) social_words: u32,
    /// A few words that invite the reader to follow the site on a network
    /// (`تابع موقع … على جوجل نيوز`): a follow prompt.
    pub(crate) follow_prompt: bool,
    /// Names readers' comments (`التعليقات`, `تعليقك`, `discussion.txt`),
    /// as a comment section's rules and notices do.
    pub(crate) names_comments: bool,
    /// Ends in a colon: it introduces what follows (a list, a quote).
    pub(crate) colon_end: bool,
    /// Looks like an item of a list: starts with a bullet or a number and a
    /// dot or bracket, or is a short `key: value` line.
    pub(crate) list_item: bool,
    /// Starts with a bullet or a number and a dot or bracket.
    pub(crate) bulleted: bool,
    /// A date, a colon and words (`السبت 22 حزيران: اللغة العربية`), or a
    /// bulleted `key: date` line: an item of a schedule or a timeline, not a
    /// stamp or a caption.
    pub(crate) dated_item: bool,
    /// Opens with a year and a colon before words (`2025: التشغيل الفعلي
    /// للمرحلة الأولى.`): a timeline's entry, never a stamp.
    pub(crate) year_entry: bool,
    /// Starts with a source's colon (`المصدر: …`, `Source: …`), of any
    /// length: under a table, its source note.
    pub(crate) source_note: bool,
    /// The whole line is one quotation (`«سير الصالحين»`): its closing quote
    /// ends a name, not a sentence.
    pub(crate) quoted: bool,
    /// The line is a speaker and the quotation a colon introduces,
    /// ending with it (`ليلى عبد الحق: "الأغنية الشعبية أرشيف …"`): an
    /// interview's title, though it reads as a sentence.
    pub(crate) quote_title: bool,
    /// The line opens with a speaker and a colon, then gives the words
    /// (`ريم العتيبي: بنينا "مسار" على فكرة بسيطة`, `التربية: 14 يناير
    /// انطلاق الاختبارات`): a title's shape, which a kicker over it lacks.
    pub(crate) speaker_colon: bool,
    /// The line opens with a quotation mark (`«مدّ وجزر» – إخراج …`): a
    /// quoted name first, as a list of works prints it, not a path.
    pub(crate) opens_quote: bool,
    /// The line follows the one above with no blank line between: as a
    /// photo's credit follows its caption.
    pub(crate) joined: bool,
    /// The line is only an agency's or photo source's name (`رويترز`,
    /// `أ.ف.ب`, `Getty Images`).
    pub(crate) credit_name: bool,
    /// The line is an item (or the header) of the article's table of
    /// contents (see `contents_lists`).
    pub(crate) contents: bool,
    /// The line repeats an item of the article's table of contents: it is
    /// one of the text's subheadings.
    pub(crate) listed_in_contents: bool,
    /// The line is only the heading of an article's section (`مقدمة`,
    /// `خاتمة`, `الملخص`; see `sections.txt`).
    pub(crate) section_heading: bool,
}

/// Most words of a person's name alone on its line (see
/// [`Features::name_shaped`]).
pub(crate) const MAX_BARE_NAME_WORDS: u32 = 4;

impl Features {
    /// Share of Arabic letters among letters, 0.0 for a line without letters.
    pub(crate) fn arabic_ratio(&self) -> f32 {
        if self.letters == 0 {
            0.0
        } else {
            self.arabic as f32 / self.letters as f32
        }
    }

    /// A `key: date` field (`موعد الإطلاق: 20 فبراير 2025`, `المدة: من 12 إلى
    /// 22 جانفي`): a `key: value` item, not bulleted, whose key holds words
    /// that are no stamp's (a key of stamp words alone, `نُشر في: …`, is
    /// the page's stamp). Read where the line's date makes it a stamp.
    pub(crate) fn dated_field(&self) -> bool {
        self.key_value() && self.date.other_words > 0
    }

    /// A `key: value` item (`رسوم الطلب: 1500 كرونة`): a list item that is
    /// not bulleted.
    pub(crate) fn key_value(&self) -> bool {
        self.list_item && !self.bulleted
    }

    /// A person's name by its shape alone: two to [`MAX_BARE_NAME_WORDS`]
    /// words, all of text, no function word, no sentence end (`سلمى عبد
    /// الحميد`). Where it stands says whether it is one.
    pub(crate) fn name_shaped(&self) -> bool {
        (2..=MAX_BARE_NAME_WORDS).contains(&self.text_words)
            && self.words == self.text_words
            && self.stopwords == 0
            && !self.sentence_end
    }

    /// A line mostly in another script (English captions, credits, menus).
    pub(crate) fn mostly_latin(&self) -> bool {
        self.latin >= 3 && self.latin * 10 >= self.letters * 7
    }
}

/// The detector: the compiled lexicon plus the word lists of its features.
#[derive(Clone, Debug)]
pub(crate) struct Detector {
    pub(crate) lexicon: Lexicon,
    credits: AhoCorasick,
    social: AhoCorasick,
    widgets: AhoCorasick,
    formats: AhoCorasick,
    units: AhoCorasick,
    roles: AhoCorasick,
    photo_words: AhoCorasick,
    honorifics: AhoCorasick,
    tickers: AhoCorasick,
    follow: AhoCorasick,
    kickers: AhoCorasick,
    occupations: AhoCorasick,
    scene_words: AhoCorasick,
    sections: AhoCorasick,
    /// The words of `discussion.txt`, unpadded: a match may follow a
    /// proclitic inside its word (see [`Detector::names_comments`]).
    discussion: AhoCorasick,
    periods: Vec<String>,
}

/// True for an emoji or a pictograph (`💪`, `📋`, `✈`).
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}')
}

/// Most words of a rate's label and its conversions on one line.
const MAX_CONVERSION_WORDS: u32 = 20;

/// True when a colon is followed by figures set equal (`1 أورو = 104.12
/// دج`): a rates widget's conversion.
fn is_conversion(folded: &str) -> bool {
    let Some((_, rates)) = folded.split_once(':') else { return false };
    let digit = |t: &str| t.chars().any(|c| c.is_ascii_digit());
    rates.split_once('=').is_some_and(|(a, b)| digit(a) && digit(b))
}

/// Most words of a depicted scene's subject (`لاعبو الوصل`): with three,
/// a news line (`مجلس الأمن الدولي يدرس …`) reads as one.
const MAX_DEPICTED_SUBJECT_WORDS: usize = 2;

/// Prepositions of place, folded: where a depicted scene happens.
const PLACE_WORDS: &[&str] = &["في", "قرب", "امام", "داخل", "علي", "وسط", "عند", "بين"];

/// The prepositions that place a thing described without a verb (not
/// `على`, which also says "over" and "about": `فوز ثمين على الشباب`).
const PLACED_BY: &[&str] = &["في", "قرب", "امام", "داخل", "وسط", "عند"];

/// Most function words of a description placed without a verb: its
/// prepositions (`على أسطح منازل في بلدة …`); a clause has more (`… في
/// استعادة الانتباه، وما تعلّمته عن …`).
const MAX_PLACED_FUNCTION_WORDS: usize = 3;

/// Fewest words of a description that places its subject without a verb.
const MIN_PLACED_WORDS: usize = 7;

/// A word that starts with the conjunction `و` and a verb's or a noun's
/// prefix (`وقال`, `واضاف`, `وتشمل`, `ونقل`): a sentence's first word, where
/// `وزير`, `وفد` and `ورشه` are nouns.
fn is_conjoined(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next() == Some('و') && matches!(chars.next(), Some('ا' | 'ي' | 'ت' | 'ن' | 'ق' | 'ل' | 'ب' | 'ك' | 'ف'))
}

/// A word of the present tense: `ي` or `ت` and three letters or more, not
/// a verbal noun of the forms `تفعيل` and `تفاعل` (`تطوير`, `تعاون`) nor a
/// feminine noun (`تجربه`), nor a month's name or `يوم`.
fn is_present_verb(w: &str) -> bool {
    let chars: Vec<char> = w.chars().collect();
    let (Some(&first), true) = (chars.first(), chars.len() >= 4) else { return false };
    match first {
        'ي' => !matches!(w, "يوم" | "يوما" | "يمين") && dates::date_word(w).is_none(),
        'ت' => !(chars.len() == 5 && chars[3] == 'ي') && chars[2] != 'ا' && !w.ends_with('ه'),
        _ => false,
    }
}

/// Most words of a scene's caption (`وزير الصحة خلال تفقده …`).
const MAX_SCENE_WORDS: u32 = 14;
/// Most words of a line that may place people in an event (see
/// [`Features::event`]).
const MAX_EVENT_WORDS: u32 = 30;
/// Most words of a portrait's caption (see [`Features::portrait`]).
const MAX_PORTRAIT_WORDS: u32 = 16;
/// Fewest words naming the people before a scene word.
const MIN_SCENE_SUBJECT_WORDS: usize = 2;
/// Most words of a line read as a circumstance (`بعد جلسة استمرت خمس ساعات
/// في بعبدا`).
const MAX_CIRCUMSTANCE_WORDS: u32 = 10;
/// Fewest words of a line read as titles run together when it has no
/// clause punctuation (see [`Features::run_on`]): a title printed twice has
/// fewer.
const MIN_RUN_ON_WORDS: u32 = 40;
/// Most words of a follow prompt (`تابعوا آخر أخبار … عبر Google News`).
const MAX_FOLLOW_WORDS: u32 = 15;
/// Most words of a ticker line: a title after its ticker word.
const MAX_TICKER_WORDS: u32 = 40;
/// Most words of a blog's comment-thread header with the post's title.
const MAX_THREAD_HEADER_WORDS: u32 = 40;
/// Fewest words of a sentence that is prose without a function word, with
/// its full stop (`ونصحت قائدي المركبات بالقيادة بحذر وترك مسافات … فترات
/// الشبورة.`, fourteen words). Of the development pages' Arabic lines of
/// twelve to fourteen such words, nine in ten are the text's; the others (a
/// site's description in its footer, a comment) stand far from it. Fifteen
/// left that one, over a table, out of the text.
const MIN_BARE_SENTENCE_WORDS: u32 = 12;
/// Most words of text in a widget's row.
const MAX_WIDGET_TEXT_WORDS: u32 = 8;
/// Most words of a quoted post's signature (name, handle, date).
const MAX_SIGNATURE_WORDS: u32 = 16;
/// Most words of a line read as a name after a title of address.
const NAME_WORDS: u32 = 6;
/// Most words inside a bracket that ends a caption.
const BRACKET_TAIL_WORDS: usize = 6;
/// Most words of a photo credit that names its source or is introduced.
const CREDIT_WORDS: usize = 8;
/// Fewest words a caption describes before a credit that a word introduces.
const MIN_DESCRIBED_WORDS: usize = 3;
/// Most words of a line whose last sentence or clause may credit a photo
/// (a caption that ends in its credit is read up to 40 words).
const MAX_CAPTION_LINE_WORDS: u32 = 40;
/// Most words of a credit that a photo word leads without a colon, as the
/// caption's last sentence (`تصوير سارة القضاة`, `الصورة مقدمة منها`).
const MAX_LED_CREDIT_WORDS: usize = 4;

/// Start and anywhere markers of these labels apply only to short lines.
const SHORT_START_LABELS: &[(Label, u32)] = &[(Label::Byline, 7), (Label::Navigation, 8), (Label::Caption, 20)];
/// Most words of a row of tool buttons read as one (`A+ A- طباعة إرسال
/// لصديق`).
const MAX_TOOLS_IN_ROW: usize = 8;
/// Fewest words before a colon that make it a statement's, not a label's.
const MIN_STATEMENT_SUBJECT_WORDS: usize = 3;
/// Anywhere markers apply to lines of at most this many words.
const ANYWHERE_MAX_WORDS: u32 = 25;
/// Start markers apply to lines of at most this many words.
const START_MAX_WORDS: u32 = 45;

impl Detector {
    pub(crate) fn new(lexicon: Lexicon, words: &WordLists) -> Detector {
        let list = |list| compile_list(words.entries(list), StartKind::Unanchored);
        let prefixes = |list| compile_list(words.entries(list), StartKind::Anchored);
        let periods = crate::lexicon::sorted_set(words.entries(WordList::Periods));
        Detector {
            lexicon,
            credits: list(WordList::Credits),
            social: list(WordList::Social),
            follow: prefixes(WordList::Follow),
            widgets: list(WordList::Widgets),
            formats: list(WordList::Formats),
            units: list(WordList::Units),
            roles: prefixes(WordList::Roles),
            photo_words: list(WordList::PhotoWords),
            honorifics: prefixes(WordList::Honorifics),
            tickers: prefixes(WordList::Tickers),
            kickers: prefixes(WordList::Kickers),
            occupations: prefixes(WordList::Occupations),
            scene_words: list(WordList::Scenes),
            sections: list(WordList::Sections),
            discussion: AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(words.entries(WordList::Discussion))
                .expect("checked word lists compile"),
            periods,
        }
    }

    /// Detects the features of every line of a page into `out`, from the
    /// folded text and word forms that `normalize::fold_lines` left in
    /// `folded`.
    pub(crate) fn detect(&self, lines: &[RawLine], folded: &FoldedLines, out: &mut Vec<Features>) {
        out.clear();
        // One buffer per page for the word forms of bracket contents, so
        // that no line allocates.
        let mut scratch = String::new();
        out.extend((0..lines.len()).map(|i| self.features(folded.text(i), folded.form(i), &mut scratch)));
        for (i, f) in out.iter_mut().enumerate().skip(1) {
            f.joined = lines[i].number == lines[i - 1].number + 1;
        }
        spaced_rows(folded, out);
        contents_lists(folded, out);
    }

    fn features(&self, folded: &str, form: &str, scratch: &mut String) -> Features {
        let mut f = Features::default();
        // One pass over the word form: words, words with letters, a year.
        // Word forms hold letters and digits only, and a run of digits is
        // its own word, so a word is numeric when its first byte is a digit.
        for w in form.split(' ').filter(|w| !w.is_empty()) {
            f.words += 1;
            if w.as_bytes()[0].is_ascii_digit() {
                f.year |= w.len() == 4 && ("1900"..="2100").contains(&w);
            } else {
                f.text_words += 1;
                f.stopwords += u32::from(self.lexicon.is_stopword(w));
            }
        }
        // One pass over the folded bytes: ASCII and Arabic letters (most of
        // the text) are told by their bytes; other characters are decoded.
        let bytes = folded.as_bytes();
        let mut prev = [b' ', b' '];
        let mut url_signs = false;
        // `«` opens a quotation that `»` closes: only an unmatched `»` is a
        // breadcrumb separator.
        let mut open_quotes = 0u32;
        // (Folding made the Arabic comma, semicolon and question mark ASCII.)
        let mut clause_marks = 0u32;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    f.letters += 1;
                    f.latin += 1;
                }
                match b {
                    b'|' => {
                        f.separators += 1;
                        f.pipes += 1;
                    }
                    // (Not the slash of a date or a fraction, `1/7/2024`.)
                    b'/' if prev[1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
                    b'/' | b'>' | b'\\' => f.separators += 1,
                    b'.' | b',' | b';' | b'!' | b'?' => clause_marks += 1,
                    _ => {}
                }
                // A dash between spaces separates menu items and site names.
                if b == b' ' && prev == [b' ', b'-'] {
                    f.separators += 1;
                    f.dashes += 1;
                }
                url_signs |= matches!(b, b':' | b'@' | b'<' | b'{')
                    || (b == b'.' && prev[1] == b'w')
                    || (b == b'/' && (prev[1] == b'/' || prev[1].is_ascii_alphabetic()));
                prev = [prev[1], b];
                i += 1;
                continue;
            }
            if (0xD8..=0xDB).contains(&b) {
                // The Arabic block: two bytes, told by table.
                if arabic_letters()[usize::from(b - 0xD8) * 64 + usize::from(bytes[i + 1] & 0x3F)] {
                    f.letters += 1;
                    f.arabic += 1;
                }
                prev = [prev[1], 0x80];
                i += 2;
                continue;
            }
            let c = folded[i..].chars().next().unwrap_or(' ');
            if is_letter(c) {
                f.letters += 1;
                if is_arabic_letter(c) {
                    f.arabic += 1;
                } else if ('\u{00C0}'..='\u{024F}').contains(&c) {
                    f.latin += 1;
                }
            }
            match c {
                '«' => open_quotes += 1,
                '»' if open_quotes > 0 => open_quotes -= 1,
                '»' | '•' | '·' | '›' => f.separators += 1,
                '©' => f.copyright = true,
                _ => {}
            }
            prev = [prev[1], 0x80];
            i += c.len_utf8();
        }
        if f.copyright && f.year {
            f.copyright_year = copyright_year(folded);
        }
        f.run_on = f.words >= MIN_RUN_ON_WORDS && clause_marks == 0;
        let trimmed = folded.trim_end();
        let last = trimmed.chars().last();
        f.sentence_end = matches!(last, Some('.' | '!' | '?' | '…' | ':' | '"' | '\'' | '”' | '»' | '۔' | ';'));
        // (Three dots are an ellipsis, `…`, not a full stop: a truncated
        // title or path, `الرئيسية » تقارير » مياه مصراتة.. آبار تنضب...`.)
        let ellipsis = trimmed.ends_with("...");
        f.soft_end = matches!(last, Some('!' | '?' | '…')) || ellipsis;
        f.source_note = ["المصدر", "مصدر", "source"]
            .iter()
            .any(|w| folded.strip_prefix(w).is_some_and(|rest| rest.trim_start_matches(' ').starts_with(':')));
        f.quoted = matches!(
            (trimmed.chars().next(), last),
            (Some('«'), Some('»')) | (Some('“'), Some('”')) | (Some('"'), Some('"'))
        ) && trimmed.chars().count() > 2;
        f.full_stop = matches!(last, Some('.' | '۔')) && !ellipsis;
        f.colon_end = last == Some(':');
        f.opens_quote = trimmed.trim_start().starts_with(['«', '“', '"']);
        f.quote_title = matches!(last, Some('"' | '”' | '»'))
            && trimmed.split_once(':').is_some_and(|(_, quote)| quote.trim_start().starts_with(['"', '“', '«']));
        f.speaker_colon = is_speaker_colon(trimmed);
        f.bulleted = is_bulleted(trimmed.trim_start());
        f.list_item = f.bulleted || is_key_value(trimmed.trim_start(), f.words);
        f.interview = is_interview_line(trimmed.trim_start());
        f.url = url_signs
            && (folded.contains("http://")
                || folded.contains("https://")
                || folded.contains("www.")
                || (folded.contains('@') && folded.contains('.') && f.words <= 8)
                || folded.starts_with('<')
                || folded.starts_with("//")
                || folded.starts_with('{')
                // A bare link (`pic.twitter.com/…`); one at the end of a
                // post's text leaves the text the post's.
                || is_host_path(folded.trim()));
        f.form_field = trimmed.ends_with('*') && f.words <= 6 && f.words >= 1;
        f.counter = (f.text_words == 0 && is_counter(folded)) || (f.words <= 4 && is_photo_counter(form));
        // Share and follow rows are short lines.
        if f.words <= 20 {
            f.social_words = self.social.find_overlapping_iter(form).count() as u32;
            f.follow_prompt =
                f.social_words >= 1 && f.words <= MAX_FOLLOW_WORDS && starts_with_phrase(&self.follow, form);
        }
        f.names_comments = self.names_comments(form);
        // Every timestamp line has a digit, or is a few words (`منذ ساعتين`,
        // `أمس`): other lines are not scanned.
        if f.words <= 5 || folded.bytes().any(|b| b.is_ascii_digit()) {
            f.date = dates::scan(folded, f.words as usize);
            f.dated_item = (folded.contains(':') && is_dated_item(folded)) || is_dashed_dated_item(folded);
            f.year_entry = is_year_entry(folded.trim_start());
        }
        // A bulleted `key: dates` line (`- دورة المراقبة: من الاثنين 1
        // جويلية إلى …`) is a schedule's item too: a page's stamps are not
        // bulleted.
        f.dated_item |= f.bulleted && f.date.date && is_key_value(trimmed.trim_start(), f.words);
        f.widget = (f.text_words <= 2 && is_temperature(folded))
            || (f.text_words <= 2 && f.date.time && !f.date.date && folded.matches(':').count() >= 3)
            || self.widget_row(folded, form, &f);
        self.credit(folded, &mut f, scratch);
        f.bracket_tail = f.credit || self.bracket_tail(folded, scratch);
        f.list_end = form.starts_with(" نهايه ") || form.starts_with(" end of ");
        f.list_counter = f.words == 4 && is_list_counter(form);
        // A news feed prints its items after their time (`09:30 STORY`).
        f.ticker = f.words <= MAX_TICKER_WORDS
            && (starts_with_phrase(&self.tickers, form)
                || (f.text_words >= 3 && !f.date.date && starts_with_clock(folded)));
        f.circumstance = f.words <= MAX_CIRCUMSTANCE_WORDS && starts_with_phrase(&self.kickers, form);
        f.occupation = starts_with_phrase(&self.occupations, form);
        f.event =
            f.words <= MAX_EVENT_WORDS && !f.soft_end && !f.bulleted && !folded.contains(':') && self.is_scene(form);
        // (The cheap tests first: most lines are too long or hold figures.)
        let scene_shape = f.words <= MAX_SCENE_WORDS
            && f.words == f.text_words
            && !f.full_stop
            && !f.soft_end
            && !f.bulleted
            && !folded.contains(':');
        // (A description's first character is a letter: not a bracketed
        // note, a quote or an emoji's list; and it holds no emoji, which
        // posts and prompts do, `ثلاث نقاط مستحقة أمام ضمك 💪`, nor `..`.)
        let described = || {
            folded.trim_start().chars().next().is_some_and(char::is_alphabetic)
                && !folded.chars().any(is_pictograph)
                && !folded.contains("..")
        };
        f.scene = scene_shape && (f.event || self.is_depiction(form, described()));
        f.portrait = f.words <= MAX_PORTRAIT_WORDS
            && f.words == f.text_words
            && !f.sentence_end
            && self.is_portrait(folded, scratch);
        f.thread_header = f.words <= MAX_THREAD_HEADER_WORDS && is_thread_header(form, folded);
        // (Most lines have no `@`: one byte search skips them.)
        f.handle = trimmed.contains('@')
            && trimmed.split_whitespace().any(|w| {
                w.strip_prefix('@')
                    .is_some_and(|h| h.len() >= 2 && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            });
        f.post_signature = f.words <= MAX_SIGNATURE_WORDS
            && f.date.date
            && folded.trim_start().starts_with('-')
            && folded.contains("(@");
        // (`علي` folds like `على`, a function word.)
        f.name = f.words <= NAME_WORDS
            && f.stopwords <= 1
            && starts_with_phrase(&self.honorifics, form)
            && !folded.contains(':')
            // Initials (`م.ر/ ع.ف`) are an editor's mark, not a name.
            && form.split(' ').filter(|w| w.chars().count() >= 2).count() >= 2;
        f.credit_name = f.words <= 4 && is_whole_match(&self.credits, form);
        f.section_heading = f.words <= 2 && is_whole_match(&self.sections, form);
        f.marker = self.marker(folded, form, &f);
        // Only a caption marker can be a bare media label (`فيديو`).
        f.format_label =
            f.words <= 3 && f.marker.is_some_and(|m| m.label == Label::Caption) && is_whole_match(&self.formats, form);
        f
    }

    /// A short row of a weather, prayer-time or market widget: degrees
    /// (`دبي 27° | أبوظبي 28°`), two widget words (`الفجر الشروق الظهر`), or
    /// one and a decimal number (`الدولار 30.90 جنيه`). Never a sentence.
    fn widget_row(&self, folded: &str, form: &str, f: &Features) -> bool {
        // The prayer times on one line, each with its clock (`مواقيت الصلاة
        // - تونس: الفجر 05:48 | الظهر 12:38 | …`), are a widget whatever
        // their length.
        if f.stopwords == 0 && folded.matches(':').count() >= 3 && self.widgets.find_overlapping_iter(form).count() >= 3
        {
            return true;
        }
        // So is a rate given as a conversion after its label (`أسعار الصرف
        // في سوق الناصرية: 100 دولار = 142,250 دينار`): no text converts
        // figures after a colon in so few words.
        if f.words <= MAX_CONVERSION_WORDS && is_conversion(folded) {
            return true;
        }
        // A bar of widgets joined by `|` with a city's temperature among
        // them (`بغداد 31°C | الدولار في بورصة الكفاح 146,250 دينار …`) is
        // one whatever its other cells say: a title gives no temperature in
        // a cell of its own.
        if f.pipes > 0 && folded.contains('°') && folded.split('|').any(is_temperature_cell) {
            return true;
        }
        // A row has a few labels (`الدولار 30.90 جنيه`, the six prayers): a
        // title about prices (`أسعار الذهب اليوم …`) has more words.
        if f.words > 16 || f.text_words > MAX_WIDGET_TEXT_WORDS || f.stopwords > 0 || (f.sentence_end && !f.colon_end) {
            return false;
        }
        if folded.contains('°') && f.text_words <= 8 {
            return true;
        }
        let words = self.widgets.find_overlapping_iter(form).count();
        let decimal =
            folded.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
        words >= 2 || (words == 1 && decimal)
    }

    /// Finds a photo credit at the end of the line: in a bracket, after a
    /// dash, or after the caption's last full stop.
    fn credit(&self, folded: &str, f: &mut Features, scratch: &mut String) {
        let trimmed = folded.trim_end_matches([' ', '.']);
        // `… (أرشيفية) الأناضول`: a credit word or two may follow the bracket.
        let Some(close) = trimmed.rfind(')') else {
            // `أطعمة تقوي المناعة - أرشيفية`: or the credit follows a dash.
            // (Folding made every dash `-`; most lines have none.)
            let dash = trimmed.as_bytes().contains(&b'-').then(|| trimmed.rfind(" - ")).flatten();
            if let Some(at) = dash {
                let tail = &trimmed[at + 3..];
                let words = tail.split_whitespace().count();
                // The credit names an agency or the archive, or the site in
                // quotes (`- "فلسطين"`), or a word introduces it.
                let quoted = is_quoted_name(tail, words);
                // An introduced credit ends a caption when something is
                // described before it: after a place or a name alone
                // (`عمان - تصوير: …`) it is a dateline's credit line.
                let described = trimmed[..at].split_whitespace().count() >= MIN_DESCRIBED_WORDS;
                // (Or a photo word leads a name without a colon: `… بفوسانة
                // - تصوير هالة بن سالم`; not `- تصوير المشاهد الخارجية بعد
                // أسبوع`, which has a function word.)
                let led = described
                    && (2..=MAX_LED_CREDIT_WORDS).contains(&words)
                    && tail
                        .split(' ')
                        .next()
                        .is_some_and(|lead| self.photo_words.is_match(padded_words(lead, scratch)))
                    && tail
                        .split_whitespace()
                        .skip(1)
                        .all(|w| w.chars().all(char::is_alphabetic) && !self.lexicon.is_stopword(w));
                if (words <= 2 && self.credits.is_match(padded_words(tail, scratch)))
                    || quoted
                    || led
                    || (described && self.introduces_credit(tail, scratch))
                {
                    f.credit = true;
                    f.credit_only = !trimmed[..at].chars().any(is_word_char);
                }
                return;
            }
            // `… أسواق دمشق، تشرين الأول 2023. تصوير: خاص`: or it is the
            // caption's last sentence (or clause), introduced (`… في
            // عمّان، تصوير: عمر خليل`), led by a photo word (`… 2022.
            // الصورة بإذن من الفنانة`) or a source in quotes (`…
            // الدمام. "الاقتصادية"`).
            // (Only a line short enough to be a caption is read so.)
            if f.words > MAX_CAPTION_LINE_WORDS {
                return;
            }
            let sentence = trimmed.rfind(". ").map(|at| at + 2);
            // (Folding made the Arabic comma `,`.)
            let clause = trimmed.rfind(", ").map(|at| at + 2);
            if let Some(start) = sentence.max(clause) {
                let tail = &trimmed[start..];
                let words = tail.split_whitespace().count();
                if words > CREDIT_WORDS {
                    return;
                }
                // (Something is described before it: `2. «الحوالة
                // السوداء»` is a numbered item.)
                let described = || trimmed[..start].split_whitespace().count() >= MIN_DESCRIBED_WORDS;
                let quoted = sentence == Some(start) && is_quoted_name(tail, words) && described();
                let led = (2..=MAX_LED_CREDIT_WORDS).contains(&words)
                    && tail
                        .split(' ')
                        .next()
                        .is_some_and(|lead| self.photo_words.is_match(padded_words(lead, scratch)))
                    && described();
                f.credit = quoted || led || self.introduces_credit(tail, scratch);
                f.credit_sentence = f.credit;
            }
            return;
        };
        let tail = &trimmed[close + 1..];
        let words_after = tail.split_whitespace().count();
        if words_after > 2 || (words_after > 0 && !self.credits.is_match(padded_words(tail, scratch))) {
            return;
        }
        let trimmed = &trimmed[..=close];
        let Some(open) = trimmed.rfind('(') else { return };
        let inside = &trimmed[open + 1..trimmed.len() - 1];
        let named = inside.split(' ').count() <= CREDIT_WORDS && self.credits.is_match(padded_words(inside, scratch));
        if named || self.introduces_credit(inside, scratch) {
            f.credit = true;
            f.credit_only = !trimmed[..open].chars().any(is_word_char);
        }
    }

    /// True when a photo or format word introduces a credit: with a colon
    /// before a name (`تصوير: أحمد فوزي`, `صورة: شوف تيفي`), or with `من`
    /// (`صورة من حساب النادي`).
    fn introduces_credit(&self, text: &str, scratch: &mut String) -> bool {
        if text.split_whitespace().count() > CREDIT_WORDS {
            return false;
        }
        let (lead, name) = match text.split_once(':') {
            Some(parts) => parts,
            None => match text.split_once(" من ") {
                Some((lead, name)) if !lead.contains(' ') => (lead, name),
                _ => return false,
            },
        };
        if name.trim().is_empty() || lead.split_whitespace().count() > 2 {
            return false;
        }
        let lead = padded_words(lead, scratch);
        self.photo_words.is_match(lead) || self.formats.is_match(lead)
    }

    /// True when the line ends in a bracket of a few words that is not a
    /// format label.
    fn bracket_tail(&self, folded: &str, scratch: &mut String) -> bool {
        // (A full stop after the bracket ends a sentence that names
        // something in brackets, `… مثل الداء البطني (السيلياك).`: a list
        // item or prose. A known credit there is caught by `credit`.)
        let trimmed = folded.trim_end_matches(' ');
        let Some(body) = trimmed.strip_suffix(')') else { return false };
        let Some(open) = body.rfind('(') else { return false };
        let inside = &body[open + 1..];
        // A bracket of digits only is a count or a year, and a number after
        // a colon or slash a reference (`(الروم: 22)`), not a credit (which
        // may hold a number: `(عرب 48)`).
        let digits = inside.bytes().any(|b| b.is_ascii_digit());
        let reference = digits && inside.contains([':', '/']);
        if !inside.chars().any(char::is_alphabetic) || reference {
            return false;
        }
        // Nor is a date (`(شتنبر 2024)`): the period a table or title covers.
        if digits && dates::scan(inside, inside.split_whitespace().count()).date {
            return false;
        }
        // A caption describes before its credit (or the credit stands
        // alone): a word or two before a bracket are a table's cell and its
        // unit (`الكمية (برميل)`), or a name and its town.
        let described = body[..open].split_whitespace().count();
        if described > 0 && described < MIN_DESCRIBED_WORDS {
            return false;
        }
        let padded = padded_words(inside, scratch);
        let words = padded.split(' ').filter(|w| !w.is_empty()).count();
        words <= BRACKET_TAIL_WORDS && !self.formats.is_match(padded) && !self.units.is_match(padded)
    }

    /// True when the line is a name of two to four words without a
    /// function word, a comma, and a role from `roles.txt`.
    fn is_portrait(&self, folded: &str, scratch: &mut String) -> bool {
        let Some((name, role)) = folded.split_once('،').or_else(|| folded.split_once(',')) else { return false };
        // (A name is letters only: no initial's dot, no colon of a label.)
        let plain = name.split_whitespace().all(|w| w.chars().all(char::is_alphabetic) && !self.lexicon.is_stopword(w));
        (2..=4).contains(&name.split_whitespace().count())
            && plain
            && !folded.starts_with('و')
            && starts_with_phrase(&self.roles, padded_words(role, scratch))
    }

    /// True for the shapes of a photo's description, in a line the caller
    /// has found short and without figures: a subject of one or two words,
    /// the first without the article (`مزارعون`, `لاعبو الوصل`), a verb in
    /// the present tense (`يقطفون`, `تتسلم`) and where (`في`, `قرب`,
    /// `أمام`): `مزارعون يقطفون الزيتون في ريف إدلب`; a subject placed "in
    /// one of" some places; or a thing placed without a verb in seven words
    /// or more. News titles say what happened; a caption says what the
    /// photo shows happening. `described` says the line starts with a
    /// letter and holds no emoji nor `..`, as a description does.
    fn is_depiction(&self, form: &str, described: bool) -> bool {
        // (Only lines of at most MAX_SCENE_WORDS words get here: their words
        // fit on the stack, with no allocation per line.)
        let mut slots = [""; MAX_SCENE_WORDS as usize];
        let mut n = 0;
        for w in form.split(' ').filter(|w| !w.is_empty()) {
            let Some(slot) = slots.get_mut(n) else { return false };
            *slot = w;
            n += 1;
        }
        let words = &slots[..n];
        // Or any line of a few words that places its subject "in one of"
        // some places (`عدّاد كهرباء في أحد أحياء الأشرفية`): a photo's
        // vague where, which a text names.
        let one_of = |w: &[&str]| match w {
            [a, b] => (*a == "في" && matches!(*b, "احد" | "احدي")) || matches!(*a, "باحد" | "باحدي"),
            _ => false,
        };
        if words.windows(2).any(one_of) && words.first().is_some_and(|w| !is_present_verb(w)) {
            return true;
        }
        let Some(&subject) = words.first() else { return false };
        // A second verb joined to the first (`… يقلب الطاولة على الإنتاج
        // الحربي ويحقق فوزاً`, `… تطالب … وتحذّر من …`) tells a story: a
        // news title's, not a photo's one moment.
        let second_verb = words[1..].iter().any(|w| w.strip_prefix('و').is_some_and(is_present_verb));
        if second_verb {
            return false;
        }
        if words.len() < 4 || subject.starts_with("ال") || self.lexicon.is_stopword(subject) || is_present_verb(subject)
        {
            return false;
        }
        // A description of seven words or more that places a thing or a
        // person (`خزانات مياه فارغة على أسطح منازل في بلدة مؤتة`) needs no
        // verb: a subheading that places one has fewer words (`أوضاع صعبة
        // في المخيمات`), and a sentence starts with its verb or a
        // conjunction.
        // (A place, not a time: `في الوقت القاتل`, `اليوم في مصر`; nouns
        // only, no present verb after the first word either: `مجلس الأمن
        // الدولي يدرس … في سوريا` is news.)
        let placed = words.len() >= MIN_PLACED_WORDS
            && !is_conjoined(subject)
            && described
            && words.iter().filter(|w| self.lexicon.is_stopword(w)).count() <= MAX_PLACED_FUNCTION_WORDS
            // (Nor a conjunction's clause: `وما`, `وعن`.)
            && !words[1..].iter().any(|w| w.strip_prefix('و').is_some_and(|rest| self.lexicon.is_stopword(rest)))
            && !self.lexicon.is_stopword(words[1])
            && !words.iter().any(|w| is_present_verb(w) || (!self.lexicon.is_stopword(w) && self.is_period(w)))
            && words[2..words.len() - 1]
                .iter()
                .zip(&words[3..])
                .any(|(w, next)| PLACED_BY.contains(w) && !self.is_period(next));
        if placed {
            return true;
        }
        let Some(verb) = (1..=MAX_DEPICTED_SUBJECT_WORDS).find(|&k| words.get(k).is_some_and(|w| is_present_verb(w)))
        else {
            return false;
        };
        // (The subject's other word is a noun: `لاعبو الوصل`.)
        if words[1..verb].iter().any(|w| self.lexicon.is_stopword(w)) {
            return false;
        }
        words[verb + 1..].iter().any(|w| PLACE_WORDS.contains(w))
    }

    /// True for a period (`الصيف`, `موسم`, `periods.txt`) or a date word,
    /// with or without the article: time, not a place or an event.
    fn is_period(&self, w: &str) -> bool {
        let bare = w.strip_prefix("ال").unwrap_or(w);
        let listed = |x: &str| self.periods.binary_search_by(|s| s.as_str().cmp(x)).is_ok();
        listed(w) || listed(bare) || dates::date_word(w).is_some() || dates::date_word(bare).is_some()
    }

    /// True when a word of the form is a word of `discussion.txt`, alone or
    /// after the article and the proclitics that may lead it (`والتعليقات`,
    /// `للتعليقات`, `بتعليقك`).
    fn names_comments(&self, form: &str) -> bool {
        const PROCLITICS: [&str; 12] = ["", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل", "ول", "ولل"];
        self.discussion.find_overlapping_iter(form).any(|m| {
            let word_start = form[..m.start()].rfind(' ').map_or(0, |s| s + 1);
            let ends_word = form[m.end()..].is_empty() || form[m.end()..].starts_with(' ');
            ends_word && PROCLITICS.contains(&&form[word_start..m.start()])
        })
    }

    /// True when a scene word (`خلال`) stands after two words or more and
    /// before a word that is not a period (`خلال الصيف`, `خلال أسبوع`);
    /// `من خلال` is "by means of".
    fn is_scene(&self, form: &str) -> bool {
        let period = |w: &str| self.is_period(w);
        // Each match is a scene word padded with spaces in the word form.
        self.scene_words.find_overlapping_iter(form).any(|m| {
            let mut before = form[..m.start()].split(' ').filter(|w| !w.is_empty()).rev();
            let prev = before.next();
            let subject = prev.map_or(0, |_| 1 + before.count());
            let next = form[m.end()..].split(' ').find(|w| !w.is_empty());
            subject >= MIN_SCENE_SUBJECT_WORDS && prev != Some("من") && next.is_some_and(|w| !period(w))
        })
    }

    /// The best marker of the line: whole-line matches first, then start,
    /// then anywhere; a longer phrase beats a shorter one.
    fn marker(&self, folded: &str, form: &str, f: &Features) -> Option<MarkerMatch> {
        let mut best: Option<(u32, MarkerMatch)> = None;
        // Found only for a line with a rights phrase in it (see below).
        let mut stated_from: Option<Option<usize>> = None;
        // The tools a row of buttons names (`A+ A- طباعة إرسال لصديق`), each a
        // whole-line navigation phrase: their spans in the word form.
        let mut tools = [(0, 0); MAX_TOOLS_IN_ROW];
        let mut tool_count = 0;
        let tools_possible = (2..=MAX_TOOLS_IN_ROW as u32).contains(&f.words) && f.stopwords == 0;
        self.lexicon.hits(form, |hit| {
            let marker = &self.lexicon.markers[hit.marker as usize];
            if tools_possible && marker.label == Label::Navigation && marker.anchor == Anchor::Whole {
                if let Some(slot) = tools.get_mut(tool_count) {
                    *slot = (hit.start, hit.end);
                    tool_count += 1;
                }
            }
            // A phrase written with a colon needs one right after it: the
            // colon follows the phrase's words within a few characters.
            if marker.colon && !colon_after_start(folded, marker.words) {
                return;
            }
            let applies = match marker.anchor {
                Anchor::Whole => hit.whole,
                Anchor::Start => {
                    // A menu or tag list of names joined by spaces (`الرئيسية
                    // أخبار لبنان اقتصاد رياضة …`) has no function word and no
                    // sentence end, however long it runs.
                    let names = marker.label == Label::Navigation && f.stopwords == 0 && !f.sentence_end;
                    let limit = SHORT_START_LABELS
                        .iter()
                        .find(|(l, _)| *l == marker.label && !names)
                        .map_or(START_MAX_WORDS, |(_, n)| *n);
                    // A byline phrase alone names nobody (`حوار` in a menu);
                    // `المصدر:` alone is listed with `=` where it counts.
                    let header_ok = marker.label != Label::Byline;
                    hit.at_start && ((hit.whole && header_ok) || (!hit.whole && f.words <= limit))
                }
                // A line that opens with a quotation mark names the rights
                // phrase it discusses (`"جميع الحقوق محفوظة": عبارة لا تصنع
                // حقاً`); a site's rights line never opens so.
                Anchor::Anywhere if marker.label == Label::Footer && f.opens_quote => false,
                // Nor is one that a title or a sentence states after its
                // subject and a colon (`… تحسم أزمة «سرقة» أغنيتها الجديدة:
                // الحقوق محفوظة لأصحابها`).
                Anchor::Anywhere
                    if marker.label == Label::Footer
                        && stated_from
                            .get_or_insert_with(|| statement_after_colon(folded, form))
                            .is_some_and(|at| hit.start + 1 >= at) =>
                {
                    false
                }
                Anchor::Anywhere => hit.whole || (f.words <= ANYWHERE_MAX_WORDS && !is_paragraph_shape(f)),
            };
            if !applies {
                return;
            }
            let m = MarkerMatch {
                label: marker.label,
                anchor: marker.anchor,
                whole: hit.whole,
                at_start: hit.at_start,
                phrase_words: marker.words,
                rest_words: (f.words as u16).saturating_sub(marker.words),
            };
            // Rank: whole-line `=` above whole `^` above start above anywhere,
            // then by phrase length.
            let class = match (marker.anchor, hit.whole) {
                (Anchor::Whole, _) => 4,
                (_, true) => 3,
                (Anchor::Start, false) => 2,
                (Anchor::Anywhere, false) => 1,
            };
            let rank = class * 100 + u32::from(marker.words);
            if best.is_none_or(|(r, _)| rank > r) {
                best = Some((rank, m));
            }
        });
        if best.is_none() && tool_count >= 2 && is_tiled(form, &tools[..tool_count]) {
            return Some(MarkerMatch {
                label: Label::Navigation,
                anchor: Anchor::Whole,
                whole: true,
                at_start: true,
                phrase_words: f.words as u16,
                rest_words: 0,
            });
        }
        best.map(|(_, m)| m)
    }
}

/// True when every word of the padded word form lies inside one of the
/// matches `spans` (each covers ` phrase `, its padding spaces included).
fn is_tiled(form: &str, spans: &[(usize, usize)]) -> bool {
    let mut at = 0;
    for word in form.split(' ') {
        let (start, end) = (at, at + word.len());
        at = end + 1;
        if !word.is_empty() && !spans.iter().any(|&(s, e)| s < start && end < e) {
            return false;
        }
    }
    true
}

/// Where, in the padded word form, the words after a line's first colon
/// start, when at least [`MIN_STATEMENT_SUBJECT_WORDS`] words stand before
/// it: a title's or a sentence's subject (`ياسمينا فؤاد تحسم أزمة …:`), not a
/// label's (`حقوق النشر:`).
fn statement_after_colon(folded: &str, form: &str) -> Option<usize> {
    let (head, _) = folded.split_once(':')?;
    let subject = head.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    if subject < MIN_STATEMENT_SUBJECT_WORDS {
        return None;
    }
    // The form's words, each after a space: the `subject`th space that
    // starts a word is where the statement starts.
    let mut words = 0;
    let bytes = form.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' && bytes.get(i + 1).is_some_and(|&n| n != b' ') {
            if words == subject {
                return Some(i + 1);
            }
            words += 1;
        }
    }
    None
}

/// True when the line opens with a clock time and a space (`09:30 …`).
fn starts_with_clock(folded: &str) -> bool {
    let b = folded.trim_start().as_bytes();
    let hour = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&hour)
        && b.get(hour) == Some(&b':')
        && b.len() > hour + 3
        && b[hour + 1].is_ascii_digit()
        && b[hour + 2].is_ascii_digit()
        && b[hour + 3] == b' '
}

/// True when a colon follows the first `words` words of `folded` (with at
/// most a space or a dash between). Numbers before them are skipped, as the
/// phrase's match skips them (`2019: إعلان سلطات …` has no colon after
/// `إعلان`).
fn colon_after_start(folded: &str, words: u16) -> bool {
    let mut rest = folded;
    loop {
        let word = rest.trim_start_matches(|c: char| !is_word_char(c));
        let len = word.find(|c: char| !is_word_char(c)).unwrap_or(word.len());
        if len == 0 || !word[..len].bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        rest = &word[len..];
    }
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in rest.char_indices() {
        let word = is_word_char(c);
        if word && !in_word {
            seen += 1;
            if seen > words {
                return false;
            }
        }
        in_word = word;
        if !word && seen == words {
            return rest[i..].trim_start_matches([' ', '-']).starts_with(':');
        }
    }
    false
}

/// Compiles a word list's entries (word forms) into an automaton that finds
/// them as whole words in a padded word form; `StartKind::Anchored` makes it
/// match only at the start of one (see [`starts_with_phrase`]).
fn compile_list(entries: &[String], start: StartKind) -> AhoCorasick {
    let phrases: Vec<String> = entries.iter().map(|e| format!(" {e} ")).collect();
    // Entries were checked when the lists were built: each is a non-empty
    // word form of a few words, well within the automaton's limits.
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .start_kind(start)
        .build(&phrases)
        .expect("checked word lists compile")
}

/// A word that is a host name and a path without its scheme
/// (`pic.twitter.com/Qm7v`, `youtu.be/x`): letters, digits, dots and
/// dashes, a dot and two letters of a top-level domain, then a slash.
fn is_host_path(word: &str) -> bool {
    let Some((host, _)) = word.split_once('/') else { return false };
    let Some((name, tld)) = host.rsplit_once('.') else { return false };
    !name.is_empty()
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_alphabetic())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

/// True when one phrase of `list` (built by [`compile_list`]) covers the whole
/// padded word form.
fn is_whole_match(list: &AhoCorasick, form: &str) -> bool {
    list.find_overlapping_iter(form).any(|m| m.start() == 0 && m.end() == form.len())
}

/// Most words of a `key: value` item whose key of a word or two lists names
/// (a squad by position).
const MAX_LISTING_WORDS: u32 = 24;

/// How many lines in a row make a table whose cells are joined by runs of
/// spaces: fewer are a sentence's double spaces (`👍 24  👎 3`) or a pair of
/// rates.
const MIN_SPACED_ROWS: usize = 3;

/// Reads runs of spaces as cell separators on a table flattened with them
/// (`السبت 13 يناير 2024  اللغة العربية  ساعتان`): only on three or more
/// adjacent lines of the input (no blank line between) that each have such
/// a gap, as a table's rows do and a sentence with a double space does not.
/// Their gaps then count as the `|` of a row of cells. (Adjacency is read
/// from `joined`, which `detect` sets first.)
fn spaced_rows(folded: &FoldedLines, out: &mut [Features]) {
    let gapped = |i: usize| folded.wide_gaps(i) > 0;
    let mut start = 0;
    while start < out.len() {
        if !gapped(start) {
            start += 1;
            continue;
        }
        let mut end = start;
        while out.get(end + 1).is_some_and(|f| f.joined) && gapped(end + 1) {
            end += 1;
        }
        if end + 1 - start >= MIN_SPACED_ROWS {
            for (i, f) in out.iter_mut().enumerate().take(end + 1).skip(start) {
                f.pipes += folded.wide_gaps(i);
            }
        }
        start = end + 1;
    }
}

/// A name of a word or two in quotes (`"فلسطين"`, `«الاقتصادية»`): a site
/// that credits a caption after its dash or its last full stop. `words`
/// is the text's word count.
fn is_quoted_name(text: &str, words: usize) -> bool {
    words <= 2 && text.starts_with(['"', '«', '“']) && text.ends_with(['"', '»', '”']) && text.chars().count() > 2
}

/// True when a year (1900–2100) and the line's `©` sign stand in one
/// clause: nothing but words, spaces, dashes and digits between them.
fn copyright_year(folded: &str) -> bool {
    let Some(sign) = folded.find('©') else { return false };
    let bytes = folded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let year = &folded[start..i];
        if year.len() == 4 && ("1900"..="2100").contains(&year) {
            let between = if start < sign { &folded[i..sign] } else { &folded[sign..start] };
            if !between.contains(['.', ',', ';', '?', '!']) {
                return true;
            }
        }
    }
    false
}

/// Most words of an item of a table of contents.
const MAX_CONTENTS_ITEM_WORDS: u32 = 12;

/// Fewest items of a table of contents that stand again as subheadings.
const MIN_CONTENTS_ITEMS: usize = 3;

/// Most lines of a table of contents (its header and items).
const MAX_CONTENTS_LINES: usize = 40;

/// Finds an article's table of contents (`محتويات المقال`, then `ما هو
/// فيتامين د؟`, `أعراض نقص فيتامين د`, …): a run of short adjacent lines most
/// of whose items (three or more, at least three in four lines of the run)
/// stand again further down, in the same order, each copy apart from the
/// next by prose, as the subheadings of the text. A menu repeated in the
/// footer repeats as a run, not apart; a related list's titles are not the
/// text's subheadings. The whole run (with its header and any item the text
/// does not repeat) is marked. Linear: one map of the runs' lines, one pass.
fn contents_lists(folded: &FoldedLines, out: &mut [Features]) {
    use std::collections::HashMap;
    let short = |f: &Features| (1..=MAX_CONTENTS_ITEM_WORDS).contains(&f.words) && !is_paragraph_shape(f);
    // Maximal runs of adjacent short lines, long enough to hold the items.
    let mut runs = Vec::new();
    let mut start = 0;
    while start < out.len() {
        let mut end = start;
        while short(&out[start]) && out.get(end + 1).is_some_and(|f| f.joined && short(f)) {
            end += 1;
        }
        // (A longer run is a menu or a list of links, never one article's
        // contents: skipping it keeps a page of short lines cheap.)
        if short(&out[start]) && (MIN_CONTENTS_ITEMS..=MAX_CONTENTS_LINES).contains(&(end + 1 - start)) {
            runs.push((start, end));
        }
        start = end + 1;
    }
    if runs.is_empty() {
        return;
    }
    // The last line that repeats each line of a run.
    let mut last: HashMap<&str, usize> = HashMap::new();
    for &(s, e) in &runs {
        for i in s..=e {
            last.insert(folded.bare_form(i), i);
        }
    }
    // (Only a short line can repeat one: the others are not hashed.)
    for (i, f) in out.iter().enumerate().skip(runs[0].0) {
        if f.words > MAX_CONTENTS_ITEM_WORDS {
            continue;
        }
        if let Some(slot) = last.get_mut(folded.bare_form(i)) {
            *slot = i;
        }
    }
    // (A section may hold a list alone: `المستندات المطلوبة`, then its
    // bulleted items.)
    let prose = |f: &Features| is_paragraph_shape(f) || is_sentence_shape(f) || f.bulleted;
    let mut prose_before = Vec::with_capacity(out.len() + 1);
    prose_before.push(0u32);
    for f in out.iter() {
        prose_before.push(prose_before.last().copied().unwrap_or(0) + u32::from(prose(f)));
    }
    let prose_between = |a: usize, b: usize| prose_before[b] > prose_before[a + 1];
    for &(s, e) in &runs {
        let copies: Vec<usize> = (s..=e).map(|i| last[folded.bare_form(i)]).filter(|&c| c > e).collect();
        let apart = copies.windows(2).all(|w| w[0] < w[1] && prose_between(w[0], w[1]));
        if copies.len() >= MIN_CONTENTS_ITEMS && 4 * copies.len() >= 3 * (e + 1 - s) && apart {
            for f in &mut out[s..=e] {
                f.contents = true;
            }
            for &c in &copies {
                out[c].listed_in_contents = true;
            }
        }
    }
}

/// One to three words of letters, no figures: the shape of a menu's item
/// (or of a section label, a tag).
pub(crate) fn is_short_label(f: &Features) -> bool {
    (1..=3).contains(&f.text_words) && f.words == f.text_words
}

/// Prose: enough words, function words, and a sentence end (or many words).
pub(crate) fn is_paragraph_shape(f: &Features) -> bool {
    // (A long Arabic sentence with its full stop is prose even without a
    // function word from the list: `وتتواصل منافسات البطولة يوم … برادس.`)
    (f.stopwords >= 1 && ((f.words >= 10 && f.sentence_end) || f.words >= 25))
        || (f.words >= MIN_BARE_SENTENCE_WORDS && f.full_stop && f.arabic_ratio() >= 0.5)
}

/// A shorter sentence.
pub(crate) fn is_sentence_shape(f: &Features) -> bool {
    f.stopwords >= 1 && f.words >= 5 && ((f.sentence_end && !f.soft_end) || f.words >= 12)
}

/// [`is_arabic_letter`] for U+0600 to U+06FF, by the low bits of the second
/// UTF-8 byte and the lead byte (D8 to DB).
fn arabic_letters() -> &'static [bool; 256] {
    static TABLE: std::sync::OnceLock<[bool; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [false; 256];
        for (k, slot) in table.iter_mut().enumerate() {
            *slot = char::from_u32(0x0600 + k as u32).is_some_and(|c| is_letter(c) && is_arabic_letter(c));
        }
        table
    })
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// `- item`, `• item`, `1. item`, `2) item`.
fn is_bulleted(line: &str) -> bool {
    // (A review's pros and cons are items too: `+ أداء سلس`, `✔ شاشة …`,
    // `✘ …`; a plus sign leads an item only before a space.)
    let bullet = matches!(
        line.chars().next(),
        Some('-' | '•' | '*' | '·' | '▪' | '◦' | '–' | '●' | '■' | '◆' | '٭' | '✔' | '✓' | '✘' | '✗')
    ) || line.starts_with("+ ");
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    // (A digit right after the mark makes a date or a figure, `21-01-2024`,
    // `3.5`, `12/3`, not a number's item.)
    let mut after = line[digits..].chars();
    let numbered = digits > 0
        && digits <= 2
        && matches!(after.next(), Some('.' | ')' | '-' | '/'))
        && !after.next().is_some_and(|c| c.is_ascii_digit());
    bullet || numbered
}

/// `س: …`, `ج/ …`, `Q: …`: one letter for question or answer, then a colon
/// (or, in Arabic, a slash), then the text.
fn is_interview_line(line: &str) -> bool {
    let mut chars = line.chars();
    let letter = chars.next();
    let mark = chars.by_ref().find(|&c| c != ' ');
    let rest = chars.any(char::is_alphabetic);
    rest && match letter {
        Some('س' | 'ج') => matches!(mark, Some(':' | '/')),
        Some('Q' | 'A' | 'q' | 'a') => mark == Some(':'),
        _ => false,
    }
}

/// `الدولار: 6.21 دينار`: a short line with a key before a colon. A key of
/// a word or two may list more (`الدفاع: عيسى ماندي، رامي بن سبعيني، …`), as
/// long as no full stop makes the line a sentence.
fn is_key_value(line: &str, words: u32) -> bool {
    // The colon of a clock (`10:45`) joins two digits; a key's colon does not.
    let clock = |at: usize| {
        let b = line.as_bytes();
        at > 0 && b[at - 1].is_ascii_digit() && b.get(at + 1).is_some_and(u8::is_ascii_digit)
    };
    let Some(at) = line.find(':').filter(|&at| at > 0 && at + 1 < line.len() && !clock(at)) else {
        return false;
    };
    let short_key = line[..at].split_whitespace().count() <= 2 && !line.trim_end().ends_with('.');
    words <= 12 || (short_key && words <= MAX_LISTING_WORDS)
}

/// Most words of a speaker before a title's colon (`المركز الوطني لمكافحة
/// الأمراض:`).
const MAX_SPEAKER_WORDS: usize = 5;
/// Fewest words a speaker's colon introduces: a statement, not a value.
const MIN_SPOKEN_WORDS: usize = 3;

/// True when the line's first colon follows one to
/// [`MAX_SPEAKER_WORDS`] words with letters and introduces at least
/// [`MIN_SPOKEN_WORDS`] words (see [`Features::speaker_colon`]).
fn is_speaker_colon(line: &str) -> bool {
    let Some((head, said)) = line.split_once(':') else { return false };
    let speaker = head.split_whitespace().count();
    // (A speaker is named in words: letters, quotes and brackets, `لـ«…»`;
    // no figures or other signs, which a value, a clock's `10:45` or a
    // garbled line has.)
    let named = head.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || "«»\"'“”()ـ-.".contains(c));
    named
        && (1..=MAX_SPEAKER_WORDS).contains(&speaker)
        && head.chars().any(char::is_alphabetic)
        && said.split_whitespace().count() >= MIN_SPOKEN_WORDS
}

/// True when the padded word form starts with a phrase of `list`, a
/// [`prefix_list`]: one anchored search, which fails at the first byte on
/// most lines.
fn starts_with_phrase(list: &AhoCorasick, form: &str) -> bool {
    list.find(Input::new(form).anchored(Anchored::Yes)).is_some()
}

/// `2 تعليقات على “…”`, `تعليق واحد على “…”`, `3 thoughts on "…"`: a count
/// (or `واحد`), a word for comments, `على`/`on`/`to`, then a quoted title.
fn is_thread_header(form: &str, folded: &str) -> bool {
    let mut words = form.split(' ').filter(|w| !w.is_empty()).peekable();
    let mut lead = 0;
    if words.peek().is_some_and(|w| w.as_bytes()[0].is_ascii_digit()) {
        words.next();
        lead += 1;
    }
    let Some(noun) = words.next() else { return false };
    // (WordPress prints two as the dual: `تعليقان على “…”`.)
    let arabic = matches!(noun, "تعليقات" | "تعليق" | "تعليقان" | "تعليقين" | "ردود" | "رد" | "ردان" | "راي" | "اراء");
    let english =
        matches!(noun, "thoughts" | "thought" | "comments" | "comment" | "responses" | "response" | "replies");
    if !arabic && !english {
        return false;
    }
    let mut next = words.next();
    if arabic && next == Some("واحد") {
        next = words.next();
        lead += 1;
    }
    let preposition = if arabic { matches!(next, Some("علي")) } else { matches!(next, Some("on" | "to")) };
    // The quoted title starts right after the preposition.
    let Some(quote) = folded.find(['“', '"', '«', '”']) else { return false };
    let before = folded[..quote].split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).count();
    preposition && before == lead + 2 && words.next().is_some()
}

/// `2025: التشغيل …`: four digits, a colon (after a space at most), then a
/// letter.
fn is_year_entry(folded: &str) -> bool {
    let b = folded.as_bytes();
    b.len() > 4
        && b[..4].iter().all(u8::is_ascii_digit)
        && folded[4..]
            .trim_start_matches(' ')
            .strip_prefix(':')
            .is_some_and(|rest| rest.trim_start().chars().next().is_some_and(char::is_alphabetic))
}

/// A date before a colon and a word or a figure after it: `الأحد 23
/// حزيران: اللغة العربية`, `6 كانون الثاني 2025: 1.421.000 ليرة`. The colon
/// of a clock time (`10:45`) joins two digits without a space, and a figure
/// that is a clock (`تم التحديث: 10:15 GMT`) makes a stamp.
fn is_dated_item(folded: &str) -> bool {
    let Some(at) = folded.match_indices(':').map(|(i, _)| i).find(|&i| {
        let after = &folded[i + 1..];
        let next = after.trim_start().chars().next();
        let figure = after.starts_with(' ')
            && next.is_some_and(|c| c.is_ascii_digit())
            && !after.split_whitespace().next().is_some_and(|w| w.contains(':'));
        next.is_some_and(char::is_alphabetic) || figure
    }) else {
        return false;
    };
    // (The key is the cell the colon ends: in `14 يناير، 2024 | آخر تحديث:
    // 15 يناير، 2024` it is `آخر تحديث`, a stamp's word, and the date
    // before the `|` is the stamp's other cell.)
    let key = folded[..at].rsplit('|').next().unwrap_or_default();
    let words = key.split_whitespace().count();
    let scan = dates::scan(key, words);
    scan.date && scan.other_words == 0
}

/// Fewest words of text after the dash of a timeline's dated item.
const MIN_DASHED_ITEM_WORDS: usize = 3;

/// `16 يناير - دور المجموعات: الفوز 3-0`: a date alone, a dash, and an
/// entry of a few words that does not start with a figure (a stamp's time
/// does: `12 مارس 2024 - 10:30 صباحاً`): an item of a timeline.
fn is_dashed_dated_item(folded: &str) -> bool {
    let Some((key, entry)) = folded.split_once(" - ") else { return false };
    let entry = entry.trim_start();
    // (The entry is checked first: the date scan of the key costs more.)
    if entry.starts_with(|c: char| c.is_ascii_digit())
        || entry.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() < MIN_DASHED_ITEM_WORDS
    {
        return false;
    }
    let scan = dates::scan(key, key.split_whitespace().count());
    scan.date && scan.other_words == 0
}

/// `21 °`, `34°C`, `-3º`, `21 o`: a number and a degree sign, nothing else.
/// A widget's cell that gives a place's temperature: one or two words,
/// then the degrees (`بغداد 31°c`, `الجزائر العاصمة 31°`).
fn is_temperature_cell(cell: &str) -> bool {
    let cell = cell.trim();
    let Some(at) = cell.find(|c: char| c.is_ascii_digit() || c == '-' || c == '+') else { return false };
    let place = cell[..at].split_whitespace().count();
    (1..=2).contains(&place) && cell[..at].chars().all(|c| c.is_alphabetic() || c == ' ') && is_temperature(&cell[at..])
}

fn is_temperature(folded: &str) -> bool {
    let s = folded.trim().trim_start_matches(['-', '+']);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let rest = s[digits..].trim_start();
    let rest = rest.strip_prefix(['°', 'º', '˚', 'o']).unwrap_or("x");
    matches!(rest.trim(), "" | "c" | "f")
}

/// The word form of `text` with a space before and after, as the word
/// lists match it.
fn padded_words<'a>(text: &str, padded: &'a mut String) -> &'a str {
    padded.clear();
    padded.push(' ');
    words_into(text, padded);
    padded.push(' ');
    padded
}

/// `list 1 of 4`, `القائمة 2 من 5`, as word forms (folded: `القايمه`).
fn is_list_counter(form: &str) -> bool {
    let number = is_small_number;
    let mut words = form.split(' ').filter(|w| !w.is_empty());
    let mut next = || words.next().unwrap_or("");
    let (list, n, of, m) = (next(), next(), next(), next());
    matches!(list, "list" | "القايمه" | "قايمه")
        && number(n)
        && matches!(of, "of" | "من")
        && number(m)
        && next().is_empty()
}

/// One to three ASCII digits: a counter's number (`2` in `2 من 8`).
fn is_small_number(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// `1 من 7`, `صورة 2 من 8`, `الصورة 3 من 4`, as word forms (folded:
/// `صوره`): a gallery's counter in words.
fn is_photo_counter(form: &str) -> bool {
    let number = is_small_number;
    let mut words = form.split(' ').filter(|w| !w.is_empty()).peekable();
    words.next_if(|w| matches!(*w, "صوره" | "الصوره"));
    let mut next = || words.next().unwrap_or("");
    let (n, of, m) = (next(), next(), next());
    number(n) && of == "من" && number(m) && next().is_empty()
}

/// `1/5`, `• 2/5`, `(3/10)`: two small numbers joined by `/`.
fn is_counter(folded: &str) -> bool {
    let mut runs = 0;
    for digits in folded.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()) {
        runs += 1;
        if runs > 2 || digits.len() > 3 {
            return false;
        }
    }
    runs == 2 && folded.contains('/')
}

/// The features of one line with the built-in lexicons, for the tests of
/// this stage and the next.
#[cfg(test)]
pub(crate) fn features_of(line: &str) -> Features {
    page_features_of(line)[0]
}

/// The features of every non-blank line of a page, as `features_of`.
#[cfg(test)]
pub(crate) fn page_features_of(page: &str) -> Vec<Features> {
    use crate::lexicon::built_in;
    use crate::segment::split_lines;
    let words = WordLists::default();
    let detector = Detector::new(Lexicon::new(&built_in(), words.entries(WordList::Stopwords)).unwrap(), &words);
    let mut lines = Vec::new();
    split_lines(page, &mut lines);
    let mut folded = FoldedLines::default();
    folded.fold_lines(page, &lines);
    let mut out = Vec::new();
    detector.detect(&lines, &folded, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(line: &str) -> Features {
        features_of(line)
    }

    /// Checks one yes-or-no feature on a table of (line, expected value).
    fn check_flag(cases: &[(&str, bool)], flag: impl Fn(&Features) -> bool) {
        for (line, want) in cases {
            assert_eq!(flag(&features(line)), *want, "{line:?}");
        }
    }

    /// (line, expected marker label and whether the line is only the phrase).
    const MARKERS: &[(&str, Option<(Label, bool)>)] = &[
        ("التعليقات (1)", Some((Label::Comments, true))),
        ("  أقرأ أيضا :", Some((Label::Related, true))),
        ("اقرأ أيضاً: مجلس الأمن يدعو إلى التهدئة", Some((Label::Related, false))),
        ("وقد يهمك أيضاً :", Some((Label::Related, true))),
        ("الأكثر قراءة", Some((Label::Related, true))),
        ("جميع الحقوق محفوظة لمجموعة الإعلام 2023", Some((Label::Footer, false))),
        ("اشترك فى النشرة البريدية لتحصل على اهم الاخبار بمجرد نشرها", Some((Label::Footer, false))),
        ("كتبت أسماء نصار", Some((Label::Byline, false))),
        ("المصدر : وكالات", Some((Label::Byline, true))),
        ("المصدر: (أبوظبي - البيان)", Some((Label::Byline, false))),
        ("شارك", Some((Label::Navigation, true))),
        ("A+", Some((Label::Navigation, true))),
        ("أ-", Some((Label::Navigation, true))),
        ("رمز الخبر: 85634719", Some((Label::Other, true))),
        ("إعلان: مساحة", Some((Label::Other, false))),
        // (The colon after a leading year is not the phrase's.)
        ("2019: إعلان سلطات الحوثيين حظر تداول الطبعة الجديدة", None),
        (
            "الرئيسية أخبار لبنان خارج الحدود اقتصاد أمن وقضاء رياضة ثقافة مجتمع منوعات",
            Some((Label::Navigation, false)),
        ),
        ("الرئيسية في الموقع تعرض أهم الأخبار التي ينشرها المحررون كل صباح", None),
        ("وقال في تعليقه على القرار إن الحكومة ستراجع موقفها خلال الأسابيع المقبلة.", None),
        ("كتب الرئيس في تغريدة على حسابه أن الاتفاق سيوقع خلال أيام قليلة بعد مفاوضات طويلة.", None),
    ];

    #[test]
    fn marker_table() {
        for (line, want) in MARKERS {
            let got = features(line).marker.map(|m| (m.label, m.whole));
            assert_eq!(got, *want, "{line:?}");
        }
    }

    /// (line, credit, credit_only).
    const CREDIT: &[(&str, bool, bool)] = &[
        ("كيري يتوسط نظيره الروسي لافروف (يسار) والمبعوث الأممي (أسوشيتد برس-أرشيف)", true, false),
        ("--(بترا)", true, true),
        ("Geroge Ourfalian (AFP)", true, false),
        ("وزير الخارجية (يسار)", false, false),
        ("نقابة الأطباء حذرت من إفراغ المستشفيات - (أرشيفية) الأناضول", true, false),
        ("قال الوزير (في بيان) إن الاجتماع انتهى", false, false),
        ("أطعمة تقوي المناعة - أرشيفية", true, false),
        ("منافذ صرف السلع التموينية – صورة أرشيفية", true, false),
        ("الرياض - رويترز", true, false),
        ("القاهرة - محمد حسن", false, false),
        ("ارتفاع الأسعار - أرشيفية قديمة جدا", false, false),
        ("عناصر السلطة المحلية خلال الحملة (صورة: شوف تيفي)", true, false),
        // The caption's last sentence or clause credits the photo.
        ("هالة الشامي في استوديو بعمّان، تصوير: عمر خليل", true, false),
        ("مزارع يتفقّد بئراً في مزرعته شرق الأزرق، آب ٢٠٢٤. تصوير سارة القضاة.", true, false),
        ("ياسمينة خلال حفلة في عمّان. الصورة مقدمة منها", true, false),
        ("ميناء الملك عبدالعزيز في الدمام. \"الاقتصادية\"", true, false),
        ("2. «الحوالة السوداء»", false, false),
        ("وأكد الوزير أن العمل مستمر. الصورة أصبحت أوضح الآن بعد الاجتماعات الأخيرة", false, false),
        ("آلة عصر حديثة في إحدى معاصر طولكرم - \"فلسطين\"", true, false),
        ("لاعبو الفريق يحتفلون بالهدف الثاني - صورة من حساب النادي", true, false),
        ("الحكومة تعلن خطة جديدة - صور", false, false),
        ("الحكومة تعلن خطة جديدة - \"عاجل\" أو لا", false, false),
        ("شاهد المباراة كاملة (فيديو)", false, false),
        ("من لقاء الفريقين على الاستاد الوطني (تصوير: خليل إبراهيم)", true, false),
        ("الروائية منى السعدني - تصوير: أحمد فوزي", true, false),
        ("عمان - تصوير: محمد علي", false, false),
        ("محل صرافة في أحد أسواق دمشق، تشرين الأول 2023. تصوير: خاص بالموقع", true, false),
        ("وقال الوزير إن الحكومة ستعلن خطتها قريبا. وأضاف: نحن مستعدون", false, false),
        ("بدأ تصوير الفيلم في القاهرة - تصوير المشاهد الخارجية بعد أسبوع", false, false),
        ("صهريج يوزّع الماء على سكان أحد الدواوير بفوسانة - تصوير هالة بن سالم", true, false),
        // A unit in the bracket titles a table.
        ("المؤشرات المالية للربع الثالث (مليون ريال)", false, false),
        ("أبرز الموارد والنفقات (بالدينار التونسي)", false, false),
        ("طلبة جامعة الخرطوم خلال حفل التخرج (رويترز)", true, false),
    ];

    #[test]
    fn credit_table() {
        for (line, credit, only) in CREDIT {
            let f = features(line);
            assert_eq!((f.credit, f.credit_only), (*credit, *only), "{line:?}");
        }
    }

    #[test]
    fn urls_without_a_scheme() {
        check_flag(
            &[
                ("pic.twitter.com/Qm7vLx2KpA", true),
                ("#السد_الدحيل #دوري_نجوم_قطر pic.twitter.com/Qx7LmA2sYd", false),
                ("youtu.be/abc", true),
                ("https://example.com/a.jpg", true),
                ("أخبار / سياسة / مصر", false),
                ("12/3/2024", false),
                ("الأسعار ارتفعت 5.5/10 في الربع", false),
            ],
            |f| f.url,
        );
    }

    #[test]
    fn widget_rows_are_short() {
        check_flag(
            &[
                ("الدولار 30.90 جنيه", true),
                ("الفجر الشروق الظهر العصر المغرب العشاء", true),
                ("مواقيت الصلاة - تونس: الفجر 05:48 | الظهر 12:38 | العصر 15:28 | المغرب 17:58 | العشاء 19:22", true),
                ("أسعار الذهب اليوم الأحد 16 يونيو 2024.. عيار 21 يسجل 3130 جنيها أول أيام عيد الأضحى", false),
                ("أسعار الصرف في سوق الناصرية: 100 دولار = 142,250 دينار", true),
                ("بغداد 31°C  |  الدولار في بورصة الكفاح 146,250 دينار لكل 100 دولار", true),
                ("درجات الحرارة في بغداد تتجاوز 50° للمرة الأولى | صور", false),
                ("أسعار العملات : 1 أورو = 104.12 دج | 1 دولار = 79.85 دج", true),
                ("ويحتسب الرقم القياسي على أساس سنة 2018 = 100 نقطة", false),
            ],
            |f| f.widget,
        );
    }

    #[test]
    fn source_notes() {
        check_flag(
            &[
                ("المصدر: حسابات قاسيون استناداً إلى أسعار الأسواق في دمشق خلال الأسبوع الأول", true),
                ("Source : IMF", true),
                ("المصدرون العرب يطالبون بخفض الرسوم", false),
            ],
            |f| f.source_note,
        );
    }

    #[test]
    fn key_value_items() {
        check_flag(
            &[
                ("الدولار: 6.21 دينار", true),
                ("الدفاع: عيسى ماندي، رامي بن سبعيني، أحمد توبة، يوسف عطال، ريان آيت نوري، محمد أمين توقاي، جوان حجام", true),
                // A sentence with a colon is no item.
                ("وقال وزير المالية في مؤتمر صحفي عقده اليوم: إن الحكومة ستواصل دعم الأسعار حتى نهاية العام.", false),
            ],
            |f| f.list_item,
        );
    }

    #[test]
    fn interview_lines() {
        check_flag(
            &[
                ("س: كيف بدأت علاقتك باللغة الصينية؟", true),
                ("ج/ بدأت الحكاية عام 1992", true),
                ("Q: When did you start?", true),
                ("سياسة: الحكومة تعلن خطة", false),
                ("س:", false),
                ("A/B testing in newsrooms", false),
            ],
            |f| f.interview,
        );
    }

    #[test]
    fn post_signatures() {
        check_flag(
            &[
                ("— Lula (@LulaOficial) November 18, 2024", true),
                ("— وزارة الصناعة والتجارة (@MOIC_Updates) 18 ديسمبر 2024", true),
                ("— Lula (@LulaOficial)", false),
                ("وكتب خبير الأرصاد (@MarcKhouryMeteo) عبر حسابه في 3 مارس 2024", false),
            ],
            |f| f.post_signature,
        );
    }

    #[test]
    fn format_labels_are_whole_lines() {
        check_flag(
            &[("فيديو", true), ("بالصور", true), ("فيديو وصور", true), ("صورة أرشيفية", false), ("Photo: AFP", false)],
            |f| f.format_label,
        );
    }

    /// (line, bracket_tail, list_end, list_counter).
    const LIST_AND_CAPTION_SHAPES: &[(&str, bool, bool, bool)] = &[
        ("غلاف رواية «بيت الريح» (الصورة من الناشر)", true, false, false),
        ("(هيثم الموسوي)", true, false, false),
        ("الفنانة سعاد مرعي خلال افتتاح المعرض (عرب ٤٨)", true, false, false),
        ("﴿إِنَّ فِي ذَٰلِكَ لَآيَاتٍ لِّلْعَالِمِينَ﴾ (الروم: 22)", false, false, false),
        ("ميناء الملك عبدالعزيز بالدمام. (عكاظ)", true, false, false),
        ("فنانة تكشف سر اعتزالها (فيديو)", false, false, false),
        ("أبرز مشاهد الحفل (صور)", false, false, false),
        ("عدد الإصابات في العام الماضي (2023)", false, false, false),
        ("الكمية ( برميل )", false, false, false),
        ("تطور الرقم الاستدلالي حسب بعض المدن (شتنبر 2024)", false, false, false),
        ("ميناء العقبة (بالصهاريج)", false, false, false),
        // A full stop after the bracket ends a sentence (a list item).
        ("أمراض الكلى والكبد وأمراض سوء الامتصاص مثل الداء البطني (السيلياك).", false, false, false),
        ("وقال الوزير إن الاجتماع (الذي عقد أمس) كان مثمرا وبناء ومفيدا للجميع.", false, false, false),
        ("نهاية القائمة", false, true, false),
        ("End of list", false, true, false),
        ("list 3 of 4", false, false, true),
        ("القائمة 2 من 5", false, false, true),
        ("3 من 10", false, false, false),
    ];

    #[test]
    fn list_and_caption_shape_table() {
        for (line, tail, end, counter) in LIST_AND_CAPTION_SHAPES {
            let f = features(line);
            assert_eq!((f.bracket_tail, f.list_end, f.list_counter), (*tail, *end, *counter), "{line:?}");
        }
    }

    #[test]
    fn guillemets_are_quotes_not_separators() {
        assert_eq!(features("«الأرصاد» تنبه من أمطار رعدية").separators, 0);
        assert_eq!(features("الرئيسية » أخبار » محليات").separators, 2);
    }

    /// (line, widget).
    const WIDGETS: &[(&str, bool)] = &[
        ("21 o", true),
        ("34°C", true),
        ("14 °", true),
        ("دبي 03:59 05:25 12:20 15:43 19:09 20:35", true),
        ("21", false),
        ("عيار 21", false),
        ("14:32", false),
        ("2024-04-20T21:45:00+03:00", false),
        ("الدولار 30.90 جنيه", true),
        ("دبي 27° | أبوظبي 28° | الشارقة 26°", true),
        ("المدينة الفجر الشروق الظهر العصر المغرب العشاء", true),
        ("المغرب يفوز على مصر في نهائي البطولة", false),
        ("ارتفع سعر الدولار إلى 30.90 جنيه في البنوك اليوم.", false),
    ];

    #[test]
    fn widget_table() {
        check_flag(WIDGETS, |f| f.widget);
    }

    /// (line, counter).
    const COUNTERS: &[(&str, bool)] = &[("  • 1/5", true), ("2-1", false), ("1/5 صور", false), ("12/03/2023", false)];

    #[test]
    fn counter_table() {
        check_flag(COUNTERS, |f| f.counter);
    }

    /// (line, read as a person's name).
    const NAMES: &[(&str, bool)] = &[
        ("د. سعاد محمد الشهري", true),
        ("الدكتورة هالة الرواشدة", true),
        ("م. رضا بن علي", true),
        ("أ.د. عبد المنعم الطيب حامد", true),
        // A title about someone has function words or a colon.
        ("د. مدبولي يتفقد العمل في مستشفى العاصمة", false),
        ("د. نوزاد برواري: عثرنا على أساسات بيوت من الحجر", false),
        ("د. فلان في زيارة إلى القاهرة", false),
        ("دعم جديد لمزارعي القمح", false),
        ("مدير المستشفى الجامعي", false),
        ("م.ر/ ع.ف", false),
    ];

    #[test]
    fn name_table() {
        check_flag(NAMES, |f| f.name);
    }

    /// (line, a scene's caption).
    const SCENES: &[(&str, bool)] = &[
        ("وزير الصحة خلال تفقده عيادة السمعيات بمستشفى سوهاج العام", true),
        ("المهندسة رنا الحديد خلال حديثها لـ«الأنباط»", true),
        ("لاعبو المنتخب أثناء حصة تدريبية في البصرة", true),
        ("تعديل دوام الموظفين في القطاع العام خلال الصيف", false),
        ("ضبط 19 ألف مخالف لأنظمة الإقامة خلال أسبوع", false),
        ("تحديث بيانات الهوية إلكترونيا خلال دقائق", false),
        ("روايتي الجديدة تستعيد ذاكرة الغوص من خلال عيون النساء", false),
        ("خلال المؤتمر الصحفي", false),
        ("وقال الوزير خلال المؤتمر الصحفي إن الحكومة ستعلن خطتها.", false),
        // A depicted scene: who, doing what in the present tense, where.
        ("مزارعون يقطفون الزيتون في ريف إدلب الشمالي", true),
        ("لاعبو الوصل يحتفلون بالهدف الثاني أمام جماهيرهم", true),
        ("أسر متضررة تتسلم السلال الغذائية في ولاية مايو كيبي الشرقية", true),
        ("مجلس الامن الدولي يدرس مشروع قرار لفرض وقف اطلاق نار في سوريا", false),
        ("عداد كهرباء في أحد أحياء الأشرفية", true),
        ("طبيبة تقيس طول تلميذة داخل أحد الفصول بمحافظة الجيزة", true),
        ("تنطلق الحملة في إحدى المدارس", false),
        // A thing placed without a verb, in seven words or more.
        ("خزانات مياه فارغة على أسطح منازل في بلدة مؤتة", true),
        ("مساحة عمل مشتركة لرواد الأعمال في رام الله", true),
        ("أوضاع صعبة في المخيمات", false),
        ("شوط أول مغلق وهدف في الوقت القاتل", false),
        ("أسعار الذهب اليوم في مصر بدون مصنعية", false),
        ("تجربة شخصية في استعادة الانتباه، وما تعلمته عن التكنولوجيا", false),
        ("فوز ثمين على الشباب بثنائية مقابل هدف", false),
        ("طلائع الجيش يقلب الطاولة على الإنتاج الحربي ويحقق فوزا ثمينا", false),
        ("ثلاث نقاط مستحقة أمام ضمك 💪 شكرا لجماهيرنا", false),
        ("الوزارة تعتمد تحويلات مرورية مؤقتة على شارع الشيخ خليفة", false),
        ("خطوات تفعيل الجيل الخامس على هاتفك", false),
        ("وزيرة التنمية تطلق برنامجا جديدا.", false),
        ("تنطلق الحملة الأسبوع المقبل في المدارس", false),
        ("حملة تطعيم يونيو في المدارس الحكومية", false),
    ];

    /// (line, it names readers' comments).
    const NAMES_COMMENTS: &[(&str, bool)] = &[
        ("سيتم نشر التعليقات بعد مراجعتها", true),
        ("لا تكرر تعليقك أكثر من مرة", true),
        ("اشترك في تغذية RSS للتعليقات", true),
        ("نرجو الالتزام بآداب الحوار في تعليقاتكم", true),
        ("وفي تعليقه على الحكم قال المحامي", false),
        // (The singular is also a suspension's: `تعليق المحادثات`.)
        ("قرر المجلس تعليقَ المحادثات", false),
        ("إرشادات التعليق", false),
        ("تعليقات فنية على الطاقم", true),
        ("قال إن التعليمات واضحة", false),
    ];

    #[test]
    fn names_comments_table() {
        check_flag(NAMES_COMMENTS, |f| f.names_comments);
    }

    /// (line, opens with a speaker and a colon).
    const SPEAKERS: &[(&str, bool)] = &[
        ("ريم العتيبي: بنينا \"مسار\" على فكرة بسيطة", true),
        ("المركز الوطني لمكافحة الأمراض: الحملة تستهدف أكثر من 120 ألف طفل", true),
        ("التربية: 14 يناير انطلاق اختبارات نهاية الفصل", true),
        // A label and its value, a clock, a colon at the end, a long lead.
        ("المصدر: وكالة الأنباء", false),
        // A line garbled with figures and signs before its colon.
        ("مجل0𝒩[ꡀ:𞹴[a🌀𐮩῝س الامن الدولي يفترض أن يناقش", false),
        ("الساعة 10:30 صباح اليوم في مقر الوزارة", false),
        ("وأصدرت المدينة جدولاً بأبرز المواصفات:", false),
        ("وقال رئيس الوزراء في كلمته أمام البرلمان: إن الحكومة ماضية في خطتها", false),
    ];

    #[test]
    fn handles_name_accounts() {
        check_flag(
            &[
                ("Wydad Athletic Club @WACofficiel", true),
                ("الحساب الرسمي @MOH_Oman", true),
                ("Photo: AFP", false),
                ("info@site.com", false),
                ("@ 10:30", false),
            ],
            |f| f.handle,
        );
    }

    #[test]
    fn speaker_table() {
        check_flag(SPEAKERS, |f| f.speaker_colon);
    }

    #[test]
    fn scene_table() {
        check_flag(SCENES, |f| f.scene);
    }

    /// (line, a bulleted or numbered item).
    const BULLETED: &[(&str, bool)] = &[
        ("• حي الصفافرة", true),
        ("٭ الصيام آمن لمعظم مرضى النوع الثاني", true),
        ("● منصة لمعالجة اللغة", true),
        ("3. مرزق", true),
        ("12) الإفطار فورا", true),
        ("2024 كان عاما قياسيا", false),
        ("الحكومة تعلن خطة جديدة", false),
    ];

    #[test]
    fn bulleted_table() {
        check_flag(BULLETED, |f| f.bulleted);
    }

    /// (line, a ticker or news-feed line).
    const TICKER_LINES: &[(&str, bool)] = &[
        ("عاجل | وزارة الكهرباء: خروج محطة عن الخدمة", true),
        ("آخر الأخبار : وزير الخارجية يبحث مع نظيره الأردني تعزيز التعاون", true),
        ("09:30 وزير الزراعة يتابع ملف تصدير الحمضيات إلى العراق", true),
        ("٠٩:٣٠ وزير الزراعة يتابع ملف تصدير الحمضيات", true),
        ("09:47 م الجمعة 21 يونيه 2024", false),
        ("10:30", false),
        ("2024 عام قياسي للسوق العقارية في الإمارة", false),
        ("الحكومة تعلن خطة جديدة لدعم الخبز", false),
    ];

    #[test]
    fn ticker_table() {
        check_flag(TICKER_LINES, |f| f.ticker);
    }

    /// (line, titles run together without clause punctuation).
    const RUN_ON_LINES: &[(&str, bool)] = &[
        (
            "أمير المنطقة يستقبل مدير التعليم    «الأرصاد»: أمطار رعدية على 6 مناطق    الهلال يستضيف الفتح في الجولة 16 من الدوري    النفط يرتفع مع تراجع المخزونات الأميركية    المؤشر يغلق مرتفعا بدعم من قطاع المصارف    نمو المدفوعات الإلكترونية في قطاع التجزئة    القبض على أربعة مخالفين لنظام البيئة في المحمية",
            true,
        ),
        // One comma makes it prose, however long.
        (
            "وأكد الوزير أن الحكومة ماضية في تنفيذ خطة إصلاح شاملة تشمل قطاعات الكهرباء والمياه والنقل والتعليم والصحة وأن المرحلة المقبلة ستشهد إطلاق مشاريع جديدة في المحافظات كافة بالتعاون مع القطاع الخاص والمنظمات الدولية، بما يضمن تحسين الخدمات",
            false,
        ),
        // A short title has no need of punctuation.
        ("الهلال يستضيف الفتح في الجولة 16 من دوري روشن", false),
    ];

    #[test]
    fn three_dots_are_an_ellipsis_not_a_full_stop() {
        let f = features_of("الرئيسية » تقارير » مياه مصراتة.. آبار تنضب وشبكة تجاوزت عمرها...");
        assert!(f.soft_end && !f.full_stop && f.sentence_end);
        let f = features_of("وقال الوزير إن الاجتماع سيعقد غدا.");
        assert!(f.full_stop && !f.soft_end);
    }

    #[test]
    fn run_on_table() {
        check_flag(RUN_ON_LINES, |f| f.run_on);
    }

    /// (line, a dated item of a schedule rather than a stamp).
    const DATED_ITEMS: &[(&str, bool)] = &[
        ("السبت 22 حزيران: التربية الإسلامية", true),
        ("2019: اعتماد التوجيه الأوروبي", false),
        ("نشر في: 12/03/2023 - 10:45 ص", false),
        ("الثلاثاء 25 حزيران 10:30", false),
        ("آخر تحديث: الأحد 23 حزيران", false),
        ("14 يناير، 2024 | آخر تحديث: 15 يناير، 2024", false),
        ("- دورة المراقبة: من الاثنين 1 جويلية إلى الخميس 4 جويلية 2024", true),
        ("6 كانون الثاني 2025: 1.421.000 ليرة", true),
        ("الثلاثاء 25 حزيران 2024 - 10:30", false),
        ("09:47 GMT 28.12.2024 (تم التحديث: 10:15 GMT 28.12.2024)", false),
        // A numbered date is no item.
        ("14.03.2024", false),
    ];

    #[test]
    fn dated_item_table() {
        check_flag(DATED_ITEMS, |f| f.dated_item);
    }

    /// (line, a blog's comment-thread header).
    const THREAD_HEADERS: &[(&str, bool)] = &[
        ("2 تعليقات على “الجزيرة.. موسم القمح الذي لا يحتمل التأجيل”", true),
        ("تعليق واحد على \"ثلاثة أيام في غرداية\"", true),
        ("تعليقان على “انقسام البنك المركزي يستنزف الريال”", true),
        ("3 thoughts on “Ghardaia, a city built from stone”", true),
        // Prose about comments: no quote right after the preposition.
        ("تعليقات على مواقع التواصل تثير جدلا واسعا حول القرار", false),
        // (A title of this exact shape is taken for the header: the limit
        // of reading a shape without context.)
        ("تعليقات على \"فيسبوك\" تثير جدلا", true),
        ("تعليقات على مواقع \"فيسبوك\" تثير جدلا", false),
        ("2 تعليقات", false),
    ];

    #[test]
    fn thread_header_table() {
        check_flag(THREAD_HEADERS, |f| f.thread_header);
    }

    const PARAGRAPH: &str =
        "ويعاني ملايين الأشخاص حول العالم من هذه المشكلة، وتشير الدراسات الحديثة إلى أن أسبابها متعددة ومتداخلة.";

    #[test]
    fn a_table_of_contents_lists_the_subheadings_below() {
        let page = format!(
            "محتويات المقال\nما هو فيتامين د؟\nأعراض النقص\nأسباب النقص\nالتشخيص والعلاج\n\n{PARAGRAPH}\n\n\
             ما هو فيتامين د؟\n\n{PARAGRAPH}\n\nأعراض النقص\n\n{PARAGRAPH}\n\nأسباب النقص\n\n{PARAGRAPH}\n\n\
             التشخيص والعلاج\n\n{PARAGRAPH}\n"
        );
        let f = page_features_of(&page);
        assert!(f[..5].iter().all(|f| f.contents), "the header and the four items");
        assert!(f[5..].iter().all(|f| !f.contents));
        let listed: Vec<usize> = (0..f.len()).filter(|&i| f[i].listed_in_contents).collect();
        assert_eq!(listed, [6, 8, 10, 12]);
    }

    #[test]
    fn a_menu_repeated_as_a_run_is_no_table_of_contents() {
        // The header's menu printed again in the footer: its copies stand
        // together, not apart between paragraphs.
        let page =
            format!("الرئيسية\nسياسة\nاقتصاد\nرياضة\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nالرئيسية\nسياسة\nاقتصاد\nرياضة\n");
        assert!(page_features_of(&page).iter().all(|f| !f.contents && !f.listed_in_contents));
        // Nor are two items repeated apart enough to make one.
        let page = format!("سياسة\nاقتصاد\nرياضة\n\n{PARAGRAPH}\n\nسياسة\n\n{PARAGRAPH}\n\nاقتصاد\n");
        assert!(page_features_of(&page).iter().all(|f| !f.contents));
    }

    #[test]
    fn dated_items_of_a_timeline() {
        check_flag(
            &[
                ("16 يناير – دور المجموعات: الفوز 3-0", true),
                ("20 فبراير - نصف النهائي الفوز على جامعة الشارقة", true),
                ("12 مارس 2024 - 10:30 صباحاً بتوقيت مكة", false),
                ("القاهرة - 12 مارس 2024", false),
                ("الأحد 12 مارس 2024 - آخر تحديث", false),
            ],
            |f| f.dated_item,
        );
    }

    #[test]
    fn portraits_name_a_person_and_a_role() {
        check_flag(
            &[
                ("عبد الرحيم الوزاني، خبير في الموارد المائية", true),
                ("سامر حداد، الرئيس التنفيذي لشركة بيان باي", true),
                // A verb before the name, a full stop, or no role.
                ("وكتب مروان الحمود، مدير إحدى المنظمات الإغاثية", false),
                ("محمد أوبلعيد، رئيس جمعية واحة تودغى للتنمية.", false),
                ("مكتب الإعلام، مؤسسة الشارقة للفنون", false),
                ("الرباط، المغرب", false),
            ],
            |f| f.portrait,
        );
    }

    #[test]
    fn year_entries_of_a_timeline() {
        check_flag(
            &[
                ("2025: التشغيل الفعلي للمرحلة الأولى.", true),
                ("١٩٣٤ : وفاته في تونس العاصمة", true),
                ("2024: 1.421.000 ليرة", false),
                ("2024-05-12 10:30", false),
                ("12 مارس 2024: افتتاح المعرض", false),
            ],
            |f| f.year_entry,
        );
    }

    #[test]
    fn a_section_of_a_list_alone_keeps_the_table_of_contents() {
        // The third section holds only a bulleted list: its subheading still
        // stands apart from the next one.
        let page = format!(
            "محتويات المقال\nما هو فيتامين د؟\nأعراض النقص\nمصادر الفيتامين\nالتشخيص والعلاج\n\n{PARAGRAPH}\n\n\
             ما هو فيتامين د؟\n\n{PARAGRAPH}\n\nأعراض النقص\n\n{PARAGRAPH}\n\nمصادر الفيتامين\n\n\
             • الأسماك الدهنية\n• صفار البيض\n\nالتشخيص والعلاج\n\n{PARAGRAPH}\n"
        );
        let f = page_features_of(&page);
        assert!(f[..5].iter().all(|f| f.contents));
    }

    #[test]
    fn the_year_of_a_rights_line() {
        check_flag(
            &[
                ("© 2024 جميع الحقوق محفوظة لموقع الخبر", true),
                ("جميع الحقوق محفوظة 2010 - 2024 ©", true),
                ("عمل من مجموعة مَتحف، زيت على قماش، 1968. © ورثة الفنان", false),
                ("© REUTERS / Amr Abdallah Dalsh", false),
            ],
            |f| f.copyright_year,
        );
    }

    #[test]
    fn bullets_and_numbers() {
        check_flag(
            &[
                ("• القاعة والضيافة: 45%", true),
                ("1. شرفة اللويبدة (4:12)", true),
                ("12- تعزيز الرقابة على الأسواق", true),
                ("21-01-2024 الساعة 11 صباحاً (عدن)", false),
                ("3.5 مليار دولار حجم الاستثمارات", false),
                ("12/3/2024", false),
                ("+ أداء سلس ورسوم مبهجة", true),
                ("✘ ارتفاع ملحوظ في الحرارة", true),
                ("+5 درجات فوق المعدل", false),
            ],
            |f| f.bulleted,
        );
    }

    #[test]
    fn shapes() {
        let p =
            features("وخيّمت أجواء التوتر على جلسة مجلس الأمن المخصصة لسوريا أمس الأربعاء، حيث تراشق الوزيران الاتهامات.");
        assert!(is_paragraph_shape(&p));
        // Fourteen words and a full stop, none from the function-word list,
        // are prose: a title or a caption ends without one.
        let bare =
            features("ونصحت قائدي المركبات بالقيادة بحذر وترك مسافات آمنة وتشغيل الإضاءة الأمامية أثناء فترات الشبورة.");
        assert!(bare.stopwords == 0 && is_paragraph_shape(&bare));
        let h = features("تعليق المحادثات بين واشنطن وموسكو بشأن الأزمة السورية");
        assert!(!is_paragraph_shape(&h) && !is_sentence_shape(&h));
        let l = features("U.S. Secretary of State John Kerry, center (AP Photo/Matthias Schrader)");
        assert!(l.mostly_latin());
    }
}
