package taintcommand_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintcommand"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintcommand.Analyzer)
}
