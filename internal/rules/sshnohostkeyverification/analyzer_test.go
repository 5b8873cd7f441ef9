package sshnohostkeyverification_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/sshnohostkeyverification"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", sshnohostkeyverification.Analyzer)
}
