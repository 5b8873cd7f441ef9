package djangoextra_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/djangoextra"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", djangoextra.Analyzer)
}
