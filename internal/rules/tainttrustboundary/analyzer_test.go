package tainttrustboundary_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/tainttrustboundary"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", tainttrustboundary.Analyzer)
}
