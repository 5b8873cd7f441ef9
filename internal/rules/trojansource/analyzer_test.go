package trojansource_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/trojansource"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", trojansource.Analyzer)
}
