"""Date and time expressions in Arabic and Persian news (standard library only).

The lexicons are data modules (``lexicon_*.py``); :mod:`.grammar` matches them on the
folded text (:func:`annotator.text.fold.fold_with_map`) and reports exact source
offsets with the fields it read (day, month, year, calendar, relative offset...).
Turning those fields into TIMEX3 values (calendar conversion, anchor arithmetic) is
the job of :mod:`annotator.suggest.dates`.
"""

from annotator.text.dates.grammar import DateMatch, find_dates

__all__ = ["DateMatch", "find_dates"]
