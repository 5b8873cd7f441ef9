package taintdeserialization_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintdeserialization"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintdeserialization.Analyzer)
}
