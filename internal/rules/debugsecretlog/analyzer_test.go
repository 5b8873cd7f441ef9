package debugsecretlog_test

import (
	"slices"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/debugsecretlog"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", debugsecretlog.Analyzer)
}

func TestOptions(t *testing.T) {
	src := []byte(`import logging

def f(token, password, pin_code):
    logging.info("%s", token)
    logging.info("%s", password)
    logging.info("%s", pin_code)
`)
	cases := []struct {
		name  string
		opts  map[string]any
		lines []int
	}{
		{"default", nil, []int{5}},
		{"extra", map[string]any{"extra_secret_names": []any{"token"}}, []int{4, 5}},
		{"replace", map[string]any{"secret_names": []string{"pin_code"}}, []int{6}},
		{"both", map[string]any{"secret_names": []any{"_code"}, "extra_secret_names": []any{"token", 7}}, []int{4, 6}},
	}
	for _, c := range cases {
		checker := &analysis.Checker{
			Analyzers: []*analysis.Analyzer{debugsecretlog.Analyzer},
			Options:   map[string]map[string]any{debugsecretlog.Analyzer.Name: c.opts},
		}
		var lines []int
		for _, f := range checker.CheckSource("t.py", src).Findings {
			lines = append(lines, f.Line)
		}
		if !slices.Equal(lines, c.lines) {
			t.Errorf("%s: findings on lines %v, want %v", c.name, lines, c.lines)
		}
	}
}
