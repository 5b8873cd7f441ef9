package taintredirect_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintredirect"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintredirect.Analyzer)
}
