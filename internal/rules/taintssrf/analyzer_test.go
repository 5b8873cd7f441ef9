package taintssrf_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintssrf"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintssrf.Analyzer)
}
