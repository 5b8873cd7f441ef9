package subprocessshell_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/subprocessshell"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", subprocessshell.Analyzer)
}
