package taintxpath_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintxpath"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintxpath.Analyzer)
}
