package taintregex_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintregex"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintregex.Analyzer)
}
