// Package bench scores krait's taint analysis against its own benchmark
// suite: small Flask, Django and FastAPI handlers under
// internal/taint/testdata/bench/<class>/, each either a true positive (the
// dangerous line carries a `# want "CWE-N"` comment) or a look-alike that
// must stay clean (constant inputs, dead branches, sanitised values,
// container tricks, values overwritten before use).
//
// Score compares findings with the cases and reports, per class, true and
// false positives and negatives, the true-positive rate (TPR), the
// false-positive rate (FPR) and TPR−FPR, the figure the industry's SAST
// benchmarks use: 100 % is perfect, 0 % is no better than guessing.
package bench

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/krait-dev/krait/internal/python/parser"
)

// Class is one vulnerability class of the suite: a directory of cases.
type Class struct {
	Name string // directory name under the suite root
	// CWEs are the weaknesses a finding may carry to count for the class;
	// the first is the one case files name in their want comments.
	CWEs     []int
	MinCases int // the suite must hold at least this many cases
}

// Classes lists the classes of the suite in the order the table prints them.
var Classes = []Class{
	{"command", []int{78}, 20},
	{"sql", []int{89}, 20},
	{"code", []int{94, 95}, 20},
	{"path", []int{22}, 20},
	{"xss", []int{79}, 20},
	{"ssrf", []int{918}, 20},
	{"redirect", []int{601}, 20},
	{"deserialization", []int{502}, 20},
	{"ldap", []int{90}, 10},
	{"xpath", []int{643}, 10},
	{"xxe", []int{611}, 10},
	{"header", []int{113}, 10},
	{"log", []int{117}, 10},
	{"regex", []int{730}, 10},
	{"trust-boundary", []int{501}, 10},
	{"weak-random", []int{330}, 10},
	{"weak-hash", []int{328}, 10},
	{"ssti", []int{1336}, 20},
}

// MinTotal is the least number of cases the whole suite must hold.
const MinTotal = 400

// ClassByName returns the class named name.
func ClassByName(name string) (Class, bool) {
	for _, c := range Classes {
		if c.Name == name {
			return c, true
		}
	}
	return Class{}, false
}

// Has reports whether cwe counts for the class.
func (c Class) Has(cwe int) bool {
	for _, w := range c.CWEs {
		if w == cwe {
			return true
		}
	}
	return false
}

// Want is one expected finding: the CWE on a line of a case.
type Want struct {
	Line int
	CWE  int
}

// Case is one file of the suite.
type Case struct {
	Class string // the class directory
	Path  string // slash-separated, relative to the suite root: "sql/001_tp_django_direct.py"
	Wants []Want // empty for a look-alike negative
}

// Positive reports whether the case expects a finding.
func (c Case) Positive() bool { return len(c.Wants) > 0 }

// Finding is the part of a krait JSON finding the scorer reads.
type Finding struct {
	RuleID string `json:"rule_id"`
	Path   string `json:"path"`
	Line   int    `json:"line"`
	CWE    []int  `json:"cwe"`
}

// Row holds the counts of one class (or the totals).
type Row struct {
	Class string
	TP    int // want lines with a finding of the class on that line
	FN    int // want lines without one
	FP    int // negative cases with a finding of the class
	TN    int // negative cases without one
	// Stray counts findings of the class in positive cases on lines that
	// carry no want: reported, not part of the rates.
	Stray int
}

// TPR is TP / (TP + FN), 0 when the class has no positives.
func (r Row) TPR() float64 { return ratio(r.TP, r.TP+r.FN) }

// FPR is FP / (FP + TN), 0 when the class has no negatives.
func (r Row) FPR() float64 { return ratio(r.FP, r.FP+r.TN) }

// Youden is TPR − FPR, the benchmark score.
func (r Row) Youden() float64 { return r.TPR() - r.FPR() }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss is one wrong verdict, for the report below the table.
type Miss struct {
	Kind string // "FN", "FP" or "stray"
	Path string
	Line int    // the want line (FN) or the finding's line (FP, stray)
	Rule string // the rule that fired (FP, stray)
}

// Result is the outcome of Score.
type Result struct {
	Rows   []Row // one per class present in the cases, in Classes order
	Total  Row
	Misses []Miss // sorted by path and line
}

// Score counts the findings (keyed by case path, relative to the suite root
// and slash-separated, as Case.Path) against the cases. Only findings that
// carry one of the case's class CWEs count; a want line is a true positive
// when such a finding sits on that line; a negative case is a false positive
// when it holds any such finding.
func Score(findings map[string][]Finding, cases []Case) Result {
	rows := map[string]*Row{}
	var res Result
	for _, cs := range cases {
		row := rows[cs.Class]
		if row == nil {
			row = &Row{Class: cs.Class}
			rows[cs.Class] = row
		}
		cls, ok := ClassByName(cs.Class)
		if !ok {
			cls = Class{Name: cs.Class}
			for _, w := range cs.Wants {
				cls.CWEs = append(cls.CWEs, w.CWE)
			}
		}
		hits := map[int]Finding{} // line -> a finding of the class there
		var lines []int
		for _, f := range findings[cs.Path] {
			for _, cwe := range f.CWE {
				if cls.Has(cwe) {
					if _, seen := hits[f.Line]; !seen {
						hits[f.Line] = f
						lines = append(lines, f.Line)
					}
					break
				}
			}
		}
		sort.Ints(lines)
		if !cs.Positive() {
			if len(lines) > 0 {
				row.FP++
				f := hits[lines[0]]
				res.Misses = append(res.Misses, Miss{Kind: "FP", Path: cs.Path, Line: f.Line, Rule: f.RuleID})
			} else {
				row.TN++
			}
			continue
		}
		wanted := map[int]bool{}
		for _, w := range cs.Wants {
			wanted[w.Line] = true
			if _, ok := hits[w.Line]; ok {
				row.TP++
			} else {
				row.FN++
				res.Misses = append(res.Misses, Miss{Kind: "FN", Path: cs.Path, Line: w.Line})
			}
		}
		for _, l := range lines {
			if !wanted[l] {
				row.Stray++
				res.Misses = append(res.Misses, Miss{Kind: "stray", Path: cs.Path, Line: l, Rule: hits[l].RuleID})
			}
		}
	}
	res.Total.Class = "total"
	add := func(r *Row) {
		res.Rows = append(res.Rows, *r)
		res.Total.TP += r.TP
		res.Total.FN += r.FN
		res.Total.FP += r.FP
		res.Total.TN += r.TN
		res.Total.Stray += r.Stray
	}
	for _, c := range Classes {
		if r := rows[c.Name]; r != nil {
			add(r)
			delete(rows, c.Name)
		}
	}
	var rest []string
	for name := range rows {
		rest = append(rest, name)
	}
	sort.Strings(rest)
	for _, name := range rest {
		add(rows[name])
	}
	sort.Slice(res.Misses, func(i, j int) bool {
		a, b := res.Misses[i], res.Misses[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	return res
}

// Table formats the result as a fixed-width table with a totals row. The
// totals' rates are computed over all cases pooled together.
func (r Result) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %4s %4s %4s %4s %7s %7s %9s %5s\n", "class", "TP", "FN", "FP", "TN", "TPR", "FPR", "TPR-FPR", "stray")
	line := func(row Row) {
		fmt.Fprintf(&b, "%-16s %4d %4d %4d %4d %6.1f%% %6.1f%% %8.1f%% %5d\n", row.Class, row.TP, row.FN, row.FP, row.TN,
			100*row.TPR(), 100*row.FPR(), 100*row.Youden(), row.Stray)
	}
	for _, row := range r.Rows {
		line(row)
	}
	b.WriteString(strings.Repeat("-", 71) + "\n")
	line(r.Total)
	return b.String()
}

// MissList formats the wrong verdicts, one a line.
func (r Result) MissList() string {
	var b strings.Builder
	for _, m := range r.Misses {
		switch m.Kind {
		case "FN":
			fmt.Fprintf(&b, "FN    %s:%d: no finding on the want line\n", m.Path, m.Line)
		case "FP":
			fmt.Fprintf(&b, "FP    %s:%d: %s fired in a look-alike case\n", m.Path, m.Line, m.Rule)
		default:
			fmt.Fprintf(&b, "stray %s:%d: %s fired on a line without a want\n", m.Path, m.Line, m.Rule)
		}
	}
	return b.String()
}

var (
	caseName = regexp.MustCompile(`^([0-9]{3})_([a-z0-9_-]+)\.py$`)
	wantRE   = regexp.MustCompile(`^#\s*want\s+(.*)$`)
	cweRE    = regexp.MustCompile(`^"CWE-([0-9]+)"$`)
)

// ParseWants returns the wants of a `# want "CWE-N"[, "CWE-M"]` comment, or
// ok=false when the comment is not a want comment at all.
func ParseWants(comment string, line int) (wants []Want, ok bool, err error) {
	m := wantRE.FindStringSubmatch(strings.TrimSpace(comment))
	if m == nil {
		return nil, false, nil
	}
	for _, part := range strings.Split(m[1], ",") {
		c := cweRE.FindStringSubmatch(strings.TrimSpace(part))
		if c == nil {
			return nil, true, fmt.Errorf("line %d: malformed want %q (want `# want \"CWE-N\"`)", line, comment)
		}
		n, _ := strconv.Atoi(c[1])
		wants = append(wants, Want{Line: line, CWE: n})
	}
	return wants, true, nil
}

// LoadCases reads every case below root (one directory per class) and
// checks it: the file name, the header comment, that it parses, and that
// every want names a CWE of its class. Problems are returned together, with
// the cases that could be read.
func LoadCases(root string) ([]Case, []error) {
	var cases []Case
	var errs []error
	bad := func(path string, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", path, fmt.Sprintf(format, args...)))
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && strings.Contains(rel, "/") {
				bad(rel, "nested directory: cases live directly in <root>/<class>/")
				return fs.SkipDir
			}
			if rel != "." {
				if _, ok := ClassByName(rel); !ok {
					bad(rel, "unknown class directory (see bench.Classes)")
				}
			}
			return nil
		}
		dir, name := filepath.Split(rel)
		dir = strings.TrimSuffix(dir, "/")
		if dir == "" {
			bad(rel, "file outside a class directory")
			return nil
		}
		if !caseName.MatchString(name) {
			bad(rel, "case files are named NNN_short-name.py")
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			bad(rel, "%v", err)
			return nil
		}
		f := parser.ParseFile(rel, src)
		if len(f.Errors) > 0 {
			bad(rel, "does not parse: line %d: %s", f.Errors[0].Line, f.Errors[0].Msg)
		}
		if len(f.Comments) == 0 || f.Comments[0].Lineno != 1 || len(strings.TrimSpace(strings.TrimPrefix(f.Comments[0].Text, "#"))) < 10 {
			bad(rel, "the first line must be a comment saying what the case tests")
		}
		cs := Case{Class: dir, Path: rel}
		cls, _ := ClassByName(dir)
		for _, c := range f.Comments {
			wants, ok, err := ParseWants(c.Text, int(c.Lineno))
			if !ok {
				continue
			}
			if err != nil {
				bad(rel, "%v", err)
				continue
			}
			for _, w := range wants {
				if cls.Name != "" && !cls.Has(w.CWE) {
					bad(rel, "line %d: want CWE-%d, but the class %s is CWE-%d", w.Line, w.CWE, cls.Name, cls.CWEs[0])
				}
			}
			cs.Wants = append(cs.Wants, wants...)
		}
		switch {
		case strings.Contains(name, "_tp_") && !cs.Positive():
			bad(rel, "named as a true positive (_tp_) but carries no want")
		case strings.Contains(name, "_fp_") && cs.Positive():
			bad(rel, "named as a look-alike (_fp_) but carries a want")
		}
		cases = append(cases, cs)
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	return cases, errs
}

// Validate checks the suite as a whole: every class directory exists, holds
// at least its minimum of cases, with positives and negatives both present,
// case numbers are unique within a class, and the total meets MinTotal.
func Validate(root string, cases []Case) []error {
	var errs []error
	type count struct{ pos, neg int }
	counts := map[string]*count{}
	nums := map[string]string{}
	for _, cs := range cases {
		c := counts[cs.Class]
		if c == nil {
			c = &count{}
			counts[cs.Class] = c
		}
		if cs.Positive() {
			c.pos++
		} else {
			c.neg++
		}
		key := cs.Class + "/" + strings.SplitN(filepath.Base(cs.Path), "_", 2)[0]
		if prev, dup := nums[key]; dup {
			errs = append(errs, fmt.Errorf("%s: number already used by %s", cs.Path, prev))
		}
		nums[key] = cs.Path
	}
	for _, cls := range Classes {
		if st, err := os.Stat(filepath.Join(root, cls.Name)); err != nil || !st.IsDir() {
			errs = append(errs, fmt.Errorf("class directory %s is missing", cls.Name))
			continue
		}
		c := counts[cls.Name]
		if c == nil {
			c = &count{}
		}
		if c.pos+c.neg < cls.MinCases {
			errs = append(errs, fmt.Errorf("class %s has %d cases, needs at least %d", cls.Name, c.pos+c.neg, cls.MinCases))
		}
		if c.pos == 0 || c.neg == 0 {
			errs = append(errs, fmt.Errorf("class %s needs both true positives and look-alikes (has %d and %d)", cls.Name, c.pos, c.neg))
		}
	}
	if len(cases) < MinTotal {
		errs = append(errs, fmt.Errorf("the suite has %d cases, needs at least %d", len(cases), MinTotal))
	}
	return errs
}

// Counts returns, per class in Classes order, the number of positive and
// negative cases.
func Counts(cases []Case) []Row {
	m := map[string]*Row{}
	for _, cs := range cases {
		r := m[cs.Class]
		if r == nil {
			r = &Row{Class: cs.Class}
			m[cs.Class] = r
		}
		if cs.Positive() {
			r.TP++
		} else {
			r.TN++
		}
	}
	var out []Row
	for _, c := range Classes {
		if r := m[c.Name]; r != nil {
			out = append(out, *r)
		}
	}
	return out
}

// ErrNoTaintRules is returned by Run when the selection matches no rule:
// the taint rules are not registered yet.
var ErrNoTaintRules = errors.New("no rule matches the selection")

// GroupFindings keys findings by their path relative to root, slash-separated.
// Findings outside root are dropped.
func GroupFindings(root string, findings []Finding) map[string][]Finding {
	absRoot, err := filepath.Abs(root)
	if err != nil {
		absRoot = root
	}
	out := map[string][]Finding{}
	for _, f := range findings {
		p := filepath.FromSlash(f.Path)
		if !filepath.IsAbs(p) {
			if abs, err := filepath.Abs(p); err == nil {
				p = abs
			}
		}
		rel, err := filepath.Rel(absRoot, p)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		rel = filepath.ToSlash(rel)
		out[rel] = append(out[rel], f)
	}
	return out
}
