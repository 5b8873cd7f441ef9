// Package suppress reads suppression comments in Python source and marks
// the findings they silence.
//
// Three syntaxes are understood, so that code annotated for Bandit or Ruff
// needs no edits:
//
//	x = f()  # nosec                       Bandit: every rule on this line
//	x = f()  # nosec B602, B607            Bandit: these rules (also "# nosec: B602")
//	x = f()  # noqa                        flake8/Ruff: every rule
//	x = f()  # noqa: S602,S603             flake8/Ruff: these rules
//	x = f()  # krait: ignore[rule, ...] reason text
//	x = f()  # krait: ignore reason text   every rule, with a reason
//
// A rule is named by its krait ID, its name, any alias (Bandit or Ruff ID)
// or any other name the caller's Names table gives it (a Bandit test name
// such as subprocess_popen_with_shell_equals_true); names compare ignoring
// case, with "_" and "-" equal. Codes are matched exactly, never as
// prefixes.
//
// A directive can follow other text in a comment ("# type: ignore # nosec"),
// and one comment can hold several ("# noqa: S602 # nosec B602"). A directive
// must come right after a "#" (and optional spaces): "# this is nosec" is not
// one.
//
// Bandit compatibility: as in Bandit, words after "nosec" that name no rule
// are ignored, so "# nosec - reviewed" is a blanket nosec. Unlike Bandit, a
// word shaped like a rule ID (letters then digits: B999) always counts as a
// code even when krait has no such rule, so a typo or a Bandit plugin krait
// does not implement never turns into a blanket suppression. After "noqa:"
// only ID-shaped codes are read, as in Ruff; "# noqa" without a colon is a
// blanket noqa, as in flake8.
//
// A directive applies to findings on its line. A finding that spans several
// lines (a multi-line call) is also suppressed by a directive on its last
// line. Findings that concern a whole file (line 0) cannot be suppressed
// inline.
package suppress

import (
	"fmt"
	"sort"
	"strings"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/python/ast"
)

// Kind is the syntax of a directive.
type Kind string

// The directive syntaxes.
const (
	Nosec Kind = "nosec" // Bandit's # nosec
	Noqa  Kind = "noqa"  // flake8's and Ruff's # noqa
	Krait Kind = "krait" // # krait: ignore
)

// SuppressionKind is the finding.Suppression kind Apply records.
const SuppressionKind = "inline"

// Directive is one suppression directive in a comment.
type Directive struct {
	Kind   Kind
	Line   int // 1-based line of the comment
	Column int // 1-based byte column of the directive's '#'
	// Codes are the rules the directive names, as written; empty for a
	// blanket directive. For a nosec directive Parse keeps every word; Apply
	// keeps only those that name a known rule or are shaped like an ID.
	Codes  []string
	Reason string // krait: the text after "ignore[...]" or "ignore"; "" otherwise
	Text   string // the directive as written, from its '#', trimmed
}

// Blanket reports whether d suppresses every rule.
func (d *Directive) Blanket() bool { return len(d.Codes) == 0 }

// reason is the reason recorded on the findings d suppresses.
func (d *Directive) reason() string {
	switch d.Kind {
	case Krait:
		return d.Reason
	case Nosec:
		return "nosec"
	}
	return "noqa"
}

// Names maps a rule ID to names that also refer to the rule. Every finding
// already carries its ID, name and aliases; Names adds the rest (Bandit test
// names, for example) and tells Apply which codes are krait's, so that it
// reports "# noqa: E501" (another tool's code) as nothing to do with krait
// rather than as unused. Give it every rule that can report, with its name
// and aliases:
//
//	names := suppress.Names{}
//	for _, r := range rules {
//		names[r.ID] = append([]string{r.Name}, r.Aliases...)
//	}
//
// A nil Names is valid: then only the names carried by the findings are
// known.
type Names map[string][]string

// Unused is a directive, or some codes of one, that suppressed nothing: what
// --show-unused-suppressions reports.
type Unused struct {
	Path      string
	Directive Directive
	// Codes lists the codes of the directive that suppressed nothing and
	// name a krait rule; empty when the directive is a blanket one.
	Codes []string
	// Unknown lists the codes of a krait directive that name no rule.
	Unknown []string
}

// Message describes u in one sentence, for example
// "unused suppression: B607 in `# nosec B602, B607` suppresses nothing".
func (u *Unused) Message() string {
	var parts []string
	if len(u.Codes) > 0 {
		parts = append(parts, strings.Join(u.Codes, ", ")+" suppresses nothing")
	}
	if len(u.Unknown) > 0 {
		parts = append(parts, strings.Join(u.Unknown, ", ")+" names no rule")
	}
	if len(parts) == 0 {
		return fmt.Sprintf("unused suppression `%s`: it suppresses nothing", u.Directive.Text)
	}
	return fmt.Sprintf("unused suppression `%s`: %s", u.Directive.Text, strings.Join(parts, "; "))
}

// Parse returns the directives in comments, in source order.
func Parse(comments []ast.Comment) []Directive {
	var ds []Directive
	for _, c := range comments {
		ds = append(ds, parseComment(c)...)
	}
	return ds
}

// header is where a directive starts in a comment.
type header struct {
	kind       Kind
	start, end int // the '#', and just after the keyword
}

// parseComment returns the directives of one comment.
func parseComment(c ast.Comment) []Directive {
	text := c.Text
	var hs []header
	for i := 0; i < len(text); i++ {
		if text[i] != '#' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if kind, end, ok := keyword(text[j:]); ok {
			hs = append(hs, header{kind, i, j + end})
		}
	}
	var ds []Directive
	for k, h := range hs {
		limit := len(text)
		if k+1 < len(hs) {
			limit = hs[k+1].start
		}
		body := text[h.end:limit]
		d := Directive{
			Kind:   h.kind,
			Line:   int(c.Lineno),
			Column: int(c.ColOffset) + h.start + 1,
			Text:   strings.TrimSpace(text[h.start:limit]),
		}
		switch h.kind {
		case Nosec:
			d.Codes = nosecCodes(untilHash(body))
		case Noqa:
			d.Codes = noqaCodes(untilHash(body))
		case Krait:
			d.Codes, d.Reason = kraitBody(body)
		}
		ds = append(ds, d)
	}
	return ds
}

// keyword recognises the start of a directive in s (which follows a '#' and
// spaces) and returns its kind and the length of its keyword.
func keyword(s string) (Kind, int, bool) {
	if hasWordPrefix(s, "nosec") {
		return Nosec, len("nosec"), true
	}
	if hasWordPrefix(s, "noqa") {
		return Noqa, len("noqa"), true
	}
	if len(s) >= len("krait:") && strings.EqualFold(s[:len("krait:")], "krait:") {
		j := len("krait:")
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		rest := s[j:]
		if len(rest) >= len("ignore") && strings.EqualFold(rest[:len("ignore")], "ignore") {
			after := rest[len("ignore"):]
			if after == "" || after[0] == '[' || after[0] == ' ' || after[0] == '\t' {
				return Krait, j + len("ignore"), true
			}
		}
	}
	return "", 0, false
}

// hasWordPrefix reports whether s starts with word (ignoring case) followed
// by the end, a space, a colon or a comma.
func hasWordPrefix(s, word string) bool {
	if len(s) < len(word) || !strings.EqualFold(s[:len(word)], word) {
		return false
	}
	if len(s) == len(word) {
		return true
	}
	switch s[len(word)] {
	case ' ', '\t', ':', ',':
		return true
	}
	return false
}

func untilHash(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return s[:i]
	}
	return s
}

func fields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
}

// nosecCodes returns the words after "nosec" that may name rules. Which of
// them do is decided against the known names in Apply; here every word made
// of letters, digits, "_" and "-" is kept.
func nosecCodes(body string) []string {
	body = strings.TrimLeft(body, " \t")
	body = strings.TrimPrefix(body, ":")
	var codes []string
	for _, w := range fields(body) {
		if isName(w) {
			codes = append(codes, w)
		}
	}
	return codes
}

// noqaCodes returns the codes after "noqa:", up to the first word that is not
// shaped like a code; none without the colon.
func noqaCodes(body string) []string {
	rest, ok := strings.CutPrefix(strings.TrimLeft(body, " \t"), ":")
	if !ok {
		return nil
	}
	var codes []string
	for _, w := range fields(rest) {
		if !isCode(w) {
			break
		}
		codes = append(codes, w)
	}
	return codes
}

// kraitBody parses what follows "krait: ignore": an optional bracketed list
// of rules, then the reason.
func kraitBody(body string) (codes []string, reason string) {
	if rest, ok := strings.CutPrefix(body, "["); ok {
		list, after, closed := strings.Cut(rest, "]")
		if !closed {
			list, after = rest, ""
		}
		for _, w := range fields(list) {
			codes = append(codes, w)
		}
		body = after
	}
	return codes, strings.TrimSpace(body)
}

// isCode reports whether w is shaped like a rule ID: letters, then digits.
func isCode(w string) bool {
	i := 0
	for i < len(w) && isLetter(w[i]) {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	for ; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func isName(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !isLetter(c) && (c < '0' || c > '9') && c != '_' && c != '-' {
			return false
		}
	}
	return w != ""
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// norm is the form in which names are compared: lower case, "_" as "-".
func norm(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "_", "-")
}

// state tracks which parts of a directive were used.
type state struct {
	Directive
	codes    []string // the codes that count: known names, and ID-shaped ones
	used     bool
	usedCode []bool
}

// Apply returns a copy of findings in which every finding a directive
// matches is marked Suppressed (kind "inline", with the directive's reason:
// the text after the bracket for krait comments, "nosec" or "noqa" for the
// others), and the directives that suppressed nothing. comments maps a
// finding path to the comments of that file (parser.File.Comments); names
// may be nil (see Names). A finding that is already suppressed keeps its
// suppression. unused is sorted by path, line and column.
func Apply(findings []finding.Finding, comments map[string][]ast.Comment, names Names) (out []finding.Finding, unused []Unused) {
	known := make(map[string]bool)
	addKnown := func(ns ...string) {
		for _, n := range ns {
			known[norm(n)] = true
		}
	}
	for id, ns := range names {
		addKnown(id)
		addKnown(ns...)
	}
	for i := range findings {
		f := &findings[i]
		addKnown(f.RuleID, f.RuleName)
		addKnown(f.Aliases...)
	}

	// The directives of each file, by line.
	type fileDirectives struct {
		all    []*state
		byLine map[int][]*state
	}
	files := make(map[string]*fileDirectives, len(comments))
	for path, cs := range comments {
		fd := &fileDirectives{byLine: make(map[int][]*state)}
		for _, d := range Parse(cs) {
			s := &state{Directive: d}
			for _, c := range d.Codes {
				if d.Kind != Nosec || known[norm(c)] || isCode(c) {
					s.codes = append(s.codes, c)
				}
			}
			s.Directive.Codes = s.codes
			s.usedCode = make([]bool, len(s.codes))
			fd.all = append(fd.all, s)
			fd.byLine[d.Line] = append(fd.byLine[d.Line], s)
		}
		files[path] = fd
	}

	out = make([]finding.Finding, len(findings))
	copy(out, findings)
	for i := range out {
		f := &out[i]
		fd := files[f.Path]
		if fd == nil || f.Line < 1 {
			continue
		}
		lines := []int{f.Line}
		if f.EndLine > f.Line {
			lines = append(lines, f.EndLine)
		}
		fnames := map[string]bool{norm(f.RuleID): true, norm(f.RuleName): true}
		for _, a := range f.Aliases {
			fnames[norm(a)] = true
		}
		for _, n := range names[f.RuleID] {
			fnames[norm(n)] = true
		}
		var first *state
		for _, line := range lines {
			for _, s := range fd.byLine[line] {
				matched := false
				if len(s.codes) == 0 {
					matched = true
				}
				for k, c := range s.codes {
					if fnames[norm(c)] {
						s.usedCode[k] = true
						matched = true
					}
				}
				if matched {
					s.used = true
					if first == nil {
						first = s
					}
				}
			}
		}
		if first != nil && f.Suppressed == nil {
			f.Suppressed = &finding.Suppression{Kind: SuppressionKind, Reason: first.reason()}
		}
	}

	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		for _, s := range files[p].all {
			u := Unused{Path: p, Directive: s.Directive}
			for k, c := range s.codes {
				switch {
				case s.usedCode[k]:
				case known[norm(c)]:
					u.Codes = append(u.Codes, c)
				case s.Kind == Krait:
					u.Unknown = append(u.Unknown, c)
				}
			}
			report := len(u.Codes) > 0 || len(u.Unknown) > 0
			if len(s.codes) == 0 && !s.used && s.Kind != Noqa {
				// A blanket # noqa is left alone: flake8 and other linters
				// read it too.
				report = true
			}
			if report {
				unused = append(unused, u)
			}
		}
	}
	sort.SliceStable(unused, func(i, j int) bool {
		a, b := &unused[i], &unused[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Directive.Line != b.Directive.Line {
			return a.Directive.Line < b.Directive.Line
		}
		return a.Directive.Column < b.Directive.Column
	})
	return out, unused
}
