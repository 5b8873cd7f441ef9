// Package license detects the license of a Python package from the
// evidence its metadata and files carry, normalises it to an SPDX
// expression, puts it in a category, and checks it against a policy.
//
// # Inputs
//
// An Input holds the metadata fields (License-Expression, License,
// Classifier, License-File) and an fs.FS of the metadata directory.
// ReadDistInfo builds one from an installed .dist-info (METADATA) or
// .egg-info (PKG-INFO) directory, reading the headers with
// installed.ParseMetadata; FromPyPI builds one from the "info" object of
// the PyPI JSON API (license, license_expression, license_files,
// classifiers), which has no files to read. ReadDistInfo reads a line of
// only spaces inside the header block as an empty continuation line, as
// Python's email parser does (setuptools writes one for every blank line
// of a multi-line License); installed.ParseMetadata alone would end the
// headers there and lose the Classifier and License-Expression headers
// after it.
//
// # Precedence
//
// Detector.Detect looks at every piece of evidence, records each as an
// Evidence (which field or file, the text, what it maps to, and why it
// gave nothing when it did not), and decides in this order:
//
//  1. License-Expression (PEP 639), when valid. Invalid expressions are
//     evidence with the parse error and are otherwise ignored.
//  2. License texts, classified: the License-File entries (looked up
//     under licenses/ as PEP 639 places them, then at the top of the
//     directory as older wheels did, then under license_files/ as maturin
//     does), every file under licenses/ and license_files/, the top-level
//     LICENSE*, LICENCE* and COPYING* files, and a License field that
//     holds a whole license text (more than LongTextLines lines or
//     LongTextBytes bytes). Several licenses found are joined with AND: a
//     text cannot say whether two licenses are a choice or a bundle.
//  3. A short License field (or the first line of a long one): an SPDX
//     expression (deprecated ids upgraded), else a name from the names
//     table, else names joined by "or", "/" or "and" ("MIT/Apache-2.0" →
//     MIT OR Apache-2.0). Placeholders (UNKNOWN, none, "see LICENSE") say
//     nothing.
//  4. License classifiers, through the classifier table. Several definite
//     ones are joined with AND; ambiguous ones count only when no
//     classifier is definite.
//
// The most precedent definite claim wins. An ambiguous claim ("BSD
// License", "Apache Software License", a bare "GPL") wins only when there
// is no definite claim; the Result is then StatusAmbiguous with the
// Candidates it may mean, and its Category is the candidates' common
// category (unknown when they differ). Nothing is guessed: UNKNOWN
// (StatusUnknown) when no level says anything.
//
// When texts win, a lower claim naming the same licenses refines the
// result: a GPL-2.0 text with "GPLv2+" gives GPL-2.0-or-later (texts
// cannot tell -only from -or-later), and MIT and Apache-2.0 files with
// "MIT OR Apache-2.0" give the OR. Lower claims that name a license the
// winner does not are recorded in Result.Conflicts ("license-expression
// says MIT; classifier says GPL-3.0-only"); a lower claim that says less
// (one branch of an OR, the main license of a bundle) is not a conflict.
//
// # SPDX expressions
//
// ParseExpression is krait's parser (go-spdx does not expose its tree):
// AND binds tighter than OR, WITH binds to the license before it,
// operators in any case, at most MaxExpressionLen bytes and
// MaxExpressionDepth nested parentheses. NormalizeExpression checks every
// id and exception against the SPDX license list bundled with
// github.com/github/go-spdx/v2 (list 3.29.0 in v2.8.0), fixes the case of
// ids, upgrades deprecated ids (go-spdx recognises them but keeps them;
// the replacement table in deprecated.go is krait's, written from the
// list's deprecation notes: GPL-2.0+ → GPL-2.0-or-later, GPL-2.0 →
// GPL-2.0-only, GPL-2.0-with-classpath-exception → GPL-2.0-only WITH
// Classpath-exception-2.0, …), and has go-spdx validate the result.
//
// # Tables
//
// NewTables builds krait's own tables (no data is copied from elsewhere);
// SetCategory and AddName extend one instance for configuration:
//
//   - classifiers (tables.go): every "License ::" classifier PyPI defines
//     → an SPDX id, or ambiguous with candidates. Ambiguous: BSD License,
//     Apache Software License, Artistic, AFL, APSL, GPL and LGPL without
//     a version, LGPLv2 (2.0 or 2.1), FDL, Zope, Eiffel, NPL; with no
//     candidate at all: "OSI Approved", "DFSG approved", "Freely
//     Distributable", the GUST font licenses. Classifiers naming no SPDX
//     license map to krait LicenseRefs: Public Domain →
//     LicenseRef-krait-public-domain, Other/Proprietary →
//     LicenseRef-krait-proprietary, the "Free for …" ones →
//     LicenseRef-krait-non-commercial / -restricted / -freeware.
//   - names (tables.go): free-text License values. Compared after
//     normalisation: lower case, "licence" read as "license", "or (any)
//     later (version)" as "+", "v3" as "3", the words the, license,
//     version dropped, punctuation removed, so "Apache License, Version
//     2.0", "Apache-2.0" and "apache v2.0" are one key.
//   - categories (category.go): SPDX id (version-range suffixes ignored)
//     → public-domain, permissive, weak-copyleft, strong-copyleft,
//     network-copyleft (AGPL, SSPL, OSL, RPL, CPAL, CAL), proprietary
//     (non-commercial, source-available, no-derivatives) or unknown (ids
//     not listed). An OR takes its least restrictive branch, an AND its
//     most restrictive part.
//   - exceptions (category.go): linking exceptions (Classpath, GCC runtime,
//     LGPL/OCaml/Qt linking, …) relax a copyleft license to weak-copyleft;
//     other exceptions (Autoconf, Bison, Bootloader, LLVM) change nothing.
//
// # Text classification
//
// Texts go to a TextClassifier; the textclass subpackage implements it
// with google/licenseclassifier/v2 and its embedded corpus (textclass.New,
// or textclass.NewLazy to load the corpus, about a second and 65 MB of
// heap, only when a text is met; the corpus adds about 3.1 MB to the
// binary). A Detector
// without one records license files as evidence but does not classify
// them. A match counts from DefaultMinConfidence (0.9; the library itself
// reports candidates from 0.8); copyright-only matches are dropped. At
// most DefaultMaxFiles files, DefaultMaxTextSize bytes of each and
// DefaultMaxTotalText bytes per package are classified.
//
// # Policy
//
// A Policy (allow, deny and review lists of SPDX ids; an action per
// category; per-package overrides with a reason and an optional expiry;
// dev groups excluded unless IncludeDev) is checked by NewEvaluator, whose
// errors name the offending entry. Evaluator.Evaluate gives a Decision:
//
//   - a license (with its exception, then without) on the deny list
//     fails, on the allow list passes, on the review list needs review;
//     otherwise its category's action applies (DefaultActions: public
//     domain, permissive and weak copyleft allow; strong copyleft and
//     unknown warn; network copyleft and proprietary fail);
//   - "A OR B" takes the better verdict (pass, warn, review, fail, in that
//     order) and names the branch chosen; "A AND B" the worse;
//   - an ambiguous license must pass as every candidate; UNKNOWN takes
//     the action of the unknown category;
//   - an override passes the package, or replaces its license by the
//     override's expression; a version-specific override beats a general
//     one; an expired override (past its expiry day) is reported in
//     ExpiredOverride and the reasons, the policy applies, and a pass
//     becomes a warning so the override is renewed or removed;
//   - a package whose only groups are dev groups (DefaultDevGroups), or
//     marked Dev, is VerdictSkip unless IncludeDev.
package license
