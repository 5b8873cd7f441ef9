package tryexceptcontinue_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/tryexceptcontinue"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", tryexceptcontinue.Analyzer)
}

func TestCheckTypedException(t *testing.T) {
	src := []byte("for x in y:\n    try:\n        f()\n    except ValueError:\n        continue\n")
	c := &analysis.Checker{Analyzers: []*analysis.Analyzer{tryexceptcontinue.Analyzer}}
	if r := c.CheckSource("x.py", src); len(r.Findings) != 0 {
		t.Errorf("default: got %d findings, want 0", len(r.Findings))
	}
	c.Options = map[string]map[string]any{"try-except-continue": {"check_typed_exception": true}}
	if r := c.CheckSource("x.py", src); len(r.Findings) != 1 {
		t.Errorf("check_typed_exception: got %d findings, want 1", len(r.Findings))
	}
}
