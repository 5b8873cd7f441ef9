package debugasgi_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/debugasgi"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", debugasgi.Analyzer)
}
