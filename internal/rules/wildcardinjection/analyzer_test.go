package wildcardinjection_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/wildcardinjection"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", wildcardinjection.Analyzer)
}
