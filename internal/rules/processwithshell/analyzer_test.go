package processwithshell_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/processwithshell"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", processwithshell.Analyzer)
}
