package license

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Defaults for Options.
const (
	// DefaultMinConfidence is the classifier score from which a license
	// text counts as identified. licenseclassifier's default corpus
	// reports candidates from 0.8; below 0.9 the matches we tried were
	// near-misses between related texts (BSD-2 vs BSD-3, MIT variants).
	DefaultMinConfidence = 0.9
	// DefaultMaxTextSize is how many bytes of one license file (or of a
	// License field holding a whole text) are classified: the longest
	// common license (GPL-3.0) is 35 KB; classifying 128 KiB of text takes
	// about half a second.
	DefaultMaxTextSize = 128 << 10
	// DefaultMaxTotalText bounds the bytes classified for one package;
	// files after it are recorded as evidence but not classified.
	DefaultMaxTotalText = 512 << 10
	// DefaultMaxFiles bounds the license files read for one package.
	DefaultMaxFiles = 32
	// LongTextLines and LongTextBytes decide when a License field holds a
	// license text rather than a name: more than LongTextLines lines or
	// more than LongTextBytes bytes.
	LongTextLines = 3
	LongTextBytes = 200
)

// Source names the kind of evidence a license came from.
type Source string

// The kinds of evidence, in the order of precedence used by Detect.
const (
	SourceExpression Source = "license-expression" // License-Expression (PEP 639) / info.license_expression
	SourceFile       Source = "license-file"       // a license file, classified
	SourceText       Source = "license-text"       // a License field holding a whole license text, classified
	SourceField      Source = "license-field"      // a License field naming a license
	SourceClassifier Source = "classifier"         // trove classifiers
	SourceNone       Source = "none"               // nothing found
)

func (s Source) level() int {
	switch s {
	case SourceExpression:
		return 1
	case SourceFile, SourceText:
		return 2
	case SourceField:
		return 3
	case SourceClassifier:
		return 4
	}
	return 5
}

// Status says how definite a detected license is.
type Status string

// The statuses of a Result.
const (
	StatusDetected  Status = "detected"  // Expression holds the license
	StatusAmbiguous Status = "ambiguous" // the evidence names a family; Candidates lists what it may be
	StatusUnknown   Status = "unknown"   // no usable evidence
)

// Unknown is how a license that could not be detected is displayed.
const Unknown = "UNKNOWN"

// Input is the license evidence of one package, from installed metadata
// (see ReadDistInfo) or from the PyPI JSON API (see FromPyPI).
type Input struct {
	Name, Version     string
	LicenseExpression string   // License-Expression
	License           string   // License (may be a name or a whole text)
	Classifiers       []string // Classifier values; non-license ones are ignored
	LicenseFiles      []string // License-File values
	// Files is the directory holding the metadata (the .dist-info
	// directory), searched for license files; nil when there is none.
	// Only regular files are read, each through a size limit; pass
	// os.OpenRoot(dir).FS() rather than os.DirFS(dir) so that symbolic
	// links cannot lead outside the directory.
	Files fs.FS
	// Dir names Files in evidence ("…/site-packages/x-1.0.dist-info").
	Dir string
}

// Evidence is one piece of license information found for a package.
type Evidence struct {
	Source     Source   `json:"source"`
	Where      string   `json:"where"`                // the field ("License", "Classifier") or the file
	Text       string   `json:"text,omitempty"`       // the value; texts are cut at 300 bytes
	Expression string   `json:"expression,omitempty"` // the SPDX expression it maps to, "" when none
	Candidates []string `json:"candidates,omitempty"` // what an ambiguous value may mean
	Confidence float64  `json:"confidence,omitempty"` // 1 for metadata and table matches; the classifier's score for texts
	Note       string   `json:"note,omitempty"`       // normalisation done, or why the evidence gave nothing
}

// Result is the license detected for one package.
type Result struct {
	Status     Status     `json:"status"`
	Expression string     `json:"expression,omitempty"` // normalised SPDX expression when Status is StatusDetected
	Expr       *Expr      `json:"-"`                    // Expression parsed; nil unless detected
	Candidates []string   `json:"candidates,omitempty"` // when Status is StatusAmbiguous
	Category   Category   `json:"category"`
	Source     Source     `json:"source"`              // the evidence that decided
	Evidence   []Evidence `json:"evidence"`            // everything looked at, in precedence order
	Conflicts  []string   `json:"conflicts,omitempty"` // evidence of lower precedence that disagrees
}

// License is the license for display: the expression, or UNKNOWN.
func (r Result) License() string {
	if r.Status == StatusDetected {
		return r.Expression
	}
	return Unknown
}

// Summary names the evidence that decided, for a table column:
// "License-Expression", "licenses/LICENSE (0.98)", "Classifier", or
// "none".
func (r Result) Summary() string {
	for _, e := range r.Evidence {
		if e.Source != r.Source || (e.Expression == "" && len(e.Candidates) == 0) {
			continue
		}
		if e.Confidence > 0 && e.Confidence < 1 {
			return fmt.Sprintf("%s (%.2f)", e.Where, e.Confidence)
		}
		return e.Where
	}
	return string(r.Source)
}

// TextMatch is one license a TextClassifier found in a text.
type TextMatch struct {
	Expression string // SPDX id or expression (LicenseRef-… when the license has no id)
	Name       string // the classifier's own name for it
	Confidence float64
	StartLine  int
	EndLine    int
}

// TextClassifier identifies the licenses in a license text. The textclass
// subpackage implements it with google/licenseclassifier/v2.
type TextClassifier interface {
	Classify(ctx context.Context, text []byte) ([]TextMatch, error)
}

// Options configures a Detector. The zero value uses the defaults and
// classifies no texts.
type Options struct {
	Tables        *Tables        // nil: NewTables()
	Text          TextClassifier // nil: license texts are recorded but not classified
	MinConfidence float64        // 0: DefaultMinConfidence
	MaxTextSize   int64          // 0: DefaultMaxTextSize
	MaxFiles      int            // 0: DefaultMaxFiles
	MaxTotalText  int64          // 0: DefaultMaxTotalText
}

// Detector detects licenses; it is safe for concurrent use when its
// TextClassifier is.
type Detector struct {
	t    *Tables
	opts Options
}

// NewDetector returns a Detector with opts.
func NewDetector(opts Options) *Detector {
	if opts.Tables == nil {
		opts.Tables = NewTables()
	}
	if opts.MinConfidence <= 0 {
		opts.MinConfidence = DefaultMinConfidence
	}
	if opts.MaxTextSize <= 0 {
		opts.MaxTextSize = DefaultMaxTextSize
	}
	if opts.MaxFiles <= 0 {
		opts.MaxFiles = DefaultMaxFiles
	}
	if opts.MaxTotalText <= 0 {
		opts.MaxTotalText = DefaultMaxTotalText
	}
	return &Detector{t: opts.Tables, opts: opts}
}

// Tables returns the tables the detector uses.
func (d *Detector) Tables() *Tables { return d.t }

// claim is what one level of evidence says.
type claim struct {
	src        Source
	expr       *Expr
	candidates []string
	ambiguous  bool
}

// Detect finds the license of one package. Precedence:
//
//  1. a valid License-Expression;
//  2. license texts: license files and a License field holding a whole
//     text, classified (several licenses found are joined with AND);
//  3. a License field naming a license (an SPDX expression or a name in
//     the names table);
//  4. license classifiers (several are joined with AND).
//
// The most precedent definite claim wins; an ambiguous claim is used only
// when there is no definite one. A text classification is refined by a
// lower claim naming the same licenses (a GPL-2.0 text and "GPLv2+" give
// GPL-2.0-or-later; MIT and Apache-2.0 files and "MIT OR Apache-2.0" give
// the OR). Lower claims that disagree with the winner are Conflicts. Only
// a cancelled ctx is an error.
func (d *Detector) Detect(ctx context.Context, in Input) (Result, error) {
	var (
		ev     []Evidence
		claims []claim
	)
	add := func(c *claim) {
		if c != nil {
			claims = append(claims, *c)
		}
	}
	e, c := d.expression(in.LicenseExpression)
	ev = append(ev, e...)
	add(c)

	e, c, err := d.texts(ctx, in)
	ev = append(ev, e...)
	add(c)
	if err != nil {
		return Result{}, err
	}

	e, c = d.field(in.License)
	ev = append(ev, e...)
	add(c)

	e, c = d.classifiers(in.Classifiers)
	ev = append(ev, e...)
	add(c)

	return d.decide(claims, ev), nil
}

func (d *Detector) decide(claims []claim, ev []Evidence) Result {
	r := Result{Status: StatusUnknown, Source: SourceNone, Category: CategoryUnknown, Evidence: ev}
	win := -1
	for i, c := range claims {
		if !c.ambiguous {
			win = i
			break
		}
	}
	if win < 0 {
		for i, c := range claims {
			if c.ambiguous && len(c.candidates) > 0 {
				win = i
				break
			}
		}
	}
	if win < 0 {
		return r
	}
	w := claims[win]
	r.Source = w.src
	if w.ambiguous {
		r.Status = StatusAmbiguous
		r.Candidates = w.candidates
		r.Category = d.candidatesCategory(w.candidates)
	} else {
		r.Status = StatusDetected
		r.Expr = w.expr
		if w.src.level() == 2 {
			// A text cannot tell -only from -or-later, nor a choice (OR)
			// from a bundle (AND): a lower claim naming the same licenses
			// can.
			wf := families(w.expr.Licenses())
			for _, c := range claims[win+1:] {
				if !c.ambiguous && equalSets(wf, families(c.expr.Licenses())) {
					if c.expr.String() != w.expr.String() {
						r.Expr = c.expr
						r.Evidence = append(r.Evidence, Evidence{Source: c.src, Where: "refinement",
							Expression: c.expr.String(), Confidence: 1,
							Note: fmt.Sprintf("license texts say %s; %s names the same licenses and is taken for versions and operators", w.expr, c.src)})
					}
					break
				}
			}
		}
	}
	// Lower claims may say less (a classifier for one branch of an OR, a
	// License field naming the main license of a bundle) but not
	// something else.
	for i, c := range claims {
		if i == win {
			continue
		}
		switch {
		case w.ambiguous:
			if len(c.candidates) > 0 && !overlaps(families(c.candidates), families(w.candidates)) {
				r.Conflicts = append(r.Conflicts, fmt.Sprintf("%s says one of %s; %s says one of %s",
					w.src, strings.Join(w.candidates, ", "), c.src, strings.Join(c.candidates, ", ")))
			}
		case c.ambiguous:
			if len(c.candidates) > 0 && !overlaps(families(r.Expr.Licenses()), families(c.candidates)) {
				r.Conflicts = append(r.Conflicts, fmt.Sprintf("%s says %s; %s says one of %s",
					w.src, r.Expr, c.src, strings.Join(c.candidates, ", ")))
			}
		default:
			if !subset(families(c.expr.Licenses()), families(r.Expr.Licenses())) {
				r.Conflicts = append(r.Conflicts, fmt.Sprintf("%s says %s; %s says %s", w.src, r.Expr, c.src, c.expr))
			}
		}
	}
	if r.Expr != nil {
		r.Expression = r.Expr.String()
		r.Category = d.t.CategoryOf(r.Expr)
	}
	return r
}

// candidatesCategory is the category shared by every candidate, or
// unknown when they differ.
func (d *Detector) candidatesCategory(cands []string) Category {
	cat := Category("")
	for _, s := range cands {
		e, err := ParseExpression(s)
		if err != nil {
			return CategoryUnknown
		}
		c := d.t.CategoryOf(e)
		if cat != "" && c != cat {
			return CategoryUnknown
		}
		cat = c
	}
	if cat == "" {
		return CategoryUnknown
	}
	return cat
}

// families reduces license leaves to their version family (GPL-2.0-only,
// GPL-2.0-or-later and GPL-2.0+ are one family); exceptions are kept.
func families(leaves []string) map[string]bool {
	out := map[string]bool{}
	for _, l := range leaves {
		id, exc, _ := strings.Cut(l, " WITH ")
		k := categoryKey(id)
		if exc != "" {
			k += " WITH " + strings.ToUpper(exc)
		}
		out[k] = true
	}
	return out
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func overlaps(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func equalSets(a, b map[string]bool) bool { return len(a) == len(b) && subset(a, b) }

func (d *Detector) expression(s string) ([]Evidence, *claim) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	ev := Evidence{Source: SourceExpression, Where: "License-Expression", Text: cut(s)}
	e, notes, err := NormalizeExpression(s)
	if err != nil {
		ev.Note = "invalid, ignored: " + err.Error()
		return []Evidence{ev}, nil
	}
	ev.Expression, ev.Confidence, ev.Note = e.String(), 1, strings.Join(notes, "; ")
	return []Evidence{ev}, &claim{src: SourceExpression, expr: e}
}

// field handles the License field: a short value is read as an SPDX
// expression, then looked up in the names table, then split on
// "or"/"and"/"/"; of a whole text (classified by texts) only the first
// line is read so.
func (d *Detector) field(s string) ([]Evidence, *claim) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	if isLongText(s) {
		// The text itself is classified (see texts); its first line may
		// name the license ("BSD 3-Clause License\n\nCopyright …").
		first, _, _ := strings.Cut(s, "\n")
		ev := Evidence{Source: SourceField, Where: "License (first line)", Text: cut(strings.TrimSpace(first))}
		if c := d.name(ev.Text, &ev); c != nil {
			return []Evidence{ev}, c
		}
		return nil, nil
	}
	ev := Evidence{Source: SourceField, Where: "License", Text: cut(s)}
	c := d.name(s, &ev)
	return []Evidence{ev}, c
}

func (d *Detector) name(s string, ev *Evidence) *claim {
	if e, notes, err := NormalizeExpression(s); err == nil {
		ev.Expression, ev.Confidence, ev.Note = e.String(), 1, strings.Join(notes, "; ")
		return &claim{src: ev.Source, expr: e}
	}
	key := d.t.nameKey(s)
	if isPlaceholder(key) {
		ev.Note = "placeholder, says nothing"
		return nil
	}
	if m, ok := d.t.names[key]; ok {
		return d.fromMapping(m, ev)
	}
	if strings.HasPrefix(key, "see") || strings.Contains(key, "license.") || strings.HasSuffix(key, "file") {
		ev.Note = "refers to a license file"
		return nil
	}
	// "MIT or Apache 2.0", "BSD/GPL", "Apache 2.0 and MIT".
	for _, sep := range []struct {
		split string
		op    Op
	}{{" or ", OpOr}, {"/", OpOr}, {" and ", OpAnd}} {
		parts := splitFold(s, sep.split)
		if len(parts) < 2 {
			continue
		}
		var args []*Expr
		for _, p := range parts {
			m, ok := d.t.names[d.t.nameKey(p)]
			if !ok || m.ambiguous() {
				if e, _, err := NormalizeExpression(p); err == nil {
					args = append(args, e)
					continue
				}
				args = nil
				break
			}
			e, _, err := NormalizeExpression(m.expr)
			if err != nil {
				args = nil
				break
			}
			args = append(args, e)
		}
		if args != nil {
			e := flatten(sep.op, args)
			ev.Expression, ev.Confidence, ev.Note = e.String(), 1, "names joined with "+strings.TrimSpace(strings.ToUpper(sep.split))
			return &claim{src: ev.Source, expr: e}
		}
	}
	ev.Note = "not a license name krait knows"
	return nil
}

func (d *Detector) fromMapping(m mapping, ev *Evidence) *claim {
	if m.ambiguous() {
		ev.Candidates = m.candidates
		if len(m.candidates) == 0 {
			ev.Note = "names no particular license"
		} else {
			ev.Note = "ambiguous"
		}
		return &claim{src: ev.Source, ambiguous: true, candidates: m.candidates}
	}
	e, notes, err := NormalizeExpression(m.expr)
	if err != nil {
		ev.Note = "table entry invalid: " + err.Error()
		return nil
	}
	ev.Expression, ev.Confidence, ev.Note = e.String(), 1, strings.Join(notes, "; ")
	return &claim{src: ev.Source, expr: e}
}

func splitFold(s, sep string) []string {
	var out []string
	lower := strings.ToLower(s)
	for {
		i := strings.Index(lower, sep)
		if i < 0 {
			break
		}
		out = append(out, strings.TrimSpace(s[:i]))
		s, lower = s[i+len(sep):], lower[i+len(sep):]
	}
	out = append(out, strings.TrimSpace(s))
	for _, p := range out {
		if p == "" {
			return nil
		}
	}
	return out
}

func (d *Detector) classifiers(cs []string) ([]Evidence, *claim) {
	var (
		ev         []Evidence
		args       []*Expr
		candidates []string
		anyAmbig   bool
	)
	for _, raw := range cs {
		c := normClassifier(raw)
		if !strings.HasPrefix(c, "License ::") {
			continue
		}
		e := Evidence{Source: SourceClassifier, Where: "Classifier", Text: cut(raw)}
		m, ok := d.t.classifiers[c]
		if !ok {
			e.Note = "license classifier krait does not know"
			ev = append(ev, e)
			continue
		}
		cl := d.fromMapping(m, &e)
		ev = append(ev, e)
		switch {
		case cl == nil:
		case cl.ambiguous:
			if len(cl.candidates) > 0 {
				anyAmbig = true
				candidates = append(candidates, cl.candidates...)
			}
		default:
			args = append(args, cl.expr)
		}
	}
	switch {
	case len(args) > 0:
		// A definite classifier beside an ambiguous one ("BSD License"
		// and "MIT License") is taken as the definite one; the ambiguous
		// one is evidence only.
		e := args[0]
		if len(args) > 1 {
			e = flatten(OpAnd, args)
		}
		return ev, &claim{src: SourceClassifier, expr: e}
	case anyAmbig:
		return ev, &claim{src: SourceClassifier, ambiguous: true, candidates: dedupe(candidates)}
	}
	return ev, nil
}

func normClassifier(s string) string {
	parts := strings.Split(s, "::")
	for i, p := range parts {
		parts[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(parts, " :: ")
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func isLongText(s string) bool {
	return strings.Count(s, "\n")+1 > LongTextLines || len(s) > LongTextBytes
}

func cut(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// texts classifies the license files of in.Files and a License field that
// holds a whole text.
func (d *Detector) texts(ctx context.Context, in Input) ([]Evidence, *claim, error) {
	type text struct {
		src   Source
		where string
		data  []byte
		note  string
	}
	var texts []text
	if s := strings.TrimSpace(in.License); s != "" && isLongText(s) {
		data := []byte(s)
		note := ""
		if int64(len(data)) > d.opts.MaxTextSize {
			data, note = data[:d.opts.MaxTextSize], fmt.Sprintf("first %d bytes classified", d.opts.MaxTextSize)
		}
		texts = append(texts, text{src: SourceText, where: "License", data: data, note: note})
	}
	files, fileNotes := d.licenseFiles(in)
	var ev []Evidence
	for _, n := range fileNotes {
		ev = append(ev, Evidence{Source: SourceFile, Where: n[0], Note: n[1]})
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return ev, nil, err
		}
		data, note, err := readLimited(in.Files, f, d.opts.MaxTextSize)
		where := displayPath(in.Dir, f)
		if err != nil {
			ev = append(ev, Evidence{Source: SourceFile, Where: where, Note: "unreadable: " + err.Error()})
			continue
		}
		texts = append(texts, text{src: SourceFile, where: where, data: data, note: note})
	}
	var (
		args  []*Expr
		src   Source
		total int64
	)
	for _, tx := range texts {
		e := Evidence{Source: tx.src, Where: tx.where, Text: cut(strings.TrimSpace(string(tx.data)))}
		total += int64(len(tx.data))
		if total > d.opts.MaxTotalText {
			e.Note = join(tx.note, fmt.Sprintf("not classified: more than %d bytes of license text for one package", d.opts.MaxTotalText))
			ev = append(ev, e)
			continue
		}
		var (
			found   []*Expr
			names   []string
			minConf = 1.0
			why     string // why nothing was found
		)
		if d.opts.Text == nil {
			why = "license text not classified: no classifier configured"
		} else {
			ms, err := d.opts.Text.Classify(ctx, tx.data)
			if err != nil {
				if ctxErr := ctx.Err(); ctxErr != nil {
					return ev, nil, ctxErr
				}
				why = "classification failed: " + err.Error()
			}
			for _, m := range ms {
				if m.Confidence < d.opts.MinConfidence {
					continue
				}
				x, _, err := NormalizeExpression(m.Expression)
				if err != nil {
					continue
				}
				found = append(found, x)
				names = append(names, fmt.Sprintf("%s %.2f lines %d-%d", x, m.Confidence, m.StartLine, m.EndLine))
				minConf = min(minConf, m.Confidence)
			}
			if err == nil && len(found) == 0 {
				why = fmt.Sprintf("no license text recognised at confidence %.2f or more", d.opts.MinConfidence)
			}
		}
		if len(found) == 0 {
			e.Note = join(tx.note, why)
			ev = append(ev, e)
			continue
		}
		x := found[0]
		if len(found) > 1 {
			x = flatten(OpAnd, found)
		}
		x = simplify(x)
		e.Expression, e.Confidence = x.String(), minConf
		e.Note = join(tx.note, "found "+strings.Join(names, "; "))
		ev = append(ev, e)
		args = append(args, x)
		if src == "" || tx.src == SourceFile {
			src = tx.src
		}
	}
	if len(args) == 0 {
		return ev, nil, nil
	}
	x := args[0]
	if len(args) > 1 {
		x = simplify(flatten(OpAnd, args))
	}
	return ev, &claim{src: src, expr: x}, nil
}

// simplify drops repeated operands of a flattened AND/OR.
func simplify(e *Expr) *Expr {
	if e.Op == OpLicense {
		return e
	}
	seen := map[string]bool{}
	out := &Expr{Op: e.Op}
	for _, a := range e.Args {
		a = simplify(a)
		if s := a.String(); !seen[s] {
			seen[s] = true
			out.Args = append(out.Args, a)
		}
	}
	if len(out.Args) == 1 {
		return out.Args[0]
	}
	return out
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

func displayPath(dir, f string) string {
	if dir == "" {
		return f
	}
	return strings.TrimSuffix(dir, "/") + "/" + f
}

// licenseFiles lists the license files of in.Files: License-File entries
// (looked up under licenses/ as PEP 639 places them, then at the top as
// older wheels did), every file under licenses/, and top-level files
// named LICENSE*, LICENCE*, COPYING*. license_files/ (where maturin puts
// them) is searched like licenses/. Notes are (where, note) pairs for
// entries that could not be used.
func (d *Detector) licenseFiles(in Input) (files []string, notes [][2]string) {
	if in.Files == nil {
		for _, lf := range in.LicenseFiles {
			notes = append(notes, [2]string{lf, "License-File listed; no files to read"})
		}
		return nil, notes
	}
	seen := map[string]bool{}
	addFile := func(p string) bool {
		if seen[p] {
			return true
		}
		fi, err := fs.Stat(in.Files, p)
		if err != nil || !fi.Mode().IsRegular() {
			return false
		}
		seen[p] = true
		files = append(files, p)
		return true
	}
	for _, lf := range in.LicenseFiles {
		p := path.Clean(strings.ReplaceAll(strings.TrimSpace(lf), "\\", "/"))
		if !fs.ValidPath(p) || p == "." {
			notes = append(notes, [2]string{lf, "License-File path outside the metadata directory, ignored"})
			continue
		}
		if !addFile(path.Join("licenses", p)) && !addFile(p) && !addFile(path.Join("license_files", p)) {
			notes = append(notes, [2]string{displayPath(in.Dir, p), "License-File listed but not found"})
		}
	}
	limit := d.opts.MaxFiles * 4 // entries visited while walking licenses/
	visited := 0
	for _, dir := range []string{"licenses", "license_files"} {
		_ = fs.WalkDir(in.Files, dir, func(p string, de fs.DirEntry, err error) error {
			if err != nil {
				return nil // no such directory, or an unreadable part of it
			}
			visited++
			if visited > limit {
				return fs.SkipAll
			}
			if de.Type().IsRegular() {
				addFile(p)
			}
			return nil
		})
	}
	if entries, err := fs.ReadDir(in.Files, "."); err == nil {
		for _, de := range entries {
			u := strings.ToUpper(de.Name())
			if strings.HasPrefix(u, "LICENSE") || strings.HasPrefix(u, "LICENCE") || strings.HasPrefix(u, "COPYING") {
				addFile(de.Name())
			}
		}
	}
	sort.Strings(files)
	if len(files) > d.opts.MaxFiles {
		notes = append(notes, [2]string{displayPath(in.Dir, ""), fmt.Sprintf("more than %d license files; the rest are not read", d.opts.MaxFiles)})
		files = files[:d.opts.MaxFiles]
	}
	return files, notes
}

func readLimited(fsys fs.FS, name string, max int64) (data []byte, note string, err error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	data, err = io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, "", fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > max {
		data, note = data[:max], fmt.Sprintf("first %d bytes classified", max)
	}
	if len(data) == 0 {
		return nil, "", errors.New("empty file")
	}
	return data, note, nil
}
