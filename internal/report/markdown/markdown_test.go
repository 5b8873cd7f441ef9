package markdown

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/report"
	"github.com/krait-dev/krait/internal/testutil"
)

func TestGolden(t *testing.T) {
	r := &report.Report{Files: 2, Findings: []finding.Finding{
		{RuleID: "KRT4001", RuleName: "vulnerable-dependency", Severity: finding.High, Path: "requirements.txt", Line: 3,
			Package: "flask", Version: "2.0.1", Aliases: []string{"PYSEC-2023-62", "CVE-2023-30861"}, FixedVersions: []string{"2.2.5", "2.3.2"},
			Message: "Flask 2.0.1 is affected by PYSEC-2023-62: a | pipe and <b>html</b>"},
		{RuleID: "KRT4010", RuleName: "dependency-file-problem", Severity: finding.Medium, Path: "req`s.txt", Line: 9, Message: "invalid requirement"},
		{RuleID: "KRT4001", Severity: finding.Low, Path: "requirements.txt", Line: 4, Package: "x", Suppressed: &finding.Suppression{Kind: "config"}},
	}}
	var b bytes.Buffer
	if err := Write(&b, r, "krait deps"); err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, filepath.Join("testdata", "report.md"), b.Bytes())

	b.Reset()
	if err := Write(&b, &report.Report{Files: 1}, "krait deps"); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != "## krait deps\n\nNo findings in 1 file.\n" {
		t.Fatalf("empty report: %q", got)
	}
}
