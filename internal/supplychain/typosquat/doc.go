// Package typosquat finds project names that imitate popular PyPI
// projects: edit distance scaled by length, swapped, doubled and omitted
// letters, separator games, python/py/3 affixes, homoglyphs and case,
// keyboard-adjacent keys, and combination names.
//
// An Index is built once from a popularity List (ParseTopPyPI, or the
// compiled-in Builtin fallback) and answers Check in microseconds per
// name. Offline a match is at most medium severity; Gate raises it to high
// or lowers it with registry metadata (release age, download share,
// shared maintainers or repository).
package typosquat
