package text

import (
	"bytes"
	"testing"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
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
