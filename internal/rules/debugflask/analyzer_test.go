package debugflask_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/debugflask"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", debugflask.Analyzer)
}
