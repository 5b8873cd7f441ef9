package shellequalstrue_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/shellequalstrue"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", shellequalstrue.Analyzer)
}
