package makotemplates_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/makotemplates"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", makotemplates.Analyzer)
}
