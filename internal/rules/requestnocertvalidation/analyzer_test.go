package requestnocertvalidation_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/requestnocertvalidation"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", requestnocertvalidation.Analyzer)
}
