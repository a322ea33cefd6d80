"""Korean, read by the paths of languages without word-by-word reading (see test_lang_ja.py): Korean writes spaces
but glues its particles to names and nouns (푸틴은, 모스크바에서), puts the role after the name (이재명 대통령은) and
the speech verb after the quotation ("…"라고 말했다); figures with 만/억/조 and a space before their unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import dates, places
from digest.romanise import latin
from digest.config import Limits, SummarySettings
from digest.language import detect, supported, unspaced
from digest.numbers import scan
from digest.pipeline import Settings, analyse
from digest.speakers import LANGS

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "ko_jeongsang.txt"


def _analyse(text: str):
    return analyse(text, Settings(SummarySettings(), Limits(), lang="ko"))


def test_korean_is_detected_and_read_with_its_own_lists() -> None:
    assert detect(ARTICLE.read_text("utf-8")) == "ko" and supported("ko") and unspaced("ko") and "ko" in LANGS
    # A short headline too, and its neighbours stay themselves.
    assert detect("이재명 대통령, 인도네시아 대통령과 정상회담…방산 협력 확대") == "ko"
    assert detect((DATA / "ja_denwa.txt").read_text("utf-8")) == "ja"
    assert detect((DATA / "zh_fangwen.txt").read_text("utf-8")) == "zh"


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("교역액은 278억 달러로 늘었다", 2.78e10, "USD", None),
    ("1조 2천억 원 규모의 금융 지원", 1.2e12, "KRW", None),
    ("교민은 3만 명에 이른다", 3e4, "people", None),
    ("두 도시는 7천500㎞ 떨어져 있다", 7500, "km", None),
    ("두 도시는 7500km 떨어져 있다", 7500, "km", None),
    ("지지율은 43%였다", 43, "%", None),
    ("수출이 12.5퍼센트 늘었다", 12.5, "%", None),
    ("약 35억 유로를 투자한다", 3.5e9, "EUR", "about"),
    ("300억 달러 이상을 목표로", 3e10, "USD", "more than"),
    ("2천200여 개 기업이 진출했다", 2200, None, "more than"),
    ("약 1만7천 명이 거주한다", 17000, "people", "about"),
    ("50억 루블 규모", 5e9, "RUB", None),
    ("100억 위안을 들여", 1e10, "CNY", None),
    ("3천억 엔을 지원", 3e11, "JPY", None),
    # Another country's dollar is its own currency, glued or spaced (호주달러 = Australian dollars).
    ("약 30억 호주달러로 늘었다", 3e9, "AUD", "about"),
    ("5억 캐나다 달러를 냈다", 5e8, "CAD", None),
    ("정상 방문은 7년 만이다", 7, "years", None),
])
def test_figures(text: str, value: float, unit: str | None, qualifier: str | None) -> None:
    figs = [f for f in scan(text, "ko") if f.kind not in ("date", "year")]
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [(pytest.approx(value), unit, qualifier)]


@pytest.mark.parametrize("text", ["11월 12일 오전", "1∼9월 수출은", "2박 3일 일정으로", "제2차 회의",
                                  "2026.5.12 서울", "회담은 2026.05.12 열렸다"])
def test_dates_and_ranks_are_no_figures(text: str) -> None:
    assert [f for f in scan(text, "ko") if f.kind not in ("date", "year")] == []


@pytest.mark.parametrize(("text", "ymd"), [
    ("2026년 11월 12일 모스크바에서", (2026, 11, 12)),
    ("11월 12일 오전", (None, 11, 12)),
    ("2026-10-21 17:45 송고", (2026, 10, 21)),
])
def test_dates(text: str, ymd: tuple[int | None, int, int]) -> None:
    found = [m for m in dates.find(text, "ko", [(0, len(text))]) if m.month]
    assert [(m.year, m.month, m.day) for m in found] == [ymd]


def test_a_day_alone_takes_the_month_before_and_a_count_of_days_is_no_date() -> None:
    header = "송고시간 2026-10-21 17:45\n"
    text = header + "그는 21일 도착해 2박 3일 일정을 시작했고 7일간 머문다. 화요일에 떠난다."
    found = dates.find(text, "ko", [(0, len(header)), (len(header), len(text))])
    assert [(m.month, m.day) for m in found if m.day] == [(10, 21), (10, 21)]
    assert [m.weekday for m in found if m.weekday] == [2]


@pytest.mark.parametrize("form", ["서울", "모스크바", "베이징", "도쿄", "워싱턴", "아스타나", "인도네시아", "러시아", "미국"])
def test_korean_place_forms(form: str) -> None:
    assert places.lookup(form) is not None


@pytest.mark.parametrize(("text", "speaker", "role"), [
    # The role after the name, the particle after the role, the verb after the quotation and its particle.
    ("푸틴 대통령은 \"협력을 확대하겠다\"고 말했다.", "푸틴", "대통령"),
    # The country between the name and the role, two words of a foreign name, a verb form before them.
    ("방한 중인 블라디미르 푸틴 러시아 대통령은 \"관계가 좋다\"라고 밝혔다.", "블라디미르 푸틴", "러시아 대통령"),
    # An institution between, a Korean name of one word, a connective saying "saying" by itself.
    ("이날 조현 외교부 장관은 \"성과가 컸다\"며 웃었다.", "조현", "외교부 장관"),
    # Words between the particle and its verb: to whom, an adverb.
    ("푸틴 대통령은 \"제재는 실패했다\"고 기자들에게 말했다.", "푸틴", "대통령"),
    ("조현 외교부 장관은 \"대화가 우선\"이라고 거듭 강조했다.", "조현", "외교부 장관"),
    # The role glued to its office (국가안보실장), an opinion verb.
    ("위성락 국가안보실장은 \"교역이 늘 것\"이라고 전망했다.", "위성락", "국가안보실장"),
    # The role before the name, the particle on the name.
    ("러시아 외무부 대변인 마리야 자하로바는 \"일정은 미정\"이라고 말했다.", "마리야 자하로바", "러시아 외무부 대변인"),
    # A committee with 소속 (belonging to) and a party's name between them and the member's name.
    ("국회 외교통일위원회 소속 국민의힘 박준호 의원은 \"대책이 없다\"고 비판했다.", "박준호", "의원"),
    # The institution's abbreviation in brackets glued to its name.
    ("최민지 한국개발연구원(KDI) 연구위원은 \"성장이 둔화될 것\"이라고 분석했다.", "최민지",
     "한국개발연구원(KDI) 연구위원"),
    # A company's name before the name: no foreign given name, as its ending shows.
    ("현대중공업 정태수 사장은 \"수주가 늘었다\"고 밝혔다.", "정태수", "사장"),
])
def test_speakers_before_their_quotation(text: str, speaker: str, role: str) -> None:
    a = _analyse("정상회담\n2026년 11월 12일\n" + text)
    assert [(q.kind, q.speaker) for q in a.quotes] == [("speech", speaker)]
    assert {person: phrase for person, phrase, _ in a.roles}.get(speaker) == role


@pytest.mark.parametrize("verb", ["요청했다", "요구했다", "제안했다", "당부하며"])
def test_a_request_closes_a_quotation_as_saying_does(verb: str) -> None:
    # "…"고 요청했다 (asked that …): a speech verb of its own, so the part after "…"라며 is the speaker's too.
    text = ("정상회담\n2026년 11월 12일\n조현 외교부 장관은 \"교역이 늘었다\"라며 "
            f"\"투자를 더 늘려달라\"고 {verb} 회담을 마쳤다.")
    a = _analyse(text)
    assert [(q.text, q.speaker) for q in a.quotes] == [("교역이 늘었다", "조현"), ("투자를 더 늘려달라", "조현")]


def test_a_family_name_and_the_role_stand_for_a_member_and_an_analyst_introduced_with_their_institutions() -> None:
    text = ("국방 협력\n2026년 11월 12일\n국회 국방위원회 소속 국민의힘 박준호 의원은 \"대책이 없다\"고 비판했다. "
            "박 의원은 \"보고도 없었다\"고 주장했다. 최민지 한국개발연구원(KDI) 연구위원은 \"성장이 둔화될 것\"이라고 "
            "분석했다. 최 연구위원은 \"수출이 관건\"이라고 말했다.")
    a = _analyse(text)
    assert [q.speaker for q in a.quotes] == ["박준호", "박준호", "최민지", "최민지"]


def test_one_person_one_key_and_a_pronoun() -> None:
    text = ("정상회담\n2026년 11월 12일\n시진핑 중국 국가주석은 12일 모스크바에 도착했다. 시 주석은 \"우정은 깊다\"고 말했다. "
            "시진핑은 이어 \"협력하자\"고 강조했다. 다만 그는 \"과제도 있다\"고 덧붙였다.")
    a = _analyse(text)
    assert [q.speaker for q in a.quotes] == ["시진핑"] * 3
    assert a.people == ("시진핑",)


def test_a_whole_korean_article() -> None:
    a = analyse(ARTICLE.read_text("utf-8"), Settings(SummarySettings(), Limits()))
    assert a.lang == "ko" and str(a.date) == "2026-10-21" and a.places[0] == "Seoul"
    speakers = {q.text[:7]: q.speaker for q in a.quotes if q.kind == "speech"}
    assert speakers == {"인도네시아는 ": "이재명", "양국 관계를 ": "이재명", "한국의 기술력": "프라보워 수비안토",
                        "지난해 양국 ": "위성락", "2030년까지": "위성락", "두 정상은 한": "강유정",
                        "니켈은 전기차": "박선영", "현지 환경 규": "박선영"}
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(3.5e9, "USD", "about"), (1.98e10, "USD", "about"), (3e10, "USD", None), (17000, "people", "about"),
            (1.2e12, "KRW", None), (14.5, "%", None)} <= got
    # A figure reported before the verb ending its sentence is its subject's: "그는 또 … 약 1만7천 명이라고 덧붙였다".
    said = {n.value: n.speaker for n in a.numbers}
    assert said[17000] == "위성락" and said[2200] == "위성락" and said[1.2e12] is None


def test_a_foreign_visit_told_in_korean() -> None:
    # A site's furniture over the headline, a wire's bracketed dateline and byline, a Chinese leader named by his
    # first syllable and role ("시 주석"), a role before a name ("크렘린궁 대변인 드미트리 페스코프는"), a Korean
    # expert with his university between name and role, a pronoun's quotation, 2천450억 = 245 billion.
    text = (DATA / "ko_moskba.txt").read_text("utf-8")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert a.lang == "ko" and str(a.date) == "2026-05-19" and a.places[0] == "Moscow"
    assert a.title.startswith("시진핑, 모스크바서 푸틴과 정상회담")
    assert not str(a.summary[0]).startswith("(")  # the dateline is no part of the lead
    speakers = {q.text[:6]: q.speaker for q in a.quotes if q.kind == "speech"}
    assert speakers == {"러시아와 중": "블라디미르 푸틴", "양국 교역액": "블라디미르 푸틴", "시베리아의 ": "블라디미르 푸틴",
                        "중국은 러시": "시진핑", "두 정상은 ": "드미트리 페스코프", "중국은 러시": "시진핑",
                        "러시아가 중": "김현수", "한국도 공급": "김현수"} | {
        "중국은 러시": speakers["중국은 러시"]}
    roles = {person: phrase for person, phrase, _ in a.roles}
    assert roles["김현수"] == "한국외대 교수" and roles["시진핑"] == "중국 국가주석"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(2.45e11, "USD", None), (5e10, "m³", "up to"), (5.8e10, "USD", "about"), (3.2, "%", None)} <= got


def test_the_visit_title_names_guest_and_host() -> None:
    from digest import visits
    from digest.config import Config
    from digest.model import Article

    arts = []
    for k, name in enumerate(("ko_jeongsang.txt", "ko_moskba.txt")):
        text = (DATA / name).read_text("utf-8")
        a = analyse(text, Settings(SummarySettings(), Limits()))
        arts.append(Article(id=f"a{k}", path=f"a{k}.txt", text=text, analysis=a, date=a.date, lang=a.lang))
    _, found = visits.group(arts, Config())
    titles = sorted(v.title for v in found)
    # (In Latin letters, as the digest's English shows names no article writes so: romanise; 시진핑 is read as
    # written, not known for Xi Jinping.)
    assert titles == ["Sijinping visits Putin in Moscow", "Subianto visits Lee in Seoul"]
    moscow = next(v for v in found if v.place == "Moscow")
    assert moscow.participants[:2] == ("Beulradimireu Putin", "Sijinping")
    assert not {"Kim Hyeon-su", latin("알렉산드르 가부예프 카네기")} & set(moscow.participants)  # experts are no participants


def test_a_minister_s_visit_with_a_role_before_the_name_and_a_quotation_opening_its_sentence() -> None:
    # "외교부 장관 조현은": the role phrase first, the particle on the name; "조 장관" after; a Japanese name in
    # family-first order whose family name looks Korean (모테기 도시미쓰); "…"고 했다 (said); a quotation opening its
    # sentence, its subject after it ("…"고 조 장관은 … 말했다); a university abbreviation before a professor.
    text = (DATA / "ko_tokyo.txt").read_text("utf-8")
    a = analyse(text, Settings(SummarySettings(), Limits()))
    assert a.lang == "ko" and str(a.date) == "2026-03-05" and a.places[0] == "Tokyo"
    speakers = {q.text[:6]: q.speaker for q in a.quotes if q.kind == "speech"}
    assert speakers == {"한국은 가치": "모테기 도시미쓰", "어려운 문제": "모테기 도시미쓰", "과거를 직시": "조현",
                        "양국이 흔들": "조현", "정상 간 셔": "최은미", "역사 문제에": "니시노 준야"}
    roles = {person: phrase for person, phrase, _ in a.roles}
    assert roles["조현"] == "외교부 장관" and roles["니시노 준야"] == "게이오대 교수"
    got = {(n.value, n.unit, n.qualifier) for n in a.numbers}
    assert {(1.2e7, "people", "about"), (3.7e6, "people", None), (5e11, "JPY", "up to"), (3e12, "KRW", None)} <= got


def test_a_full_stop_inside_a_quotation_ends_no_sentence() -> None:
    from digest.sentences import split

    text = ('김 교수는 "협력이 필요하다. 다만 속도는 조절해야 한다"고 말했다. 양국은 3.5% 성장을 전망했다. '
            '그는 “시간이 걸린다. 인내해야 한다”고 덧붙였다.')
    assert [text[a:b][:6] for a, b in split(text, "ko", 0, len(text))] == ["김 교수는 ", "양국은 3.", "그는 “시간"]


@pytest.mark.parametrize(("text", "kind", "speaker", "body"), [
    # An unnamed official's words closed by their cue are speech, with no speaker.
    ('국방부 관계자는 "북한의 도발에 대비하고 있다"고 말했다.', "speech", None, "북한의 도발에 대비하고 있다"),
    # A single curly mark closed with a particle glued to it (Hangul writes no apostrophe).
    ("양국은 이른바 ‘셔틀외교’를 복원했다.", "term", None, "셔틀외교"),
    ("김현수 교수는 ‘대화가 우선’이라고 말했다.", "speech", "김현수", "대화가 우선"),
])
def test_quotation_marks_and_unnamed_speakers(text: str, kind: str, speaker: str | None, body: str) -> None:
    a = _analyse("정상회담\n2026년 11월 12일\n" + text)
    assert [(q.kind, q.speaker, q.text) for q in a.quotes] == [(kind, speaker, body)]


def test_two_reports_of_last_years_trade_conflict() -> None:
    # Korean glues its particles to the measure noun (교역액은, 무역): the [synonyms] stems of two syllables
    # name trade, and 지난해 (last year) dates both figures.
    import dataclasses

    from digest.model import Article
    from digest.numbers import find_conflicts

    text = ("양국 교역 확대 합의\n\n외교부에 따르면 지난해 양국 교역액은 약 15억 달러였다.\n\n"
            "한편 무역협회는 지난해 양국 무역 규모가 18억 달러에 달했다고 밝혔다.\n")
    a = _analyse(text)
    nums = [dataclasses.replace(n, id=f"a:n{i}", article="a", visit="v") for i, n in enumerate(a.numbers)]
    art = Article("a", "a.txt", text, a, lang="ko", visit="v", date="2026-03-04")
    conflicts = find_conflicts(nums, [art])
    assert [sorted(n.value for n in nums if n.id in c.numbers) for c in conflicts] == [[1.5e9, 1.8e9]]
    assert conflicts[0].what.endswith("(2025)")


def test_a_figure_s_label_is_its_measure_word_or_a_noun_without_particles() -> None:
    # A sum is labelled by its clause's measure word without its particle (수출액은 -> 수출액), a count by the nouns
    # before it without their particle (연구진 인원이 -> 연구진 인원); a function word (모두, all) and an earlier
    # figure with its counter (3명을) name nothing.
    text = ("양국 협력\n2025년 3월 12일\n올해 양국 수출액은 약 45억 달러를 기록했다.\n"
            "공동 연구진 인원이 12명으로 늘었다.\n대표단은 장관 3명을 포함해 모두 15명이다.\n")
    a = analyse(text, Settings(SummarySettings(), Limits(), lang="ko"))
    labels = {n.value: n.what for n in a.numbers}
    assert labels[4.5e9] == "수출액"
    assert labels[12] == "공동 연구진 인원"
    assert labels[15] == ""
