package taintheader_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintheader"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintheader.Analyzer)
}
