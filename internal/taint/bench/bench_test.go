package bench

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// suiteRoot is the case directory, relative to this package.
var suiteRoot = filepath.Join("..", "testdata", "bench")

// TestScoreCases checks Score on a hand-made set of cases and findings.
func TestScoreCases(t *testing.T) {
	cases := []Case{
		{Class: "sql", Path: "sql/001.py", Wants: []Want{{Line: 9, CWE: 89}}},   // found: TP
		{Class: "sql", Path: "sql/002.py", Wants: []Want{{Line: 7, CWE: 89}}},   // finding on another line: FN + stray
		{Class: "sql", Path: "sql/003.py"},                                      // clean: TN
		{Class: "sql", Path: "sql/004.py"},                                      // finding of the class: FP
		{Class: "sql", Path: "sql/005.py"},                                      // finding of another CWE only: TN
		{Class: "command", Path: "command/001.py", Wants: []Want{{8, 78}}},      // wrong CWE on the line: FN
		{Class: "code", Path: "code/001.py", Wants: []Want{{Line: 5, CWE: 94}}}, // CWE-95 counts for code: TP
	}
	findings := map[string][]Finding{
		"sql/001.py":     {{RuleID: "KRT3001", Line: 9, CWE: []int{89}}, {RuleID: "KRT3001", Line: 9, CWE: []int{89}}},
		"sql/002.py":     {{RuleID: "KRT3001", Line: 8, CWE: []int{89}}},
		"sql/004.py":     {{RuleID: "KRT3001", Line: 12, CWE: []int{89}}},
		"sql/005.py":     {{RuleID: "KRT3002", Line: 12, CWE: []int{78}}},
		"command/001.py": {{RuleID: "KRT3001", Line: 8, CWE: []int{89}}},
		"code/001.py":    {{RuleID: "KRT3003", Line: 5, CWE: []int{95}}},
		"elsewhere.py":   {{RuleID: "KRT3003", Line: 1, CWE: []int{78}}},
	}
	res := Score(findings, cases)
	want := []Row{
		{Class: "command", FN: 1},
		{Class: "sql", TP: 1, FN: 1, FP: 1, TN: 2, Stray: 1},
		{Class: "code", TP: 1},
	}
	if len(res.Rows) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%s", len(res.Rows), len(want), res.Table())
	}
	for i, w := range want {
		if res.Rows[i] != w {
			t.Errorf("row %d = %+v, want %+v", i, res.Rows[i], w)
		}
	}
	if tot := res.Total; tot.TP != 2 || tot.FN != 2 || tot.FP != 1 || tot.TN != 2 || tot.Stray != 1 {
		t.Errorf("total = %+v", tot)
	}
	sql := res.Rows[1]
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if !near(sql.TPR(), 0.5) || !near(sql.FPR(), 1.0/3) || !near(sql.Youden(), 0.5-1.0/3) {
		t.Errorf("sql rates = %v %v %v", sql.TPR(), sql.FPR(), sql.Youden())
	}
	if (Row{}).TPR() != 0 || (Row{}).FPR() != 0 {
		t.Error("empty row rates are not 0")
	}
	if got := len(res.Misses); got != 4 {
		t.Errorf("got %d misses, want 4:\n%s", got, res.MissList())
	}
	if !strings.Contains(res.Table(), "TPR-FPR") || !strings.Contains(res.Table(), "total") {
		t.Errorf("table lacks its header or totals:\n%s", res.Table())
	}

	for _, tc := range []struct {
		text  string
		ok    bool
		err   bool
		wants int
	}{
		{`# want "CWE-78"`, true, false, 1},
		{`#want "CWE-78", "CWE-88"`, true, false, 2},
		{`# want CWE-78`, true, true, 0},
		{`# wanted to say something`, false, false, 0},
		{`# a comment`, false, false, 0},
	} {
		w, ok, err := ParseWants(tc.text, 3)
		if ok != tc.ok || (err != nil) != tc.err || len(w) != tc.wants {
			t.Errorf("ParseWants(%q) = %v, %v, %v", tc.text, w, ok, err)
		}
	}

	got := GroupFindings("/suite", []Finding{{Path: "/suite/sql/001.py"}, {Path: "/other/x.py"}})
	if len(got) != 1 || len(got["sql/001.py"]) != 1 {
		t.Errorf("GroupFindings = %v", got)
	}
}

// TestLoadCasesRejects checks that LoadCases and Validate catch broken cases.
func TestLoadCasesRejects(t *testing.T) {
	root := t.TempDir()
	write := func(rel, text string) {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("sql/001_tp_good.py", "# sql: a good true positive case\nimport os\nos.system(x)  # want \"CWE-89\"\n")
	write("sql/002_fp_wrong-cwe.py", "# sql: want names another class\nos.system(x)  # want \"CWE-78\"\n")
	write("sql/003_no-header.py", "import os\n")
	write("sql/004_broken.py", "# sql: does not parse at all\ndef f(:\n")
	write("sql/005_tp_no-want.py", "# sql: named positive without want\nx = 1\n")
	write("sql/5_badname.py", "# sql: badly named case file\n")
	write("sql/006_malformed.py", "# sql: malformed want comment\nx = 1  # want CWE-89\n")
	write("nosuchclass/001_x.py", "# nothing: an unknown class dir\n")
	cases, errs := LoadCases(root)
	errs = append(errs, Validate(root, cases)...)
	text := fmt.Sprint(errs)
	for _, frag := range []string{
		"002_fp_wrong-cwe.py: line 2: want CWE-78",
		"002_fp_wrong-cwe.py: named as a look-alike",
		"003_no-header.py: the first line must be a comment",
		"004_broken.py: does not parse",
		"005_tp_no-want.py: named as a true positive",
		"5_badname.py: case files are named",
		"006_malformed.py: line 2: malformed want",
		"nosuchclass: unknown class directory",
		"class directory command is missing",
		"class sql has 6 cases, needs at least 20",
		"needs at least 400",
	} {
		if !strings.Contains(text, frag) {
			t.Errorf("no error mentions %q; got:\n%s", frag, strings.ReplaceAll(text, "] ", "]\n"))
		}
	}
	if strings.Contains(text, "001_tp_good.py") {
		t.Errorf("the good case was rejected: %s", text)
	}
}

// TestCases validates the case files themselves: this test does fail.
func TestCases(t *testing.T) {
	cases, errs := LoadCases(suiteRoot)
	errs = append(errs, Validate(suiteRoot, cases)...)
	for _, err := range errs {
		t.Error(err)
	}
	t.Logf("benchmark suite:\n%s", countTable(cases))
}

// countTable lists the positives and negatives of each class of cases,
// and their total.
func countTable(cases []Case) string {
	var b strings.Builder
	total := 0
	for _, r := range Counts(cases) {
		fmt.Fprintf(&b, "%-16s %3d positives %3d negatives\n", r.Class, r.TP, r.TN)
		total += r.TP + r.TN
	}
	fmt.Fprintf(&b, "%d cases", total)
	return b.String()
}

// TestBenchmark runs krait's taint rules over the suite in process and
// prints the score table. It reports and never fails on the score: run it
// with
//
//	go test ./internal/taint/bench -run TestBenchmark -v
//
// KRAIT_BENCH_SELECT replaces the rule selection (default KRT3), e.g. "all"
// to see how the pattern rules alone would score.
func TestBenchmark(t *testing.T) {
	cases, errs := LoadCases(suiteRoot)
	if len(errs) > 0 {
		t.Fatalf("the suite is invalid (see TestCases): %v", errs[0])
	}
	scoreSuite(t, suiteRoot, cases, "cases")
}

// scoreSuite runs krait's taint rules (KRAIT_BENCH_SELECT replaces the
// selection) over the cases below root and logs the score table and the
// wrong verdicts, calling them what in the log.
func scoreSuite(t *testing.T, root string, cases []Case, what string) {
	t.Helper()
	sel := DefaultSelect
	if s := os.Getenv("KRAIT_BENCH_SELECT"); s != "" {
		sel = s
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	findings, err := Run(ctx, root, sel)
	if errors.Is(err, ErrNoTaintRules) {
		t.Skipf("the taint rules are not registered yet (%v); nothing to score", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	res := Score(findings, cases)
	t.Logf("krait code --select %s over %d %s in %v\n%s", sel, len(cases), what, time.Since(start).Round(time.Millisecond), res.Table())
	if len(res.Misses) > 0 {
		t.Logf("wrong verdicts:\n%s", res.MissList())
	}
}
