package tainttemplate_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/tainttemplate"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", tainttemplate.Analyzer)
}
