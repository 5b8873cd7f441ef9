package subprocessnoshell_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/subprocessnoshell"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", subprocessnoshell.Analyzer)
}
