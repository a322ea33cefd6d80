"""Extractive summaries: per article (lead, sumy's methods, our news default) and per visit."""

from __future__ import annotations

from collections.abc import Sequence

from digest.config import SummarySettings
from digest.model import Article, Quote, Sentence, SummaryLine

SUMY_LANGUAGES = {
    "en": "english", "de": "german", "it": "italian", "fr": "french", "es": "spanish",
    "pl": "polish", "ru": "russian", "pt": "portuguese", "nl": "dutch", "cs": "czech",
}


def summarise(
    text: str,
    sentences: Sequence[Sentence],
    lang: str,
    title: str | None,
    settings: SummarySettings,
    quotes: Sequence[Quote] = (),
) -> tuple[int, ...]:
    """Indices into `sentences` forming the summary, in document order."""
    n = _length(len(sentences), settings)
    if settings.method in ("auto", "news", "central", "lead"):
        return tuple(range(min(n, len(sentences))))
    return _sumy(text, sentences, lang, settings.method, n)


def _length(total: int, settings: SummarySettings) -> int:
    if settings.ratio:
        return max(1, round(total * settings.ratio))
    return settings.sentences


def _sumy(text: str, sentences: Sequence[Sentence], lang: str, method: str, n: int) -> tuple[int, ...]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.reduction import ReductionSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    from digest.sentences import Tokenizer

    classes = {
        "lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer, "kl": KLSummarizer, "sumbasic": SumBasicSummarizer,
        "edmundson": EdmundsonSummarizer, "reduction": ReductionSummarizer,
    }
    tok = Tokenizer(lang)
    texts = [" ".join(text[s.start : s.end].split()) for s in sentences]
    doc = ObjectDocumentModel([Paragraph([SumySentence(t, tok) for t in texts])])
    language = SUMY_LANGUAGES.get(lang, "english")
    try:
        stemmer = Stemmer(language)
    except LookupError:
        stemmer = Stemmer("english")
    summarizer = classes[method](stemmer)
    if method == "edmundson":
        summarizer.bonus_words = summarizer.stigma_words = summarizer.null_words = ("",)
    chosen = {str(s) for s in summarizer(doc, n)}
    return tuple(i for i, t in enumerate(texts) if t in chosen)[:n]


def visit_summary(
    articles: Sequence[Article], settings: SummarySettings, languages: Sequence[str] = ()
) -> tuple[SummaryLine, ...]:
    """The visit digest: central, non-redundant sentences across articles, each credited."""
    lines: list[SummaryLine] = []
    originals = [a for a in articles if not a.duplicate_of]
    for a in originals:
        for i in a.analysis.summary[:1]:
            s = a.analysis.sentences[i]
            lines.append(SummaryLine(a.sentence_text(s), a.id, s.start, s.end))
    return tuple(lines[: settings.visit_sentences])
