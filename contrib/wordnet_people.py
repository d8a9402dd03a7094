"""Regenerate monitor/assess/data/people-nouns.txt: the plural of every English noun whose commonest sense, in
WordNet 3.0, names a person ('attendants', 'stewards', 'administrators', 'franchisees').

The actor detector reads the list as evidence that a replaced word names a group of people ('a system administrator
can grant' → 'the agency's data stewards can grant'); the hand-kept `people_nouns` of the lexicon stay the groups it
knows best. Run it where Debian's `wordnet-base` package is unpacked (apt-get download wordnet-base; dpkg -x …):

    python3 contrib/wordnet_people.py /usr/share/wordnet > monitor/assess/data/people-nouns.txt

A noun is taken when the first (most frequent) of its senses in index.noun is filed under noun.person (lexicographer
file 18), the sense is written in lower case (not a name, a people or a nationality: 'Huxley', 'Arizonan'), the word
is one word (letters, one hyphen at most), and SemCor tags it more often as a noun than as a verb (cntlist.rev: not
'guide', 'judge', 'sponsor'). Plurals come from noun.exc for the irregular ones ('foremen') and English's rules for
the rest; a plural that is a noun of its own first read as something else ('mechanics', 'arms') is left out.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

PERSON_FILE = 18  # noun.person

NOTICE = """\
# Plurals of the English nouns whose commonest sense in WordNet 3.0 names a person (contrib/wordnet_people.py).
#
# This software and database is being provided to you, the LICENSEE, by Princeton University under the following
# license. By obtaining, using and/or copying this software and database, you agree that you have read, understood,
# and will comply with these terms and conditions.:
# Permission to use, copy, modify and distribute this software and database and its documentation for any purpose
# and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright
# notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database
# and documentation, including modifications that you make for internal use or for distribution.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES,
# EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
# WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE,
# DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to
# distribution of the software and/or database. Title to copyright in this software, database and any associated
# documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.
"""


def build(folder: Path) -> list[str]:
    filed: dict[str, int] = {}
    words_of: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        filed[parts[0]] = int(parts[1])
        words_of[parts[0]] = [parts[4 + 2 * k] for k in range(int(parts[3], 16))]
    first: dict[str, str] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        first[parts[0]] = parts[4 + int(parts[3]) + 2]
    tagged: dict[str, Counter[str]] = {"1": Counter(), "2": Counter()}
    for line in (folder / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, rest = key.split("%")
        if rest[0] in tagged:
            tagged[rest[0]][lemma] += int(count)
    irregular: dict[str, list[str]] = {}
    for line in (folder / "noun.exc").read_text(encoding="latin-1").splitlines():
        inflected, base = line.split()[:2]
        irregular.setdefault(base, []).append(inflected)

    def person(lemma: str) -> bool:
        at = first.get(lemma)
        if at is None or filed[at] != PERSON_FILE:
            return False
        forms = [w for w in words_of[at] if w.lower() == lemma]
        return bool(forms) and all(w == w.lower() for w in forms)

    def plurals(w: str) -> list[str]:
        if w in irregular:
            return irregular[w]
        if re.search(r"(s|x|z|ch|sh)$", w):
            return [w + "es"]
        if re.search(r"[^aeiou]y$", w):
            return [w[:-1] + "ies"]
        return [w + "s"]

    out: set[str] = set()
    for lemma in first:
        if not re.fullmatch(r"[a-z]+(-[a-z]+)?", lemma) or not person(lemma):
            continue
        if tagged["2"][lemma] > tagged["1"][lemma]:
            continue  # more often a verb ('guide', 'judge')
        out.update(p for p in plurals(lemma) if p not in first or person(p))
    return sorted(out)


if __name__ == "__main__":
    sys.stdout.write(NOTICE + "\n".join(build(Path(sys.argv[1]))) + "\n")
