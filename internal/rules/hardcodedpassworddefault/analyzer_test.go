package hardcodedpassworddefault_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/hardcodedpassworddefault"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", hardcodedpassworddefault.Analyzer)
}
