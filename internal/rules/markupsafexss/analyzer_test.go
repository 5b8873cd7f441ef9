package markupsafexss_test

import (
	"slices"
	"testing"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/markupsafexss"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", markupsafexss.Analyzer)
}

func TestOptions(t *testing.T) {
	src := []byte(`from webhelpers.html import literal
import bleach
from markupsafe import Markup


def f(x):
    literal(x)
    Markup(bleach.clean(x))
    Markup(mysanitize(x))
    Markup(x)


def mysanitize(x):
    return x
`)
	c := &analysis.Checker{
		Analyzers: []*analysis.Analyzer{markupsafexss.Analyzer},
		Options: map[string]map[string]any{markupsafexss.Analyzer.Name: {
			"extend_markup_names": []any{"webhelpers.html.literal"},
			"allowed_calls":       []any{"mysanitize"},
		}},
	}
	r := c.CheckSource("mod.py", src)
	var lines []int
	for _, f := range r.Findings {
		lines = append(lines, f.Line)
	}
	// literal(x) is Markup; mysanitize is allowed.
	if want := []int{7, 10}; !slices.Equal(lines, want) {
		t.Errorf("findings on lines %v, want %v", lines, want)
	}
}
