package tarfileunsafemembers_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/tarfileunsafemembers"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", tarfileunsafemembers.Analyzer)
}
