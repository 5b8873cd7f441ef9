package tryexceptpass_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/tryexceptpass"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", tryexceptpass.Analyzer)
}

func TestCheckTypedException(t *testing.T) {
	src := []byte("try:\n    f()\nexcept ValueError:\n    pass\n")
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{tryexceptpass.Analyzer}}
	if r := c.CheckSource("x.py", src); len(r.Findings) != 0 {
		t.Errorf("default: got %d findings, want 0", len(r.Findings))
	}
	c.Options = map[string]map[string]any{"try-except-pass": {"check_typed_exception": true}}
	if r := c.CheckSource("x.py", src); len(r.Findings) != 1 {
		t.Errorf("check_typed_exception: got %d findings, want 1", len(r.Findings))
	}
}
