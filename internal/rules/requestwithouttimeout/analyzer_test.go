package requestwithouttimeout_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/requestwithouttimeout"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", requestwithouttimeout.Analyzer)
}
