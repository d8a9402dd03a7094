"""Regenerate monitor/assess/data/verbs.txt: the English verbs that SemCor tags more often as verbs than as anything
else, by WordNet 3.0 ('freeze', 'wipe', 'purge', 'circulate', 'finish'), and the irregular forms of every verb.

The instruction detector reads the list as evidence that a sentence opening on a word and a bare noun phrase
('Freeze deployments to the test environment', 'Split radiographs by patient') opens on a verb in the imperative,
and that a word after such a phrase is a verb whose subject the phrase was ('Design documents describe …', 'Share
prices rose …'). The hand-kept `imperative_verbs` of the lexicon stay the verbs it knows best. Run it where
Debian's `wordnet-base` package is unpacked (apt-get download wordnet-base; dpkg -x …):

    python3 contrib/wordnet_verbs.py /usr/share/wordnet > monitor/assess/data/verbs.txt

A verb is taken when its lemma is one word of letters and SemCor (cntlist.rev) tags it as a verb more often than as
a noun, an adjective and an adverb together ('use' 624 to 118; not 'cost' 51 to 86, 'brief', 'budget'), or it has
no sense but a verb's at all. Lines after '= irregular' are the forms verb.exc lists ('rose rise', 'wrote write'),
for every verb: a past that is not made with '-ed' still says that a verb stood there.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_people import NOTICE  # the same WordNet licence, which must travel with its data


def _lemmas(path: Path) -> set[str]:
    return {line.split()[0] for line in path.read_text(encoding="latin-1").splitlines() if not line.startswith("  ")}


def build(folder: Path) -> tuple[list[str], list[str]]:
    verbs = {w for w in _lemmas(folder / "index.verb") if re.fullmatch(r"[a-z]+", w)}
    others = _lemmas(folder / "index.noun") | _lemmas(folder / "index.adj") | _lemmas(folder / "index.adv")
    tagged: dict[str, Counter[str]] = {pos: Counter() for pos in "12345"}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, rest = key.split("%")
        tagged[rest[0]][lemma] += int(count)
    leaning = sorted(v for v in verbs if (
        tagged["2"][v] > sum(tagged[pos][v] for pos in "1345") if v in others else True))
    irregular = []
    for line in (folder / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, base = line.split()[:2]
        if re.fullmatch(r"[a-z]+", form) and re.fullmatch(r"[a-z]+", base):
            irregular.append(f"{form} {base}")
    return leaning, sorted(irregular)


if __name__ == "__main__":
    verbs, forms = build(Path(sys.argv[1]))
    notice = NOTICE.replace(
        "Plurals of the English nouns whose commonest sense in WordNet 3.0 names a person (contrib/wordnet_people.py)",
        "English verbs by WordNet 3.0 and SemCor, and irregular verb forms (contrib/wordnet_verbs.py)")
    sys.stdout.write(notice + "\n".join(verbs) + "\n= irregular\n" + "\n".join(forms) + "\n")
