package badfilepermissions_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/rules/badfilepermissions"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", badfilepermissions.Analyzer)
}

func TestSeverity(t *testing.T) {
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{badfilepermissions.Analyzer}}
	for src, want := range map[string]finding.Severity{
		"import os\nos.chmod('f', 0o777)\n": finding.High,
		"import os\nos.chmod('f', 0o770)\n": finding.Medium,
		"import os\nos.chmod('f', 0o755)\n": finding.Low,
	} {
		r := c.CheckSource("x.py", []byte(src))
		if len(r.Findings) != 1 || r.Findings[0].Severity != want {
			t.Errorf("%q: got %+v, want one finding of severity %v", src, r.Findings, want)
		}
	}
}
