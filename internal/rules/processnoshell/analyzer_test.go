package processnoshell_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/processnoshell"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", processnoshell.Analyzer)
}
