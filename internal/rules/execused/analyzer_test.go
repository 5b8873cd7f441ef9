package execused_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/execused"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", execused.Analyzer)
}
