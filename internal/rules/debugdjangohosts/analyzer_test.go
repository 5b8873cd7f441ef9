package debugdjangohosts_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/debugdjangohosts"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", debugdjangohosts.Analyzer)
}
