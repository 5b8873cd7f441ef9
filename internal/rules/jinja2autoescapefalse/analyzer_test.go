package jinja2autoescapefalse_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/jinja2autoescapefalse"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", jinja2autoescapefalse.Analyzer)
}
