"""Japanese, read by the machinery of languages written without spaces (see test_lang_zh.py): kana tells it from
Chinese; 「」 quotations closed by と述べた, names before their role (岸田首相, プーチン大統領), 億/万/兆 figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.config import Limits, SummarySettings
from digest.language import detect, supported, unspaced
from digest.numbers import scan
from digest.pipeline import Settings, analyse

ARTICLE = Path(__file__).parent / "data" / "ja_denwa.txt"


def test_japanese_is_detected_and_read_without_spaces() -> None:
    assert detect(ARTICLE.read_text("utf-8")) == "ja" and supported("ja") and unspaced("ja")


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("防衛費は5兆円に達した", 5e12, "JPY", None),
    ("約3億ドルを投資する", 3e8, "USD", "about"),
    ("支持率は30%だった", 30, "%", None),
    ("約600万トンを輸入した", 6e6, "t", "about"),
    # 万 and the digits of the rest, a span since the last time, a ceiling, tenths, a counter naming its noun.
    ("両都市はおよそ1万2000キロ離れている", 12000, "km", "about"),
    ("首相の訪問は5年ぶりだ", 5, "years", None),
    ("最大3億円を支援する", 3e8, "JPY", "up to"),
    ("回答者の4割が賛成した", 40, "%", None),
    ("およそ70社が参加した", 70, "companies", "about"),
])
def test_figures(text: str, value: float, unit: str, qualifier: str | None) -> None:
    figs = [f for f in scan(text, "ja") if f.kind not in ("date", "year")]
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(pytest.approx(value), unit, qualifier)]


def test_a_whole_japanese_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "ja" and str(a.date) == "2025-03-12" and a.places[0] == "Tokyo"
    speakers = {q.text[:6]: (q.speaker, q.speaker_form) for q in a.quotes if q.kind == "speech"}
    assert speakers == {"ウクライナ情": ("岸田文雄", "岸田"), "対話の継続は": ("ペスコフ", "ペスコフ"),
                        "難しい状況に": ("林芳正", "林芳正")}
    assert "ロシア" not in a.people and a.people[0] == "岸田文雄"
    assert {(n.value, n.unit) for n in a.numbers} == {(40, "minutes"), (6e6, "t")}


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # The polite past of 応じる, and a katakana name of three parts longer than a Chinese name.
        ("これに対し、マリア・フェルナンダ・ゴンサレス外相は「協力を強化したい」と応じました。",
         "マリア・フェルナンダ・ゴンサレス", "外相"),
        # The -te iru form of 話す, a lawmaker's title after his name, his party before it.
        ("与党の中西健二衆議院議員は記者団に「予算の見直しが必要だ」と話しています。", "中西健二", "衆議院議員"),
        # The -te iru form of 指摘する, a researcher's title, a comma before the quotation.
        ("経済研究所の野村明子研究員は、「輸出の伸びは鈍っている」と指摘しています。", "野村明子", "研究員"),
        # Verbs of criticism, a defence minister's and a lower-house member's short titles.
        ("野党の山岡健一衆院議員は「説明が足りない」と批判しています。", "山岡健一", "衆院議員"),
        ("これに対しサントス国防相は「両国の協力は重要だ」と応じました。", "サントス", "国防相"),
        # An object phrase between は and the quotation, the plain present of 分析する.
        ("研究所の村井正人上席研究員は本紙の取材に「影響は限られる」と分析する。", "村井正人", "上席研究員"),
        # A portfolio glued between the name and 大臣 or 相, a family name of three characters, plain and polite
        # past forms of 述べる, 語る, 強調する.
        ("長谷川一郎国土交通担当大臣は会見で「物流の遅れを減らすことが急務だ」と述べました。", "長谷川一郎",
         "国土交通担当大臣"),
        ("フランスのマリー・デュポン・エネルギー相は「両国の協力は今後も続く」と語った。", "マリー・デュポン",
         "エネルギー相"),
        ("小野寺洋子デジタル担当相は「手続きを簡単にする」と強調した。", "小野寺洋子", "デジタル担当相"),
    ],
)
def test_common_cue_verbs_and_titles_after_the_name(text: str, speaker: str, role: str) -> None:
    a = analyse("外相会談\n2025年3月12日\n" + text, Settings(SummarySettings(), Limits(), lang="ja"))
    assert [(q.kind, q.speaker) for q in a.quotes] == [("speech", speaker)]
    assert {person: phrase for person, phrase, _ in a.roles}.get(speaker) == role


def test_a_figure_s_label_is_not_cut_inside_a_katakana_word_or_a_number() -> None:
    text = ("外相会談\n2025年3月12日\nインドネシアの首都ジャカルタの港湾整備事業に最大3億円を拠出します。"
            "両国は2035年に港湾を大きく拡張し800億ドル規模にする方針です。")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ja"))
    labels = {n.value: n.what for n in a.numbers}
    assert labels[3e8].startswith("ジャカルタの") and labels[8e10].startswith("2035")


def test_a_figure_s_label_is_its_clause_s_measure_word_else_cut_at_particles() -> None:
    # A sum is labelled by the measure word of its clause (輸出, exports), not the letters before it cut mid-word;
    # else those letters start after a particle and end before one ("の…輸送量は" is "…輸送量").
    text = ("外相会談\n2025年3月12日\n政府によると、今年度のタイ向け輸出額は約45億円に達した。"
            "昨年の両国間の港湾の年間輸送量は現在約380万トンだという。")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ja"))
    labels = {n.value: n.what for n in a.numbers}
    assert labels[4.5e9] == "輸出"
    assert labels[3.8e6] == "港湾の年間輸送量"
    b = analyse("外相会談\n2025年3月12日\nタイの外相が来日するのは約5年ぶりです。", Settings(SummarySettings(), Limits(), lang="ja"))
    assert [n.what for n in b.numbers] == ["タイの外相が来日する"]  # のは, a nominaliser and its particle


def test_a_next_statement_with_no_subject_goes_on_with_the_paragraph_s_speaker() -> None:
    # Japanese drops a known subject: "そのうえで「…」と指摘した" is the same researcher's, not a term.
    text = ("外相会談\n2025年3月12日\n研究所の木村正人研究員は「輸出は伸びている」と述べた。"
            "そのうえで「ただ、円高の影響は残る」と指摘した。")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ja"))
    assert [(q.kind, q.speaker) for q in a.quotes] == [("speech", "木村正人"), ("speech", "木村正人")]


def test_a_statement_of_two_paragraphs_after_a_paragraph_its_verb_ends() -> None:
    # "次のように述べました。" ends its paragraph; the 「 opens the next one and the 」 closes the one after.
    text = ("外相会談\n2025年3月12日\n\n岸田首相は12日、東京でインドネシアの外相と会談し、経済協力の拡大で一致しました。\n\n"
            "会談のあと、岸田首相は記者団に対し次のように述べました。\n「両国の協力は着実に進んでいます。\n\n"
            "今後も対話を重ねていきたいと考えています」\n\n"
            "一方、野党からは、政府の説明が足りないとして、国会での議論を求める声も出ています。\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ja"))
    assert [(q.kind, q.speaker, q.text[:4]) for q in a.quotes] == [("speech", "岸田", "両国の協")]
    assert "今後も対話" in a.quotes[0].text


def test_an_honorific_marks_a_name_and_is_no_role() -> None:
    # "中村健太氏によれば": 氏 (Mr/Ms) finds the name as a role word would, but holds no office to show.
    from digest import speakers

    text = "中村健太氏によれば、進出する日系企業は約300社に増えた。\n山本氏は「技術が欠かせない」と述べた。"
    cast = speakers.people_of(text, [(0, len(text))], "ja", [])
    assert set(cast.people()) == {"中村健太", "山本"}
    assert cast.roles() == {}


def test_a_menu_line_of_ideographic_spaces_is_no_title_and_a_place_with_de_is_where_it_happens() -> None:
    # A Japanese site's menu parts its entries by ideographic spaces, as a headline parts its clauses: the menu's
    # entries are many and short, the headline's few and long. 大阪で, in Osaka: the particle after the place.
    page = (
        "毎日ニュース\n"
        "ホーム　社会　政治　経済　国際・外交　スポーツ\n\n"
        "日韓外相が会談　経済協力の拡大で一致\n\n"
        "2026年5月20日 10時05分\n\n"
        "日本と韓国の外相は19日、大阪で会談し、経済協力を拡大することで一致しました。両氏は来月にも再び会う予定です。\n"
    )
    a = analyse(page, Settings(SummarySettings(), Limits()))
    assert a.title == "日韓外相が会談　経済協力の拡大で一致"
    assert a.places[:1] == ("Osaka",)


@pytest.mark.parametrize(("text", "speaker"), [
    # 同氏 ("the said person") and 彼 stand for the last sentence's subject, as 他 does in Chinese.
    ("山田太郎外相は8日、ソウルで会談しました。これに対しキム氏は、協力が必要だと述べました。"
     "同氏は「両国の協力は今後も続くだろう」と話しました。", "キム"),
    ("山田太郎外相は8日、ソウルで会談しました。これに対しキム氏は、協力が必要だと述べました。"
     "彼は「両国の協力は今後も続くだろう」と話しました。", "キム"),
    # A common family name (木原) before a given name of one character and a cabinet title.
    ("木原稔官房長官は午後の記者会見で「両国の協力は極めて重要だ」と述べたうえで、貿易額を紹介しました。", "木原稔"),
])
def test_a_pronoun_subject_and_a_cabinet_secretary_s_cue(text: str, speaker: str) -> None:
    a = analyse("外相会談\n2025年3月12日\n" + text, Settings(SummarySettings(), Limits(), lang="ja"))
    assert [(q.kind, q.speaker) for q in a.quotes] == [("speech", speaker)]
