package hardcodedpasswordfuncarg_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/hardcodedpasswordfuncarg"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", hardcodedpasswordfuncarg.Analyzer)
}
