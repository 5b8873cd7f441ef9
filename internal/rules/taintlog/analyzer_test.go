package taintlog_test

import (
	"testing"

	"github.com/krait-dev/krait/internal/analysis/analysistest"
	"github.com/krait-dev/krait/internal/rules/taintlog"
)

func TestAnalyzer(t *testing.T) {
	analysistest.Run(t, "testdata", taintlog.Analyzer)
}
