package insecurecookie_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/insecurecookie"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", insecurecookie.Analyzer)
}
