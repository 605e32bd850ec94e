//! The public API: what callers rely on.

use nazif::{Anchor, Cleaner, Label, Rule, Span};

const PAGE: &str = "الرئيسية / أخبار العالم\n\n\
تعليق المحادثات بين واشنطن وموسكو\n\n\
الثلاثاء، ١٤ نوفمبر ٢٠٢٣\n\n\
أعلنت الخارجية الأمريكية اليوم تعليق مفاوضاتها مع موسكو بشأن وقف إطلاق النار في سوريا.\n\n\
وقال المتحدث باسم الوزارة إن القرار لم يتخذ بسهولة، متهما روسيا بتصعيد الهجمات على المدنيين.\n\n\
اقرأ أيضا: مجلس الأمن يدعو إلى التهدئة في المنطقة\n\n\
التعليقات (2)\n\n\
ابو محمد\n\n\
منذ ساعتين\n\n\
والله الوضع صعب كتير وما في حل قريب\n\n\
جميع الحقوق محفوظة © 2023";

#[test]
fn labels_of_a_whole_page() {
    let article = nazif::clean(PAGE);
    let got: Vec<(Label, Rule)> = article.lines().map(|l| (l.label(), l.rule())).collect();
    let want = [
        (Label::Navigation, Rule::NavigationMarker),
        (Label::Headline, Rule::HeadlineTitle),
        (Label::Timestamp, Rule::TimestampLine),
        (Label::Body, Rule::BodyParagraph),
        (Label::Body, Rule::BodyParagraph),
        (Label::Related, Rule::RelatedInline),
        (Label::Comments, Rule::CommentsHeader),
        (Label::Comments, Rule::CommentsSection),
        (Label::Comments, Rule::CommentsSection),
        (Label::Comments, Rule::CommentsSection),
        (Label::Footer, Rule::FooterCopyright),
    ];
    assert_eq!(got, want);
    assert_eq!(article.headline(), Some("تعليق المحادثات بين واشنطن وموسكو"));
    assert_eq!(article.body().count(), 2);
}

#[test]
fn spans_point_into_the_original_input() {
    let page =
        "\u{FEFF}عنوان الخبر هنا\r\n\r\n  نص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.  \r\nسطر ثالث";
    let article = nazif::clean(page);
    let mut last_end = 0;
    for line in article.lines() {
        let span: Span = line.span();
        assert!(span.start >= last_end, "spans in order");
        assert_eq!(&page[span], line.text());
        assert!(!line.text().contains('\n') && !line.text().contains('\r'));
        last_end = span.end;
    }
    assert_eq!(article.lines().next().unwrap().span().start, 3, "the BOM is not part of the first line");
    assert_eq!(article.lines().map(|l| l.number()).collect::<Vec<_>>(), [1, 3, 4]);
    assert_eq!(article.body().next(), Some("نص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال."));
}

#[test]
fn kept_and_removed_are_all_lines() {
    let article = nazif::clean(PAGE);
    let all = article.lines().count();
    assert_eq!(all, article.line_count());
    assert_eq!(article.kept().count() + article.removed().count(), all);
    assert!(article.removed().all(|l| !l.label().is_kept()));
    assert!(article.kept().all(|l| l.label().is_kept()));
}

#[test]
fn text_is_headline_then_paragraphs() {
    let article = nazif::clean(PAGE);
    let text = article.text();
    let parts: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(parts.len(), 3);
    assert_eq!(parts[0], "تعليق المحادثات بين واشنطن وموسكو");
}

#[test]
fn a_page_without_article_is_not_an_error() {
    let page = "الرئيسية\nسياسة\nاقتصاد\nرياضة\nجميع الحقوق محفوظة © 2024";
    let article = Cleaner::new().clean_bytes(page.as_bytes()).unwrap();
    assert_eq!(article.headline(), None);
    assert!(article.is_empty());
    assert_eq!(article.text(), "");
    assert_eq!(article.removed().count(), 5);
}

#[test]
fn empty_and_blank_input() {
    for page in ["", "\n\n", " \u{00A0}\u{200B}\r\n\t", "\u{FEFF}"] {
        let article = nazif::clean(page);
        assert_eq!(article.lines().count(), 0, "{page:?}");
        assert_eq!(article.text(), "");
    }
}

#[test]
fn invalid_utf8_says_where() {
    let mut bytes = "خبر".as_bytes().to_vec();
    bytes.push(0xFF);
    let err = Cleaner::new().clean_bytes(&bytes).unwrap_err();
    assert_eq!(err.utf8_error_offset(), Some(6));
    assert_eq!(err.to_string(), "invalid UTF-8 at byte 6");
}

#[test]
fn builder_adds_phrases_and_turns_rules_off() {
    let page = "عنوان طويل للخبر المنشور\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\n\nملفات خاصة بالموقع";
    assert_eq!(nazif::clean(page).lines().last().unwrap().label(), Label::Navigation);
    let cleaner = Cleaner::builder().marker(Label::Related, Anchor::Whole, "ملفات خاصة بالموقع").build().unwrap();
    let last = cleaner.clean(page).lines().last().unwrap();
    assert_eq!((last.label(), last.rule()), (Label::Related, Rule::RelatedHeader));

    // With the headline rule off there is no headline; the title line falls
    // through to the rule that would decide it otherwise.
    let cleaner = Cleaner::builder().rule(Rule::HeadlineTitle, false).build().unwrap();
    assert_eq!(cleaner.clean(page).headline(), None);
}

#[test]
fn builder_is_reusable_and_reports_bad_phrases() {
    let mut builder = Cleaner::builder();
    builder.marker(Label::Footer, Anchor::Start, "حمل تطبيقنا");
    let a = builder.build().unwrap();
    let b = builder.build().unwrap();
    assert_eq!(a.marker_count(), b.marker_count());
    builder.marker(Label::Headline, Anchor::Whole, "عنوان");
    let err = builder.build().unwrap_err();
    assert!(err.to_string().contains("headline"), "{err}");
}

#[test]
fn folding_makes_spellings_match() {
    // Tatweel, diacritics, hamza and ta marbuta variants of the same header.
    for header in ["اقـــرأ أيضـاً", "إقرا ايضا:", "أقرأ أيضًا", "اقرأ ايضا"] {
        let page = format!("عنوان الخبر المنشور اليوم\n\nنص الخبر الكامل هنا، وهو طويل بما يكفي ليكون فقرة من المقال.\n\n{header}\n\nخبر آخر عن موضوع مختلف تماما");
        let article = nazif::clean(&page);
        let labels: Vec<Label> = article.lines().map(|l| l.label()).collect();
        assert_eq!(labels[2..], [Label::Related, Label::Related], "{header}");
    }
}

#[test]
fn cleaner_is_shared_between_threads() {
    let cleaner = std::sync::Arc::new(Cleaner::new());
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let cleaner = cleaner.clone();
            std::thread::spawn(move || cleaner.clean(PAGE).headline().map(str::to_string))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap().as_deref(), Some("تعليق المحادثات بين واشنطن وموسكو"));
    }
}

#[test]
fn first_labels_are_kept_beside_final_ones() {
    let article = nazif::clean(PAGE);
    let headline = article.headline_line().unwrap();
    assert_eq!(headline.first_rule(), Rule::TextHeadlineLike);
    assert_eq!(headline.rule(), Rule::HeadlineTitle);
    let comment = article.lines().find(|l| l.rule() == Rule::CommentsSection).unwrap();
    assert_ne!(comment.first_rule(), comment.rule());
}

#[test]
fn a_line_above_a_photo_credit_is_its_caption() {
    let page = "تعليق المحادثات بين واشنطن وموسكو\n\n\
أعلنت الخارجية الأمريكية اليوم تعليق مفاوضاتها مع موسكو بشأن وقف إطلاق النار في سوريا.\n\n\
وزير الخارجية خلال مؤتمر صحفي في مقر الوزارة بواشنطن\n\n\
Photo: Reuters\n\n\
وقال المتحدث باسم الوزارة إن القرار لم يتخذ بسهولة، متهما روسيا بتصعيد الهجمات على المدنيين.\n\n\
مواقف متباينة\n\n\
فيديو\n\n\
وأكد المتحدث أن بلاده ستواصل العمل مع الشركاء الدوليين من أجل التوصل إلى حل سياسي للأزمة.\n\n\
وأضاف أن الاتصالات ستستأنف حين تتوقف الهجمات على المدنيين في المدن السورية.\n\n\
Photo: AFP\n";
    let article = nazif::clean(page);
    let rule_of = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| (l.label(), l.rule()));
    assert_eq!(
        rule_of("وزير الخارجية خلال مؤتمر صحفي في مقر الوزارة بواشنطن"),
        Some((Label::Caption, Rule::CaptionAboveCredit))
    );
    // Above a bare media label, and a paragraph with its full stop above a
    // credit, stay the article's.
    assert_eq!(rule_of("مواقف متباينة").map(|r| r.0), Some(Label::Body));
    assert_eq!(
        rule_of("وأضاف أن الاتصالات ستستأنف حين تتوقف الهجمات على المدنيين في المدن السورية.").map(|r| r.0),
        Some(Label::Body)
    );
}

#[test]
fn a_quoted_post_in_english_is_body_and_its_signature_a_stamp() {
    let page = "تعليق المحادثات بين واشنطن وموسكو\n\n\
أعلنت الخارجية الأمريكية اليوم تعليق مفاوضاتها مع موسكو بشأن وقف إطلاق النار في سوريا.\n\n\
وكتب المتحدث باسم الوزارة على منصة إكس:\n\n\
Talks are suspended today. We will keep working with our partners for a political solution.\n\n\
— State Department (@StateDept) November 18, 2024\n\n\
وقال المتحدث باسم الوزارة إن القرار لم يتخذ بسهولة، متهما روسيا بتصعيد الهجمات على المدنيين.\n\n\
A picture of the press room in Washington\n\n\
وأضاف أن الاتصالات ستستأنف حين تتوقف الهجمات على المدنيين في المدن السورية.\n";
    let article = nazif::clean(page);
    let rule_of = |start: &str| article.lines().find(|l| l.trimmed().starts_with(start)).map(|l| (l.label(), l.rule()));
    assert_eq!(rule_of("Talks are suspended").map(|r| r.0), Some(Label::Body));
    assert_eq!(rule_of("— State Department"), Some((Label::Timestamp, Rule::TimestampSignature)));
    // An English line without a signature under it is still a caption.
    assert_eq!(rule_of("A picture of the press room").map(|r| r.0), Some(Label::Caption));
}

#[test]
fn a_caption_the_site_credits_to_itself() {
    // The title tag names the site (`TITLE - SITE`); a photo's caption in
    // the text ends in the same name after a dash.
    let page = "تعليق المحادثات بين واشنطن وموسكو - الصحيفة اليومية\n\n\
الرئيسية\nأخبار\nسياسة\nاقتصاد\n\n\
تعليق المحادثات بين واشنطن وموسكو\n\n\
أعلنت الخارجية الأمريكية اليوم تعليق مفاوضاتها مع موسكو بشأن وقف إطلاق النار في سوريا.\n\n\
وزير الخارجية خلال مؤتمر صحفي في مقر الوزارة - الصحيفة اليومية\n\n\
وقال المتحدث باسم الوزارة إن القرار لم يتخذ بسهولة، متهما روسيا بتصعيد الهجمات على المدنيين.\n\n\
وفد المفاوضين الروس لدى وصوله إلى مقر الأمم المتحدة/ الصحيفة اليومية\n\n\
وأضاف أن الاتصالات ستستأنف حين تتوقف الهجمات على المدنيين في المدن السورية.\n";
    let article = nazif::clean(page);
    for start in ["وزير الخارجية", "وفد المفاوضين"] {
        let caption = article.lines().find(|l| l.trimmed().starts_with(start)).unwrap();
        assert_eq!((caption.label(), caption.rule()), (Label::Caption, Rule::CaptionCredit), "{start}");
    }
}

/// Two paragraphs of one article, for pages whose text a table or list
/// interrupts.
const OPENING: &str = "أعلنت وزارة المالية اليوم نتائج الربع الثالث من العام، وقالت إن الأنشطة غير النفطية واصلت نموها رغم تراجع أسعار النفط في الأسواق العالمية.";
const CLOSING: &str = "وتوقع مختصون أن تواصل الأنشطة غير النفطية نموها خلال العام المقبل مع بدء التشغيل التجاري لعدد من المشاريع الكبرى في البلاد.";

/// A page with a menu, a title, [`OPENING`], `middle` and [`CLOSING`].
fn article_page(middle: &str) -> String {
    format!(
        "الرئيسية\nاقتصاد\nمحليات\nرياضة\n\nنمو الأنشطة غير النفطية في الربع الثالث\n\n{OPENING}\n\n{middle}{CLOSING}\n"
    )
}

fn body_share(page: &str) -> (usize, usize) {
    let article = nazif::clean(page);
    let closing = article.lines().find(|l| l.trimmed() == CLOSING).map(|l| l.label());
    assert_eq!(closing, Some(Label::Body), "{page}");
    let opening = article.lines().find(|l| l.trimmed() == OPENING).map(|l| l.label());
    assert_eq!(opening, Some(Label::Body), "{page}");
    (article.kept().count(), article.line_count())
}

#[test]
fn a_table_and_a_long_subheading_do_not_split_the_article() {
    let page = article_page(
        "النشاط | 2022 | 2023\nالأنشطة النفطية | 12,640.3 | 10,927.8\nالأنشطة غير النفطية | 20,108.2 | 20,871.4\n\
         الزراعة والأسماك | 768.1 | 811.0\nالأنشطة الصناعية | 5,874.0 | 6,102.3\nالأنشطة الخدمية | 13,466.1 | 13,958.1\n\n\
         2024.. توقعات بتحسن أداء القطاعات غير النفطية\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_table_with_a_cell_per_line_under_its_introduction() {
    let page =
        article_page("وجاءت الأرقام على النحو التالي:\n\nالنشاط\nالقيمة\nالنفط\n12640 مليون\nالخدمات\n13466 مليون\n\n");
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_schedule_under_dated_day_headers() {
    let page = article_page(
        "الجمعة 27 شتنبر:\n• اتحاد تواركة – الجيش الملكي (الساعة 19:00)\n• الفتح الرياضي – المغرب الفاسي (الساعة 21:00)\n\
         السبت 28 شتنبر:\n• حسنية أكادير – الوداد الرياضي (الساعة 17:00)\n\n"
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn the_text_resumes_after_a_related_block_with_a_table() {
    // An inline related block, then the paragraph that introduces a table
    // whose figures stand alone on their lines.
    let page = article_page(
        "اقرأ أيضا\nالحكومة تعلن خطة جديدة لدعم الصادرات\nوزير النفط يتوقع ارتفاع الإنتاج في العام المقبل\n\n\
         وجاءت أبرز وجهات الصادرات غير النفطية خلال العام الماضي على النحو التالي:\n\n\
         الصين\n١٤٫٦\nالعراق\n١٠٫٢\nالإمارات\n٦٫٩\n\n",
    );
    let article = nazif::clean(&page);
    let label_of = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| l.label());
    assert_eq!(label_of("الحكومة تعلن خطة جديدة لدعم الصادرات"), Some(Label::Related));
    for kept in ["وجاءت أبرز وجهات الصادرات غير النفطية خلال العام الماضي على النحو التالي:", "الصين", "١٤٫٦", CLOSING]
    {
        assert_eq!(label_of(kept), Some(Label::Body), "{kept}");
    }
}

#[test]
fn a_line_under_a_media_label_is_the_videos_title() {
    let page = article_page(&format!(
        "فيديو\n\nوزير المالية يشرح نتائج الربع الثالث في مؤتمر صحفي\n\n{CLOSING}\n\nفيديو\n\n{OPENING}\n\n\
         1/4\n\nمن جولة الوزير في ميناء المدينة صباح اليوم\n\n"
    ));
    let article = nazif::clean(&page);
    for caption in ["وزير المالية يشرح", "من جولة الوزير"] {
        let line = article.lines().find(|l| l.trimmed().starts_with(caption)).unwrap();
        assert_eq!((line.label(), line.rule()), (Label::Caption, Rule::CaptionUnderLabel), "{caption}");
    }
    // A paragraph under the label stays the article's.
    assert!(article.lines().filter(|l| l.trimmed() == OPENING).all(|l| l.label() == Label::Body));
}

#[test]
fn a_table_of_rows_joined_by_spaces_under_its_introduction() {
    let page = article_page(
        "وحددت المديرية قائمة أسعار مرجعية للكيلوغرام الواحد في سوق الجملة، جاءت كما يلي:\n\n\
         المنتوج السعر الأدنى السعر الأقصى\nالبطاطا 55 دج 70 دج\nالطماطم 80 دج 110 دج\nالبصل 40 دج 55 دج\n\
         الجزر 45 دج 60 دج\nالتمور (دقلة نور) 450 دج 600 دج\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_video_and_a_list_before_a_related_link_do_not_split_the_article() {
    let page = article_page(
        "فيديو\nوزير المالية يشرح نتائج الربع الثالث\n\nأبرز الأرقام:\n• النفط: 12 مليارا\n• الخدمات: 13 مليارا\n\
         • الصناعة: 5 مليارات\n\nاقرأ أيضا: الحكومة تعلن خطة جديدة لدعم الصادرات\n\n",
    );
    let article = nazif::clean(&page);
    let label_of = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| l.label());
    assert_eq!(label_of(CLOSING), Some(Label::Body));
    assert_eq!(label_of("• النفط: 12 مليارا"), Some(Label::Body));
    assert_eq!(label_of("اقرأ أيضا: الحكومة تعلن خطة جديدة لدعم الصادرات"), Some(Label::Related));
}

#[test]
fn a_table_of_figures_under_a_short_title() {
    // No introduction ends in a colon: the rows of figures vouch for the
    // table, its header row and the subheading under it.
    let page = article_page(
        "الترتيب بعد الجولة 16\n\nالمركز الفريق لعب النقاط الفارق\n1 الترجي الرياضي 16 38 +19\n\
         2 النجم الساحلي 16 33 +12\n3 النادي الإفريقي 16 31 +10\n4 الاتحاد المنستيري 16 28 +6\n\
         5 النادي الصفاقسي 15 26 +5\n\nأداء التسعة أشهر\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_bulleted_list_and_a_subheading_do_not_split_the_article() {
    let page = article_page(
        "أبرز المنتجات المعروضة\n\nومن أبرز المنتجات التي تعرضها الشركات المشاركة:\n\n\
         • منصة لمعالجة اللغة قادرة على قراءة النصوص المخطوطة القديمة\n• نظام للتشخيص المبكر لسرطان الثدي عبر تحليل الصور\n\
         • روبوت محادثة لخدمة المراجعين في الدوائر الحكومية\n• منظومة لإدارة حركة المرور الذكية في المدن الكبرى\n\n\
         دعم حكومي للشركات الناشئة\n\n"
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_list_and_a_quoted_subheading_do_not_split_the_article() {
    // A pull quote may follow a list as the text's next subheading.
    let page = article_page(
        "الأحياء المشمولة في المرحلة الأولى\n\n• حي الشرقية وحي الروم\n• حي الصفافرة\n\
         • منطقة بئر الأمير\n• حي الكروم ومحيطه\n\n\"نهاية المعاناة في الصيف\"\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_table_of_tab_cells_under_a_long_title_and_over_its_source() {
    let page = article_page(
        "تطور الرقم الاستدلالي للأثمان عند الاستهلاك حسب بعض المدن (شتنبر 2024)\n\
         المدينة\tالتغير الشهري\tالتغير السنوي\nمراكش\t+0,7%\t+5,6%\nبني ملال\t+0,7%\t+5,9%\n\
         الدار البيضاء\t+0,5%\t+4,8%\nأكادير\t+0,4%\t+5,2%\n\
         المصدر: المندوبية السامية للتخطيط\n\nالتضخم الأساسي\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_schedule_of_space_joined_cells_is_a_table_not_stamps() {
    // Rows whose cells are joined by runs of spaces, each opening with a
    // date: a table in the text, not a run of stamps ending the article.
    let page = article_page(
        "مواعيد الامتحانات في المحافظة\n\n\
         اليوم والتاريخ  المادة  زمن الإجابة\nالسبت 13 يناير 2024  اللغة العربية  ساعتان ونصف\n\
         الأحد 14 يناير 2024  الدراسات الاجتماعية  ساعتان\nالإثنين 15 يناير 2024  الرياضيات  ساعتان\n\
         الثلاثاء 16 يناير 2024  اللغة الإنجليزية  ساعتان\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_photo_and_its_bare_credit_between_paragraphs_are_a_caption() {
    // A line with the agency's name right under it, no blank line between,
    // is a photo's caption; a paragraph over a quoted post's signature stays.
    let page = article_page(
        "مشروعات إنشائية في العاصمة الإدارية الجديدة شرق القاهرة\nأ.ف.ب\n\n\
         خطة الحكومة تساوي بين من هرّب أمواله ومن بقي يصدّق الدولة\n\
         — Samer Haddad (@SamerHaddadLB) March 7, 2024\n\n",
    );
    let article = nazif::clean(&page);
    let label = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| l.label());
    assert_eq!(label("مشروعات إنشائية في العاصمة الإدارية الجديدة شرق القاهرة"), Some(Label::Caption));
    assert_eq!(label("أ.ف.ب"), Some(Label::Caption));
    assert_eq!(label("خطة الحكومة تساوي بين من هرّب أمواله ومن بقي يصدّق الدولة"), Some(Label::Body));
}

#[test]
fn a_schedule_of_one_cell_per_line_under_an_ad_and_its_introduction() {
    // Quoted programme names and times alone are the table's cells.
    let page = article_page(
        "إعلان\n\nمواعيد أبرز البرامج\n\nوفيما يلي أبرز البرامج ومواعيد بثها بتوقيت دولة الإمارات:\n\n\
         البرنامج\nالنوع\nموعد البث\n«سير الصالحين»\nديني\n4:30 مساءً\n«مائدة أم سعيد»\nطبخ\n5:15 مساءً\n\
         «ليالي الشارقة»\nمسابقات\n9:00 مساءً\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 5, "only the menu and the advertisement are dropped");
}

#[test]
fn a_table_with_a_long_caption_over_it_and_a_long_source_note_under_it() {
    // Rows joined by runs of spaces vouch for a title of a table's caption
    // length, and for a source note as long as a sentence.
    let page = article_page(
        "الجدول (1): وسطي تكاليف المعيشة لأسرة من خمسة أشخاص في دمشق خلال الربع الثاني\n\n\
         البند    التكلفة الشهرية (ليرة سورية)    النسبة من الإجمالي\nالغذاء    8,214,000    60%\n\
         السكن    2,190,000    16%\nالنقل والمواصلات    960,000    7%\nالتعليم    685,000    5%\n\n\
         المصدر: حسابات قاسيون استناداً إلى أسعار الأسواق في دمشق خلال الأسبوع الأول من أيار الماضي\n\n",
    );
    let (kept, all) = body_share(&page);
    assert!(kept >= all - 5, "only the menu (and at most the source note) is dropped");
}

#[test]
fn the_header_after_a_view_counter_and_the_share_row() {
    // A view counter is no widget: the standfirst under the title stays;
    // the line under the share row that ends in a dash and a name is the
    // photo's caption.
    let page = "الرئيسية\nأخبار\nصحة\nرياضة\n\n\
        انطلاق حملة تطعيم استدراكية ضد الحصبة في خمس بلديات جنوبية\n\
        المركز الوطني لمكافحة الأمراض: الحملة تستهدف أكثر من 120 ألف طفل دون سن الخامسة\n\n\
        19/05/2024 - 11:20\n214 مشاهدات\n\nمشاركة\nFacebook\nTwitter\nWhatsApp\n\n\
        أطفال ينتظرون دورهم للتطعيم في أحد مراكز الرعاية الصحية بسبها - المركز الوطني لمكافحة الأمراض\n\n\
        أطلق المركز الوطني لمكافحة الأمراض، صباح اليوم الأحد، حملة تطعيم استدراكية ضد الحصبة في خمس بلديات جنوبية، بعد تسجيل حالات جديدة خلال الأسابيع الماضية.\n\n\
        وقال مدير إدارة التطعيمات بالمركز، في مؤتمر صحفي عقده بمدينة سبها، إن الحملة تستمر عشرة أيام وتشمل المدارس ورياض الأطفال والمراكز الصحية.\n";
    let article = nazif::clean(page);
    let label = |start: &str| article.lines().find(|l| l.trimmed().starts_with(start)).map(|l| l.label());
    assert_eq!(label("المركز الوطني لمكافحة الأمراض: الحملة"), Some(Label::Body));
    assert_eq!(label("أطفال ينتظرون"), Some(Label::Caption));
}

#[test]
fn a_table_under_a_title_with_a_date() {
    let page = article_page(
        "الأسعار الجديدة اعتبارا من 1 شباط\n\nالمادة | السعر السابق | السعر الجديد\n\
         بنزين أوكتان 90 | 920 فلسا | 945 فلسا\nبنزين أوكتان 95 | 1200 فلس | 1230 فلسا\n\
         ديزل (سولار) | 655 فلسا | 655 فلسا\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_price_list_one_cell_per_line_with_units_and_months() {
    // Figures with a unit after a slash and headers naming months are the
    // table's cells, not paths and stamps.
    let page = article_page(
        "وجاءت الأسعار الجديدة على النحو الآتي:\n\nالمادة\nالسعر لشهر تشرين الثاني\nالسعر لشهر كانون الأول\n\
         بنزين أوكتان 90\n920 فلساً/لتر\n895 فلساً/لتر\nبنزين أوكتان 95\n1180 فلساً/لتر\n1150 فلساً/لتر\n\
         الكاز\n620 فلساً/لتر\n620 فلساً/لتر\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_table_of_figures_under_a_header_row_with_units() {
    let page = article_page(
        "المنتوج سعر الجملة (دج/كلغ) سعر التجزئة (دج/كلغ)\nالبطاطا 45 55\nالبصل 40 50\nالطماطم 70 85\n\
         الجزر 50 60\nلحم الغنم المستورد 1100 1200\n\n",
    );
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 4, "only the menu is dropped");
}

#[test]
fn a_newsletter_box_inside_the_text_is_not_a_comment_form() {
    // Its email field would open a comment section that swallows the rest
    // of the article.
    let page = article_page(
        "اشترك في نشرة الموقع الأسبوعية\nأفضل ما نشرناه هذا الأسبوع، في بريدك كل خميس.\n\
         بريدك الإلكتروني\nاشترك\n\n",
    );
    let article = nazif::clean(&page);
    let email = article.lines().find(|l| l.trimmed() == "بريدك الإلكتروني").unwrap();
    assert_eq!(email.label(), Label::Footer);
    let (kept, all) = body_share(&page);
    assert_eq!(kept, all - 8, "the menu and the newsletter box are dropped");
}

#[test]
fn a_fact_box_of_figures_ends_the_article() {
    // A title without a colon over `key: figure` lines, after the last
    // paragraph: the article's, though nothing introduces it.
    let page = format!(
        "الرئيسية\nاقتصاد\nمحليات\nرياضة\n\nنمو الأنشطة غير النفطية في الربع الثالث\n\n{OPENING}\n\n{CLOSING}\n\n\
         الشركة في أرقام\n\nسنة التأسيس: 2019\nعدد المزارعين المستفيدين: أكثر من 4,000\n\
         عدد المستثمرين على المنصة: 27 ألفًا\nإجمالي التمويلات: 180 مليون ريال\n"
    );
    let article = nazif::clean(&page);
    let kept: Vec<&str> = article.kept().map(|l| l.trimmed()).collect();
    assert!(kept.contains(&"الشركة في أرقام") && kept.contains(&"إجمالي التمويلات: 180 مليون ريال"), "{kept:?}");
}

#[test]
fn a_credit_alone_in_its_bracket_inside_the_text_is_a_caption() {
    let page = article_page("صيدلانية تصرف أدوية لمريض في مستشفى بالمدينة\n(Xinhua/Huang Zongzhi)\n\n");
    let article = nazif::clean(&page);
    let credit = article.lines().find(|l| l.trimmed() == "(Xinhua/Huang Zongzhi)").unwrap();
    assert_eq!(credit.label(), Label::Caption);
}

#[test]
fn text_after_the_sites_rights_line_is_not_the_article() {
    // Hidden dialogs scraped after the footer (community rules, account
    // settings) can hold more prose than the article itself.
    let rules = "يحق لإدارة الموقع حذف التعليقات التي تخالف القانون أو تحرض على الكراهية أو تتضمن إساءة إلى الأشخاص، ويجب على المستخدم احترام حقوق الآخرين في جميع الأحوال.";
    let page = format!(
        "{}\n\nالتعليقات\nأضف تعليقك\n\n© 2020 الموقع. جميع الحقوق محفوظة\n\nمعايير المجتمع\n\n{rules}\n\n{rules}\n\n{rules}\n\n{rules}\n",
        article_page("")
    );
    let article = nazif::clean(&page);
    assert_eq!(article.headline(), Some("نمو الأنشطة غير النفطية في الربع الثالث"));
    let kept: Vec<&str> = article.kept().map(|l| l.trimmed()).collect();
    assert!(kept.contains(&OPENING) && !kept.contains(&rules), "{kept:?}");
}

#[test]
fn a_long_sentence_without_function_words_is_prose() {
    let sentence = "وتتواصل منافسات البطولة يوم الأربعاء 24 جانفي الجاري بإجراء مباريات الجولة السابعة عشرة، وأبرزها مواجهة النادي الإفريقي والنجم الساحلي بملعب حمادي العقربي برادس.";
    let article = nazif::clean(sentence);
    let line = article.lines().next().unwrap();
    assert_eq!(line.first_rule(), Rule::TextParagraph);
}

#[test]
fn bulleted_sub_decks_under_the_title() {
    let page = format!(
        "الرئيسية\nاقتصاد\nمحليات\nرياضة\n\nالتربية: 14 يناير انطلاق اختبارات نهاية الفصل الأول لطلبة الثاني عشر\n\
         • العدواني: إعلان الجداول التفصيلية الأسبوع المقبل عبر الموقع الرسمي\n\
         • لجان ميدانية لمتابعة جاهزية المدارس وتشديد الرقابة\n\
         • إلزام الطلبة بالحضور قبل موعد الاختبار بنصف ساعة على الأقل\n\n\
         كتب: محمد العنزي\nالأحد 7 يناير 2024\n\n{OPENING}\n\n{CLOSING}\n"
    );
    let article = nazif::clean(&page);
    assert_eq!(article.headline(), Some("التربية: 14 يناير انطلاق اختبارات نهاية الفصل الأول لطلبة الثاني عشر"));
    let deck = article.lines().find(|l| l.trimmed().starts_with("• لجان")).unwrap();
    assert_eq!(deck.label(), Label::Body);
}

#[test]
fn a_table_of_figures_with_dates_in_its_header() {
    // A header cell that reads like a date does not split the article (it
    // keeps its own label).
    let page = article_page(
        "وجاءت نسب التغير في الرقم القياسي لأسعار المستهلك حسب المنطقة على النحو الآتي:\n\n\
         المنطقة\nالتغير الشهري (آب/تموز)\nالتغير السنوي (آب 2022/آب 2021)\nفلسطين\n0.42%\n4.96%\n\
         الضفة الغربية\n0.61%\n5.73%\nقطاع غزة\n0.18%\n3.02%\n\n",
    );
    body_share(&page);
    let article = nazif::clean(&page);
    let label_of = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| l.label());
    assert_eq!(label_of("0.42%"), Some(Label::Body));
    assert_eq!(label_of("قطاع غزة"), Some(Label::Body));
}

#[test]
fn sentences_listed_under_a_colon_and_a_related_link_do_not_split_the_article() {
    // The items end in full stops, like sentences; the paragraph's colon
    // introduces them, and the text goes on under the related link.
    let page = article_page(
        "وقد لا تظهر أعراض في البداية، لكن مع استمرار النقص قد يلاحظ المريض ما يلي:\n\n\
         الشعور الدائم بالتعب.\nآلام العظام وأسفل الظهر.\nضعف العضلات وتشنجها.\nتساقط الشعر.\nبطء التئام الجروح.\n\
         تقلب المزاج والشعور بالاكتئاب في الشتاء.\n\nاقرأ أيضا: أعراض نقص فيتامين ب12 وأهم مصادره\n\n\
         أسباب النقص\n\n",
    );
    let article = nazif::clean(&page);
    let label_of = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| l.label());
    for kept in ["آلام العظام وأسفل الظهر.", "بطء التئام الجروح.", "أسباب النقص", OPENING, CLOSING]
    {
        assert_eq!(label_of(kept), Some(Label::Body), "{kept}");
    }
    assert_eq!(label_of("اقرأ أيضا: أعراض نقص فيتامين ب12 وأهم مصادره"), Some(Label::Related));
}

#[test]
fn a_table_of_contents_is_navigation_and_its_items_are_no_title() {
    let page = format!(
        "الرئيسية\nصحة\nتغذية\n\nنقص فيتامين د: الأعراض والأسباب وطرق العلاج\n\n\
         محتويات المقال\nما هو فيتامين د؟\nأعراض النقص\nأسباب النقص\n\n{OPENING}\n\n\
         ما هو فيتامين د؟\n\n{CLOSING}\n\nأعراض النقص\n\n{OPENING}\n\nأسباب النقص\n\n{CLOSING}\n"
    );
    let article = nazif::clean(&page);
    assert_eq!(article.headline(), Some("نقص فيتامين د: الأعراض والأسباب وطرق العلاج"));
    let contents: Vec<(Label, Rule)> = article.lines().skip(4).take(4).map(|l| (l.label(), l.rule())).collect();
    assert_eq!(contents, vec![(Label::Navigation, Rule::NavigationContents); 4]);
    // The subheadings further down stay the text's.
    let subheadings = article.lines().filter(|l| l.trimmed() == "أسباب النقص").map(|l| l.label()).collect::<Vec<_>>();
    assert_eq!(subheadings, [Label::Navigation, Label::Body]);
}

/// The headline the cleaner picks on `page`.
fn headline_of(page: &str) -> Option<String> {
    nazif::clean(page).headline().map(str::to_string)
}

#[test]
fn a_section_named_in_the_menu_is_no_title() {
    // `الهجرة إلى كندا` is a menu item, printed again over the title.
    let page = format!(
        "الرئيسية\nكندا\nالهجرة إلى كندا\nالعالم\nاقتصاد\nثقافة\n\nالهجرة إلى كندا\n\n\
         أوتاوا تبقي على هدف 500 ألف مهاجر سنويا وتجمد الزيادة\n\n{OPENING}\n\n{CLOSING}\n"
    );
    assert_eq!(headline_of(&page).as_deref(), Some("أوتاوا تبقي على هدف 500 ألف مهاجر سنويا وتجمد الزيادة"));
}

#[test]
fn the_sites_tagline_above_its_menu_line_is_no_title() {
    let page = format!(
        "صحيفة الوحدة\nيومية سياسية تصدر عن مؤسسة الوحدة للصحافة والطباعة والنشر\nالثلاثاء 12-03-2024\n\n\
         الرئيسية | محليات | اقتصاد | ثقافة | رياضة\n\nرياضة\n\nنريد اللقب وجمهورنا سلاحنا الأقوى في مرحلة الإياب\n\n\
         {OPENING}\n\n{CLOSING}\n"
    );
    assert_eq!(headline_of(&page).as_deref(), Some("نريد اللقب وجمهورنا سلاحنا الأقوى في مرحلة الإياب"));
}

#[test]
fn the_sites_name_that_the_footer_repeats_is_no_title() {
    let page = format!(
        "تلفزيون فلسطين\nالهيئة العامة للإذاعة والتلفزيون\nالبث المباشر\n\n\
         انطلاق معرض فلسطين الدولي للكتاب في رام الله\n\nالأربعاء 13 أيلول 2023 | 11:20\n\n{OPENING}\n\n{CLOSING}\n\n\
         الهيئة العامة للإذاعة والتلفزيون الفلسطيني - رام الله\n"
    );
    assert_eq!(headline_of(&page).as_deref(), Some("انطلاق معرض فلسطين الدولي للكتاب في رام الله"));
}

#[test]
fn a_kicker_of_participation_stands_over_the_title() {
    let page = format!(
        "ثقافة\n\nبمشاركة أربعين دار نشر من عشر دول\n\nافتتاح الدورة الثالثة لمعرض الكتاب العربي في قصر الشعب\n\n\
         الأربعاء 15 مايو 2024 - 10:35\n\n{OPENING}\n\n{CLOSING}\n"
    );
    assert_eq!(headline_of(&page).as_deref(), Some("افتتاح الدورة الثالثة لمعرض الكتاب العربي في قصر الشعب"));
}

#[test]
fn a_comment_count_in_the_header_row_opens_no_thread() {
    // `4 تعليقات` between the date and the reading time counts the
    // comments; the text under it is still the article's.
    // (The first paragraph stands over the row: the text is one block
    // across it.)
    let page = format!(
        "الرئيسية\nأخبار\nتعليم\n\nوزارة التربية تكشف مواعيد امتحانات البكالوريا للدورة المقبلة\n\n{OPENING}\n\n\
         الثلاثاء 21 نونبر 2023\n4 تعليقات\n3 دقائق\n\n{CLOSING}\n\n{CLOSING}\n"
    );
    let article = nazif::clean(&page);
    let count = article.lines().find(|l| l.trimmed() == "4 تعليقات").unwrap();
    assert_eq!((count.label(), count.rule()), (Label::Comments, Rule::CommentsCount));
    let rules: Vec<Rule> =
        article.lines().filter(|l| [OPENING, CLOSING].contains(&l.trimmed())).map(|l| l.rule()).collect();
    assert_eq!(rules, [Rule::BodyParagraph; 3]);
}

#[test]
fn a_schedule_printed_one_cell_per_line_stays_in_the_text() {
    let page = article_page(
        "وحسب المذكرة، ستجرى الامتحانات وفق الجدولة الآتية:\n\nالمحطة\nالتاريخ\n\
         الامتحان الوطني الموحد للبكالوريا (الدورة العادية)\n3 و4 و5 و6 يونيو 2024\n\
         الامتحان الجهوي الموحد للسنة الأولى\n7 و8 يونيو 2024\nالإعلان عن نتائج الدورة العادية\n14 يونيو 2024\n\n",
    );
    let article = nazif::clean(&page);
    for cell in ["الامتحان الوطني الموحد للبكالوريا (الدورة العادية)", "3 و4 و5 و6 يونيو 2024", "14 يونيو 2024", CLOSING]
    {
        let label = article.lines().find(|l| l.trimmed() == cell).map(|l| l.label());
        assert_eq!(label, Some(Label::Body), "{cell}");
    }
}

#[test]
fn a_gallery_between_a_list_and_the_text_does_not_split_the_article() {
    let page = article_page(
        "وإليكِ التوزيع التقريبي الذي تنصح به المخططات:\n\n• القاعة والضيافة: 45%\n• فستان الزفاف والتجميل: 20%\n\
         • التصوير والفيديو: 10%\n• الكوشة والزهور: 12%\n• الموسيقى والزفة: 6%\n• بنود طارئة: 7%\n\n2 / 3\n\n\
         كوشة بتصميم عصري بسيط. الصورة من Instagram @noufevents\n\nاختيار الموعد يصنع الفرق\n\n",
    );
    let article = nazif::clean(&page);
    let label_of = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| l.label());
    for kept in ["• القاعة والضيافة: 45%", "• بنود طارئة: 7%", "اختيار الموعد يصنع الفرق", OPENING, CLOSING]
    {
        assert_eq!(label_of(kept), Some(Label::Body), "{kept}");
    }
    assert_eq!(label_of("2 / 3"), Some(Label::Navigation));
}

#[test]
fn numbered_items_with_their_times_end_the_text() {
    let page = format!(
        "موسيقى\n\nهالة الشامي: العود يعرف طريقه إلى الصمت\n\n{OPENING}\n\n{CLOSING}\n\n\
         قائمة مقطوعات «مقامات الغياب»:\n\n1. شرفة اللويبدة (4:12)\n2. سماعي للبيت الفارغ (6:48)\n\
         3. مطر على سوق السكر (3:55)\n\n#عود\n#موسيقى\n"
    );
    let article = nazif::clean(&page);
    let label_of = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| l.label());
    for kept in ["قائمة مقطوعات «مقامات الغياب»:", "1. شرفة اللويبدة (4:12)", "3. مطر على سوق السكر (3:55)"]
    {
        assert_eq!(label_of(kept), Some(Label::Body), "{kept}");
    }
}

#[test]
fn a_kicker_over_a_title_that_quotes_its_speaker() {
    // The title reads as prose and opens the text; the kicker is no title.
    let page = format!(
        "الرئيسية\nالأخبار\nالبرامج\nبودكاست\n\nالأخبار / شباب ومبادرات\n\nبعد تتويجهم في إسطنبول\n\
         تلاميذ من صفاقس يتصدرون مسابقة دولية للروبوتيك: \"حلمنا أن نصنع روبوتاً ينقذ الأرواح\"\n\n\
         2024-04-23 | 14:05\n\n{OPENING}\n\n{CLOSING}\n"
    );
    assert_eq!(
        headline_of(&page).as_deref(),
        Some("تلاميذ من صفاقس يتصدرون مسابقة دولية للروبوتيك: \"حلمنا أن نصنع روبوتاً ينقذ الأرواح\"")
    );
}

#[test]
fn a_long_title_that_reads_as_a_sentence_under_its_date() {
    let title = "الإسكوا: الدين العام في المنطقة العربية يتجاوز 1.5 تريليون دولار والبلدان المتوسطة الدخل الأكثر تضرراً";
    let page = format!(
        "الرئيسية\nالأخبار\nالأحداث\nالمنشورات\n\nبيان صحفي\n\n23 تشرين الأول/أكتوبر 2024\n\n{title}\n\n\
         © Shutterstock\n\n{OPENING}\n\n{CLOSING}\n"
    );
    assert_eq!(headline_of(&page).as_deref(), Some(title));
}

#[test]
fn a_sections_heading_may_open_the_text() {
    let page = format!(
        "الرئيسية\nدراسات\nتقارير\n\nالإصلاح المالي في دول الخليج بعد عقد من تراجع أسعار النفط\n\n\
         12 أيار/مايو 2024\n\nمقدمة\n\n{OPENING}\n\n{CLOSING}\n"
    );
    let article = nazif::clean(&page);
    let heading = article.lines().find(|l| l.trimmed() == "مقدمة").map(|l| l.label());
    assert_eq!(heading, Some(Label::Body));
}

#[test]
fn a_comment_sections_rules_are_its_own_though_they_read_as_prose() {
    // The note right above the section's header names the comments and is
    // the section's; the article's last paragraph reports what
    // someone said (`تعليقه`) and stays the article's.
    let said =
        "وفي تعليقه على النتائج، قال وزير المالية إن الحكومة ماضية في خططها لتنويع مصادر الدخل خلال الأعوام المقبلة.";
    let policy = "نرحب بالنقاش المفيد، ولن تُنشر التعليقات التي تحتوي على ألفاظ نابية أو هجوم شخصي.";
    let repeat = "يرجى عدم تكرار تعليقك أكثر من مرة، وإلا سيعامل كرسالة مزعجة.";
    let page = format!("{}\n{said}\n\n{policy}\n\nأضف تعليقك\n\n{repeat}\n", article_page(""));
    let article = nazif::clean(&page);
    let rule_of = |text: &str| article.lines().find(|l| l.trimmed() == text).map(|l| (l.label(), l.rule()));
    assert_eq!(rule_of(said).map(|r| r.0), Some(Label::Body));
    assert_eq!(rule_of(policy), Some((Label::Comments, Rule::CommentsNote)));
    // (Under the header, the section holds it anyway.)
    assert_eq!(rule_of(repeat).map(|r| r.0), Some(Label::Comments));
}
