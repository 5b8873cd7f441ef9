package taintpath_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintpath"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintpath.Analyzer)
}
