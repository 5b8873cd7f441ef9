package taintxss_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintxss"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintxss.Analyzer)
}
