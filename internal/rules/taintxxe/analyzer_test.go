package taintxxe_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintxxe"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintxxe.Analyzer)
}
