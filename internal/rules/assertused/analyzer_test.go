package assertused_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/finding"
	"github.com/krait-dev/krait/internal/rules/assertused"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", assertused.Analyzer)
}

func TestConfidenceAndSkips(t *testing.T) {
	src := []byte("assert x\n")
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{assertused.Analyzer}}
	for _, tc := range []struct {
		path string
		want finding.Confidence
	}{
		{"app/views.py", finding.HighConfidence},
		{"app/tests/test_views.py", finding.LowConfidence},
		{"conftest.py", finding.LowConfidence},
	} {
		r := c.CheckSource(tc.path, src)
		if len(r.Findings) != 1 || r.Findings[0].Confidence != tc.want {
			t.Errorf("%s: got %+v, want one finding with confidence %v", tc.path, r.Findings, tc.want)
		}
	}
	c.Options = map[string]map[string]any{"assert-used": {"skips": []any{"*/tests/*", "*_check.py"}}}
	for path, want := range map[string]int{"app/tests/test_views.py": 0, "app/x_check.py": 0, "app/views.py": 1} {
		if r := c.CheckSource(path, src); len(r.Findings) != want {
			t.Errorf("with skips, %s: got %d findings, want %d", path, len(r.Findings), want)
		}
	}
}
