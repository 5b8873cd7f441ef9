package taintweakrandom_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintweakrandom"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintweakrandom.Analyzer)
}
