package paramikocalls_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/paramikocalls"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", paramikocalls.Analyzer)
}
