package taintcode_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintcode"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintcode.Analyzer)
}
