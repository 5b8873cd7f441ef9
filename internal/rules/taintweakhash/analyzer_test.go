package taintweakhash_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintweakhash"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintweakhash.Analyzer)
}
