"""Chinese: detection by script, running text without spaces, sentences, quotes, figures, dates and speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import cleaning, dates, places, visits
from digest.config import Config, Limits, SummarySettings
from digest.language import detect, supported, word_lists
from digest.model import FURNITURE, TEXT, Article
from digest.numbers import scan
from digest.pipeline import Settings, analyse, assemble
from digest.speakers import fold
from digest.sentences import split, unspaced_words
from digest.summaries import stems

ARTICLE = Path(__file__).parent / "data" / "zh_fangwen.txt"
NEWS = ("国家主席习近平20日在北京同来访的法国总统马克龙举行会谈。习近平表示，中方愿同法方加强在航空航天、"
        "核能等领域合作。马克龙说，法方希望双方贸易更加平衡。")


def _analyse(text: str, lang: str | None = None):  # type: ignore[no-untyped-def]
    return analyse(text, Settings(SummarySettings(), Limits(), lang=lang))


def test_chinese_is_detected_by_its_script() -> None:
    assert detect(NEWS) == "zh" and detect(ARTICLE.read_text("utf-8")) == "zh"
    # Traditional characters and a short headline are Chinese too.
    assert detect("習近平在北京會見法國總統馬克龍") == "zh" and detect("普京抵达北京") == "zh"
    assert supported("zh") and word_lists("zh") == "zh"


def test_kana_or_hangul_is_no_chinese() -> None:
    assert detect("岸田首相は東京で記者団に対し、「協力を強化する」と述べた。") == "ja"
    assert detect("윤석열 대통령은 서울에서 기자회견을 열고 협력을 강조했다.") == "ko"


def test_a_chinese_name_in_another_language_leaves_it_alone() -> None:
    assert detect("President Xi Jinping (习近平) met the French president in Beijing on Tuesday, his office said.") == "en"
    assert detect("Председатель КНР Си Цзиньпин (习近平) провёл переговоры с президентом России в Пекине.") == "ru"


def test_paragraphs_without_spaces_are_running_text_and_the_furniture_is_not() -> None:
    text = ARTICLE.read_text("utf-8")
    cleaned = cleaning.clean(text)
    body = [text[b.start:b.end] for b in cleaned.blocks if b.kind == TEXT]
    # The wire's dateline ("新华社北京5月20日电") is furniture, cut from the lead as "ROMA –" is.
    assert len(body) == 7 and body[0].startswith("国家主席习近平")
    assert any(b.kind == FURNITURE and text[b.start:b.end] == "新华社北京5月20日电（记者王磊、赵雪）" for b in cleaned.blocks)
    assert cleaned.title == "习近平同乌兹别克斯坦总统米尔济约耶夫会谈"
    assert not any("责任编辑" in b or "相关新闻" in b or "字号" in b for b in body)


def test_sentences_end_at_full_width_marks_with_their_closing_quote() -> None:
    text = "习近平指出：“中方愿同乌方一道。”他表示，贸易额达到140亿美元！双方还讨论了其他问题；会谈气氛友好？是的。"
    got = [text[a:b] for a, b in split(text, "zh")]
    assert got == ["习近平指出：“中方愿同乌方一道。”", "他表示，贸易额达到140亿美元！", "双方还讨论了其他问题；会谈气氛友好？",
                   "是的。"]


@pytest.mark.parametrize(
    ("text", "start", "speaker", "form"),
    [
        # The role glued before the name, the verb and the full-width colon after it.
        ("外交部发言人郑华20日表示：“中方愿同各方加强沟通协调。”", "中方愿同", "郑华", "郑华"),
        # A foreign name spelt in Han characters, the quotation after a comma in the verb's sentence.
        ("巴西总统卢拉说，巴方高度重视对华关系，“我们欢迎中国企业来巴西投资兴业”。", "我们欢迎", "卢拉", "卢拉"),
        # A pronoun after the quotation stands for the last sentence's subject; the two halves are one quotation.
        ("法国总统马克龙会见了记者。“法中合作前景广阔，”他说，“我们愿意继续扩大贸易往来。”", "法中合作", "马克龙", "他"),
        # A pronoun before the verb, a sentence after the name's own.
        ("财政部部长蓝佛安出席了会议。她强调：“财政政策将更加积极有为。”", "财政政策", "蓝佛安", "她"),
        # A Spanish name spelt with 切 and 易 (桑切斯, 路易斯), the reporters addressed between name and verb.
        ("墨西哥经济部长路易斯·桑切斯对记者表示：“双方签署了三项协议。”", "双方签署", "路易斯·桑切斯", "路易斯·桑切斯"),
    ],
)
def test_glued_cues(text: str, start: str, speaker: str, form: str) -> None:
    q = next(q for q in _analyse(text, "zh").quotes if q.text.startswith(start))
    assert (q.kind, q.speaker, q.speaker_form) == ("speech", speaker, form)


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # A second quotation right after the first, no cue between them.
        ("外交部长王毅说：“双方同意加强合作。”“我们将扩大人文交流。”", "我们将扩大", "王毅"),
        # A paragraph that is only a quotation, after the paragraph a statement closed.
        ("经济学家张伟说：“出口增长放缓了。”\n“关键在于国内需求能否回升。”", "关键在于", "张伟"),
    ],
)
def test_a_quotation_with_no_cue_goes_on_with_the_last_statement(text: str, start: str, speaker: str) -> None:
    q = next(q for q in _analyse("标题\n" + text, "zh").quotes if q.text.startswith(start))
    assert (q.kind, q.speaker) == ("speech", speaker)


def test_a_bare_title_as_subject_is_the_one_person_holding_it() -> None:
    # "总统说" names nobody: the text's only 总统 said it.
    text = ("标题\n外交部长王毅在利马会见秘鲁总统何塞·赫里。赫里总统表示欢迎。总统说：“秘鲁愿同中国扩大贸易往来。”")
    q = next(q for q in _analyse(text, "zh").quotes if q.text.startswith("秘鲁愿同"))
    assert (q.kind, q.speaker, q.speaker_form) == ("speech", "赫里", "总统")


def test_a_bare_title_two_people_hold_is_nobody() -> None:
    text = ("标题\n秘鲁总统博卢阿特会见智利总统博里奇。总统说：“两国愿扩大贸易往来。”")
    q = next(q for q in _analyse(text, "zh").quotes if q.text.startswith("两国愿"))
    assert q.speaker is None


def test_a_quotation_after_another_paragraph_is_no_continuation() -> None:
    text = "标题\n经济学家张伟说：“出口增长放缓了。”\n会议于下午结束。\n“关键在于国内需求能否回升。”"
    q = next(q for q in _analyse(text, "zh").quotes if q.text.startswith("关键在于"))
    assert q.speaker is None


def test_short_quoted_phrases_are_terms() -> None:
    text = "双方同意深化共建“一带一路”合作。专家王明认为，能源合作是两国关系的“压舱石”。"
    assert {q.text: q.kind for q in _analyse(text, "zh").quotes} == {"一带一路": "term", "压舱石": "term"}


def test_the_article_s_speakers_and_roles() -> None:
    a = _analyse(ARTICLE.read_text("utf-8"))
    speakers = {q.text[:6]: q.speaker for q in a.quotes if q.kind == "speech"}
    assert speakers == {"中方始终从战": "习近平", "乌兹别克斯坦": "米尔济约耶夫", "中乌合作不针": "林剑"}
    roles = {person: phrase for person, phrase, _ in a.roles}
    assert roles["米尔济约耶夫"] == "乌兹别克斯坦总统" and roles["林剑"] == "外交部发言人"
    assert roles["王文涛"] == "商务部部长" and a.people[:2] == ("习近平", "米尔济约耶夫")


@pytest.mark.parametrize(
    ("text", "value", "value_end", "unit", "qualifier"),
    [
        ("中俄贸易额达到2400亿美元", 2.4e11, None, "USD", None),
        ("为当地创造了3.5万人的就业", 35_000, None, "people", None),
        ("年输气能力提高到500亿立方米", 5e10, None, "m³", None),
        ("能源贸易占比超过百分之三十", 30, None, "%", "more than"),
        ("同比增长30%", 30, None, "%", None),
        ("投资总额约1.2万亿元人民币", 1.2e12, None, "CNY", "about"),
        ("两国贸易额增长20%至30%", 20, 30, "%", None),
        ("双方签署了20多份合作文件", 20, None, "合作文件", "more than"),
        ("新建一条长约1200公里的铁路", 1200, None, "km", "about"),
        ("粮食出口达500万吨", 5e6, None, "t", None),
        ("俄方投资650亿卢布", 6.5e10, None, "RUB", None),
        ("欧盟提供了15亿欧元援助", 1.5e9, None, "EUR", None),
        ("两国贸易额同比增长约四分之一", 25, None, "%", "about"),
        ("目前已有三千人报名", 3000, None, "people", None),
        ("货运时间缩短7至8天", 7, 8, "days", None),
        # Tenths (成), a qualifier with its verb (约占), counters that tell what they count, an anniversary.
        ("进口石油中近三成来自中东", 30, None, "%", "almost"),
        ("服务业约占六成", 60, None, "%", "about"),
        ("约200名参加会议的代表", 200, None, "people", "about"),
        ("已有40家参展的外国企业", 40, None, "companies", None),
        ("今年是两国建交35周年", 35, None, "anniversary", None),
    ],
)
def test_figures_glued_to_their_words(text: str, value: float, value_end: float | None, unit: str,
                                      qualifier: str | None) -> None:
    figs = [f for f in scan(text, "zh") if f.kind not in ("date", "year")]
    assert [(f.value, f.value_end, f.unit, f.qualifier) for f in figs] == [(pytest.approx(value), value_end, unit,
                                                                            qualifier)]


@pytest.mark.parametrize("text", ["2026年5月20日", "19:42", "第二十三次年度峰会", "两国元首一致同意", "深化共建一带一路合作",
                                  "三成员国代表出席", "两国成为伙伴"])
def test_dates_ordinals_and_bare_numerals_are_no_figures(text: str) -> None:
    assert [f for f in scan(text, "zh") if f.kind not in ("date", "year")] == []


def test_the_article_s_figures_and_their_sources() -> None:
    a = _analyse(ARTICLE.read_text("utf-8"))
    got = {(n.value, n.value_end, n.unit, n.qualifier): n.speaker for n in a.numbers}
    assert got[(1.4e10, None, "USD", None)] == "习近平" and got[(20, None, "%", "almost")] == "习近平"
    assert got[(3e4, None, "就业岗位", "about")] == "王文涛"
    assert {(5e9, None, "USD", "about"), (523, None, "km", "about"), (7, 8, "days", None), (3e10, None, "USD", None)} <= set(got)


@pytest.mark.parametrize(
    ("text", "ymd"),
    [("2026年11月12日", (2026, 11, 12)), ("新华社莫斯科3月5日电", (None, 3, 5)), ("二〇二六年十一月十二日", (2026, 11, 12)),
     ("会谈将于6月举行", (None, 6, None)), ("2025年12月8日晚", (2025, 12, 8)), ("2024年", (2024, None, None))],
)
def test_dates(text: str, ymd: tuple[int | None, int | None, int | None]) -> None:
    found = [m for m in dates.find(text, "zh", [(0, len(text))]) if m.month or m.year]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_a_day_alone_takes_the_month_before_it_and_weekdays_are_read() -> None:
    text = "新华社北京5月20日电 外交部发言人21日表示，双方周二举行了会谈。"
    found = dates.find(text, "zh", [(0, len(text))])
    assert [(m.month, m.day, m.weekday) for m in found] == [(5, 20, None), (5, 21, None), (None, None, 2)]


def test_the_article_is_dated_from_its_header() -> None:
    assert str(_analyse(ARTICLE.read_text("utf-8")).date) == "2026-05-20"
    # Without a header line, the dateline's day and the year the text names.
    text = ("普京会见莫迪\n\n新华社莫斯科11月12日电 俄罗斯总统普京12日在克里姆林宫会见印度总理莫迪。普京表示：“欢迎您来到莫斯科。”"
            "莫迪说，2025年两国贸易额增长了10%。")
    assert str(_analyse(text).date) == "2025-11-12"


def test_chinese_terms_are_character_bigrams() -> None:
    assert sorted(unspaced_words("中哈合作，G20峰会，美")) == sorted(["中哈", "哈合", "合作", "G20", "峰会", "美"])
    assert sorted(stems("两国合作", "zh")) == sorted(["两国", "国合", "合作"])


def test_the_summary_reads_the_lead_and_what_the_article_is_about() -> None:
    a = _analyse(ARTICLE.read_text("utf-8"))
    chosen = [ARTICLE.read_text("utf-8")[a.sentences[i].start:a.sentences[i].end] for i in a.summary]
    # The lead without its wire dateline ("新华社北京5月20日电（记者…）"), which is furniture.
    assert len(chosen) == 3 and chosen[0].startswith("国家主席习近平20日")
    # The sentences sharing the most bigrams with the rest (the upgrade, the talks), not the closing comment.
    assert not any(s.startswith("中国人民大学") for s in chosen)


@pytest.mark.parametrize(("text", "place", "locative"), [
    ("国家主席习近平20日在北京同来访的法国总统举行会谈", "Beijing", True),
    ("新华社阿斯塔纳3月18日电", "Astana", True),
    ("普京抵达塔什干进行国事访问", "Tashkent", True),
    ("雅加达与吉隆坡", "Jakarta", False),
    ("印度尼西亚总统", "Indonesia", False),
    ("習近平在莫斯科會見普京", "Moscow", True),
])
def test_chinese_place_forms_glued_to_their_words(text: str, place: str, locative: bool) -> None:
    found = places.find(text, [(0, len(text))], "zh")
    assert (found[0].place.name, found[0].locative) == (place, locative)


def test_two_articles_on_one_visit_simplified_and_traditional_group_together() -> None:
    texts = [ARTICLE.read_text("utf-8"), (ARTICLE.parent / "zh_fangwen_tw.txt").read_text("utf-8")]
    arts = []
    for k, text in enumerate(texts):
        a = _analyse(text)
        assert a.lang == "zh" and a.places[0] == "Beijing" and str(a.date) == "2026-05-20"
        arts.append(Article(id=f"a{k}", path=f"a{k}.txt", text=text, analysis=a, date=a.date, lang=a.lang))
    _, found = visits.group(arts, Config())
    assert len(found) == 1 and found[0].place == "Beijing"
    tw = _analyse(texts[1])
    assert {q.text[:6]: q.speaker for q in tw.quotes if q.kind == "speech"} == {"烏茲別克斯坦": "米爾濟約耶夫"}
    assert {(n.value, n.unit) for n in tw.numbers} >= {(1.4e10, "USD"), (20, "%"), (523, "km")}


def test_a_foreign_visit_told_in_chinese() -> None:
    # Japanese names in kanji (石破茂, 岩屋毅), a French name in full and alone (埃马纽埃尔·马克龙, 马克龙), a name
    # opening a clause with an adverb or a preposition before its verb (马克龙则回应称, 岩屋毅对媒体说).
    a = _analyse((ARTICLE.parent / "zh_dongjing.txt").read_text("utf-8"))
    assert a.lang == "zh" and str(a.date) == "2025-12-03" and a.places[0] == "Tokyo"
    speakers = {q.text[:6]: (q.speaker, q.speaker_form) for q in a.quotes if q.kind == "speech"}
    assert speakers["日法两国共享"] == ("石破茂", "石破茂")
    assert speakers["欧洲和亚洲的"] == ("埃马纽埃尔·马克龙", "马克龙")
    roles = {person: phrase for person, phrase, _ in a.roles}
    assert roles["岩屋毅"] == "日本外务大臣" and roles["让-诺埃尔·巴罗"] == "法国外长"
    assert "马克龙" not in a.people
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(3e10, "EUR", None), (2.8e12, "JPY", "about"), (6.3, "%", None), (90, "minutes", "about")} <= got
    assert not any(n.value == 1 for n in a.numbers)  # 较上一年: the year before, no figure


def test_a_site_name_over_the_headline_and_a_visit_told_by_a_russian_outlet() -> None:
    text = (ARTICLE.parent / "zh_asitana.txt").read_text("utf-8")
    cleaned = cleaning.clean(text)
    assert cleaned.title == "普京对哈萨克斯坦进行国事访问 俄哈签署联合声明" and cleaned.source == "俄罗斯卫星通讯社"
    a = _analyse(text)
    assert str(a.date) == "2024-11-28" and a.places[0] == "Astana"
    speakers = {q.text[:6]: q.speaker for q in a.quotes if q.kind == "speech"}
    assert speakers == {"我们有信心在": "普京", "可靠的战略伙": "托卡耶夫", "我们两国拥有": "托卡耶夫", "哈萨克斯坦仍": "伊万诺夫"}
    got = {(n.value, n.value_end, n.unit, n.qualifier): n.speaker for n in a.numbers}
    assert got[(2.8e10, None, "USD", None)] == "普京" and got[(7500, None, "km", "more than")] == "托卡耶夫"
    assert got[(1.2e10, 1.5e10, "USD", "up to")] == "利哈乔夫"


@pytest.mark.parametrize(("text", "speaker"), [
    # The name before its role, at the clause's start.
    ("普京总统在会谈后表示：“俄方愿意扩大对华能源出口。”", "普京"),
    # An institution before its officer's role is no name: the officer is.
    ("国家发展改革委主任郑栅洁说：“今年经济增长目标是5%左右。”", "郑栅洁"),
])
def test_a_name_before_its_role(text: str, speaker: str) -> None:
    assert [q.speaker for q in _analyse(text, "zh").quotes] == [speaker]


def test_a_short_closing_sentence_and_two_statements_parted_by_the_second_s_cue() -> None:
    # A short last line ending like a sentence is read (no capital to count); "“…。”X说：“…”" is two statements.
    text = ("王毅会见俄外长\n\n新华社北京3月5日电 外交部长王毅5日在北京会见俄罗斯外长拉夫罗夫。外交部发言人毛宁表示：“中方欢迎拉夫罗夫访华。”"
            "拉夫罗夫说：“俄中合作前景广阔。”\n双方还讨论了乌克兰问题。\n")
    a = _analyse(text)
    assert [(q.text, q.speaker) for q in a.quotes] == [("中方欢迎拉夫罗夫访华。", "毛宁"), ("俄中合作前景广阔。", "拉夫罗夫")]


def test_a_speaker_written_in_traditional_and_simplified_characters_is_one_person() -> None:
    assert fold("習近平") == fold("习近平") and fold("米爾濟約耶夫") == fold("米尔济约耶夫")
    texts = [ARTICLE.read_text("utf-8"), (ARTICLE.parent / "zh_fangwen_tw.txt").read_text("utf-8")]
    arts = []
    for k, text in enumerate(texts):
        a = _analyse(text)
        arts.append(Article(id=f"a{k}", path=f"a{k}.txt", text=text, analysis=a, date=a.date, lang=a.lang))
    digest = assemble(arts, Config(), [])
    quoted = {s.name: s.quotes for s in digest.speakers}
    assert quoted["米尔济约耶夫"] == 2 and "米爾濟約耶夫" not in quoted


@pytest.mark.parametrize(("text", "person", "role"), [
    # A conjunction joining two portfolios of one office is no name end: the whole office.
    ("南非国际关系与合作部长罗纳德·拉莫拉说：“这不是礼物。”", "罗纳德·拉莫拉", "南非国际关系与合作部长"),
    # A name end's character inside a country's name (阿尔及利亚: 及) ends no role phrase.
    ("会谈后，阿尔及利亚总统特本表示：“合作很重要。”", "特本", "阿尔及利亚总统"),
    # "including" opens a list: the role starts after it.
    ("出席者包括沙特王储兼首相穆罕默德·本·萨勒曼等人。", "穆罕默德·本·萨勒曼", "沙特王储兼首相"),
    # A conjunction after a name, or before another country's role, still ends the role phrase.
    ("习近平与南非总统拉马福萨举行会谈。", "拉马福萨", "南非总统"),
    ("中方和俄罗斯总统普京表示，合作很重要。", "普京", "俄罗斯总统"),
])
def test_a_role_phrase_glued_before_its_holder_starts_at_a_word_boundary(text: str, person: str, role: str) -> None:
    from digest.speakers import people_of
    assert people_of(text, [(0, len(text))], "zh").roles()[person] == role


def test_a_figure_s_label_is_its_measure_word_else_cut_at_function_words() -> None:
    # A sum is labelled by the measure word of its clause (投资, investment), not the clause's last letters cut
    # mid-word ("年对越南投资额达"); a length by those letters, started after a function word (的) and ending before
    # one (在), where a word does.
    text = ("中越合作\n2025年3月12日\n据统计，2024年中国企业对越南投资额达35亿美元。"
            "由中方承建的河内至海防高速公路在约105公里的路段上已全线通车。双方确认的合作项目约有40个。\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="zh"))
    labels = {n.value: n.what for n in a.numbers}
    assert labels[3.5e9] == "投资"
    assert labels[105] == "河内至海防高速公路"
    assert labels[40] == "双方确认的合作项目"


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # A whole sentence quoted right after the sentence its speech verb opens: that verb's subject's words.
    ("商务部部长王文涛表示，中方愿扩大进口。“两国经贸合作前景广阔。”", "两国经贸", "王文涛"),
    ("外交部发言人林剑在记者会上表示，北京重视这次访问。「中方乐见双方合作取得更多成果。」", "中方乐见", "林剑"),
])
def test_a_quoted_sentence_after_a_reported_one_is_its_subject_s(text: str, start: str, speaker: str) -> None:
    q = next(q for q in _analyse("标题\n" + text, "zh").quotes if q.text.startswith(start))
    assert (q.kind, q.speaker) == ("speech", speaker)


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # A foreign name spelt with 赞, and a Mongolian one with 日 inside it (never at a name's end: 13日, 日本).
    ("国务院总理王明同蒙古国总理赞巴雅尔举行会谈。赞巴雅尔表示，蒙方愿加强合作。“我们希望把铁路运力提高一倍，”赞巴雅尔说。",
     "我们希望", "赞巴雅尔"),
    ("研究员乌日娜认为，煤炭仍是双边贸易的基础。“蒙古煤只占六分之一左右，增长空间还很大，”她说。", "蒙古煤", "乌日娜"),
    # A sentence glued to the full stop before it opens right there: its first name is its subject, whom 他 stands for.
    ("国务院总理王明同蒙古国总理赞巴雅尔举行会谈。\n王明介绍了会谈成果。赞巴雅尔随后发言。他表示：“蒙古国欢迎中国企业参与建设项目。”",
     "蒙古国欢迎", "赞巴雅尔"),
])
def test_transliterated_names_and_the_subject_after_a_glued_full_stop(text: str, start: str, speaker: str) -> None:
    q = next(q for q in _analyse("标题\n" + text, "zh").quotes if q.text.startswith(start))
    assert (q.kind, q.speaker) == ("speech", speaker)


def test_a_sentence_opening_on_he_or_she_leans_on_the_one_before() -> None:
    # "他说，…" / "他又說，…" name no one: a digest line cannot open on them. "他们" (they) and "他国" (other
    # countries) point back to no one person.
    from digest.summaries import _leans_back

    assert _leans_back("他说，双方铁路合作项目总投资约83亿美元。", "zh")
    assert _leans_back("他又說，項目總投資約83億美元，雙方可探討多元化融資。", "zh")
    assert _leans_back("她表示，双方将加强合作。", "zh")
    assert not _leans_back("他们将于明年再次会面。", "zh")
    assert not _leans_back("王建国表示，中越两国是友好邻邦。", "zh")


def test_a_foreign_name_of_four_characters_may_open_with_a_family_name() -> None:
    # 史维廖夫 (a Russian name spelt by sound) opens with the family name 史 but is no Chinese name of four
    # characters; 王明清华 (a family name and three more that are no sound-spelling) stays none.
    from digest.speakers import looks_like_name, unspaced_lists

    lists = unspaced_lists("zh")
    assert looks_like_name("史维廖夫", lists)
    assert not looks_like_name("王明清华", lists)
    text = "国务院副总理王明5日在北京会见俄罗斯能源部长史维廖夫。\n\n史维廖夫表示：“俄方愿加快管道建设。”"
    q = next(q for q in _analyse("标题\n" + text, "zh").quotes if q.text.startswith("俄方"))
    assert (q.kind, q.speaker) == ("speech", "史维廖夫")
