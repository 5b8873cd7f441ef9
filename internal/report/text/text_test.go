package text

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/testutil"
)

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		"plain café\ttab":   "plain café\ttab",
		"esc \x1b[31mred":   `esc \x1b[31mred`,
		"bidi \u202e rtl":   `bidi \u202e rtl`,
		"bad \xff byte":     `bad \xff byte`,
		"c1 \u0085 control": `c1 \u0085 control`,
	} {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWrite(t *testing.T) {
	r := &report.Report{Files: 2, Findings: []finding.Finding{
		{RuleID: "KRT0001", RuleName: "syntax-error", Severity: finding.High, Path: "a.py", Line: 3, Column: 7, Message: "SyntaxError: invalid syntax", Snippet: "\tdef f(:"},
		{RuleID: "KRT0002", RuleName: "unreadable-file", Severity: finding.Medium, Path: "b.py", Message: "cannot read this file: permission denied"},
	}}
	var b bytes.Buffer
	if err := Write(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	want := "a.py:3:7: KRT0001 [high] SyntaxError: invalid syntax (syntax-error)\n" +
		"  3 | \tdef f(:\n" +
		"    | \t     ^\n" +
		"b.py: KRT0002 [medium] cannot read this file: permission denied (unreadable-file)\n" +
		"\nFound 2 findings (1 high, 1 medium) in 2 files.\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := Write(&b, &report.Report{Files: 1}, Options{Quiet: true}); err != nil || b.Len() != 0 {
		t.Errorf("quiet, no findings: %q, %v", b.String(), err)
	}
}

func TestUnderline(t *testing.T) {
	for _, c := range []struct {
		name        string
		line        string
		col, end    int
		indent, car string
	}{
		{"one caret", "os.system(x)", 1, 0, "", "^"},
		{"span", "    os.system(x)", 5, 17, "    ", "^^^^^^^^^^^^"},
		{"end before start", "abc", 2, 1, " ", "^"},
		{"end past line", "abc", 2, 9, " ", "^^"},
		{"wide before", "名前 = eval(s)", 10, 17, "       ", "^^^^^^^"},
		{"wide inside", "x = '名前'", 5, 13, "    ", "^^^^^^"},
		{"combining", "e\u0301 = f(x)", 6, 10, "   ", "^^^^"},
		{"tab", "\tf(x)", 2, 6, "\t", "^^^^"},
		{"escaped control", "a\x1bb = f()", 6, 9, "        ", "^^^"}, // \x1b shows as 4 cells
		{"column past line", "ab", 5, 0, "    ", "^"},
	} {
		indent, car := underline(c.line, c.col, c.end)
		if indent != c.indent || car != c.car {
			t.Errorf("%s: underline(%q, %d, %d) = %q, %q; want %q, %q", c.name, c.line, c.col, c.end, indent, car, c.indent, c.car)
		}
	}
}

func reportFixture() *report.Report {
	return &report.Report{Files: 3, Findings: []finding.Finding{
		{RuleID: "KRT1602", RuleName: "subprocess-shell-true", Severity: finding.High, Confidence: finding.HighConfidence,
			Path: "app/run.py", Line: 4, Column: 5, EndLine: 4, EndColumn: 36,
			Message: "subprocess call with shell=True", Snippet: "    subprocess.run(cmd, shell=True)"},
		{RuleID: "KRT1602", RuleName: "subprocess-shell-true", Severity: finding.High, Confidence: finding.HighConfidence,
			Path: "app/run.py", Line: 9, Column: 1, EndLine: 11, EndColumn: 12,
			Message: "subprocess call with shell=True", Snippet: "subprocess.Popen(\n    cmd,\n    shell=True)"},
		{RuleID: "KRT1602", RuleName: "subprocess-shell-true", Severity: finding.High, Confidence: finding.HighConfidence,
			Path: "app/run.py", Line: 14, Column: 1, EndLine: 14, EndColumn: 31,
			Message: "subprocess call with shell=True", Snippet: "subprocess.call(c, shell=True)  # nosec",
			Suppressed: &finding.Suppression{Kind: "inline", Reason: "nosec"}},
		{RuleID: "KRT3001", RuleName: "sql-injection", Severity: finding.Critical, Confidence: finding.MediumConfidence,
			Path: "web/views.py", Line: 12, Column: 5, EndLine: 12, EndColumn: 19,
			Message: "request data reaches cursor.execute", Snippet: "    cur.execute(q)",
			Trace: []finding.Step{{Path: "web/views.py", Line: 8, Message: "source: request.args"}, {Path: "web/views.py", Line: 12, Message: "sink: cursor.execute"}}},
		{RuleID: "KRT1101", RuleName: "assert-used", Severity: finding.Low, Confidence: finding.HighConfidence,
			Path: "web/views.py", Line: 20, Column: 1, EndLine: 20, EndColumn: 9, Message: "assert used", Snippet: "assert x",
			Suppressed: &finding.Suppression{Kind: "baseline"}},
		{RuleID: "KRT1506", RuleName: "yaml-load", Severity: finding.Medium, Confidence: finding.MediumConfidence,
			Path: "web/名前.py", Line: 2, Column: 10, EndLine: 2, EndColumn: 22, Message: "yaml.load without a safe loader", Snippet: "名前 = yaml.load(f)"},
	}}
}

func TestWriteGolden(t *testing.T) {
	for _, c := range []struct {
		name string
		opts Options
	}{
		{"plain", Options{}},
		{"color", Options{Color: true}},
		{"show-suppressed", Options{ShowSuppressed: true}},
		{"quiet", Options{Quiet: true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, reportFixture(), c.opts); err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, filepath.Join("testdata", "golden", c.name+".txt"), b.Bytes())
			if !c.opts.Color && strings.Contains(b.String(), "\x1b") {
				t.Error("escape sequences without Color")
			}
		})
	}
}

func TestSummary(t *testing.T) {
	sup := &finding.Suppression{Kind: "inline", Reason: "nosec"}
	for _, c := range []struct {
		fs   []finding.Finding
		want string
	}{
		{nil, "No findings in 3 files."},
		{[]finding.Finding{{Severity: finding.Low, Suppressed: sup}}, "No findings in 3 files; 1 suppressed."},
		{[]finding.Finding{{Severity: finding.Critical}, {Severity: finding.Low}, {Severity: finding.Low}, {Severity: finding.High, Suppressed: sup}},
			"Found 3 findings (1 critical, 2 low) in 3 files; 1 suppressed."},
	} {
		if got := Summary(&report.Report{Files: 3, Findings: c.fs}); got != c.want {
			t.Errorf("Summary = %q, want %q", got, c.want)
		}
	}
}
