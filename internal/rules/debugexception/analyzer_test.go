package debugexception_test

import (
	"slices"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/debugexception"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", debugexception.Analyzer)
}

func TestLeakyExceptionsOption(t *testing.T) {
	src := []byte(`from flask import jsonify
from mydriver import QueryError
from myapp.errors import StoreError


def f():
    try:
        work()
    except QueryError as e:
        return jsonify(error=str(e))
    except StoreError as e:
        return jsonify(error=str(e))
`)
	cases := []struct {
		opts  map[string]any
		lines []int
	}{
		{nil, nil},
		{map[string]any{"leaky_exceptions": []any{"mydriver."}}, []int{10}},
		{map[string]any{"leaky_exceptions": []string{"myapp.errors.StoreError", "mydriver.QueryError"}}, []int{10, 12}},
	}
	for _, c := range cases {
		checker := &analysis.Checker{
			Analyzers: []*analysis.Analyzer{debugexception.Analyzer},
			Options:   map[string]map[string]any{debugexception.Analyzer.Name: c.opts},
		}
		var lines []int
		for _, f := range checker.CheckSource("t.py", src).Findings {
			lines = append(lines, f.Line)
		}
		if !slices.Equal(lines, c.lines) {
			t.Errorf("options %v: findings on lines %v, want %v", c.opts, lines, c.lines)
		}
	}
}
