"""The window's Suggestions panel lists what the attribution assistant proposes for a source of
any length, in each of the four languages, without loading the analysis (its modules and
lexicons) into the window's own process: the fork server's process analyses, the window
unpickles the suggestions (their types only), so the GUI thread never waits for the
interpreter while a worker imports or runs the analysis as a source is shown."""

from __future__ import annotations

import json
from pathlib import Path

from db import operations as ops
from db.case import open_case
from desktop.attribution.from_case import propose_for_source
from tests.ui.test_work_apart import WINDOW_START, run_window

TEXTS = {
    "en": "The governor said on Monday that the crossing at Kilis would stay open.\n"
    "“We will not close it,” the minister told reporters in Ankara.",
    "ar": "نقلت صحيفة الوطن عن مصدر دبلوماسي قوله إن الاجتماع سيعقد في موسكو الشهر المقبل.\n\n"
    "وأضاف أن التحضيرات جارية.",
    "ru": "Министр иностранных дел Сергей Лавров заявил, что переговоры продолжатся в Анкаре.",
    "tr": "Dışişleri Bakanı Hakan Fidan, görüşmelerin Ankara'da süreceğini söyledi.",
}

WINDOW_SCRIPT = (
    WINDOW_START
    + """
import json
wait(lambda: window.parts is not None and window.parts.sources is not None)
panel = window.parts.sources.viewer.suggestions
for source_id in map(int, sys.argv[2:]):
    window.parts.sources.show_source(source_id)
    wait(lambda: panel.proposals is not None and panel.source_id == source_id)
    shown = panel.proposals
    print(json.dumps([source_id, [s.as_json() for s in shown.suggestions],
                      [a.as_json() for a in shown.analysis.attributions],
                      panel.tree.topLevelItemCount()]))
window.workers.wait(10_000)
analysis = ("extract", "proposals", "sentence", "word_order", "verb_last", "lexicon", "actors")
print(json.dumps([m for m in analysis if "desktop.attribution." + m in sys.modules]))
window.set_case(None)
case.close()
"""
)


def test_suggestions_are_analysed_apart_and_listed_as_here_in_four_languages(
    tmp_path: Path,
) -> None:
    path = tmp_path / "suggest.provdesk"
    case = open_case(path, reviewer="Test Reviewer", create=True)
    ids = {}
    with case.change() as uow:
        for language, text in TEXTS.items():
            ids[language] = ops.add_source(
                uow,
                title=f"Statement ({language})",
                text=text,
                language=language,
                direction="rtl" if language == "ar" else "ltr",
            )
    expected = {source_id: propose_for_source(case, source_id) for source_id in ids.values()}
    case.close()
    done = run_window(WINDOW_SCRIPT, path, *ids.values())
    lines = [json.loads(line) for line in done.stdout.splitlines()[-5:]]
    for source_id, suggestions, attributions, listed in lines[:4]:
        proposals = expected[source_id]
        assert suggestions == [s.as_json() for s in proposals.suggestions]
        assert attributions == [a.as_json() for a in proposals.analysis.attributions]
        assert listed == len(proposals.suggestions)
    # Every language's source has its attributions found, and the window's process never
    # loaded the analysis to list them.
    assert all(lines[i][2] for i in range(4)), lines
    assert lines[4] == []
