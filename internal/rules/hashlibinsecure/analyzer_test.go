package hashlibinsecure_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/hashlibinsecure"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", hashlibinsecure.Analyzer)
}
