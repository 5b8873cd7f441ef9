package processpartialpath_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/processpartialpath"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", processpartialpath.Analyzer)
}
